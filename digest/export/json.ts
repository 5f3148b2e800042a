// The JSON export: one document, every confirmed event with its whole source trail,
// written event by event so a large export streams.
import type { ExportHeader, ExportSummary, TrailWriter } from './format.ts';
import type { Output } from './output.ts';
import type { SourceTrail } from './trail.ts';

export const JSON_FORMAT = { name: 'habeas-source-trail', version: 1 } as const;

const indent = (json: string) => json.replace(/\n/g, '\n    ');

export function jsonWriter(out: Output): TrailWriter {
  let first = true;
  return {
    async begin(header: ExportHeader) {
      const head = { format: JSON_FORMAT.name, version: JSON_FORMAT.version, software: header.software, exportedAt: header.exportedAt.toISOString(), filter: header.filter };
      await out.write(`${JSON.stringify(head, null, 2).replace(/\n}$/, ',')}\n  "events": [`);
    },
    async write(trail: SourceTrail) {
      await out.write(`${first ? '' : ','}\n    ${indent(JSON.stringify(trail, null, 2))}`);
      first = false;
    },
    async end(summary: ExportSummary) {
      const counts = { events: summary.events, sources: summary.sources, snapshots: summary.snapshots };
      await out.write(`${first ? '' : '\n  '}],\n  "counts": ${JSON.stringify(counts)}\n}\n`);
    },
  };
}
