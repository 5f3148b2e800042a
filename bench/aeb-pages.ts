// The dev half of the Scrapinghub article-extraction benchmark (../shared/aeb/: pages,
// hand-made article bodies, the benchmark's scorer), loaded for bench/aeb.ts and
// bench/parse.ts. The pages are third-party material: they are read from there, never
// copied into the repository. HABEAS_AEB_DIR overrides where they are looked for.
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

export type AebPage = { id: string; url: string; html: Buffer; truth: string };
export type Scores = { f1: number; precision: number; recall: number; accuracy: number; n: number };
type Evaluate = (truth: Record<string, { articleBody: string }>, predictions: Record<string, { articleBody: string }>) => { metrics: Scores; perArticle: Record<string, [number, number, number]> };

const root = path.resolve(import.meta.dirname, '..');

export function aebDir(): string | null {
  const candidates = [process.env.HABEAS_AEB_DIR, path.join(root, '../shared/aeb'), path.join(root, '../../shared/aeb')];
  return candidates.find((dir): dir is string => !!dir && existsSync(path.join(dir, 'ground-truth.json'))) ?? null;
}

export async function loadAebPages(dir: string): Promise<AebPage[]> {
  const truth = JSON.parse(await readFile(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const files = new Set(await readdir(path.join(dir, 'html')));
  const pages: AebPage[] = [];
  for (const [id, entry] of Object.entries(truth)) {
    const file = files.has(`${id}.html.gz`) ? `${id}.html.gz` : `${id}.html`;
    const bytes = await readFile(path.join(dir, 'html', file));
    pages.push({ id, url: entry.url, html: file.endsWith('.gz') ? gunzipSync(bytes) : bytes, truth: entry.articleBody });
  }
  return pages;
}

/** Scores predictions with the benchmark's own scorer (score.mjs next to the pages). */
export async function scorer(dir: string): Promise<(pages: AebPage[], texts: Map<string, string>) => { metrics: Scores; perArticle: Record<string, [number, number, number]> }> {
  const { evaluate } = (await import(pathToFileURL(path.join(dir, 'score.mjs')).href)) as { evaluate: Evaluate };
  return (pages, texts) => {
    const truth = Object.fromEntries(pages.map((page) => [page.id, { articleBody: page.truth }]));
    const predictions = Object.fromEntries(pages.map((page) => [page.id, { articleBody: texts.get(page.id) ?? '' }]));
    return evaluate(truth, predictions);
  };
}
