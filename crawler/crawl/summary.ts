// Per-stage counts of one outlet's crawl, updated as it goes (for progress on stderr) and
// returned at the end as its summary.

export type UrlProblem = { url: string; reason: string; message: string };

export type CrawlCounts = {
  outletId: string;
  sources: number; // feeds, sitemaps and listing pages fetched or tried
  notModified: number; // sources that answered 304
  sourcesFailed: number;
  linksFound: number; // article links found in the sources (after filtering, before dedup)
  alreadyStored: number;
  queued: number; // new article URLs sent to fetching
  fetched: number;
  snapshotsStored: number;
  snapshotsUnchanged: number; // same bytes as a stored snapshot: nothing stored twice
  parsed: number;
  parseFailed: number;
  failed: UrlProblem[];
  skipped: UrlProblem[];
  notes: UrlProblem[]; // fetched and stored, but worth a word (text/plain, invalid UTF-8, …)
  retries: number;
  durationMs: number;
};

export const emptyCounts = (outletId: string): CrawlCounts => ({
  outletId, sources: 0, notModified: 0, sourcesFailed: 0, linksFound: 0, alreadyStored: 0, queued: 0, fetched: 0,
  snapshotsStored: 0, snapshotsUnchanged: 0, parsed: 0, parseFailed: 0, failed: [], skipped: [], notes: [], retries: 0, durationMs: 0,
});

export function progressLine(c: CrawlCounts): string {
  return (
    `${c.outletId}: discover ${c.sources} sources (${c.notModified} not modified), ${c.linksFound} links, ` +
    `${c.alreadyStored} already stored, ${c.queued} new · fetch ${c.fetched}/${c.queued} · ` +
    `stored ${c.snapshotsStored} · parsed ${c.parsed} · failed ${c.failed.length}`
  );
}

export function summaryLines(c: CrawlCounts): string[] {
  const lines = [progressLine(c) + ` · ${(c.durationMs / 1000).toFixed(1)} s`];
  if (c.queued === 0 && c.sourcesFailed < c.sources) {
    lines.push(`${c.outletId}: nothing new to fetch — ${c.notModified} of ${c.sources} sources not modified, ${c.alreadyStored} links already stored`);
  }
  for (const f of c.failed) lines.push(`  failed  ${f.url}: ${f.reason}: ${f.message}`);
  for (const s of c.skipped) lines.push(`  skipped ${s.url}: ${s.reason}: ${s.message}`);
  for (const n of c.notes) lines.push(`  note    ${n.url}: ${n.reason}: ${n.message}`);
  return lines;
}
