// Sitemaps (sitemaps.org), sitemap indexes and Google News sitemaps → URLs. An index yields
// child sitemaps to fetch; a urlset yields article URLs, newest first when dates are given.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { PermanentFetchError } from '../fetch/errors.ts';
import type { DiscoveredLink } from './feed.ts';

export type SitemapContent =
  | { kind: 'index'; sitemaps: string[] }
  | { kind: 'urlset'; links: DiscoveredLink[] };

const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  isArray: (name) => name === 'url' || name === 'sitemap',
  parseTagValue: false,
  processEntities: true,
});

type Entry = { loc?: unknown; lastmod?: unknown; news?: { publication_date?: unknown } };

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

export function parseSitemap(xml: string): SitemapContent {
  const body = xml.replace(/^\uFEFF/, '');
  const valid = XMLValidator.validate(body);
  if (valid !== true) {
    throw new PermanentFetchError('malformed-sitemap', `not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  }
  const doc = parser.parse(body) as { sitemapindex?: { sitemap?: Entry[] }; urlset?: { url?: Entry[] } | '' };
  if (doc.sitemapindex) {
    const sitemaps = (doc.sitemapindex.sitemap ?? []).map((entry) => text(entry.loc)).filter((loc): loc is string => !!loc);
    return { kind: 'index', sitemaps };
  }
  if (doc.urlset !== undefined) {
    const entries = (typeof doc.urlset === 'object' ? doc.urlset.url : undefined) ?? [];
    const links: DiscoveredLink[] = [];
    for (const entry of entries) {
      const url = text(entry.loc);
      if (!url) continue;
      const published = text(entry.news?.publication_date) ?? text(entry.lastmod);
      links.push(published ? { url, published } : { url });
    }
    links.sort((a, b) => (Date.parse(b.published ?? '') || 0) - (Date.parse(a.published ?? '') || 0));
    return { kind: 'urlset', links };
  }
  throw new PermanentFetchError('malformed-sitemap', 'XML is neither a <urlset> nor a <sitemapindex>');
}
