// Who wrote it: the profile's selector, JSON-LD author names, <meta name="author"> (or
// article:author when it is a name, not a profile URL), rel=author / itemprop=author, then
// an element classed as a byline. "By", dates and "| Staff" tails are trimmed off.
import type { CheerioAPI } from 'cheerio';
import { normalizeSpace } from '../body/blocks.ts';
import { boundedText } from '../body/dom.ts';
import { authorNames, type JsonLdNode } from './json-ld.ts';
import { firstMeta, type MetaTags } from './meta-tags.ts';

const bylineClass = '[class*="byline" i], [class*="author" i], [id*="byline" i], [itemprop="author"]';

/** "By Justine Coleman - 11/18/19 11:04 PM EST" → "Justine Coleman". */
export function cleanByline(raw: string): string | null {
  let text = normalizeSpace(raw)
    .replace(/^(posted|written|words|text|reported|story)?\s*(by|von|par|por|автор:?)\s+/i, '')
    .replace(/\s+(-|–|—|\||·|•|,)\s+.*\d.*$/, '') // a date or time after a separator
    .replace(/\s+(on|at|updated|published)\s+.*\d.*$/i, '')
    // a written date run into the name: "Carrie ArnoldNovember 15, 2019"
    .replace(/\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{2,4}.*$/i, '')
    .replace(/\s*\d{1,2}(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{2,4}.*$/i, '')
    .replace(/\s*\|\s*$/, '')
    .trim();
  if (/^(by|and)\s+/i.test(text)) text = text.replace(/^(by|and)\s+/i, '');
  if (!text || text.length > 120 || /^https?:\/\//.test(text) || !/\p{L}/u.test(text)) return null;
  return text;
}

export function bylineOf($: CheerioAPI, tags: MetaTags, article: JsonLdNode | undefined, nodes: JsonLdNode[], profileSelector?: string): string | null {
  const candidates: Array<() => string | undefined> = [
    () => {
      if (!profileSelector) return undefined;
      try {
        return $(profileSelector).first().text();
      } catch {
        return undefined;
      }
    },
    () => {
      const names = article ? authorNames(article, nodes) : [];
      return names.length ? [...new Set(names)].join(', ') : undefined;
    },
    () => firstMeta(tags, ['author', 'article:author', 'dc.creator', 'sailthru.author', 'parsely-author', 'byl', 'twitter:creator']),
    () => {
      const el = $('[rel="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"]').first();
      return el.length ? el.text() : undefined;
    },
    () => {
      for (const el of $(bylineClass).toArray()) {
        const text = boundedText(el, 120);
        if (text) return text;
      }
      return undefined;
    },
  ];
  for (const candidate of candidates) {
    const raw = candidate();
    const clean = raw ? cleanByline(raw) : null;
    if (clean) return clean;
  }
  return null;
}
