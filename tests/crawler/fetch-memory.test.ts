// A worker keeps one long-lived crawler per outlet (crawler/fetch/fetch-service.ts): what
// each costs in heap must stay small, or a registry of dozens of outlets costs gigabytes.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createCrawler, defaultFetchOptions } from '../../crawler/fetch/fetcher.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

describe("long-lived crawlers' memory", () => {
  it('costs well under 2 MB of heap per crawler with its request queue open', async () => {
    const handlers = { onPage: async () => {}, onFailure: () => {} };
    const before = heapAfterGc();
    const crawlers = [];
    for (let i = 0; i < 8; i++) {
      const crawler = createCrawler(handlers, { ...defaultFetchOptions, allowPrivate: true }, { keepAlive: true });
      await crawler.getRequestQueue();
      crawlers.push(crawler);
    }
    const perCrawler = (heapAfterGc() - before) / crawlers.length;
    // Crawlee's default request-queue cache alone is 16 MB a crawler.
    expect(perCrawler).toBeLessThan(2 * 2 ** 20);
    for (const crawler of crawlers) await crawler.teardown();
  });
});
