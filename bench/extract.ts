// Extractor throughput in one process: articles/s and KB/s through extractEvents() for a
// generated corpus (fixtures/extractor/corpus.ts, ≥ 200 articles of about 5 KB), next to
// compromise's own full nlp(text) pass over the same texts in the same run, and peak memory.
// Issue 3's target: ≥ 40 articles/s and ≥ 2× compromise's full pass.
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { extractEvents } from '../extractor/index.ts';
import { generateArticles } from '../fixtures/extractor/corpus.ts';

const ARTICLES = Number(process.env.BENCH_EXTRACT_ARTICLES ?? 240);
const ROUNDS = Number(process.env.BENCH_EXTRACT_ROUNDS ?? 2);

type Pass = { name: string; each: (text: string, published: string) => number };

function measure(pass: Pass, corpus: { text: string; published: string }[]) {
  let heapPeak = 0;
  let out = 0;
  const started = performance.now();
  for (const [i, a] of corpus.entries()) {
    out += pass.each(a.text, a.published);
    if (i % 10 === 0) heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  }
  return { seconds: (performance.now() - started) / 1000, heapPeak, out };
}

export async function run(): Promise<void> {
  const corpus = generateArticles(ARTICLES);
  const bytes = corpus.reduce((a, c) => a + Buffer.byteLength(c.text), 0);
  console.log(`corpus: ${corpus.length} generated articles, ${(bytes / 1024).toFixed(0)} KB (${(bytes / corpus.length / 1024).toFixed(1)} KB each)`);
  const passes: Pass[] = [
    { name: 'extractor (extractEvents)', each: (text, published) => extractEvents({ text, published }).length },
    { name: "compromise's full nlp(text)", each: (text) => nlp(text).terms().length },
  ];
  // warm-up: JIT and compromise's lazy lexicon
  for (const p of passes) for (const a of corpus.slice(0, 10)) p.each(a.text, a.published);
  const rates: Record<string, number> = {};
  for (const p of passes) {
    let best = Infinity;
    let peak = 0;
    let out = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const m = measure(p, corpus);
      best = Math.min(best, m.seconds);
      peak = Math.max(peak, m.heapPeak);
      out = m.out;
    }
    rates[p.name] = corpus.length / best;
    console.log(
      `${p.name}: ${(corpus.length / best).toFixed(1)} articles/s, ${(bytes / 1024 / best).toFixed(0)} KB/s ` +
        `(best of ${ROUNDS}: ${best.toFixed(2)} s; ${p.name.startsWith('extractor') ? `${out} events` : `${out} terms`}; heap peak ${(peak / 2 ** 20).toFixed(0)} MB)`,
    );
  }
  const [ours, theirs] = passes.map((p) => rates[p.name]!);
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(`extractor vs compromise's full pass: ${(ours! / theirs!).toFixed(1)}× ; peak RSS of the process ${rss.toFixed(0)} MB`);
}
