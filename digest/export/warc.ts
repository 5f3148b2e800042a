// The WARC 1.1 export (warcio, Webrecorder's WARC library): a warcinfo record, each snapshot
// as a `response` record (status line, headers as fetched, the raw bytes; digests computed
// by warcio), and per event a `metadata` record with its source trail, naming the response
// records it rests on. Each record is its own gzip member, as WARC readers expect.
import { createHash } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import { WARCRecord, type WARCRecordOpts } from 'warcio';
import { WARCSerializer } from 'warcio/node';
import type { SnapshotMeta } from '../../store/index.ts';
import type { ExportHeader, ExportSummary, TrailWriter } from './format.ts';
import type { Output } from './output.ts';
import type { SourceTrail } from './trail.ts';
import { uuidV5 } from './uuid.ts';

const WARC_VERSION = 'WARC/1.1';

export type SnapshotReader = (snapshotId: number) => Promise<{ snapshot: SnapshotMeta; raw: Buffer }>;

export const snapshotRecordId = (snapshot: { id: number; sha256: string }) => `<urn:uuid:${uuidV5(`snapshot:${snapshot.id}:${snapshot.sha256}`)}>`;

// The stored body is decoded (no gzip, no chunking): headers that described the wire
// encoding are kept under X-Archive-Orig-* (the convention of warcprox and pywb) and
// Content-Length is the stored length, so a reader never decodes the bytes twice.
const wireHeaders = new Set(['content-encoding', 'transfer-encoding', 'content-length']);

export function httpHeadersOf(headers: unknown, size: number): [string, string][] {
  const out: [string, string][] = [];
  const entries = headers && typeof headers === 'object' ? Object.entries(headers as Record<string, unknown>) : [];
  for (const [name, value] of entries) {
    const values = Array.isArray(value) ? value : [value];
    for (const one of values) {
      if (one === undefined || one === null) continue;
      // A header line never carries a line break (it would end the header block).
      const clean = String(one).replace(/[\r\n]+/g, ' ');
      out.push([wireHeaders.has(name.toLowerCase()) ? `X-Archive-Orig-${name}` : name, clean]);
    }
  }
  out.push(['Content-Length', String(size)]);
  return out;
}

async function* once(bytes: Uint8Array) {
  yield bytes;
}

async function serialize(record: WARCRecord): Promise<Uint8Array> {
  return WARCSerializer.serialize(record, { gzip: true });
}

export function warcWriter(out: Output, readSnapshot: SnapshotReader, onIntegrityError: (message: string) => void): TrailWriter {
  const written = new Map<number, { recordId: string; targetUri: string; sha256: string; fetchedAt: string }>();
  let warcinfoId = '';

  async function writeSnapshot(snapshotId: number) {
    if (written.has(snapshotId)) return written.get(snapshotId)!;
    const { snapshot, raw } = await readSnapshot(snapshotId);
    const actual = createHash('sha256').update(raw).digest('hex');
    const recordId = snapshotRecordId(snapshot);
    const warcHeaders: Record<string, string> = {
      'WARC-Record-ID': recordId,
      'WARC-Warcinfo-ID': warcinfoId,
      'Habeas-Snapshot-ID': String(snapshot.id),
      'Habeas-Article-ID': String(snapshot.articleId),
    };
    if (snapshot.requestUrl !== snapshot.finalUrl) warcHeaders['Habeas-Request-URI'] = snapshot.requestUrl;
    if (snapshot.contentType) warcHeaders['WARC-Identified-Payload-Type'] = snapshot.contentType.split(';')[0]!.trim().toLowerCase();
    if (actual !== snapshot.sha256) {
      const message = `snapshot ${snapshot.id} (${snapshot.finalUrl}): stored sha256 ${snapshot.sha256} but its bytes hash to ${actual}`;
      warcHeaders['Habeas-Integrity-Error'] = message;
      onIntegrityError(message);
    }
    const opts: WARCRecordOpts = {
      type: 'response',
      url: snapshot.finalUrl,
      date: snapshot.fetchedAt.toISOString(),
      warcVersion: WARC_VERSION,
      statusline: `HTTP/1.1 ${snapshot.status} ${STATUS_CODES[snapshot.status] ?? ''}`.trimEnd(),
      httpHeaders: httpHeadersOf(snapshot.headers, raw.length),
      warcHeaders,
    };
    await out.write(await serialize(WARCRecord.create(opts, once(raw))));
    const entry = { recordId, targetUri: snapshot.finalUrl, sha256: snapshot.sha256, fetchedAt: snapshot.fetchedAt.toISOString() };
    written.set(snapshotId, entry);
    return entry;
  }

  return {
    async begin(header: ExportHeader) {
      const name = `habeas-export:${header.exportedAt.toISOString()}`;
      warcinfoId = `<urn:uuid:${uuidV5(name)}>`;
      const info = {
        software: header.software,
        format: 'WARC File Format 1.1',
        conformsTo: 'https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/',
        description: 'Habeas source trails: confirmed events, the pages that reported them as fetched, and their review history',
        'habeas-filter': JSON.stringify(header.filter),
      };
      const record = await WARCRecord.createWARCInfo({ warcVersion: WARC_VERSION, date: header.exportedAt.toISOString(), warcHeaders: { 'WARC-Record-ID': warcinfoId } }, info);
      await out.write(await serialize(record));
    },
    async write(trail: SourceTrail) {
      const records = [];
      for (const source of trail.sources) {
        for (const snapshot of source.snapshots) records.push({ articleId: source.article.id, seenAtDecision: snapshot.seenAtDecision, ...(await writeSnapshot(snapshot.id)) });
      }
      const body = Buffer.from(`${JSON.stringify({ snapshotRecords: records, trail }, null, 2)}\n`, 'utf8');
      const opts: WARCRecordOpts = {
        type: 'metadata',
        url: trail.url,
        date: trail.confirmedAt ?? new Date().toISOString(),
        warcVersion: WARC_VERSION,
        warcHeaders: {
          'WARC-Record-ID': `<urn:uuid:${uuidV5(`event:${trail.id}:${createHash('sha256').update(body).digest('hex')}`)}>`,
          'WARC-Warcinfo-ID': warcinfoId,
          'Content-Type': 'application/json',
          'Habeas-Event-ID': String(trail.id),
        },
      };
      await out.write(await serialize(WARCRecord.create(opts, once(body))));
    },
    async end(_summary: ExportSummary) {},
  };
}
