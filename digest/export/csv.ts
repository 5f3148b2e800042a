// The CSV export: one row per event and source article (RFC 4180, csv-stringify), with a
// byte-order mark so spreadsheets read the names' letters right, and formula-looking cells
// ("=…", "+…", "-…", "@…") defused with a leading apostrophe, since titles are hostile input.
// The JSON export is the lossless one.
import { stringify } from 'csv-stringify/sync';
import type { ExportHeader, TrailWriter } from './format.ts';
import type { Output } from './output.ts';
import type { SourceTrail } from './trail.ts';

export const CSV_COLUMNS = [
  'event_id', 'event_url', 'type', 'date', 'date_precision', 'people', 'count', 'charges', 'term_months', 'corroboration',
  'confirmed_at', 'confirmed_by', 'article_id', 'article_url', 'outlet', 'title', 'published',
  'snapshot_id', 'snapshot_url', 'snapshot_sha256', 'snapshot_fetched_at', 'snapshot_status', 'snapshot_final_url',
  'evidence', 'rule_ids', 'confidence', 'extractor_versions',
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string | number | null>;

const list = (values: string[]) => [...new Set(values)].join('; ');

export function csvRows(trail: SourceTrail): Row[] {
  const event = {
    event_id: trail.id,
    event_url: trail.url,
    type: trail.type,
    date: trail.date,
    date_precision: trail.datePrecision,
    people: list(trail.people.map((person) => person.name)),
    count: trail.count,
    charges: list(trail.charges),
    term_months: trail.termMonths,
    corroboration: trail.corroboration,
    confirmed_at: trail.confirmedAt,
    confirmed_by: trail.confirmedBy?.email ?? null,
  };
  const none = { article_id: null, article_url: null, outlet: null, title: null, published: null, snapshot_id: null, snapshot_url: null, snapshot_sha256: null, snapshot_fetched_at: null, snapshot_status: null, snapshot_final_url: null, evidence: null, rule_ids: null, confidence: null, extractor_versions: null };
  if (!trail.sources.length) return [{ ...event, ...none }];
  return trail.sources.map((source) => {
    const snapshot = source.snapshots.find((s) => s.seenAtDecision) ?? source.snapshots.at(-1) ?? null;
    const evidence = source.candidates.flatMap((c) => c.evidence.map((span) => `[${span.start}-${span.end}] ${span.quote}`));
    return {
      ...event,
      article_id: source.article.id,
      article_url: source.article.url,
      outlet: source.article.outlet?.name ?? null,
      title: source.article.title,
      published: source.article.published,
      snapshot_id: snapshot?.id ?? null,
      snapshot_url: snapshot?.archivedUrl ?? null,
      snapshot_sha256: snapshot?.sha256 ?? null,
      snapshot_fetched_at: snapshot?.fetchedAt ?? null,
      snapshot_status: snapshot?.status ?? null,
      snapshot_final_url: snapshot?.finalUrl ?? null,
      // One quote a line inside the quoted cell (RFC 4180 allows line breaks there).
      evidence: [...new Set(evidence)].join('\n'),
      rule_ids: list(source.candidates.flatMap((c) => c.ruleIds)),
      confidence: source.candidates.length ? Math.max(...source.candidates.map((c) => c.confidence)) : null,
      extractor_versions: list(source.candidates.map((c) => c.extractorVersion)),
    };
  });
}

const options = { columns: [...CSV_COLUMNS], escape_formulas: true, record_delimiter: 'windows', cast: { number: String } } as const;

export function csvWriter(out: Output): TrailWriter {
  return {
    async begin(_header: ExportHeader) {
      await out.write(`\uFEFF${stringify([], { ...options, header: true })}`);
    },
    async write(trail: SourceTrail) {
      await out.write(stringify(csvRows(trail), options));
    },
    async end() {},
  };
}
