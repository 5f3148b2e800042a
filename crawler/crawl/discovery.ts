// A fetched feed, sitemap or listing page → the article URLs worth fetching: links parsed,
// canonicalised, kept to the outlet's site and article pattern, de-duplicated within the run,
// and those already in the store dropped. Conditional-GET state is saved for next time.
import { decodeBody } from '../fetch/charset.ts';
import { PermanentFetchError } from '../fetch/errors.ts';
import type { FetchedPage, FetchJob } from '../fetch/fetcher.ts';
import { linksFromFeed, type DiscoveredLink } from '../discover/feed.ts';
import { linksFromListing } from '../discover/listing.ts';
import { parseSitemap } from '../discover/sitemap.ts';
import { assertPublicHost } from '../net/address-guard.ts';
import type { Outlet } from '../outlets/schema.ts';
import { canonicalizeUrl, siteOf } from '../urls/canonical.ts';
import type { CrawlCounts } from './summary.ts';
import type { CrawlSink } from './types.ts';

export type DiscoveryState = { seen: Set<string>; sitemapsSeen: Set<string>; budget: number };

const header = (page: FetchedPage, name: string): string | null => {
  const value = page.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
};

export async function conditionalHeaders(sink: CrawlSink, url: string): Promise<Record<string, string>> {
  const state = await sink.getFeedState(url);
  const headers: Record<string, string> = {};
  if (state?.etag) headers['if-none-match'] = state.etag;
  if (state?.lastModified) headers['if-modified-since'] = state.lastModified;
  return headers;
}

export function isArticleUrl(outlet: Outlet, url: string): boolean {
  const sites = new Set([siteOf(outlet.homepage)]);
  if (!sites.has(siteOf(url))) return false;
  return outlet.articleUrlPattern ? new RegExp(outlet.articleUrlPattern).test(new URL(url).pathname) : true;
}

function linksOf(page: FetchedPage, counts: CrawlCounts): { links: DiscoveredLink[]; childSitemaps: string[] } {
  const { text } = decodeBody(page.body, page.contentType);
  switch (page.job.label) {
    case 'feed': {
      const { links, problem } = linksFromFeed(text);
      if (problem) counts.notes.push({ url: page.requestUrl, reason: 'malformed-feed', message: `${problem}; ${links.length} links recovered` });
      return { links, childSitemaps: [] };
    }
    case 'sitemap': {
      const content = parseSitemap(text);
      return content.kind === 'index' ? { links: [], childSitemaps: content.sitemaps } : { links: content.links, childSitemaps: [] };
    }
    case 'listing':
      return { links: linksFromListing(text, page.finalUrl, String(page.job.data?.linkSelector ?? 'a')), childSitemaps: [] };
    default:
      throw new PermanentFetchError('internal', `not a discovery page: ${page.job.label}`);
  }
}

/** Handles one discovery page; returns the fetch jobs it leads to. */
export async function discoverFromPage(
  page: FetchedPage,
  ctx: { outlet: Outlet; sink: CrawlSink; counts: CrawlCounts; state: DiscoveryState },
): Promise<FetchJob[]> {
  const { outlet, sink, counts, state } = ctx;
  const kind = page.job.label as 'feed' | 'sitemap' | 'listing';
  const saveState = (itemsSeen: number) =>
    sink.saveFeedState({
      url: page.requestUrl, outletId: outlet.id, kind, etag: header(page, 'etag'), lastModified: header(page, 'last-modified'),
      lastFetchedAt: page.fetchedAt, lastStatus: page.status, lastError: null, itemsSeen,
    });
  if (page.status === 304) {
    counts.notModified++;
    const previous = await sink.getFeedState(page.requestUrl);
    await sink.saveFeedState({
      url: page.requestUrl, outletId: outlet.id, kind, etag: previous?.etag ?? null, lastModified: previous?.lastModified ?? null,
      lastFetchedAt: page.fetchedAt, lastStatus: 304, lastError: null, itemsSeen: 0,
    });
    return [];
  }
  const { links, childSitemaps } = linksOf(page, counts);
  const jobs: FetchJob[] = [];
  for (const child of childSitemaps) {
    const url = canonicalizeUrl(child, page.finalUrl);
    if (!url || state.sitemapsSeen.has(url)) continue;
    state.sitemapsSeen.add(url);
    counts.sources++;
    jobs.push({ url, label: 'sitemap', headers: await conditionalHeaders(sink, url) });
  }
  const candidates: string[] = [];
  for (const link of links) {
    const url = canonicalizeUrl(link.url, page.finalUrl);
    if (!url || !isArticleUrl(outlet, url) || state.seen.has(url)) continue;
    state.seen.add(url);
    candidates.push(url);
  }
  counts.linksFound += candidates.length;
  const existing = await sink.findExistingUrls(candidates);
  counts.alreadyStored += existing.size;
  for (const url of candidates) {
    if (existing.has(url)) continue;
    if (state.budget <= 0) break;
    state.budget--;
    counts.queued++;
    jobs.push({ url, label: 'article', data: { discoveredVia: page.requestUrl } });
  }
  await saveState(links.length);
  return jobs;
}

export async function recordDiscoveryFailure(sink: CrawlSink, outlet: Outlet, job: FetchJob, message: string): Promise<void> {
  const previous = await sink.getFeedState(job.url);
  await sink.saveFeedState({
    url: job.url, outletId: outlet.id, kind: job.label as 'feed' | 'sitemap' | 'listing',
    etag: previous?.etag ?? null, lastModified: previous?.lastModified ?? null,
    lastFetchedAt: new Date(), lastStatus: null, lastError: message, itemsSeen: 0,
  });
}

/**
 * The start of a discovery pass: the outlet recorded, its feeds, sitemaps and listing pages as
 * fetch jobs (canonical, with conditional-GET headers) counted and marked seen, and those whose
 * host is private refused (unless the outlet allows it) before anything, robots.txt included, is
 * requested; each refused one is counted and recorded on its feed state.
 */
export async function startDiscovery(outlet: Outlet, sink: CrawlSink, counts: CrawlCounts, state: DiscoveryState): Promise<FetchJob[]> {
  await sink.upsertOutlet({ id: outlet.id, name: outlet.name, homepage: outlet.homepage, language: outlet.language, allowPrivate: outlet.allowPrivate, config: outlet });
  const jobs: FetchJob[] = [];
  const add = async (url: string, label: FetchJob['label'], data?: FetchJob['data']) => {
    const canonical = canonicalizeUrl(url) ?? url;
    state.sitemapsSeen.add(canonical);
    jobs.push({ url: canonical, label, headers: await conditionalHeaders(sink, canonical), ...(data ? { data } : {}) });
  };
  for (const url of outlet.feeds) await add(url, 'feed');
  for (const sitemap of outlet.sitemaps) await add(sitemap.url, 'sitemap', { news: sitemap.news });
  for (const listing of outlet.listings) await add(listing.url, 'listing', { linkSelector: listing.linkSelector });
  counts.sources = jobs.length;

  const allowed: FetchJob[] = [];
  for (const job of jobs) {
    try {
      await assertPublicHost(job.url, outlet.allowPrivate);
      allowed.push(job);
    } catch (err) {
      const e = err as Error & { reason?: string };
      counts.failed.push({ url: job.url, reason: e.reason ?? 'error', message: e.message });
      counts.sourcesFailed++;
      await recordDiscoveryFailure(sink, outlet, job, e.message);
    }
  }
  return allowed;
}
