// The body of a page as article text. (work in progress)
import * as cheerio from 'cheerio';
import { blocksOf, linkDensity, type Block } from './blocks.ts';
import { cleanTree } from './clean.ts';
import { lineRules } from './lines.ts';
import { readabilityArticle } from './readability.ts';
import type { Element } from './dom.ts';

export function keepBlock(block: Block): boolean {
  const len = block.text.length;
  if (linkDensity(block) > 0.5 && len < 300) return false;
  if (len < 160 && lineRules.some((rule) => rule.pattern.test(block.text))) return false;
  return true;
}

export function textOf(blocks: Block[]): string {
  return blocks.map((b) => b.text).join('\n\n');
}

export function extractBody(html: string, url?: string): string {
  const $ = cheerio.load(html);
  const root = $.root()[0]!.children.find((n): n is Element => n.type === 'tag') ?? ($.root()[0] as unknown as Element);
  cleanTree(root);
  const cleaned = $.html();
  const article = readabilityArticle(cleaned, url);
  if (!article) return '';
  const $a = cheerio.load(article.html);
  const blocks = blocksOf($a.root()[0]!).filter(keepBlock);
  return textOf(blocks);
}
