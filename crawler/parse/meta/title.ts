// The headline: the profile's selector, og:title, the JSON-LD headline, twitter:title, the
// page's one <h1>, then <title>; with the site's name cut off the end or the start
// ("Blogger detained … – Caspian Wire", "Highland Ledger | Lawyer for …").
import type { CheerioAPI } from 'cheerio';
import { normalizeSpace } from '../body/blocks.ts';
import { boundedText } from '../body/dom.ts';
import { firstString, stringOf, type JsonLdNode } from './json-ld.ts';
import { firstMeta, type MetaTags } from './meta-tags.ts';

export function siteNameOf(tags: MetaTags, nodes: JsonLdNode[], url: string | undefined): string[] {
  const names: string[] = [];
  const add = (name: string | undefined) => {
    if (name && name.trim()) names.push(name.trim().toLowerCase());
  };
  add(firstMeta(tags, ['og:site_name', 'application-name', 'apple-mobile-web-app-title', 'twitter:site']));
  for (const node of nodes) add(stringOf((node.publisher as JsonLdNode | undefined)?.name));
  if (url) {
    try {
      const host = new URL(url).hostname.replace(/^www\./, '');
      names.push(host, host.split('.')[0]!);
    } catch {
      // no usable URL
    }
  }
  return names;
}

const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const separator = /\s+[|–—\-:·•»«/]\s+|\s+::\s+/g;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * Cuts "– Site Name" off the end (or "Site Name |" off the start) of a title when that part
 * names the site, or when the rest is what the page's headline says. A title read from
 * <title> also loses a short last part after " | " or " – " (the way sites append their name).
 */
export function stripSiteName(title: string, siteNames: string[], headlines: string[] = [], fromTitleTag = false): string {
  const cuts = [...title.matchAll(separator)];
  if (!cuts.length) return title;
  const last = cuts[cuts.length - 1]!;
  const first = cuts[0]!;
  const beforeLast = title.slice(0, last.index).trim();
  const afterLast = title.slice(last.index! + last[0].length).trim();
  const beforeFirst = title.slice(0, first.index).trim();
  const afterFirst = title.slice(first.index! + first[0].length).trim();
  const sites = siteNames.map(squash).filter((s) => s.length > 2);
  const isSite = (part: string) => {
    const p = squash(part);
    return p.length > 0 && words(part) <= 5 && sites.some((s) => s === p || (s.length > 3 && (p.includes(s) || s.includes(p))));
  };
  if (beforeLast && isSite(afterLast)) return beforeLast;
  if (afterFirst && isSite(beforeFirst)) return afterFirst;
  const known = new Set(headlines.map(squash));
  if (known.has(squash(beforeLast))) return beforeLast;
  if (known.has(squash(afterFirst))) return afterFirst;
  if (fromTitleTag && /[|–—]/.test(last[0]) && words(afterLast) <= 3 && words(beforeLast) >= 4) return beforeLast;
  return title;
}

export function titleOf($: CheerioAPI, tags: MetaTags, article: JsonLdNode | undefined, nodes: JsonLdNode[], url: string | undefined, profileSelector?: string): string | null {
  let fromProfile: string | undefined;
  if (profileSelector) {
    try {
      const el = $(profileSelector).first()[0];
      fromProfile = el ? normalizeSpace(boundedText(el, 1000) ?? '') || undefined : undefined;
    } catch {
      // a selector cheerio cannot read
    }
  }
  // headlines are short: a "heading" holding a page of text is not one (and is not read whole)
  const h1s = $('h1').toArray().slice(0, 20).map((el) => normalizeSpace(boundedText(el, 1000) ?? '')).filter(Boolean);
  const h1 = h1s.length === 1 ? h1s[0] : undefined;
  const candidates = [
    fromProfile,
    firstMeta(tags, ['og:title']),
    firstString(article, [], 'headline'),
    firstMeta(tags, ['twitter:title']),
    h1 ?? h1s[0],
    normalizeSpace($('title').first().text()),
  ];
  const index = candidates.findIndex((c) => c && normalizeSpace(c).length > 0);
  if (index < 0) return null;
  const raw = normalizeSpace(candidates[index]!);
  const headlines = [...h1s, ...$('h2').toArray().slice(0, 3).map((el) => normalizeSpace(boundedText(el, 1000) ?? ''))];
  return stripSiteName(raw, siteNameOf(tags, nodes, url), headlines, index === candidates.length - 1).slice(0, 1000);
}
