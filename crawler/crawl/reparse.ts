// `habeas reparse`: runs the parser again over stored snapshots (the newest of each article),
// without fetching anything, after the parser improves or a parse failed.
import type { CrawlSink, ParseFn } from './types.ts';
import { parseToFields } from './article.ts';
import type { Outlet } from '../outlets/schema.ts';

export type ReparseCounts = { snapshots: number; parsed: number; failed: number; notArticle: number };

export async function reparseSnapshots(
  sink: CrawlSink,
  parse: ParseFn,
  options: { outletId?: string; outlets?: Outlet[]; onProgress?: (counts: ReparseCounts) => void } = {},
): Promise<ReparseCounts> {
  const counts: ReparseCounts = { snapshots: 0, parsed: 0, failed: 0, notArticle: 0 };
  const profiles = new Map((options.outlets ?? []).map((outlet) => [outlet.id, outlet]));
  for await (const snapshot of sink.eachSnapshot({ outletId: options.outletId })) {
    counts.snapshots++;
    const outlet = snapshot.outletId ? profiles.get(snapshot.outletId) : undefined;
    const fields = await parseToFields(parse, snapshot.body, snapshot.finalUrl, snapshot.contentType, outlet);
    await sink.saveParsedArticle(snapshot.articleId, fields);
    if (fields.parseStatus === 'PARSED') counts.parsed++;
    else if (fields.parseStatus === 'FAILED') counts.failed++;
    else counts.notArticle++;
    options.onProgress?.(counts);
  }
  return counts;
}
