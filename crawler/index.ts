// The crawler stage: outlet registry → discovery → polite fetching → snapshots → parsing.
// Everything else in crawler/ is internal.

// --- outlet registry ---
export { loadOutlets, parseOutlets, findOutlet, OutletRegistryError } from './outlets/load.ts';
export { outletSchema, type Outlet, type ArticleProfile } from './outlets/schema.ts';

// --- crawling (discovery, fetching, snapshots) ---
export { crawlOutlet, type CrawlOptions } from './crawl/crawl-outlet.ts';
export { discoverArticles, fetchArticle, StageFetchError, type DiscoveredArticle, type FetchedArticle } from './crawl/stages.ts';
export { reparseSnapshots, type ReparseCounts } from './crawl/reparse.ts';
export { storeSink } from './crawl/store-sink.ts';
export { MemorySink } from './crawl/memory-sink.ts';
export { progressLine, summaryLines, type CrawlCounts } from './crawl/summary.ts';
export type { CrawlSink, ParseFn, ParseInput, ParsedArticle, StageTimings } from './crawl/types.ts';
export { runFetcher, defaultFetchOptions, type FetchJob, type FetchedPage, type FetchOptions } from './fetch/fetcher.ts';
export { closeSharedFetchers } from './fetch/fetch-service.ts';
export { setHostSlotStore, currentHostSlotStore, type HostSlotStore } from './fetch/pacer.ts';
export { retryPolicyOf, reasonOf, PermanentFetchError, RetryableFetchError, RetryAfterError, type RetryPolicy } from './fetch/errors.ts';
export { canonicalizeUrl } from './urls/canonical.ts';
export { assertPublicHost, isPrivateAddress } from './net/address-guard.ts';

// --- article parsing ---
export { parseArticle, readHtmlFile, readHtmlBytes, PARSER_VERSION } from './parse/index.ts';
