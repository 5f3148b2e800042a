// One outlet, once: its feeds, sitemaps and listing pages are fetched (conditionally), the new
// article URLs they name are fetched, snapshotted and parsed. Everything goes through one
// CheerioCrawler with the outlet's rate limit, so discovery and articles share the politeness.
import { logger } from '../../core/logger.ts';
import { runFetcher, type FetchFailure, type FetchJob, type FetchOptions, type FetchedPage } from '../fetch/fetcher.ts';
import type { Outlet } from '../outlets/schema.ts';
import { storeArticlePage } from './article.ts';
import { discoverFromPage, recordDiscoveryFailure, startDiscovery, type DiscoveryState } from './discovery.ts';
import { emptyCounts, type CrawlCounts } from './summary.ts';
import type { CrawlSink, ParseFn } from './types.ts';

export type CrawlOptions = {
  sink: CrawlSink;
  parse: ParseFn;
  onProgress?: (counts: CrawlCounts) => void;
  fetch?: Partial<FetchOptions>;
};

const log = () => logger('crawler');

export async function crawlOutlet(outlet: Outlet, options: CrawlOptions): Promise<CrawlCounts> {
  const { sink, parse } = options;
  const started = Date.now();
  const counts = emptyCounts(outlet.id);
  const progress = () => options.onProgress?.(counts);
  const state: DiscoveryState = { seen: new Set(), sitemapsSeen: new Set(), budget: outlet.maxArticlesPerRun };

  const allowed = await startDiscovery(outlet, sink, counts, state);
  progress();

  const onPage = async (page: FetchedPage, enqueue: (jobs: FetchJob[]) => Promise<void>) => {
    if (page.job.label === 'article') {
      counts.fetched++;
      await storeArticlePage(page, { outlet, sink, parse, counts });
    } else {
      await enqueue(await discoverFromPage(page, { outlet, sink, counts, state }));
    }
    progress();
  };
  const onFailure = async (failure: FetchFailure) => {
    counts.failed.push({ url: failure.url, reason: failure.reason, message: failure.message });
    log().warn({ outlet: outlet.id, url: failure.url, reason: failure.reason, attempts: failure.attempts }, failure.message);
    if (failure.job.label !== 'article') {
      counts.sourcesFailed++;
      await recordDiscoveryFailure(sink, outlet, failure.job, failure.message);
    }
    progress();
  };

  if (allowed.length) {
    await runFetcher(allowed, {
      onPage,
      onFailure,
      onSkipped: (url, reason) => {
        counts.skipped.push({ url, reason, message: reason === 'robots-disallowed' ? 'disallowed by robots.txt' : reason });
        log().info({ outlet: outlet.id, url, reason }, 'skipped');
        progress();
      },
      onRetry: (url, reason, delayMs) => {
        counts.retries++;
        log().info({ outlet: outlet.id, url, reason, delayMs }, 'retrying');
      },
    }, {
      allowPrivate: outlet.allowPrivate,
      requestsPerMinute: outlet.rateLimit.requestsPerMinute,
      concurrency: outlet.rateLimit.concurrency,
      ...options.fetch,
    });
  }
  counts.durationMs = Date.now() - started;
  progress();
  return counts;
}
