// Strips page furniture from a parsed page in place, before any candidate is looked for:
// elements that never hold article text (scripts, form controls, captions), hidden ones,
// then furniture by tag (nav, aside, footer, figure, form) and elements whose class or id
// names boilerplate (boilerplate.ts). Those last two never remove an element holding most
// of the page's prose: a story wrapped in a "share-wrapper" div, or a whole ASP.NET page in
// one <form>, is still the story.
import { classRules, dropRoles, dropTags, furnitureTags } from './boilerplate.ts';
import { attr, classAndId, isTag, proseLength, removeNodes, textLength, type AnyNode, type Element } from './dom.ts';

const neverByClass = new Set(['html', 'body', 'article', 'main']);
const contentName = /article|body|content|entry|main|post|story|text/;
const hiddenStyle = /display\s*:\s*none|visibility\s*:\s*hidden/i;

export type CleanOptions = { /** rule ids to leave out, for measuring what each one does */ skipRules?: string[] };

function isHidden(el: Element): boolean {
  if ('hidden' in el.attribs) return true;
  if (attr(el, 'aria-hidden') === 'true') return true;
  const style = el.attribs.style;
  return style !== undefined && hiddenStyle.test(style);
}

/** Removes what is never body text. Returns the rule ids that removed something. */
export function cleanTree(root: Element, options: CleanOptions = {}): Set<string> {
  const fired = new Set<string>();
  const rules = classRules.filter((rule) => !options.skipRules?.includes(rule.id));
  // pass 1: structural furniture
  const structural: AnyNode[] = [];
  const walk1 = (node: AnyNode) => {
    if (node.type === 'comment' || node.type === 'directive') return void structural.push(node);
    if (!isTag(node)) return;
    if (dropTags.has(node.name) || dropRoles.has(attr(node, 'role')) || isHidden(node)) return void structural.push(node);
    for (const child of node.children) walk1(child);
  };
  walk1(root);
  removeNodes(structural);

  // pass 2: boilerplate named by class or id, unless it holds most of the text
  const total = proseLength(root);
  // A match is spared when the element holds most of the page's prose, or a good part of it
  // under a name that also says "this is the content" ("entry-content-read-more",
  // "article modal-enabled"): Readability's "ok, maybe it's a candidate".
  const spared = (el: Element, name: string): boolean => {
    const prose = proseLength(el);
    return prose > total * 0.5 || (prose > total * 0.2 && contentName.test(name)) || el.attribs.itemprop === 'articleBody';
  };
  const doomed: Element[] = [];
  const ruleOf = (el: Element): string | undefined => {
    if (furnitureTags.has(el.name) && !options.skipRules?.includes('furniture-tags')) return `tag-${el.name}`;
    if (neverByClass.has(el.name)) return undefined;
    const name = classAndId(el);
    return name ? rules.find((r) => r.pattern.test(name) && (r.maxText === undefined || textLength(el) <= r.maxText))?.id : undefined;
  };
  const walk2 = (el: Element) => {
    const rule = ruleOf(el);
    if (rule && !spared(el, classAndId(el))) {
      doomed.push(el);
      fired.add(rule);
      return;
    }
    for (const child of el.children) if (isTag(child)) walk2(child);
  };
  walk2(root);
  removeNodes(doomed);
  return fired;
}
