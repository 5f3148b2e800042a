// Fetching over CheerioCrawler against the local fixture server: what is retried, what is
// not, what is refused, and that nothing is written to ./storage.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFetcher, type FetchJob, type FetchedPage } from '../../crawler/index.ts';
import { startFixtureServer, type FixtureServer } from './support.ts';

type Outcome = { pages: FetchedPage[]; failures: { url: string; reason: string; message: string; attempts: number }[]; skipped: { url: string; reason: string }[]; retries: { url: string; reason: string; delayMs: number }[] };

async function fetchAll(jobs: FetchJob[], options: Parameters<typeof runFetcher>[2] = {}): Promise<Outcome> {
  const outcome: Outcome = { pages: [], failures: [], skipped: [], retries: [] };
  await runFetcher(jobs, {
    onPage: async (page) => { outcome.pages.push(page); },
    onFailure: (failure) => { outcome.failures.push(failure); },
    onSkipped: (url, reason) => { outcome.skipped.push({ url, reason }); },
    onRetry: (url, reason, delayMs) => { outcome.retries.push({ url, reason, delayMs }); },
  }, { allowPrivate: true, requestsPerMinute: 6000, concurrency: 4, backoffBaseMs: 20, ...options });
  return outcome;
}

describe('fetching', () => {
  let server: FixtureServer;
  const page = (path: string): FetchJob => ({ url: `${server.url}${path}`, label: 'article' });
  beforeAll(async () => { server = await startFixtureServer(); });
  afterAll(async () => { await server.close(); });

  it('fails 404 and 410 at once, without retrying', async () => {
    const { failures, retries } = await fetchAll([page('/errors/missing'), page('/errors/gone')]);
    expect(failures.map((f) => [f.reason, f.attempts]).sort()).toEqual([['http-404', 1], ['http-410', 1]]);
    expect(retries).toEqual([]);
    expect(server.hits.get('/errors/gone')).toBe(1);
  });

  it('waits what Retry-After asks on a 429, then fetches the page', async () => {
    const started = Date.now();
    const { pages, retries } = await fetchAll([page('/errors/busy')]);
    expect(pages).toHaveLength(1);
    expect(retries).toEqual([expect.objectContaining({ reason: 'http-429', delayMs: 1000 })]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it('gives up at once when Retry-After is longer than a run waits, and says so', async () => {
    const { failures } = await fetchAll([page('/errors/very-busy')]);
    expect(failures).toEqual([expect.objectContaining({ reason: 'http-429', attempts: 1 })]);
    expect(failures[0]!.message).toMatch(/Retry-After of 3600 s is longer than/);
  });

  it('retries a 500 and stores the page when the server recovers', async () => {
    const { pages, retries } = await fetchAll([page('/errors/flaky')]);
    expect(retries.map((r) => r.reason)).toEqual(['http-500']);
    expect(pages[0]?.status).toBe(200);
    expect(pages[0]?.attempts).toBe(2);
  });

  it('backs off exponentially on a 503 that never ends, then fails after the retry limit', async () => {
    const { failures, retries } = await fetchAll([page('/errors/down')], { maxRetries: 3, backoffBaseMs: 40 });
    expect(failures).toEqual([expect.objectContaining({ reason: 'http-503', attempts: 4 })]);
    const delays = retries.map((r) => r.delayMs);
    expect(delays).toHaveLength(3);
    expect(delays[2]!).toBeGreaterThan(delays[0]!);
  });

  it('retries a request that times out', async () => {
    const { failures, retries } = await fetchAll([page('/errors/slow')], { timeoutSecs: 1, maxRetries: 1 });
    expect(retries.map((r) => r.reason)).toEqual(['timeout']);
    expect(failures).toEqual([expect.objectContaining({ reason: 'timeout', attempts: 2 })]);
  });

  it('stops a redirect loop without retrying it', async () => {
    const { failures, retries } = await fetchAll([page('/errors/loop')]);
    expect(failures).toEqual([expect.objectContaining({ reason: 'redirect-loop', attempts: 1 })]);
    expect(retries).toEqual([]);
  });

  it('cuts off a body past the size limit, whether announced, streamed or a gzip bomb', async () => {
    const { failures, pages } = await fetchAll([page('/errors/huge'), page('/errors/huge-declared'), page('/errors/bomb')]);
    expect(pages).toEqual([]);
    expect(failures.map((f) => f.reason)).toEqual(['too-large', 'too-large', 'too-large']);
    expect(failures.map((f) => f.message).join('\n')).toMatch(/5\.0 MB limit \(after decompression\)/);
    expect(failures.map((f) => f.message).join('\n')).toMatch(/Content-Length 52428800/);
  });

  it('skips what robots.txt disallows without requesting it', async () => {
    const { skipped, pages } = await fetchAll([page('/errors/private/secret')]);
    expect(skipped).toEqual([{ url: `${server.url}/errors/private/secret`, reason: 'robots-disallowed' }]);
    expect(pages).toEqual([]);
    expect(server.hits.get('/errors/private/secret')).toBeUndefined();
    expect(server.hits.get('/robots.txt')).toBeGreaterThan(0);
  });

  it.each([
    [503, 'treats a failing robots.txt as "disallow everything"', 0],
    [404, 'treats a missing robots.txt as "no rules"', 1],
  ])('robots.txt answering %i: %s', async (status, _title, expectedPages) => {
    const other = createServer((req, res) => {
      res.writeHead(req.url === '/robots.txt' ? status : 200, { 'content-type': 'text/html' });
      res.end('<!doctype html><p>page</p>');
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const port = (other.address() as { port: number }).port;
    try {
      const { pages, skipped } = await fetchAll([{ url: `http://127.0.0.1:${port}/news/1`, label: 'article' }]);
      expect(pages).toHaveLength(expectedPages);
      expect(skipped).toHaveLength(1 - expectedPages);
    } finally {
      other.close();
    }
  });

  it('refuses a loopback address unless the outlet allows private addresses', async () => {
    const before = server.hits.get('/wire/feed/') ?? 0;
    const { failures } = await fetchAll([{ url: `${server.url}/wire/feed/`, label: 'feed' }], { allowPrivate: false });
    expect(failures).toEqual([expect.objectContaining({ reason: 'private-address', attempts: 1 })]);
    expect(server.hits.get('/wire/feed/') ?? 0).toBe(before);
  });

  it('hands over the raw bytes, headers and final URL of a page', async () => {
    const { pages } = await fetchAll([page('/vestnik/news/2026/pardon-list-published.html')]);
    const fetched = pages[0]!;
    expect(fetched.contentType).toBe('text/html; charset=windows-1251');
    expect(fetched.body.includes(Buffer.from([0xc8, 0xf1, 0xef]))).toBe(true); // "Исп" in windows-1251
    expect(fetched.finalUrl).toBe(`${server.url}/vestnik/news/2026/pardon-list-published.html`);
    expect(fetched.headers.etag).toMatch(/^"/);
  });

  it('says who it is: every request, robots.txt included, carries the HabeasBot user agent', () => {
    expect([...server.userAgents].every((agent) => agent.startsWith('HabeasBot/'))).toBe(true);
  });

  it('spaces requests to one host by the rate limit', async () => {
    const started = Date.now();
    const { pages } = await fetchAll([1, 2, 3].map((n) => page(`/wire/?n=${n}`)), { requestsPerMinute: 120, concurrency: 3 });
    expect(pages).toHaveLength(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000); // three slots 500 ms apart
  });

  it('keeps crawlee storage in memory: no ./storage folder appears', () => {
    expect(existsSync('storage')).toBe(false);
  });
});
