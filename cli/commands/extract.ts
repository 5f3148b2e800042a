// `habeas extract --manifest FILE.jsonl` (../shared/EVENTS.md): one JSON line per manifest
// line, in order, on stdout and nothing else; a line that cannot be read or parsed gives
// {"id", "error"} and the run goes on. Logs go to stderr.
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import type { Command } from 'commander';
import { z } from 'zod';
import { parseArticle, readHtmlBytes } from '../../crawler/parse/index.ts';
import { EXTRACTOR_VERSION, extractEvents, extractedEventSchema } from '../../extractor/index.ts';
import { runManifest } from '../manifest.ts';

const manifestLineSchema = z.object({
  id: z.string().min(1),
  path: z.string().min(1),
  published: z.string().nullish(),
  url: z.string().nullish(),
});

const optionsSchema = z.object({ manifest: z.string().min(1) });

/**
 * The text a manifest line points at, and the publication date an HTML page gives. The one
 * place that reads article files. An HTML file (.html / .htm, plain or .gz) goes through the
 * crawler's article parser: the text is the headline, a blank line, then the body, so
 * evidence offsets are into that extracted text.
 */
export async function readArticle(path: string, url?: string | null): Promise<{ text: string; published: string | null }> {
  if (/\.html?(?:\.gz)?$/i.test(path)) {
    const article = parseArticle({ html: await readHtmlBytes(path), url: url ?? undefined });
    if (article.error) throw new Error(article.error);
    if (article.notArticle) throw new Error(article.notArticle);
    return { text: article.title ? `${article.title}\n\n${article.text}` : article.text, published: article.published };
  }
  const bytes = await readFile(path);
  const data = /\.gz$/i.test(path) ? gunzipSync(bytes) : bytes;
  return { text: new TextDecoder('utf-8', { fatal: false }).decode(data), published: null };
}

export async function runExtract(manifestPath: string): Promise<void> {
  await runManifest({
    name: 'extract',
    version: EXTRACTOR_VERSION,
    manifestPath,
    rowSchema: manifestLineSchema,
    async handle(row, path) {
      const { text, published } = await readArticle(path, row.url);
      const events = extractEvents({ text, published: row.published ?? published, url: row.url ?? null });
      return { events: z.array(extractedEventSchema).parse(events) };
    },
  });
}

export function register(program: Command): void {
  program
    .command('extract')
    .description('extract events from the articles of a manifest (JSON lines: id, path, published?, url?)')
    .requiredOption('--manifest <file>', 'manifest file, one JSON object a line')
    .action(async (opts: unknown) => {
      const { manifest } = optionsSchema.parse(opts);
      await runExtract(manifest);
    });
}
