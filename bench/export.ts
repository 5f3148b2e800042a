// Digest and export throughput on a local PostgreSQL database of its own: 300 confirmed
// events, each reported by two articles with a 60 KB page snapshot (600 snapshots, 36 MB).
// Times composing + rendering one digest of all of them, and each export format to a file.
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildDigest, exportTrails, output, renderHtml, renderText, reviewLinks, type ExportFormat } from '../digest/index.ts';
import { addSnapshot, confirmEvent, createUser, groupCandidate, recordCandidates, saveParsedArticle, upsertArticle, upsertOutlet, type Db } from '../store/index.ts';
import { createTestDatabase } from '../tests/support/databases.ts';

const EVENTS = 300;
const PAGE_BYTES = 60_000;

// Distinct surnames that name folding keeps apart (it drops digits and doubled letters):
// one syllable per decimal digit, 0 → "Bababaev", 17 → "Bademoev".
const syllables = ['ba', 'de', 'fi', 'go', 'ku', 'li', 'mo', 'nu', 'pe', 'ro'];
const surname = (i: number) => `${String(i).padStart(3, '0').split('').map((d) => syllables[Number(d)]).join('').replace(/^./, (c) => c.toUpperCase())}ev`;

async function seed(db: Db) {
  await upsertOutlet(db, { id: 'bench', name: 'Bench Outlet', homepage: 'https://bench.example/', config: {} });
  const reviewer = await createUser(db, { email: 'bench@bench.example', passwordHash: 'x', role: 'REVIEWER' });
  const filler = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(Math.ceil(PAGE_BYTES / 57)).slice(0, PAGE_BYTES);
  for (let i = 0; i < EVENTS; i++) {
    const name = `Amir ${surname(i)}`;
    const text = `Police detained activist ${name} on 3 May 2026. ${filler.slice(0, 2000)}`;
    for (const copy of [0, 1]) {
      const { article } = await upsertArticle(db, { canonicalUrl: `https://bench.example/${i}/${copy}`, outletId: 'bench' });
      await saveParsedArticle(db, article.id, { parseStatus: 'PARSED', title: `Activist ${i} detained (${copy})`, text: `${copy} ${text}` });
      await addSnapshot(db, { articleId: article.id, requestUrl: `https://bench.example/${i}/${copy}`, finalUrl: `https://bench.example/${i}/${copy}`, status: 200, headers: { 'content-type': 'text/html' }, body: Buffer.from(`<html><body><p>${copy} ${text}</p>${filler}</body></html>`) });
      const quote = `detained activist ${name}`;
      const start = text.indexOf(quote) + 2;
      const { candidates } = await recordCandidates(db, article.id, 'bench', [{ type: 'ARREST', date: '2026-05-03', people: [name], count: null, charges: [], termMonths: null, evidence: [{ start, end: start + quote.length, quote }], ruleIds: ['bench'], confidence: 0.9 }]);
      const { eventId, created } = await groupCandidate(db, candidates[0]!.id);
      if (created) continue;
      await confirmEvent(db, { eventId, userId: reviewer.id });
    }
  }
}

export async function run(): Promise<void> {
  process.env.LOG_LEVEL ??= 'error';
  const database = await createTestDatabase('postgres');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'habeas-bench-export-'));
  try {
    const db = database.store.db;
    const seeding = performance.now();
    await seed(db);
    console.log(`seeded ${EVENTS} confirmed events, ${EVENTS * 2} snapshots of ${PAGE_BYTES / 1000} KB in ${((performance.now() - seeding) / 1000).toFixed(1)} s (not the figure)`);
    const links = reviewLinks('http://127.0.0.1:3000');
    const now = new Date(Date.now() + 3_600_000);
    let started = performance.now();
    const digest = await buildDigest(db, { watchlist: null, period: { start: new Date(0), end: now }, links, now });
    const html = renderHtml(digest);
    renderText(digest);
    let seconds = (performance.now() - started) / 1000;
    console.log(`digest: ${digest.total} events composed and rendered (HTML ${(html.length / 1024).toFixed(0)} KB + text) in ${seconds.toFixed(2)} s`);
    for (const format of ['json', 'csv', 'warc'] as ExportFormat[]) {
      const file = path.join(dir, `bench.${format}`);
      started = performance.now();
      const summary = await exportTrails(db, { format, filter: {}, links, out: output(createWriteStream(file)) });
      seconds = (performance.now() - started) / 1000;
      const size = (await stat(file)).size;
      console.log(`export ${format}: ${summary.events} events, ${summary.snapshots} snapshots in ${seconds.toFixed(2)} s = ${(summary.events / seconds).toFixed(0)} events/s, ${(size / 2 ** 20).toFixed(1)} MB written (${(size / 2 ** 20 / seconds).toFixed(1)} MB/s)`);
    }
  } finally {
    await database.drop();
    await rm(dir, { recursive: true, force: true });
  }
}
