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
  removeNodes([node]);
}

/** Detaches many nodes at once: one pass per parent, not one search per node (a page may have 100,000 scripts). */
export function removeNodes(nodes: AnyNode[]): void {
  const byParent = new Map<NonNullable<AnyNode['parent']>, Set<AnyNode>>();
  for (const node of nodes) {
    if (!node.parent) continue;
    let set = byParent.get(node.parent);
    if (!set) byParent.set(node.parent, (set = new Set()));
    set.add(node);
  }
  for (const [parent, gone] of byParent) {
    const kept = parent.children.filter((child) => !gone.has(child));
    kept.forEach((child, i) => {
      child.prev = kept[i - 1] ?? null;
      child.next = kept[i + 1] ?? null;
    });
    parent.children = kept;
    for (const node of gone) {
      node.parent = null;
      node.prev = null;
      node.next = null;
    }
  }
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

/**
 * Flattens what lies deeper than `maxDepth` into the element at that depth, keeping the text
 * in order. Hostile pages nest hundreds of thousands of elements; every walk in the parser
 * (and in cheerio's serializer and Readability) recurses, so depth is cut first. Real pages
 * nest a few dozen deep. Iterative, so it cannot overflow itself.
 */
export function limitDepth(root: AnyNode, maxDepth = 200): boolean {
  let cut = false;
  const stack: Array<[AnyNode, number]> = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (!hasChildren(node)) continue;
    if (depth >= maxDepth && isTag(node) && node.children.some(isTag)) {
      const texts: AnyNode[] = [];
      const pending: AnyNode[] = [...node.children].reverse();
      while (pending.length) {
        const x = pending.pop()!;
        if (isText(x)) texts.push(x);
        else if (isTag(x) && !notText.has(x.name)) for (let i = x.children.length - 1; i >= 0; i--) pending.push(x.children[i]!);
      }
      texts.forEach((text, i) => {
        text.parent = node;
        text.prev = texts[i - 1] ?? null;
        text.next = texts[i + 1] ?? null;
      });
      node.children = texts as typeof node.children;
      cut = true;
      continue;
    }
    for (const child of node.children) stack.push([child, depth + 1]);
  }
  return cut;
}

/** The text of a subtree when it has at most `max` characters, else null; stops reading once past. */
export function boundedText(node: AnyNode, max: number): string | null {
  let text = '';
  const pending: AnyNode[] = [node];
  while (pending.length) {
    const x = pending.pop()!;
    if (isText(x)) {
      text += x.data;
      if (text.length > max * 4 && text.replace(/\s+/g, ' ').trim().length > max) return null;
    } else if (hasChildren(x) && !(isTag(x) && notText.has(x.name))) {
      for (let i = x.children.length - 1; i >= 0; i--) pending.push(x.children[i]!);
    }
  }
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : null;
}
