// What every export format implements: a start, one call per event, an end.
import type { SourceTrail } from './trail.ts';

export type ExportFormat = 'json' | 'csv' | 'warc';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'csv', 'warc'];

export type ExportSummary = { events: number; sources: number; snapshots: number; integrityErrors: string[] };

export type ExportHeader = { exportedAt: Date; filter: Record<string, string | number | null>; software: string };

export interface TrailWriter {
  begin(header: ExportHeader): Promise<void>;
  write(trail: SourceTrail): Promise<void>;
  end(summary: ExportSummary): Promise<void>;
}
