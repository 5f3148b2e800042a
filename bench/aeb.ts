// `npm run aeb [-- --ablations] [--without RULE,…] [--worst N]`: the article-extraction
// benchmark's dev half, ours and Mozilla Readability (over linkedom) on the same pages in the
// same run, scored by the benchmark's own scorer. Predictions are written to
// $TMPDIR/habeas-aeb/ for a closer look. Quality only; speed is `npm run bench -- parse`.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { aebDir, loadAebPages, scorer } from './aeb-pages.ts';
import { ablations, extractors, ruleAblation, type Extractor } from './extractors.ts';

process.env.LOG_LEVEL ??= 'error';
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const dir = aebDir();
if (!dir) {
  process.stderr.write('aeb: benchmark not found (../shared/aeb or HABEAS_AEB_DIR)\n');
  process.exit(2);
}
const pages = await loadAebPages(dir);
const score = await scorer(dir);
const chosen: Extractor[] = [...extractors];
if (args.includes('--ablations')) chosen.push(...ablations);
for (const rule of option('--without')?.split(',') ?? []) chosen.push(ruleAblation(rule));
const out = path.join(os.tmpdir(), 'habeas-aeb');
await mkdir(out, { recursive: true });

console.log(`${pages.length} pages from ${dir}`);
for (const extractor of chosen) {
  const texts = new Map<string, string>();
  const started = performance.now();
  for (const page of pages) texts.set(page.id, extractor.run(page));
  const ms = performance.now() - started;
  const { metrics, perArticle } = score(pages, texts);
  console.log(
    `${extractor.name.padEnd(40)} F1 ${metrics.f1.toFixed(3)}  precision ${metrics.precision.toFixed(3)}  recall ${metrics.recall.toFixed(3)}  ` +
      `accuracy ${metrics.accuracy.toFixed(3)}  (${(ms / pages.length).toFixed(1)} ms/page)`,
  );
  const file = path.join(out, `${extractor.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.json`);
  await writeFile(file, JSON.stringify(Object.fromEntries([...texts].map(([id, text]) => [id, { articleBody: text }]))));
  const worst = Number(option('--worst') ?? 0);
  if (worst) {
    const rows = pages.map((page) => {
      const [tp, fp, fn] = perArticle[page.id]!;
      return { page, p: tp + fp ? tp / (tp + fp) : 0, r: tp + fn ? tp / (tp + fn) : 0 };
    });
    rows.sort((a, b) => a.p + a.r - (b.p + b.r));
    for (const row of rows.slice(0, worst)) console.log(`   ${row.page.id.slice(0, 8)} precision ${row.p.toFixed(3)} recall ${row.r.toFixed(3)} ${row.page.url}`);
  }
}
console.log(`predictions in ${out}`);
