// `habeas extract --manifest FILE.jsonl` (../shared/EVENTS.md): one JSON line per manifest
// line, in order, on stdout and nothing else; a line that cannot be read or parsed gives
// {"id", "error"} and the run goes on. Logs go to stderr.
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Command } from 'commander';
import { z } from 'zod';
import { logger } from '../../core/logger.ts';
import { parseArticle, readHtmlBytes } from '../../crawler/parse/index.ts';
import { EXTRACTOR_VERSION, extractEvents, extractedEventSchema } from '../../extractor/index.ts';
import { UsageError } from '../errors.ts';

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

export async function readArticleText(path: string): Promise<string> {
  return (await readArticle(path)).text;
}

const write = (line: unknown) =>
  new Promise<void>((ok, fail) => process.stdout.write(`${JSON.stringify(line)}\n`, (err) => (err ? fail(err) : ok())));

export async function runExtract(manifestPath: string): Promise<void> {
  const log = logger('extract');
  let manifest: string;
  try {
    manifest = await readFile(manifestPath, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read manifest ${manifestPath}: ${(err as Error).message}`);
  }
  const base = dirname(resolve(manifestPath));
  const lines = manifest.split('\n').filter((l) => l.trim());
  log.info({ manifest: manifestPath, lines: lines.length, version: EXTRACTOR_VERSION }, 'extract: start');
  for (const [n, line] of lines.entries()) {
    let id = `line-${n + 1}`;
    try {
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        throw new Error('manifest line is not JSON');
      }
      if (json && typeof json === 'object' && typeof (json as { id?: unknown }).id === 'string') id = (json as { id: string }).id;
      const parsed = manifestLineSchema.safeParse(json);
      if (!parsed.success) throw new Error(`bad manifest line: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
      const row = parsed.data;
      const path = isAbsolute(row.path) ? row.path : resolve(base, row.path);
      let text: string;
      let pagePublished: string | null;
      try {
        ({ text, published: pagePublished } = await readArticle(path, row.url));
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        throw new Error(code ? `cannot read ${row.path}: ${code}` : (err as Error).message);
      }
      const events = extractEvents({ text, published: row.published ?? pagePublished, url: row.url ?? null });
      const checked = z.array(extractedEventSchema).parse(events);
      await write({ id, events: checked });
    } catch (err) {
      log.warn({ id, err: (err as Error).message }, 'extract: line failed');
      await write({ id, error: (err as Error).message });
    }
  }
  log.info({ lines: lines.length }, 'extract: done');
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
