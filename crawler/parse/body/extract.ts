// The article body of a parsed page as plain text, paragraphs separated by blank lines.
// With an outlet profile, its body selector; otherwise the page is cleaned (clean.ts) and two
// candidates are made from it: Readability's article (over linkedom) and our density
// candidate (density.ts), and choose() picks one; very large pages skip Readability (its
// cost grows faster than the page).
import type { CheerioAPI } from 'cheerio';
import type { ArticleProfile } from '../../outlets/schema.ts';
import * as cheerio from 'cheerio';
import { blocksOf, type Block } from './blocks.ts';
import { cleanTree } from './clean.ts';
import { densityBlocks } from './density.ts';
import { hasChildren, isTag, type AnyNode, type Element } from './dom.ts';
import { profileBodies } from './profile.ts';
import { readabilityArticle } from './readability.ts';
import { textOf, tidyBlocks } from './tidy.ts';

export type BodyMethod = 'profile' | 'readability' | 'density' | 'none';
export type BodyResult = { text: string; method: BodyMethod };
export type BodyOptions = {
  url?: string;
  title?: string | null;
  byline?: string | null;
  profile?: ArticleProfile;
  /** pages with more elements than this skip Readability */
  readabilityElementLimit?: number;
  /** one candidate alone, for measuring (bench/aeb.ts) */
  only?: 'density' | 'readability';
  /** boilerplate rule ids to leave out, for measuring what each one does */
  skipRules?: string[];
};

export const defaultReadabilityElementLimit = 20_000;
/** cleaned pages longer than this (characters of HTML) skip Readability */
export const readabilityHtmlLimit = 1_500_000;

function countElements(node: AnyNode, limit: number): number {
  let n = 0;
  const stack: AnyNode[] = [node];
  while (stack.length && n <= limit) {
    const x = stack.pop()!;
    if (isTag(x)) n++;
    if (hasChildren(x)) for (const c of x.children) stack.push(c);
  }
  return n;
}

/** The <html> element; htmlparser2 does not invent one, so a page without it gets one here. */
function htmlElement($: CheerioAPI): Element {
  const found = $('html').toArray().find(isTag);
  if (found) return found;
  $.root().wrapInner('<html></html>');
  return $('html').toArray().find(isTag)!;
}

const length = (blocks: Block[]) => blocks.reduce((n, b) => n + b.text.length, 0);

export function extractBody($: CheerioAPI, options: BodyOptions = {}): BodyResult {
  const meta = { title: options.title, byline: options.byline };
  const bodies = profileBodies($, options.profile);
  if (bodies) {
    const blocks: Block[] = [];
    for (const body of bodies) {
      cleanTree(body);
      blocks.push(...blocksOf(body));
    }
    const text = textOf(tidyBlocks(blocks, meta));
    if (text) return { text, method: 'profile' };
  }
  const root = htmlElement($);
  cleanTree(root, { skipRules: options.skipRules });
  const ours = options.only === 'readability' ? [] : tidyBlocks(densityBlocks(root), meta);
  let theirs: Block[] = [];
  const limit = options.readabilityElementLimit ?? defaultReadabilityElementLimit;
  if (options.only !== 'density' && countElements(root, limit) <= limit) {
    try {
      const html = $.html(root);
      const article = html.length <= readabilityHtmlLimit ? readabilityArticle(html, options.url) : null;
      if (article) theirs = tidyBlocks(blocksOf(cheerio.load(article.html, { xml: { xmlMode: false, decodeEntities: true } }).root()[0]!), meta);
    } catch {
      theirs = []; // Readability gave up on this page: ours stands
    }
  }
  return choose(ours, theirs);
}

/**
 * Both candidates usually find the same story; they differ in what furniture they let in
 * and in whether they missed a part. Ours is the shorter of the two when it agrees with
 * Readability to within 30 %: the difference is then furniture Readability kept. Much
 * shorter, ours missed part of the story; longer, ours took in something next to it.
 */
export function choose(ours: Block[], theirs: Block[]): BodyResult {
  const mine = length(ours);
  const other = length(theirs);
  if (ours.length && (!theirs.length || (mine <= other && mine >= other * 0.7))) return { text: textOf(ours), method: 'density' };
  if (theirs.length) return { text: textOf(theirs), method: 'readability' };
  if (ours.length) return { text: textOf(ours), method: 'density' };
  return { text: '', method: 'none' };
}
