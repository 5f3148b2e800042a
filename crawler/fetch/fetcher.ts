// Polite fetching over Crawlee's CheerioCrawler, one crawler per outlet run so that each
// outlet gets its own rate limit and concurrency. robots.txt is respected; 5xx, timeouts and
// connection errors are retried with exponential backoff; a 429/503 with Retry-After waits
// what the server asked (up to a cap); 404/410 and other 4xx fail at once. Crawlee keeps its
// request queue in memory: nothing is written to ./storage.
import { setTimeout as sleep } from 'node:timers/promises';
import { CheerioCrawler, Configuration, log as crawleeLog, LogLevel, type CheerioCrawlingContext, type RobotsTxtFile } from 'crawlee';
import { assertPublicHost } from '../net/address-guard.ts';
import { captureResponse, tooLarge, type CaptureStream } from './capture.ts';
import { intervalFor, waitForHostSlot } from './pacer.ts';
import { loadRobotsTxt } from './robots.ts';
import { errorForStatus, PermanentFetchError, reasonOf, retryPolicyOf, backoffDelay, type RetryPolicy } from './errors.ts';

export type FetchLabel = 'feed' | 'sitemap' | 'listing' | 'article';

export type FetchJob = {
  url: string;
  label: FetchLabel;
  headers?: Record<string, string>;
  data?: Record<string, string | number | boolean | null>;
};

export type FetchedPage = {
  job: FetchJob;
  requestUrl: string;
  finalUrl: string;
  status: number;
  headers: Record<string, string | string[]>;
  contentType: string | undefined;
  body: Buffer;
  fetchedAt: Date;
  attempts: number;
};

export type FetchFailure = { job: FetchJob; url: string; reason: string; message: string; attempts: number; policy: RetryPolicy };

export type FetchHandlers = {
  /** Called for every response below 400 (304 included). Throw a PermanentFetchError to fail the URL. */
  onPage(page: FetchedPage, enqueue: (jobs: FetchJob[]) => Promise<void>): Promise<void>;
  onFailure(failure: FetchFailure): Promise<void> | void;
  onSkipped?(url: string, reason: string): Promise<void> | void;
  onRetry?(url: string, reason: string, delayMs: number): void;
};

export type FetchOptions = {
  allowPrivate: boolean;
  requestsPerMinute: number;
  concurrency: number;
  maxBytes: number;
  maxRetries: number;
  backoffBaseMs: number;
  maxRetryAfterMs: number;
  timeoutSecs: number;
  userAgent: string;
};

export const defaultFetchOptions: FetchOptions = {
  allowPrivate: false,
  requestsPerMinute: 30,
  concurrency: 2,
  maxBytes: 5 * 2 ** 20,
  maxRetries: 3,
  backoffBaseMs: 1000,
  maxRetryAfterMs: 120_000,
  timeoutSecs: 30,
  userAgent: 'HabeasBot/0.1 (news monitoring for human-rights groups)',
};

const robotsAgent = 'HabeasBot';
const serverErrors = Array.from({ length: 100 }, (_, i) => 500 + i);
const captures = new WeakMap<object, CaptureStream>();

crawleeLog.setLevel(process.env.HABEAS_CRAWLEE_LOG ? LogLevel.DEBUG : LogLevel.OFF);

function jobOf(ctx: { request: { url: string; userData: Record<string, unknown> } }): FetchJob {
  return (ctx.request.userData.job as FetchJob | undefined) ?? { url: ctx.request.url, label: 'article' };
}

function flatHeaders(headers: Record<string, unknown>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (typeof value === 'string' || Array.isArray(value)) out[name] = value as string | string[];
    else if (value !== undefined) out[name] = String(value);
  }
  return out;
}

/** A crawler request; `uniqueKey` overrides the de-duplication key (a long-lived crawler fetches a URL again). */
export function toRequest(job: FetchJob, uniqueKey = `${job.label}:${job.url}`) {
  return { url: job.url, uniqueKey, label: job.label, headers: job.headers ?? {}, userData: { job } };
}

// robots.txt per origin, shared by every crawler in the process for an hour: the pipeline
// runs a short crawler per fetch job, and must not ask for robots.txt before every article.
const ROBOTS_TTL_MS = 60 * 60_000;
const robotsCache = new Map<string, { at: number; file: Promise<RobotsTxtFile> }>();

// Slots of the request queue's "seen" cache (Crawlee's default is a million, two arrays of
// 8 MB for every crawler). Our requests carry unique keys of their own (a ticket each, or a
// crawl's own URLs), so the cache has little to remember: with one crawler per outlet the
// default held 270 of a pipeline worker's 420 MB of live heap (bench/pipeline.ts, 8 outlets).
const SEEN_CACHE_SLOTS = 4096;

/** CheerioCrawler with robots.txt fetched as ourselves (see robots.ts) and a small request-queue cache. */
export class PoliteCrawler extends CheerioCrawler {
  robotsOptions = { userAgent: defaultFetchOptions.userAgent, allowPrivate: false, timeoutMs: 30_000 };

  override async getRequestQueue() {
    const queue = await super.getRequestQueue();
    // An internal of Crawlee's (RequestProvider.requestSeenCache): replaced only when it is there as expected.
    type SeenCache = { size?: number; constructor: new (size: number) => SeenCache };
    const holder = queue as unknown as { requestSeenCache?: SeenCache };
    const cache = holder.requestSeenCache;
    if (cache && typeof cache.size === 'number' && cache.size > SEEN_CACHE_SLOTS) holder.requestSeenCache = new cache.constructor(SEEN_CACHE_SLOTS);
    return queue;
  }

  protected override async getRobotsTxtFileForUrl(url: string): Promise<RobotsTxtFile | undefined> {
    const origin = new URL(url).origin;
    const key = `${this.robotsOptions.userAgent} ${origin}`;
    let cached = robotsCache.get(key);
    if (!cached || Date.now() - cached.at > ROBOTS_TTL_MS) {
      cached = { at: Date.now(), file: loadRobotsTxt(url, this.robotsOptions) };
      robotsCache.set(key, cached);
      // A failed load is not kept: the next request asks again.
      cached.file.catch(() => robotsCache.delete(key));
    }
    const robots = cached.file;
    try {
      return await robots;
    } catch {
      return undefined; // a refused (private) host: the request itself is refused with a reason
    }
  }
}

/** Fetches the jobs (and whatever onPage enqueues) and resolves when the queue is empty. */
export async function runFetcher(jobs: FetchJob[], handlers: FetchHandlers, options: Partial<FetchOptions> = {}): Promise<void> {
  const crawler = createCrawler(handlers, { ...defaultFetchOptions, ...options });
  await crawler.run(jobs.map((job) => toRequest(job)));
  await crawler.teardown();
}

/**
 * The polite crawler behind runFetcher and the long-lived fetchers of fetch-service.ts.
 * `keepAlive` keeps it running with an empty queue (requests are added as they come), at a
 * fixed concurrency rather than one that starts at 1 and scales up over tens of seconds.
 */
export function createCrawler(handlers: FetchHandlers, opts: FetchOptions, extra: { keepAlive?: boolean } = {}): PoliteCrawler {
  // A fixed concurrency needs no system load readings; Crawlee takes them by spawning `ps`
  // every second (2.5 % of a pipeline worker's CPU with four outlets, bench/pipeline.ts).
  const config = new Configuration({ persistStorage: false, purgeOnStart: true, ...(extra.keepAlive ? { systemInfoIntervalMillis: 10 * 60_000 } : {}) });
  const crawler: PoliteCrawler = new PoliteCrawler(
    {
      ...(extra.keepAlive ? { keepAlive: true, minConcurrency: opts.concurrency, autoscaledPoolOptions: { maybeRunIntervalSecs: 0.05 } } : {}),
      maxConcurrency: opts.concurrency,
      maxRequestsPerMinute: opts.requestsPerMinute,
      maxRequestRetries: opts.maxRetries,
      respectRobotsTxtFile: { userAgent: robotsAgent },
      useSessionPool: false,
      additionalMimeTypes: ['*/*'],
      ignoreHttpErrorStatusCodes: serverErrors,
      navigationTimeoutSecs: opts.timeoutSecs,
      requestHandlerTimeoutSecs: opts.timeoutSecs * 4,
      preNavigationHooks: [
        async ({ request }, gotOptions) => {
          await assertPublicHost(request.url, opts.allowPrivate);
          await waitForHostSlot(request.url, intervalFor(opts.requestsPerMinute));
          gotOptions.headers = { ...gotOptions.headers, 'user-agent': opts.userAgent };
          gotOptions.maxRedirects = 10;
          gotOptions.retry = { limit: 0 };
          // An honest bot: our own User-Agent, no generated browser fingerprint (and ~10 ms less per request).
          (gotOptions as { useHeaderGenerator?: boolean }).useHeaderGenerator = false;
        },
      ],
      postNavigationHooks: [
        async (ctx) => {
          const response = (ctx as unknown as { response?: Parameters<typeof captureResponse>[0] }).response;
          if (!response) return;
          const declared = Number(response.headers['content-length']);
          if (Number.isFinite(declared) && declared > opts.maxBytes) {
            response.destroy();
            throw tooLarge(opts.maxBytes, `Content-Length ${declared}`);
          }
          const capture = captureResponse(response, opts.maxBytes);
          captures.set(ctx, capture);
          (ctx as unknown as { response: unknown }).response = capture;
        },
      ],
      onSkippedRequest: async ({ url, reason }) => {
        await handlers.onSkipped?.(url, reason === 'robotsTxt' ? 'robots-disallowed' : reason);
      },
      requestHandler: async (ctx: CheerioCrawlingContext) => {
        const { request, response } = ctx;
        const status = response.statusCode ?? 0;
        const headers = flatHeaders(response.headers as Record<string, unknown>);
        const error = errorForStatus(status, headers);
        if (error) throw error;
        const finalUrl = response.url || request.loadedUrl || request.url;
        if (finalUrl !== request.url) await assertPublicHost(finalUrl, opts.allowPrivate);
        const capture = captures.get(ctx);
        const contentType = typeof headers['content-type'] === 'string' ? headers['content-type'] : undefined;
        await handlers.onPage(
          {
            job: jobOf(ctx),
            requestUrl: request.url,
            finalUrl,
            status,
            headers,
            contentType,
            body: capture ? capture.bytes() : Buffer.alloc(0),
            fetchedAt: new Date(),
            attempts: request.retryCount + 1,
          },
          async (more) => {
            if (more.length) await crawler.addRequests(more.map((job) => toRequest(job)));
          },
        );
      },
      errorHandler: async ({ request }, error) => {
        const policy = retryPolicyOf(error);
        if (policy.kind === 'permanent') {
          // errors crawlee does not know as permanent (got's MaxRedirectsError, …)
          request.noRetry = true;
          return;
        }
        let delayMs = backoffDelay(request.retryCount, opts.backoffBaseMs);
        if (policy.kind === 'retry-after') {
          if (policy.delayMs > opts.maxRetryAfterMs) {
            request.noRetry = true;
            request.userData.giveUp = `Retry-After of ${Math.ceil(policy.delayMs / 1000)} s is longer than the ${opts.maxRetryAfterMs / 1000} s this run waits`;
            return;
          }
          delayMs = policy.delayMs;
        }
        handlers.onRetry?.(request.url, reasonOf(error), delayMs);
        await sleep(delayMs);
      },
      failedRequestHandler: async ({ request }, error) => {
        const giveUp = request.userData.giveUp as string | undefined;
        await handlers.onFailure({
          job: jobOf({ request }),
          url: request.url,
          reason: reasonOf(error),
          message: giveUp ? `${error.message}; ${giveUp}` : error.message,
          attempts: request.retryCount + 1,
          policy: retryPolicyOf(error),
        });
      },
    },
    config,
  );
  crawler.robotsOptions = { userAgent: opts.userAgent, allowPrivate: opts.allowPrivate, timeoutMs: opts.timeoutSecs * 1000 };
  return crawler;
}

export { PermanentFetchError };
