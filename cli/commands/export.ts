// `habeas export --format csv|json|warc [--since T] [--until T] [--event ID] [--out FILE]`: the
// source trails of confirmed events. A file is written under FILE.partial and renamed when
// complete, so a half-written export never passes for a whole one.
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import type { Command } from 'commander';
import { z } from 'zod';
import { loadConfig, logger } from '../../core/index.ts';
import { EXPORT_FORMATS, exportTrails, output, reviewLinks, type ExportFormat, type Output } from '../../digest/index.ts';
import { EXIT, UsageError } from '../errors.ts';
import { withStore } from '../store.ts';
import { moment } from './digest.ts';

const optionsSchema = z.object({
  format: z.enum(EXPORT_FORMATS as [ExportFormat, ...ExportFormat[]], { message: `--format is one of ${EXPORT_FORMATS.join(', ')}` }),
  since: z.string().optional(),
  until: z.string().optional(),
  event: z.coerce.number({ message: '--event takes an event id' }).int('--event takes an event id').positive('--event takes an event id').optional(),
  out: z.string().min(1).optional(),
});

export function register(program: Command): void {
  program
    .command('export')
    .description('source trails of confirmed events: JSON (everything), CSV (a row per event and source), WARC (the pages as fetched)')
    .requiredOption('--format <format>', EXPORT_FORMATS.join(' | '))
    .option('--since <when>', 'events confirmed from (ISO date/date-time, or 36h, 7d)')
    .option('--until <when>', 'events confirmed before')
    .option('--event <id>', 'only this event')
    .option('--out <file>', 'write to this file (default: standard output)')
    .action(async (raw: unknown) => {
      const parsed = optionsSchema.safeParse(raw);
      if (!parsed.success) throw new UsageError(parsed.error.issues.map((issue) => issue.message).join('; '));
      const options = parsed.data;
      const now = new Date();
      const filter = { confirmedFrom: moment(options.since, '--since', now), confirmedTo: moment(options.until, '--until', now), eventId: options.event };
      if (filter.confirmedFrom && filter.confirmedTo && filter.confirmedFrom >= filter.confirmedTo) throw new UsageError('--since must be before --until');
      if (!options.out && options.format === 'warc' && process.stdout.isTTY) throw new UsageError('a WARC file is binary: give --out FILE or redirect the output');
      const config = loadConfig();
      const log = logger('export');
      const partial = options.out ? `${options.out}.partial` : null;
      const out: Output = partial ? output(createWriteStream(partial)) : output(process.stdout, { end: false });
      await withStore(async ({ db }) => {
        try {
          const summary = await exportTrails(db, {
            format: options.format,
            filter,
            links: reviewLinks(config.HABEAS_PUBLIC_URL),
            out,
            now,
            onProgress: ({ done, total }) => process.stderr.write(`export: ${done}/${total} events\n`),
            onIntegrityError: (message) => process.stderr.write(`export: INTEGRITY: ${message}\n`),
          });
          if (partial && options.out) await rename(partial, options.out);
          log.info({ format: options.format, ...summary, integrityErrors: summary.integrityErrors.length }, 'export: done');
          process.stderr.write(`exported ${summary.events} confirmed events, ${summary.sources} sources, ${summary.snapshots} snapshots${options.out ? ` to ${options.out}` : ''}\n`);
          if (summary.integrityErrors.length) {
            process.stderr.write(`export: ${summary.integrityErrors.length} snapshot(s) do not match their stored sha256; they are marked Habeas-Integrity-Error in the WARC\n`);
            process.exitCode = EXIT.failed;
          }
        } catch (error) {
          if (partial) await rm(partial, { force: true });
          throw error;
        }
      });
    });
}
