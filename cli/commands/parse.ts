// `habeas parse --manifest FILE.jsonl` (DESIGN.md's CLI contract): each manifest line
// {"id", "path", "url"?} names an HTML file (plain or .gz; relative to the manifest's folder
// or absolute). One JSON line per input, in order, on stdout and nothing else:
// {"id", "title", "published", "byline", "lang", "text"} or {"id", "error"}. Logs on stderr.
import type { Command } from 'commander';
import { z } from 'zod';
import { PARSER_VERSION, parseArticle, readHtmlBytes } from '../../crawler/parse/index.ts';
import { runManifest } from '../manifest.ts';

const manifestLineSchema = z.object({
  id: z.string().min(1),
  path: z.string().min(1),
  url: z.string().nullish(),
});

const optionsSchema = z.object({ manifest: z.string().min(1) });

export async function runParse(manifestPath: string): Promise<void> {
  await runManifest({
    name: 'parse',
    version: PARSER_VERSION,
    manifestPath,
    rowSchema: manifestLineSchema,
    async handle(row, path) {
      const bytes = await readHtmlBytes(path);
      const article = parseArticle({ html: bytes, url: row.url ?? undefined });
      if (article.error) throw new Error(article.error);
      if (article.notArticle) throw new Error(article.notArticle);
      return { title: article.title, published: article.published, byline: article.byline, lang: article.lang, text: article.text };
    },
  });
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
