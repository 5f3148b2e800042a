// `crawlOutlet` end to end against the fixture server and the real store (PostgreSQL and
// PGlite): every fixture article stored with its snapshot and parsed fields, a second run
// fetching nothing new, bad pages failing with a reason and nothing stored twice.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARSER_VERSION, crawlOutlet, parseArticle, reparseSnapshots, storeSink, type CrawlCounts, type ParseFn } from '../../crawler/index.ts';
import { sitesDir } from '../../fixtures/server.ts';
import { snapshotBody } from '../../store/index.ts';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../support/databases.ts';
import { fixtureOutlet, hitsUnder, startFixtureServer, type FixtureServer } from './support.ts';

const fixtureArticles: Record<string, number> = { 'caspian-wire': 4, 'highland-ledger': 3, 'kura-vestnik': 3 };

describe.each(databaseKinds)('crawling the fixture outlets into %s', (kind) => {
  let server: FixtureServer;
  let database: TestDatabase;
  const db = () => database.store.db;
  const crawl = async (id: string, parse: ParseFn = parseArticle): Promise<CrawlCounts> =>
    crawlOutlet(await fixtureOutlet(server, id), { sink: storeSink(db()), parse, fetch: { backoffBaseMs: 20 } });

  beforeAll(async () => {
    server = await startFixtureServer();
    database = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it.each(Object.entries(fixtureArticles))('stores every article of %s with a snapshot and parsed fields', async (id, expected) => {
    const counts = await crawl(id);
    expect(counts.failed).toEqual([]);
    expect(counts.snapshotsStored).toBe(expected);
    const articles = await db().article.findMany({ where: { outletId: id }, include: { snapshots: true } });
    expect(articles).toHaveLength(expected);
    for (const article of articles) {
      expect(article.parseStatus).toBe('PARSED');
      expect(article.parserVersion).toBe(PARSER_VERSION);
      expect(article.title).toBeTruthy();
      expect(article.publishedAt).toBeInstanceOf(Date);
      expect(article.text?.length).toBeGreaterThan(200);
      expect(article.snapshots).toHaveLength(1);
      const snapshot = article.snapshots[0]!;
      expect(snapshot.status).toBe(200);
      expect(snapshot.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(snapshot.finalUrl).toBe(article.canonicalUrl);
      expect((snapshot.headers as Record<string, string>).etag).toBeTruthy();
      expect(snapshot.body.length).toBeLessThan(snapshot.size); // stored compressed
      expect(article.canonicalUrl).not.toMatch(/utm_|#/);
    }
    const states = await db().feedState.findMany({ where: { outletId: id } });
    expect(states.length).toBeGreaterThan(0);
    expect(states.every((state) => state.etag && state.lastModified && state.lastStatus === 200)).toBe(true);
  });

  it('keeps the raw bytes of a Windows-1251 page exactly as served', async () => {
    const article = await db().article.findFirstOrThrow({ where: { canonicalUrl: { endsWith: 'court-extends-detention-of-teachers.html' } }, include: { snapshots: true } });
    const served = (await readFile(path.join(sitesDir, 'vestnik/news/2026/court-extends-detention-of-teachers.html'), 'latin1')).replaceAll('{{BASE}}', server.url);
    expect(snapshotBody(article.snapshots[0]!)).toEqual(Buffer.from(served, 'latin1'));
  });

  it('fetches nothing new on a second run, and says so', async () => {
    const before = hitsUnder(server, '/wire/2026/') + hitsUnder(server, '/ledger/news/') + hitsUnder(server, '/vestnik/news/2026/');
    for (const id of Object.keys(fixtureArticles)) {
      const counts = await crawl(id);
      expect(counts).toMatchObject({ queued: 0, fetched: 0, snapshotsStored: 0, failed: [] });
      expect(counts.notModified).toBeGreaterThan(0);
    }
    const after = hitsUnder(server, '/wire/2026/') + hitsUnder(server, '/ledger/news/') + hitsUnder(server, '/vestnik/news/2026/');
    expect(after).toBe(before);
    expect(await db().snapshot.count()).toBe(10);
  });

  it('skips stored URLs even when a source has changed (no conditional GET state)', async () => {
    await db().feedState.deleteMany({ where: { outletId: 'caspian-wire' } });
    const counts = await crawl('caspian-wire');
    expect(counts).toMatchObject({ linksFound: 4, alreadyStored: 4, queued: 0, fetched: 0 });
  });

  it('gives every bad page a reason, stores the survivable ones once, and does not crash', async () => {
    const counts = await crawl('trouble');
    const reasons = Object.fromEntries(counts.failed.map((f) => [new URL(f.url).pathname, f.reason]));
    expect(reasons).toEqual({
      '/errors/broken-sitemap.xml': 'malformed-sitemap',
      '/errors/gone': 'http-410',
      '/errors/missing': 'http-404',
      '/errors/loop': 'redirect-loop',
      '/errors/huge': 'too-large',
      '/errors/huge-declared': 'too-large',
      '/errors/bomb': 'too-large',
      '/errors/not-html': 'not-html',
    });
    expect(counts.skipped.map((s) => s.reason)).toEqual(['robots-disallowed']);
    expect(counts.notes.map((n) => n.reason).sort()).toEqual(['html-as-text', 'invalid-utf8']);
    const stored = await db().article.findMany({ where: { outletId: 'trouble' }, include: { snapshots: true } });
    expect(stored.map((a) => new URL(a.canonicalUrl).pathname).sort()).toEqual(['/errors/bad-utf8', '/errors/busy', '/errors/flaky', '/errors/plain']);
    expect(stored.every((a) => a.snapshots.length === 1)).toBe(true);
    const byPath = Object.fromEntries(stored.map((a) => [new URL(a.canonicalUrl).pathname, a]));
    // HTML served as text/plain is parsed as HTML; invalid UTF-8 is parsed with U+FFFD
    expect(byPath['/errors/plain']).toMatchObject({ parseStatus: 'PARSED', title: 'Activist released under amnesty', text: 'The activist was released under the amnesty act.' });
    expect(byPath['/errors/bad-utf8']).toMatchObject({ parseStatus: 'PARSED', title: 'Journalist sentenced to five years' });
    expect(byPath['/errors/bad-utf8']!.text).toContain('\ufffd');
  });

  it('keeps the snapshot when the parser throws, and reparse fills the fields in later', async () => {
    await db().feedState.deleteMany({ where: { outletId: 'highland-ledger' } });
    await db().article.deleteMany({ where: { outletId: 'highland-ledger' } });
    const broken: ParseFn = () => { throw new Error('parser bug'); };
    const counts = await crawl('highland-ledger', broken);
    expect(counts).toMatchObject({ snapshotsStored: 3, parseFailed: 3 });
    const failed = await db().article.findMany({ where: { outletId: 'highland-ledger' } });
    expect(failed.map((a) => [a.parseStatus, a.parseError])).toEqual(Array(3).fill(['FAILED', 'parser bug']));

    const hitsBefore = hitsUnder(server, '/ledger/news/');
    const reparsed = await reparseSnapshots(storeSink(db()), parseArticle, { outletId: 'highland-ledger' });
    expect(reparsed).toEqual({ snapshots: 3, parsed: 3, failed: 0, notArticle: 0 });
    expect(hitsUnder(server, '/ledger/news/')).toBe(hitsBefore);
    const fixed = await db().article.findMany({ where: { outletId: 'highland-ledger' } });
    expect(fixed.every((a) => a.parseStatus === 'PARSED' && a.title && a.publishedAt)).toBe(true);
  });

  it('refuses an outlet on a loopback address that does not allow private addresses', async () => {
    const before = server.hits.get('/wire/feed/') ?? 0;
    const counts = await crawl('walled-garden');
    expect(counts.failed).toEqual([expect.objectContaining({ reason: 'private-address' })]);
    expect(server.hits.get('/wire/feed/') ?? 0).toBe(before);
  });
});
