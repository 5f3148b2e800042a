// A listing page (section front, tag page) → the links its selector picks, made absolute
// against the page's URL (or its <base href>).
import * as cheerio from 'cheerio';
import type { DiscoveredLink } from './feed.ts';

export function linksFromListing(html: string, pageUrl: string, linkSelector: string): DiscoveredLink[] {
  const $ = cheerio.load(html);
  const baseHref = $('base[href]').attr('href');
  let base = pageUrl;
  try {
    if (baseHref) base = new URL(baseHref, pageUrl).toString();
  } catch {
    // a broken <base href> is ignored
  }
  const links: DiscoveredLink[] = [];
  $(linkSelector).each((_, element) => {
    const href = $(element).attr('href') ?? $(element).find('a[href]').first().attr('href');
    if (!href) return;
    try {
      links.push({ url: new URL(href, base).toString() });
    } catch {
      // not a URL: skipped
    }
  });
  return links;
}

/** The page's rel=canonical link, made absolute, if it has one. */
export function canonicalLinkOf(html: string, pageUrl: string): string | undefined {
  const match = /<link\b[^>]*\brel\s*=\s*["']?canonical\b[^>]*>/i.exec(html);
  const href = match && /\bhref\s*=\s*["']([^"']+)["']/i.exec(match[0])?.[1];
  if (!href) return undefined;
  try {
    return new URL(href.trim(), pageUrl).toString();
  } catch {
    return undefined;
  }
}
