// Parse-only pages per second over the benchmark's pages (bytes in, as the crawler hands
// them over: charset decoding, metadata, body), and Readability over linkedom on the same
// pages for comparison; with the F1 of both from the same run. Three rounds, the median.
import { performance } from 'node:perf_hooks';
import { parseArticle } from '../crawler/index.ts';
import { aebDir, loadAebPages, scorer, type AebPage } from './aeb-pages.ts';
import { readabilityText } from './extractors.ts';

function timeRounds(pages: AebPage[], run: (page: AebPage) => string, rounds = 3): { perSecond: number; texts: Map<string, string> } {
  const times: number[] = [];
  const texts = new Map<string, string>();
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    for (const page of pages) texts.set(page.id, run(page));
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { perSecond: pages.length / (times[Math.floor(rounds / 2)]! / 1000), texts };
}

export async function run(): Promise<void> {
  process.env.LOG_LEVEL ??= 'error';
  const dir = aebDir();
  if (!dir) {
    console.log('parse: benchmark pages not found (../shared/aeb or HABEAS_AEB_DIR); skipped');
    return;
  }
  const pages = await loadAebPages(dir);
  const megabytes = pages.reduce((n, page) => n + page.html.length, 0) / 2 ** 20;
  const score = await scorer(dir);
  const ours = timeRounds(pages, (page) => parseArticle({ html: page.html, url: page.url }).text);
  const theirs = timeRounds(pages, readabilityText);
  const f1 = (texts: Map<string, string>) => score(pages, texts).metrics.f1.toFixed(3);
  console.log(`${pages.length} benchmark pages, ${megabytes.toFixed(1)} MB of HTML`);
  console.log(`parseArticle (metadata + body):  ${ours.perSecond.toFixed(1)} pages/s  (${(1000 / ours.perSecond).toFixed(1)} ms/page)  F1 ${f1(ours.texts)}`);
  console.log(`Readability over linkedom:       ${theirs.perSecond.toFixed(1)} pages/s  (${(1000 / theirs.perSecond).toFixed(1)} ms/page)  F1 ${f1(theirs.texts)}`);
}
