// discover and fetch: the crawler's two stages as queue workers. discover turns an outlet's
// feeds, sitemaps and listings into one fetch job per new article URL; fetch stores one
// article (snapshot first, then parsed fields) and queues its extraction.
import { performance } from 'node:perf_hooks';
import { discoverArticles, fetchArticle, parseArticle, storeSink, type Outlet, type StageTimings } from '../../crawler/index.ts';
import { EXTRACTOR_VERSION } from '../../extractor/index.ts';
import { recordOutletResult, type Db } from '../../store/index.ts';
import { PermanentError } from '../errors.ts';
import { extractJob, fetchJob, type DiscoverPayload, type FetchPayload } from '../jobs.ts';
import { enqueue, enqueueMany, type Queues } from '../queues.ts';

export type CrawlDeps = { db: Db; queues: Queues; outlets: ReadonlyMap<string, Outlet>; fetchOverrides?: { backoffBaseMs?: number; timeoutSecs?: number } };

function outletOf(deps: CrawlDeps, outletId: string): Outlet {
  const outlet = deps.outlets.get(outletId);
  if (!outlet) throw new PermanentError(`outlet ${outletId} is not in the registry`);
  return outlet;
}

// BullMQ's lowest priority; a run's later articles share it.
const LAST_PRIORITY = 2_097_152;

/**
 * A fetch job's priority is its article's rank in its outlet's discovery run (feeds list
 * the newest first). Outlets are fetched each at its own host's pace, so a queue in arrival
 * order would fetch one outlet's whole backlog at that outlet's pace while the other hosts
 * sit idle (bench/pipeline.ts: 600 articles/min, the pace of one host). Ranked, the fetch
 * workers take the first article of every outlet, then the second of every outlet, and so
 * on: each host is paced, and all of them at once.
 */
export function fetchPriority(rank: number): number {
  return Math.min(rank + 1, LAST_PRIORITY);
}

export async function processDiscover(deps: CrawlDeps, payload: DiscoverPayload) {
  const outlet = outletOf(deps, payload.outletId);
  const { articles, counts, retryableFailures, commit } = await discoverArticles(outlet, { sink: storeSink(deps.db), fetch: deps.fetchOverrides });
  await enqueueMany(
    deps.queues,
    fetchJob,
    articles.map((article) => ({ v: 1 as const, outletId: outlet.id, url: article.url, discoveredVia: article.discoveredVia })),
    (_payload, rank) => ({ priority: fetchPriority(rank) }),
  );
  // Only now, with the articles queued, may the feeds remember what they served.
  await commit();
  const allFailed = counts.sources > 0 && counts.sourcesFailed >= counts.sources;
  await recordOutletResult(deps.db, outlet.id, allFailed ? { ok: false, error: counts.failed.map((f) => `${f.url}: ${f.message}`).join('; ') } : { ok: true });
  if (retryableFailures.length) {
    // The articles found so far are queued (their ids make a second discovery a no-op);
    // the sources that failed for a passing reason get another try with backoff.
    const first = retryableFailures[0]!;
    throw new Error(`${retryableFailures.length} of ${counts.sources} sources of ${outlet.id} failed, will retry: ${first.reason}: ${first.message} (${first.url})`);
  }
  return { outletId: outlet.id, sources: counts.sources, sourcesFailed: counts.sourcesFailed, linksFound: counts.linksFound, alreadyStored: counts.alreadyStored, queued: articles.length };
}

export async function processFetch(deps: CrawlDeps, payload: FetchPayload) {
  const outlet = outletOf(deps, payload.outletId);
  // Where the time went (fetch, snapshot, parse, save, enqueue), kept in the job's result.
  const ms: StageTimings = {};
  const result = await fetchArticle(outlet, { url: payload.url, discoveredVia: payload.discoveredVia }, { sink: storeSink(deps.db), parse: parseArticle, fetch: deps.fetchOverrides, timings: ms });
  if ('skipped' in result) return { url: payload.url, skipped: result.skipped };
  if (result.parseStatus === 'PARSED') {
    const started = performance.now();
    await enqueue(deps.queues, extractJob, { v: 1, articleId: result.articleId, extractorVersion: EXTRACTOR_VERSION });
    ms.enqueue = performance.now() - started;
  }
  return { url: payload.url, ...result, ms: rounded(ms) };
}

/** Timings to a tenth of a millisecond, for a compact job result. */
export function rounded(ms: StageTimings): StageTimings {
  return Object.fromEntries(Object.entries(ms).map(([key, value]) => [key, Math.round(value * 10) / 10]));
}
