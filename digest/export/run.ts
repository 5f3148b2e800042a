// Runs an export: pages of confirmed events from the store, each turned into its source
// trail and handed to the format's writer.
import packageJson from '../../package.json' with { type: 'json' };
import { countSourceTrails, listSourceTrails, readSnapshotBody, type Db, type TrailFilter } from '../../store/index.ts';
import type { Links } from '../links.ts';
import { csvWriter } from './csv.ts';
import type { ExportFormat, ExportSummary, TrailWriter } from './format.ts';
import { jsonWriter } from './json.ts';
import type { Output } from './output.ts';
import { toSourceTrail } from './trail.ts';
import { warcWriter } from './warc.ts';

export const SOFTWARE = `Habeas ${packageJson.version}`;

export type ExportOptions = {
  format: ExportFormat;
  filter: TrailFilter;
  links: Links;
  out: Output;
  now?: Date;
  pageSize?: number;
  onProgress?: (progress: { done: number; total: number }) => void;
  onIntegrityError?: (message: string) => void;
};

function writerFor(options: ExportOptions, db: Db, integrityErrors: string[]): TrailWriter {
  switch (options.format) {
    case 'json':
      return jsonWriter(options.out);
    case 'csv':
      return csvWriter(options.out);
    case 'warc':
      return warcWriter(options.out, (id) => readSnapshotBody(db, id), (message) => {
        integrityErrors.push(message);
        options.onIntegrityError?.(message);
      });
  }
}

const filterRecord = (filter: TrailFilter) => ({
  confirmedFrom: filter.confirmedFrom?.toISOString() ?? null,
  confirmedTo: filter.confirmedTo?.toISOString() ?? null,
  eventId: filter.eventId ?? null,
});

export async function exportTrails(db: Db, options: ExportOptions): Promise<ExportSummary> {
  const integrityErrors: string[] = [];
  const writer = writerFor(options, db, integrityErrors);
  const total = await countSourceTrails(db, options.filter);
  const summary: ExportSummary = { events: 0, sources: 0, snapshots: 0, integrityErrors };
  const snapshotIds = new Set<number>();
  const page = (afterId: number) => listSourceTrails(db, options.filter, { afterId, take: options.pageSize ?? 100 });
  // The first page before the first byte: an unknown or unconfirmed --event fails cleanly.
  let rows = await page(0);
  await writer.begin({ exportedAt: options.now ?? new Date(), filter: filterRecord(options.filter), software: SOFTWARE });
  while (rows.length) {
    for (const row of rows) {
      const trail = toSourceTrail(row, options.links);
      await writer.write(trail);
      summary.events += 1;
      summary.sources += trail.sources.length;
      for (const source of trail.sources) for (const snapshot of source.snapshots) snapshotIds.add(snapshot.id);
      summary.snapshots = snapshotIds.size;
    }
    options.onProgress?.({ done: summary.events, total });
    rows = await page(rows.at(-1)!.id);
  }
  await writer.end(summary);
  await options.out.close();
  return summary;
}
