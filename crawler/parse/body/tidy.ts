// The last pass over the chosen blocks: furniture lines and link lists out (lines.ts), and
// what the metadata already carries (the headline, the byline, a bare dateline) out of the
// opening of the text, so the body does not repeat them.
import { writtenDate } from '../meta/date-value.ts';
import { linkDensity, type Block } from './blocks.ts';
import { lineRules } from './lines.ts';

const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

export function isFurniture(block: Block): boolean {
  const len = block.text.length;
  if (linkDensity(block) > 0.5 && len < 300) return true;
  return len < 160 && lineRules.some((rule) => rule.pattern.test(block.text));
}

function isBareDate(text: string): boolean {
  if (text.length > 60 || !writtenDate(text)) return false;
  // what is left once the date and the usual words around it are gone
  const rest = text.replace(/\b(posted|published|updated|on|at|am|pm|utc|gmt|[a-z]{3,4}t)\b/gi, '').replace(/[\d\s,.:/|–—-]+/g, ' ');
  return rest.split(/\s+/).filter((w) => w.length > 2).length <= 3;
}

export function tidyBlocks(blocks: Block[], meta: { title?: string | null; byline?: string | null }): Block[] {
  const title = meta.title ? squash(meta.title) : '';
  const byline = meta.byline ? squash(meta.byline) : '';
  const kept = blocks.filter((block) => !isFurniture(block));
  let start = 0;
  while (start < Math.min(kept.length, 4)) {
    const block = kept[start]!;
    const text = squash(block.text);
    const isTitle = title && text === title;
    const isByline = byline && block.text.length < 120 && (text === byline || text === `by${byline}` || (/^by\s/i.test(block.text) && text.includes(byline)));
    if (isTitle || isByline || isBareDate(block.text)) start++;
    else break;
  }
  return kept.slice(start);
}

export function textOf(blocks: Block[]): string {
  return blocks.map((block) => block.text).join('\n\n');
}
