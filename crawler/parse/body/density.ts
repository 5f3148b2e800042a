// Our own candidate: the element under which the page's prose concentrates. Each paragraph-
// like block of real text (25+ characters, few links) scores 1 + its commas + a point per
// 100 characters (at most 3), added in full to the element holding it, half to the next one
// up and less further up (as Readability does); an element's score is then discounted by its
// own link density. The best element, with the siblings that score near it, is the article.
// Linear in the size of the page, so it is also what very large pages get.
import { blocksOf, linkDensity, type Block } from './blocks.ts';
import { isTag, type Element } from './dom.ts';

function blockScore(block: Block): number {
  const len = block.text.length;
  if (len < 25 || linkDensity(block) > 0.33) return 0;
  const commas = (block.text.match(/[,，、]/g) ?? []).length;
  return 1 + commas + Math.min(Math.floor(len / 100), 3);
}

function linkShare(el: Element): number {
  let all = 0;
  let linked = 0;
  const walk = (node: Element, inLink: boolean) => {
    for (const child of node.children) {
      if (child.type === 'text') {
        const n = child.data.replace(/\s+/g, ' ').trim().length;
        all += n;
        if (inLink) linked += n;
      } else if (isTag(child)) walk(child, inLink || child.name === 'a');
    }
  };
  walk(el, false);
  return all ? linked / all : 0;
}

function isInside(node: Element | null, targets: Set<Element>): boolean {
  for (let n: Element | null = node; n; n = n.parent && isTag(n.parent) ? n.parent : null) if (targets.has(n)) return true;
  return false;
}

/** The blocks of the densest part of a (cleaned) page; [] when it has no prose at all. */
export function densityBlocks(root: Element): Block[] {
  const blocks = blocksOf(root);
  const scores = new Map<Element, number>();
  for (const block of blocks) {
    const score = blockScore(block);
    if (!score || !block.container) continue;
    let node: Element | null = block.container.name === 'div' || block.container.name === 'td' ? block.container : block.container.parent && isTag(block.container.parent) ? block.container.parent : null;
    for (let level = 0; node && level < 5; level++) {
      const share = level === 0 ? 1 : level === 1 ? 0.5 : 1 / (level * 3);
      scores.set(node, (scores.get(node) ?? 0) + score * share);
      node = node.parent && isTag(node.parent) ? node.parent : null;
    }
  }
  if (!scores.size) return [];
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([el, score]) => [el, score * (1 - linkShare(el))] as const);
  ranked.sort((a, b) => b[1] - a[1]);
  const [top, topScore] = ranked[0]!;
  const chosen = new Set<Element>([top]);
  const parent = top.parent && isTag(top.parent) ? top.parent : null;
  if (parent) {
    const threshold = Math.max(10, topScore * 0.2);
    for (const sibling of parent.children) {
      if (!isTag(sibling) || sibling === top) continue;
      if ((scores.get(sibling) ?? 0) * (1 - linkShare(sibling)) >= threshold) chosen.add(sibling);
    }
  }
  return blocks.filter((block) => isInside(block.container, chosen));
}
