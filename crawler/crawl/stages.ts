// The crawler cut into the pipeline's two stages. discoverArticles fetches an outlet's
// feeds, sitemaps and listing pages and returns the new article URLs (the queue turns each
// into a fetch job); fetchArticle fetches, snapshots and parses one article. Retries belong
// to the queue here (BullMQ backs off between attempts), so each call tries once and throws
// an error that carries its retry policy.
import { performance } from 'node:perf_hooks';
import { fetchOnShared } from '../fetch/fetch-service.ts';
import { defaultFetchOptions, runFetcher, type FetchFailure, type FetchJob, type FetchOptions, type FetchedPage } from '../fetch/fetcher.ts';
import type { Outlet } from '../outlets/schema.ts';
import { storeArticlePage } from './article.ts';
import { discoverFromPage, recordDiscoveryFailure, startDiscovery, type DiscoveryState } from './discovery.ts';
import { emptyCounts, type CrawlCounts } from './summary.ts';
import type { CrawlSink, FeedStateRecord, ParseFn, StageTimings } from './types.ts';

/** A fetch that failed, with what the queue should do about it. */
export class StageFetchError extends Error {
  override name = 'StageFetchError';
  readonly permanent: boolean;
  readonly retryAfterMs: number | undefined;
  constructor(readonly failure: FetchFailure) {
    super(`${failure.reason}: ${failure.message} (${failure.url})`);
    this.permanent = failure.policy.kind === 'permanent';
    this.retryAfterMs = failure.policy.kind === 'retry-after' ? failure.policy.delayMs : undefined;
  }
}

function fetchOptionsOf(outlet: Outlet, extra: Partial<FetchOptions>): Partial<FetchOptions> {
  return {
    allowPrivate: outlet.allowPrivate,
    requestsPerMinute: outlet.rateLimit.requestsPerMinute,
    concurrency: outlet.rateLimit.concurrency,
    ...extra,
  };
}

export type DiscoveredArticle = { url: string; discoveredVia: string | null };

export type Discovery = {
  articles: DiscoveredArticle[];
  counts: CrawlCounts;
  /** Sources that failed for a reason that may pass (5xx, timeout, database down). */
  retryableFailures: FetchFailure[];
  /**
   * Saves the feeds' conditional-GET state (ETag, Last-Modified). Call it only once the
   * articles are safely queued: saved earlier, a crash in between would make the next
   * attempt get 304 Not Modified and lose the articles for good.
   */
  commit(): Promise<void>;
};

/** A sink whose feed-state writes wait for commit(). */
function deferFeedStates(sink: CrawlSink): { sink: CrawlSink; commit(): Promise<void> } {
  const pending = new Map<string, FeedStateRecord>();
  const deferred = new Proxy(sink, {
    get(target, property, receiver) {
      if (property === 'saveFeedState') return async (state: FeedStateRecord) => void pending.set(state.url, state);
      if (property === 'getFeedState') return async (url: string) => pending.get(url) ?? target.getFeedState(url);
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return {
    sink: deferred,
    async commit() {
      for (const state of pending.values()) await sink.saveFeedState(state);
      pending.clear();
    },
  };
}

export async function discoverArticles(
  outlet: Outlet,
  options: { sink: CrawlSink; fetch?: Partial<FetchOptions> },
): Promise<Discovery> {
  const { sink, commit } = deferFeedStates(options.sink);
  const retryableFailures: FetchFailure[] = [];
  const counts = emptyCounts(outlet.id);
  const started = Date.now();
  const state: DiscoveryState = { seen: new Set(), sitemapsSeen: new Set(), budget: outlet.maxArticlesPerRun };

  const allowed = await startDiscovery(outlet, sink, counts, state);

  const articles: DiscoveredArticle[] = [];
  const onPage = async (page: FetchedPage, enqueue: (jobs: FetchJob[]) => Promise<void>) => {
    const next = await discoverFromPage(page, { outlet, sink, counts, state });
    for (const job of next) {
      if (job.label === 'article') articles.push({ url: job.url, discoveredVia: typeof job.data?.discoveredVia === 'string' ? job.data.discoveredVia : null });
    }
    await enqueue(next.filter((job) => job.label !== 'article'));
  };
  const onFailure = async (failure: FetchFailure) => {
    if (failure.policy.kind !== 'permanent') retryableFailures.push(failure);
    counts.sourcesFailed++;
    counts.failed.push({ url: failure.url, reason: failure.reason, message: failure.message });
    await recordDiscoveryFailure(sink, outlet, failure.job, failure.message);
  };
  if (allowed.length) {
    await runFetcher(allowed, {
      onPage,
      onFailure,
      onSkipped: (url, reason) => {
        counts.skipped.push({ url, reason, message: reason === 'robots-disallowed' ? 'disallowed by robots.txt' : reason });
      },
      onRetry: () => {
        counts.retries++;
      },
    }, fetchOptionsOf(outlet, options.fetch ?? {}));
  }
  counts.durationMs = Date.now() - started;
  return { articles, counts, retryableFailures, commit };
}

export type FetchedArticle = { articleId: number; canonicalUrl: string; parseStatus: 'PARSED' | 'FAILED' | 'NOT_ARTICLE' } | { skipped: string };

/**
 * Fetches one article once: stored with its snapshot and parsed, or an error with its retry
 * policy. The page is fetched on the process's long-lived crawler for the outlet
 * (fetch-service.ts), not a crawler of its own.
 */
export async function fetchArticle(
  outlet: Outlet,
  article: DiscoveredArticle,
  options: { sink: CrawlSink; parse: ParseFn; fetch?: Partial<FetchOptions>; timings?: StageTimings },
): Promise<FetchedArticle> {
  const counts = emptyCounts(outlet.id);
  let stored: FetchedArticle | undefined;
  const started = performance.now();
  let fetchedAt = 0;
  const outcome = await fetchOnShared(
    outlet.id,
    { url: article.url, label: 'article', data: { discoveredVia: article.discoveredVia } },
    async (page) => {
      fetchedAt = performance.now();
      stored = await storeArticlePage(page, { outlet, sink: options.sink, parse: options.parse, counts, timings: options.timings });
    },
    // One attempt: the queue retries with backoff, and a worker is not held while waiting.
    { ...defaultFetchOptions, ...fetchOptionsOf(outlet, { maxRetries: 0, ...options.fetch }) },
  );
  if (options.timings) options.timings.fetch = (fetchedAt || performance.now()) - started;
  if (outcome.kind === 'failed') throw new StageFetchError(outcome.failure);
  if (outcome.kind === 'skipped') return { skipped: outcome.reason };
  if (!stored) throw new Error(`crawler: ${article.url} was neither fetched nor failed`);
  return stored;
}
