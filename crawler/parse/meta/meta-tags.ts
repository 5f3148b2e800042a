// <meta> tags and microdata of a page, read once: property / name / itemprop → content
// (the first value wins, as browsers and crawlers read them), keys lower-cased.
import type { CheerioAPI } from 'cheerio';

export type MetaTags = Map<string, string>;

export function metaTags($: CheerioAPI): MetaTags {
  const tags: MetaTags = new Map();
  $('meta').each((_, el) => {
    const key = (el.attribs.property ?? el.attribs.name ?? el.attribs.itemprop ?? el.attribs['http-equiv'])?.trim().toLowerCase();
    const content = el.attribs.content?.trim();
    if (key && content && !tags.has(key)) tags.set(key, content);
  });
  return tags;
}

export function firstMeta(tags: MetaTags, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = tags.get(key);
    if (value) return value;
  }
  return undefined;
}
