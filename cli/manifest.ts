// The manifest loop shared by `habeas extract` and `habeas parse` (EVENTS.md, DESIGN.md):
// one JSON object a line, each naming a file; one JSON line out per input line, in order, on
// stdout and nothing else. A line that cannot be read, validated or handled gives
// {"id", "error"} on its line and the run goes on. Logs go to stderr.
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { z } from 'zod';
import { logger } from '../core/logger.ts';
import { UsageError } from './errors.ts';

export type ManifestRow = { id: string; path: string };

export type ManifestRun<Row extends ManifestRow> = {
  /** the command's name, for its log lines */
  name: string;
  /** the version of the stage that handles the lines, logged at the start */
  version: string;
  manifestPath: string;
  rowSchema: z.ZodType<Row>;
  /** one validated row, with its path resolved, → the output line's fields after the id */
  handle(row: Row, path: string): Promise<Record<string, unknown>>;
};

const write = (line: unknown) =>
  new Promise<void>((ok, fail) => process.stdout.write(`${JSON.stringify(line)}\n`, (err) => (err ? fail(err) : ok())));

/** One manifest line → its output line. Never throws: every failure is an {"id", "error"} line. */
async function handleLine<Row extends ManifestRow>(run: ManifestRun<Row>, line: string, n: number, base: string): Promise<Record<string, unknown>> {
  let id = `line-${n + 1}`;
  try {
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new Error('manifest line is not JSON');
    }
    if (json && typeof json === 'object' && typeof (json as { id?: unknown }).id === 'string') id = (json as { id: string }).id;
    const parsed = run.rowSchema.safeParse(json);
    if (!parsed.success) throw new Error(`bad manifest line: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
    const row = parsed.data;
    // a failed read (an errno error) is reported with the path as the manifest wrote it
    const fields = await run.handle(row, isAbsolute(row.path) ? row.path : resolve(base, row.path)).catch((err: unknown) => {
      throw readFailure(row.path, err);
    });
    return { id, ...fields };
  } catch (err) {
    return { id, error: (err as Error).message };
  }
}

/** A failed read of a line's file: the path as the manifest wrote it and the errno code, or the reader's own message. */
function readFailure(pathInManifest: string, err: unknown): Error {
  const code = (err as NodeJS.ErrnoException).code;
  return new Error(code ? `cannot read ${pathInManifest}: ${code}` : (err as Error).message);
}

export async function runManifest<Row extends ManifestRow>(run: ManifestRun<Row>): Promise<void> {
  const log = logger(run.name);
  let manifest: string;
  try {
    manifest = await readFile(run.manifestPath, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read manifest ${run.manifestPath}: ${(err as Error).message}`);
  }
  const base = dirname(resolve(run.manifestPath));
  // numbered as in the file (blank lines are skipped, but counted), so "line-7" can be found
  const lines = manifest.split('\n').map((line, n) => ({ line, n })).filter(({ line }) => line.trim());
  log.info({ manifest: run.manifestPath, lines: lines.length, version: run.version }, `${run.name}: start`);
  let failed = 0;
  for (const { line, n } of lines) {
    const out = await handleLine(run, line, n, base);
    if ('error' in out) {
      failed++;
      log.warn({ id: out.id, err: out.error }, `${run.name}: line failed`);
    }
    await write(out);
  }
  log.info({ lines: lines.length, failed }, `${run.name}: done`);
}
