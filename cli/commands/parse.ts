// `habeas parse --manifest FILE.jsonl` (DESIGN.md's CLI contract): each manifest line
// {"id", "path", "url"?} names an HTML file (plain or .gz; relative to the manifest's folder
// or absolute). One JSON line per input, in order, on stdout and nothing else:
// {"id", "title", "published", "byline", "lang", "text"} or {"id", "error"}. Logs on stderr.
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { logger } from '../../core/logger.ts';
import { PARSER_VERSION, parseArticle, readHtmlBytes } from '../../crawler/parse/index.ts';
import { UsageError } from '../errors.ts';

const manifestLineSchema = z.object({
  id: z.string().min(1),
  path: z.string().min(1),
  url: z.string().nullish(),
});

const optionsSchema = z.object({ manifest: z.string().min(1) });

const write = (line: unknown) =>
  new Promise<void>((ok, fail) => process.stdout.write(`${JSON.stringify(line)}\n`, (err) => (err ? fail(err) : ok())));

/** One manifest line → its output line. Never throws: every failure is an {"id", "error"} line. */
export async function parseManifestLine(line: string, n: number, base: string): Promise<Record<string, unknown>> {
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
    let bytes: Buffer;
    try {
      bytes = await readHtmlBytes(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new Error(code ? `cannot read ${row.path}: ${code}` : (err as Error).message);
    }
    const article = parseArticle({ html: bytes, url: row.url ?? undefined });
    if (article.error) throw new Error(article.error);
    if (article.notArticle) throw new Error(article.notArticle);
    return { id, title: article.title, published: article.published, byline: article.byline, lang: article.lang, text: article.text };
  } catch (err) {
    return { id, error: (err as Error).message };
  }
}

export async function runParse(manifestPath: string): Promise<void> {
  const log = logger('parse');
  let manifest: string;
  try {
    manifest = await readFile(manifestPath, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read manifest ${manifestPath}: ${(err as Error).message}`);
  }
  const base = dirname(resolve(manifestPath));
  // numbered as in the file (blank lines are skipped, but counted), so "line-7" can be found
  const lines = manifest.split('\n').map((line, n) => ({ line, n })).filter(({ line }) => line.trim());
  log.info({ manifest: manifestPath, lines: lines.length, version: PARSER_VERSION }, 'parse: start');
  let failed = 0;
  for (const { line, n } of lines) {
    const out = await parseManifestLine(line, n, base);
    if ('error' in out) {
      failed++;
      log.warn({ id: out.id, err: out.error }, 'parse: line failed');
    }
    await write(out);
  }
  log.info({ lines: lines.length, failed }, 'parse: done');
}

export function register(program: Command): void {
  program
    .command('parse')
    .description('parse the HTML files of a manifest (JSON lines: id, path, url?) into title, published, byline, lang and text')
    .requiredOption('--manifest <file>', 'manifest file, one JSON object a line')
    .action(async (opts: unknown) => {
      const { manifest } = optionsSchema.parse(opts);
      await runParse(manifest);
    });
}
