// A subtree → its text blocks: one block per paragraph-like element (p, headings, list
// items, quotes, table rows, divs holding text directly), with how much of its text sits in
// links. Blocks are what the extractor scores and keeps or drops, and what the article text
// is written from (one paragraph per block).
import { hasChildren, isTag, isText, type AnyNode, type Element } from './dom.ts';

export type Block = {
  text: string;
  /** characters of text inside <a> */
  linkChars: number;
  /** the element the block was cut from */
  tag: string;
  /** the nearest block-level element that holds this block */
  container: Element | null;
  heading: boolean;
};

// Elements that break the flow of text: each starts and ends a block.
const blockTags = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul', 'br', 'caption', 'legend', 'option', 'menu',
]);
// Elements whose content is never article text.
export const skipTags = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'video',
  'audio', 'picture', 'source', 'track', 'map', 'button', 'input', 'select', 'textarea', 'head', 'title', 'meta', 'link',
]);
const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

// Zero-width characters and soft hyphens are layout debris, not text.
const invisible = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

export function normalizeSpace(text: string): string {
  return text.replace(invisible, '').replace(/[\s\u00a0]+/g, ' ').trim();
}

export function blocksOf(root: AnyNode): Block[] {
  const blocks: Block[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  let tag = 'div';
  let container: Element | null = null;

  const flush = () => {
    const text = normalizeSpace(parts.join(''));
    if (text) blocks.push({ text, linkChars: Math.min(linkChars, text.length), tag, container, heading: headingTags.has(tag) });
    parts = [];
    linkChars = 0;
  };

  const walk = (node: AnyNode, inLink: boolean, holder: Element | null, holderTag: string) => {
    if (isText(node)) {
      if (!parts.length) {
        tag = holderTag;
        container = holder;
      }
      parts.push(node.data);
      if (inLink) linkChars += node.data.replace(/\s+/g, ' ').trim().length;
      return;
    }
    if (!isTag(node)) {
      if (node.type === 'root' && hasChildren(node)) for (const child of node.children) walk(child, inLink, holder, holderTag);
      return;
    }
    const name = node.name;
    if (skipTags.has(name)) return;
    if (blockTags.has(name)) {
      flush();
      for (const child of node.children) walk(child, inLink, node, name);
      flush();
      return;
    }
    const link = inLink || name === 'a';
    for (const child of node.children) walk(child, link, holder, holderTag);
  };

  walk(root, false, isTag(root) ? root : null, isTag(root) ? root.name : 'div');
  flush();
  return blocks;
}

export function linkDensity(block: Pick<Block, 'text' | 'linkChars'>): number {
  return block.text.length ? block.linkChars / block.text.length : 0;
}
