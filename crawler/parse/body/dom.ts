// Small helpers over domhandler nodes (what cheerio parses into). The extractor walks the
// tree directly instead of through cheerio selectors: a page is walked a few times, and
// selector matching per node would be the slow part.
import { hasChildren, isTag, isText, type AnyNode, type Element } from 'domhandler';

export type { AnyNode, Element };
export { hasChildren, isTag, isText };

export function attr(el: Element, name: string): string {
  return el.attribs[name] ?? '';
}

/** Class and id together, lower-cased: what boilerplate patterns are matched against. */
export function classAndId(el: Element): string {
  const cls = el.attribs.class;
  const id = el.attribs.id;
  if (!cls && !id) return '';
  return `${cls ?? ''} ${id ?? ''}`.toLowerCase();
}

export function childElements(el: Element): Element[] {
  return el.children.filter(isTag);
}

const notText = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);

/** Plain text length of a subtree (scripts and styles left out), whitespace runs counted once. */
export function textLength(node: AnyNode): number {
  let n = 0;
  const walk = (x: AnyNode) => {
    if (isText(x)) n += x.data.replace(/\s+/g, ' ').trim().length;
    else if (isTag(x) && !notText.has(x.name)) for (const c of x.children) walk(c);
    else if (x.type === 'root' && hasChildren(x)) for (const c of x.children) walk(c);
  };
  walk(node);
  return n;
}

export function removeNode(node: AnyNode): void {
  const parent = node.parent;
  if (!parent) return;
  const i = parent.children.indexOf(node as never);
  if (i >= 0) parent.children.splice(i, 1);
  if (node.prev) node.prev.next = node.next;
  if (node.next) node.next.prev = node.prev;
  node.parent = null;
  node.prev = null;
  node.next = null;
}

/**
 * Characters of prose in a subtree: text runs of 40 characters or more outside links. Menus,
 * link lists and labels have next to none; a story's paragraphs are nearly all of it.
 */
export function proseLength(node: AnyNode): number {
  let n = 0;
  const walk = (x: AnyNode) => {
    if (isText(x)) {
      const len = x.data.replace(/\s+/g, ' ').trim().length;
      if (len >= 40) n += len;
    } else if (isTag(x)) {
      if (!notText.has(x.name) && x.name !== 'a') for (const c of x.children) walk(c);
    } else if (x.type === 'root' && hasChildren(x)) for (const c of x.children) walk(c);
  };
  walk(node);
  return n;
}
