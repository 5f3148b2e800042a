// Long-lived crawlers for fetching one page at a time (the pipeline's fetch jobs). A
// CheerioCrawler costs about 80 ms of CPU and 200 ms to set up and tear down, and leaks a
// few MB each time (measured: bench/pipeline.ts): once per article, that was most of the
// pipeline's CPU and memory. Instead each process keeps one crawler per outlet and fetch
// options, hands it each page as a request of its own (a "ticket"), and gets the outcome
// back. The crawler is the same as runFetcher's (robots.txt, pacing, capture, size limit,
// private-address refusal), so a page is fetched exactly as a crawl fetches it; its
// concurrency and rate limit now hold across all of the outlet's jobs in the process.
// A crawler is retired when idle, and replaced after a number of pages (its in-memory
// request queue keeps every request it handled).
import { createCrawler, toRequest, type FetchedPage, type FetchFailure, type FetchJob, type FetchOptions, type PoliteCrawler } from './fetcher.ts';

export type FetchOutcome = { kind: 'fetched' } | { kind: 'failed'; failure: FetchFailure } | { kind: 'skipped'; reason: string };

type Ticket = { url: string; onPage(page: FetchedPage): Promise<void>; settle(outcome: FetchOutcome): void; fail(error: Error): void };

const IDLE_MS = 5_000;
const PAGES_PER_CRAWLER = 1_000;

class SharedFetcher {
  private readonly tickets = new Map<string, Ticket>();
  private readonly crawler: PoliteCrawler;
  private readonly running: Promise<void>;
  private next = 0;
  private idleTimer: NodeJS.Timeout | undefined;
  private drainedWaiters: (() => void)[] = [];
  served = 0;

  constructor(options: FetchOptions, private readonly onIdle: (fetcher: SharedFetcher) => void) {
    this.crawler = createCrawler(
      {
        onPage: async (page) => {
          const id = String(page.job.data?.ticket ?? '');
          const ticket = this.tickets.get(id);
          if (!ticket) return;
          // An error here fails the request: crawlee hands it to onFailure with its policy.
          await ticket.onPage(page);
          this.settle(id, { kind: 'fetched' });
        },
        onFailure: (failure) => this.settle(String(failure.job.data?.ticket ?? ''), { kind: 'failed', failure }),
        onSkipped: (url, reason) => {
          // crawlee names a skipped request by its URL only
          const href = new URL(url).href;
          const entry = [...this.tickets].find(([, ticket]) => ticket.url === url || new URL(ticket.url).href === href);
          if (entry) this.settle(entry[0], { kind: 'skipped', reason });
        },
      },
      options,
      { keepAlive: true },
    );
    this.running = this.crawler.run().then(
      () => undefined,
      (error: Error) => {
        for (const ticket of this.tickets.values()) ticket.fail(error);
        this.tickets.clear();
      },
    );
  }

  fetch(job: FetchJob, onPage: (page: FetchedPage) => Promise<void>): Promise<FetchOutcome> {
    clearTimeout(this.idleTimer);
    const id = `${++this.next}`;
    this.served++;
    return new Promise<FetchOutcome>((resolve, reject) => {
      this.tickets.set(id, { url: job.url, onPage, settle: resolve, fail: reject });
      const request = toRequest({ ...job, data: { ...job.data, ticket: id } }, `${job.label}:${id}:${job.url}`);
      this.crawler.addRequests([request]).then(
        () => this.crawler.autoscaledPool?.notify(),
        (error: Error) => {
          this.tickets.delete(id);
          reject(error);
        },
      );
    });
  }

  private settle(id: string, outcome: FetchOutcome): void {
    const ticket = this.tickets.get(id);
    if (!ticket) return;
    this.tickets.delete(id);
    ticket.settle(outcome);
    if (this.tickets.size) return;
    for (const waiter of this.drainedWaiters.splice(0)) waiter();
    this.idleTimer = setTimeout(() => this.onIdle(this), IDLE_MS);
    this.idleTimer.unref();
  }

  /** Waits for the tickets in hand, then stops the crawler. */
  async retire(): Promise<void> {
    if (this.tickets.size) await new Promise<void>((resolve) => this.drainedWaiters.push(resolve));
    clearTimeout(this.idleTimer);
    this.crawler.stop();
    await this.running;
    await this.crawler.teardown();
  }
}

const fetchers = new Map<string, SharedFetcher>();
const retiring = new Set<Promise<void>>();

function retire(key: string, fetcher: SharedFetcher): void {
  if (fetchers.get(key) === fetcher) fetchers.delete(key);
  const done = fetcher.retire().finally(() => retiring.delete(done));
  retiring.add(done);
}

/**
 * Fetches one page on the process's crawler for `key` (an outlet), with `options` (the
 * outlet's). `onPage` runs inside the crawler, as runFetcher's does: what it throws fails
 * the page with that error's retry policy.
 */
export function fetchOnShared(key: string, job: FetchJob, onPage: (page: FetchedPage) => Promise<void>, options: FetchOptions): Promise<FetchOutcome> {
  const fullKey = `${key} ${JSON.stringify(options)}`;
  let fetcher = fetchers.get(fullKey);
  if (!fetcher) {
    fetcher = new SharedFetcher(options, (idle) => retire(fullKey, idle));
    fetchers.set(fullKey, fetcher);
  }
  const outcome = fetcher.fetch(job, onPage);
  if (fetcher.served >= PAGES_PER_CRAWLER) retire(fullKey, fetcher);
  return outcome;
}

/** Stops every shared crawler once the pages in hand are done (a worker shutting down). */
export async function closeSharedFetchers(): Promise<void> {
  for (const [key, fetcher] of [...fetchers]) retire(key, fetcher);
  await Promise.all([...retiring]);
}
