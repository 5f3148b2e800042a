import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { WARCParser } from 'warcio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articles } from '../../fixtures/digest/articles.ts';
import { CSV_COLUMNS, exportTrails, output, reviewLinks, snapshotRecordId, type ExportFormat, type SourceTrail } from '../../digest/index.ts';
import { confirmEvent, editEvent, groupCandidate, reopenEvent, type Db } from '../../store/index.ts';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { seedArticle, seedDigestFixtures, type Seeded } from './seed.ts';

const links = reviewLinks('http://127.0.0.1:3000');
const confirmedKeys = ['mirzayev-sentence', 'novruzlu-arrest', 'hasanova-release', 'pardon-41'];

describe('source-trail exports', () => {
  let database: TestDatabase;
  let db: Db;
  let seeded: Seeded;
  let dir: string;

  async function exportTo(format: ExportFormat, filter = {}) {
    const file = path.join(dir, `export-${Math.random().toString(36).slice(2)}.${format}`);
    const summary = await exportTrails(db, { format, filter, links, out: output(createWriteStream(file)), pageSize: 2 });
    return { file, summary, bytes: await readFile(file) };
  }

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    db = database.store.db;
    seeded = await seedDigestFixtures(db);
    // A history worth exporting: confirmed, reopened, edited, confirmed again.
    const eventId = seeded.events['mirzayev-sentence']!;
    await reopenEvent(db, { eventId, userId: seeded.reviewerId, reason: 'the second outlet gives no day' });
    await editEvent(db, { eventId, userId: seeded.reviewerId, edits: { charges: ['smuggling', 'tax_evasion'] } });
    await confirmEvent(db, { eventId, userId: seeded.reviewerId });
    dir = await mkdtemp(path.join(os.tmpdir(), 'habeas-export-'));
  });
  afterAll(async () => {
    await database?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('writes every confirmed event to JSON with its people, sources, snapshots, evidence and decision history', async () => {
    const { bytes, summary } = await exportTo('json');
    const doc = JSON.parse(bytes.toString('utf8')) as { format: string; version: number; events: SourceTrail[]; counts: { events: number } };
    expect(doc.format).toBe('habeas-source-trail');
    expect(doc.events.map((e) => e.id).sort((a, b) => a - b)).toEqual(confirmedKeys.map((k) => seeded.events[k]!).sort((a, b) => a - b));
    expect(doc.counts.events).toBe(4);
    expect(summary).toMatchObject({ events: 4, sources: 5, snapshots: 5 });

    const sentence = doc.events.find((e) => e.id === seeded.events['mirzayev-sentence'])!;
    expect(sentence).toMatchObject({ type: 'SENTENCE', date: '2026-11-12', datePrecision: 'DAY', termMonths: 72, charges: ['smuggling', 'tax_evasion'], corroboration: 2 });
    expect(sentence.confirmedBy).toMatchObject({ email: 'reviewer@fixture.example', name: 'Fixture Reviewer' });
    expect(sentence.url).toBe(`http://127.0.0.1:3000/events/${sentence.id}`);
    expect(sentence.decisions.map((d) => d.action)).toEqual(['CONFIRM', 'REOPEN', 'EDIT', 'CONFIRM']);
    expect(sentence.decisions[1]).toMatchObject({ reason: 'the second outlet gives no day', by: { email: 'reviewer@fixture.example' } });
    expect(sentence.decisions[2]!.before).toMatchObject({ charges: ['smuggling'] });
    expect(sentence.decisions[2]!.after).toMatchObject({ charges: ['smuggling', 'tax_evasion'] });

    const [wire, ledger] = sentence.sources;
    expect([wire!.article.outlet?.name, ledger!.article.outlet?.name]).toEqual(['Caspian Wire', 'The Ledger']);
    const fixture = articles[0]!;
    expect(wire!.article).toMatchObject({ url: fixture.url, title: fixture.title, published: '2026-11-12T09:30:00.000Z' });
    const stored = seeded.articles[fixture.url]!;
    expect(wire!.snapshots).toEqual([
      expect.objectContaining({
        id: stored.snapshotId, sha256: stored.sha256, status: 200, finalUrl: fixture.url, requestUrl: `${fixture.url}?utm_source=feed`,
        archivedUrl: `http://127.0.0.1:3000/snapshots/${stored.snapshotId}`, fetchedAt: '2026-11-12T10:30:00.000Z', seenAtDecision: true,
        headers: expect.objectContaining({ etag: '"w-1184"', 'set-cookie': ['a=1; Path=/', 'b=2; Path=/'] }),
      }),
    ]);
    const [candidate] = wire!.candidates;
    expect(candidate).toMatchObject({ ruleIds: ['sentenced-to-term-1'], confidence: 0.92, extractorVersion: 'digest-test-1', superseded: false });
    const quote = fixture.events[0]!.quote;
    expect(candidate!.evidence).toEqual([{ start: fixture.text.indexOf(quote), end: fixture.text.indexOf(quote) + quote.length, quote, inText: true }]);

    const release = doc.events.find((e) => e.id === seeded.events['hasanova-release'])!;
    expect(release.people).toEqual([{ id: expect.any(Number), name: 'Leyla Həsənova', aliases: ['Leyla Həsənova'] }]);
  });

  it('exports one event alone with --event, and refuses one that is not confirmed', async () => {
    const { bytes } = await exportTo('json', { eventId: seeded.events['pardon-41'] });
    expect((JSON.parse(bytes.toString('utf8')) as { events: SourceTrail[] }).events.map((e) => e.count)).toEqual([41]);
    await expect(exportTo('json', { eventId: seeded.events['guliyev-arrest'] })).rejects.toThrow(/is pending; only confirmed events are exported/);
  });

  it('writes CSV with one row per event and source that a CSV parser reads back (RFC 4180, formulas defused)', async () => {
    const { bytes } = await exportTo('csv');
    const text = bytes.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('\r\n');
    const rows = parse(text, { bom: true, columns: true, relax_quotes: false }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(5);
    const sentenceRows = rows.filter((row) => row.event_id === String(seeded.events['mirzayev-sentence']));
    expect(sentenceRows.map((row) => row.outlet)).toEqual(['Caspian Wire', 'The Ledger']);
    expect(sentenceRows[0]).toMatchObject({ type: 'SENTENCE', date: '2026-11-12', charges: 'smuggling; tax_evasion', term_months: '72', people: 'Rauf Mirzayev', confirmed_by: 'reviewer@fixture.example' });
    const stored = seeded.articles[articles[0]!.url]!;
    expect(sentenceRows[0]).toMatchObject({ snapshot_id: String(stored.snapshotId), snapshot_sha256: stored.sha256, snapshot_status: '200' });
    const arrest = rows.find((row) => row.event_id === String(seeded.events['novruzlu-arrest']))!;
    expect(arrest.title).toBe(articles[2]!.title); // quotes, commas and markup survive
    expect(arrest.evidence).toMatch(/^\[\d+-\d+\] detained blogger Samir Novruzlu on 2 November 2026$/);
    const release = rows.find((row) => row.event_id === String(seeded.events['hasanova-release']))!;
    // A title that a spreadsheet would run as a formula starts with an apostrophe instead.
    expect(release.title).toBe(`'${articles[3]!.title}`);
    expect(release.people).toBe('Leyla Həsənova');
  });

  it('writes a WARC 1.1 file that warcio reads back: each snapshot as a response with its digests, and a metadata record per event', async () => {
    const { file, bytes } = await exportTo('warc');
    const records = [];
    const parser = new WARCParser(createReadStream(file));
    for await (const record of parser) {
      const headers = Object.fromEntries(record.warcHeaders.headers.entries());
      const payload = await record.readFully(false);
      records.push({ type: record.warcType, target: record.warcTargetURI, headers, http: record.httpHeaders, payload: Buffer.from(payload), offset: parser.offset, length: parser.recordLength });
    }
    expect(records[0]!.type).toBe('warcinfo');
    expect(records[0]!.payload.toString('utf8')).toMatch(/^software: Habeas \d+\.\d+\.\d+\r\nformat: WARC File Format 1\.1\r\n/);
    const responses = records.filter((r) => r.type === 'response');
    const metadata = records.filter((r) => r.type === 'metadata');
    expect(responses).toHaveLength(5);
    expect(metadata).toHaveLength(4);

    for (const response of responses) {
      const fixture = articles.find((a) => a.url === response.target)!;
      const stored = seeded.articles[fixture.url]!;
      // The stored sha256 is the payload's, and warcio's digest says the same.
      const sha = createHash('sha256').update(response.payload).digest('hex');
      expect(sha).toBe(stored.sha256);
      expect(response.payload.equals(stored.body)).toBe(true);
      expect(response.headers['warc-payload-digest']).toBe(`sha256:${stored.sha256}`);
      expect(response.headers['warc-date']).toBe(new Date(new Date(fixture.published).getTime() + 3600_000).toISOString());
      expect(response.headers['warc-record-id']).toBe(snapshotRecordId({ id: stored.snapshotId, sha256: stored.sha256 }));
      expect(response.headers['warc-warcinfo-id']).toBe(records[0]!.headers['warc-record-id']);
      expect(response.http?.statusCode).toBe(200);
      expect(response.http?.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.http?.headers.get('content-length')).toBe(String(stored.body.length));
    }
    // The wire encoding the stored bytes no longer have is kept, renamed, not applied twice.
    const wire = responses.find((r) => r.target === articles[0]!.url)!;
    expect(wire.http?.headers.get('content-encoding')).toBeNull();
    expect(wire.http?.headers.get('x-archive-orig-content-encoding')).toBe('gzip');
    expect(wire.http?.headers.get('x-archive-orig-content-length')).toBe('512');

    const sentence = metadata.find((r) => r.target === `http://127.0.0.1:3000/events/${seeded.events['mirzayev-sentence']}`)!;
    expect(sentence.headers['content-type']).toBe('application/json');
    const body = JSON.parse(sentence.payload.toString('utf8')) as { snapshotRecords: { recordId: string; sha256: string }[]; trail: SourceTrail };
    expect(body.trail.decisions.map((d) => d.action)).toEqual(['CONFIRM', 'REOPEN', 'EDIT', 'CONFIRM']);
    const responseIds = new Set(responses.map((r) => r.headers['warc-record-id']));
    expect(body.snapshotRecords).toHaveLength(2);
    for (const link of body.snapshotRecords) expect(responseIds.has(link.recordId)).toBe(true);

    // Every record is its own gzip member, and every block digest matches its block.
    const blocks = warcBlocks(gunzipSync(bytes));
    expect(blocks.map((b) => b.headers['warc-type'])).toEqual(records.map((r) => r.type));
    for (const block of blocks.slice(1)) {
      expect(block.headers['warc-block-digest']).toBe(`sha256:${createHash('sha256').update(block.block).digest('hex')}`);
    }
    let end = 0;
    for (const record of records) {
      expect(record.offset).toBe(end);
      expect(gunzipSync(bytes.subarray(record.offset, record.offset + record.length)).subarray(0, 8).toString()).toBe('WARC/1.1');
      end = record.offset + record.length;
    }
    expect(end).toBe(bytes.length);
  });

  it('marks a snapshot whose bytes no longer match their stored sha256, and reports it', async () => {
    const fixture = { ...articles[4]!, url: 'https://wire.fixture.example/2026/12/01/second-pardon', events: [{ ...articles[4]!.events[0]!, date: '2026-12-01', count: 12 }] };
    const { candidates, snapshot } = await seedArticle(db, fixture);
    const { eventId } = await groupCandidate(db, candidates[0]!.id);
    await confirmEvent(db, { eventId, userId: seeded.reviewerId });
    // Damage on disk, as years in storage may do: the bytes change, the recorded hash does not.
    await db.snapshot.update({ where: { id: snapshot.id }, data: { body: new Uint8Array(gzipSync(Buffer.from('<html>not what was fetched</html>'))) } });
    const { file, summary } = await exportTo('warc', { eventId });
    expect(summary.integrityErrors).toEqual([expect.stringMatching(new RegExp(`^snapshot ${snapshot.id} .*stored sha256 ${snapshot.sha256} but its bytes hash to [0-9a-f]{64}$`))]);
    const parser = new WARCParser(createReadStream(file));
    const flagged = [];
    for await (const record of parser) if (record.warcType === 'response') flagged.push(record.warcHeaders.headers.get('Habeas-Integrity-Error'));
    expect(flagged).toEqual([summary.integrityErrors[0]]);
  });
});

/** Splits an uncompressed WARC file into records by Content-Length, independently of warcio. */
function warcBlocks(data: Buffer): { headers: Record<string, string>; block: Buffer }[] {
  const out = [];
  let at = 0;
  while (at < data.length) {
    const end = data.indexOf('\r\n\r\n', at);
    const lines = data.subarray(at, end).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('WARC/1.1');
    const headers = Object.fromEntries(lines.slice(1).map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
    const length = Number(headers['content-length']);
    const block = data.subarray(end + 4, end + 4 + length);
    out.push({ headers, block });
    at = end + 4 + length + 4; // the record ends with CRLF CRLF
  }
  return out;
}
