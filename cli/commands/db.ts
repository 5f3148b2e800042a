// `habeas db migrate | status | diff`: the schema, through Prisma's wasm schema engine.
import type { Command } from 'commander';
import { z } from 'zod';
import { logger } from '../../core/index.ts';
import { createMigration, migrate, migrationStatus } from '../../store/index.ts';
import { EXIT, UsageError } from '../errors.ts';
import { withStore } from '../store.ts';

const engineLog = (line: string) => logger('schema-engine').debug(line);

export function register(program: Command): void {
  const db = program.command('db').description('the database schema: migrate, status, diff');

  db.command('migrate')
    .description('apply every migration not yet applied (safe to run again: a second run changes nothing)')
    .action(async () => {
      await withStore(async (store) => {
        const { applied } = await migrate(store, engineLog);
        process.stdout.write(
          applied.length
            ? `applied ${applied.length} migration(s) to ${store.kind} (${store.location}):\n${applied.map((name) => `  ${name}\n`).join('')}`
            : `${store.kind} (${store.location}) is up to date; nothing to apply\n`,
        );
      });
    });

  db.command('status')
    .description('which migrations are applied, pending or failed; exit 1 when not up to date')
    .option('--json', 'print the status as JSON')
    .action(async (options: { json?: boolean }) => {
      await withStore(async (store) => {
        const status = await migrationStatus(store);
        if (options.json) {
          process.stdout.write(`${JSON.stringify({ database: store.kind, location: store.location, ...status })}\n`);
        } else {
          const lines = [
            `database: ${store.kind} (${store.location})`,
            `applied:  ${status.applied.length}${status.applied.length ? ` (last: ${status.applied.at(-1)})` : ''}`,
            `pending:  ${status.pending.length ? status.pending.join(', ') : 'none'}`,
          ];
          if (status.failed.length) lines.push(`failed:   ${status.failed.join(', ')}`);
          if (status.edited.length) lines.push(`edited since applied: ${status.edited.join(', ')}`);
          if (status.unknown.length) lines.push(`in the database but not in this Habeas: ${status.unknown.join(', ')}`);
          lines.push(status.upToDate ? 'up to date' : "not up to date: run 'habeas db migrate'");
          process.stdout.write(`${lines.join('\n')}\n`);
        }
        if (!status.upToDate) process.exitCode = EXIT.failed;
      });
    });

  db.command('diff')
    .description('write a new migration with the SQL that takes the migrations to store/prisma/schema.prisma')
    .requiredOption('--name <name>', 'migration name: lower-case letters, digits and "_"')
    .action(async (options: { name: string }) => {
      const name = z.string().regex(/^[a-z0-9_]+$/).safeParse(options.name);
      if (!name.success) throw new UsageError(`--name must be lower-case letters, digits and "_", not ${JSON.stringify(options.name)}`);
      const result = await createMigration(name.data, engineLog);
      process.stdout.write(result ? `wrote ${result.folder}/migration.sql\n` : 'the schema and the migrations agree; no migration written\n');
    });
}
