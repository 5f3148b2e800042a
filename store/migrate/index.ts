// `habeas db migrate | status | diff`, through the WebAssembly schema engine.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { Store } from '../connect.ts';
import { MigrationError, StoreError } from '../errors.ts';
import { migrationsDir, readMigrations, readSchema } from './files.ts';
import { openSchemaEngine, type EngineLog, type SchemaEngine } from './wasm-engine.ts';

const noFilter = { externalTables: [], externalEnums: [] };

async function withEngine<T>(adapter: SqlMigrationAwareDriverAdapterFactory, log: EngineLog | undefined, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const engine = await openSchemaEngine(adapter, await readSchema(), log);
  try {
    return await work(engine);
  } finally {
    engine.free();
  }
}

function engineMessage(cause: unknown): string {
  if (cause instanceof Error) return cause.message;
  if (cause && typeof cause === 'object' && 'message' in cause) return String((cause as { message: unknown }).message);
  return String(cause);
}

export type MigrationStatus = {
  applied: string[];
  pending: string[];
  failed: string[];
  edited: string[];
  /** Migrations in the database that the folder does not have (a newer Habeas wrote them). */
  unknown: string[];
  upToDate: boolean;
};

/** Applies every migration not yet applied. A failing migration is rolled back and named. */
export async function migrate(store: Store, log?: EngineLog, dir = migrationsDir): Promise<{ applied: string[] }> {
  if (store.kind === 'pglite') return applyMigrations(store, log, dir);
  // Processes started together (`habeas worker` × N on a fresh database) all migrate at once.
  // The schema engine gives up on its own advisory lock after 10 s, less than a first
  // migration can take, so habeas migrators queue on a lock of their own first, held by a
  // transaction for as long as the engine runs; the later ones then find nothing to apply.
  return store.db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`set local lock_timeout = '5min'`);
      await tx.$queryRawUnsafe(`select pg_advisory_xact_lock(${MIGRATORS_LOCK})::text`);
      return applyMigrations(store, log, dir);
    },
    { maxWait: 30_000, timeout: 10 * 60_000 },
  );
}

/** The key habeas migrators of one database queue on (any bigint no other lock of ours uses). */
export const MIGRATORS_LOCK = 0x4841_4245_4153;

async function applyMigrations(store: Store, log: EngineLog | undefined, dir: string): Promise<{ applied: string[] }> {
  const migrationsList = await readMigrations(dir);
  return withEngine(store.adapterFactory, log, async (engine) => {
    try {
      const result = await engine.applyMigrations({ migrationsList, filters: noFilter });
      return { applied: result.appliedMigrationNames };
    } catch (cause) {
      const failed = await failedMigration(store);
      if (failed) {
        // PostgreSQL ran the failed script in one implicit transaction, so its DDL is gone;
        // mark the attempt rolled back so the history is clean for the next try.
        await engine.markMigrationRolledBack({ migrationName: failed }).catch(() => {});
        throw new MigrationError(`store: migration ${failed} failed and was rolled back; the database is as it was: ${engineMessage(cause)}`, { cause });
      }
      throw new MigrationError(`store: unable to apply migrations: ${engineMessage(cause)}`, { cause });
    }
  });
}

async function failedMigration(store: Store): Promise<string | undefined> {
  const rows = await store.db.$queryRawUnsafe<{ migration_name: string }[]>(
    `select migration_name from _prisma_migrations where finished_at is null and rolled_back_at is null order by started_at desc limit 1`,
  ).catch(() => []);
  return rows[0]?.migration_name;
}

export async function migrationStatus(store: Store, dir = migrationsDir): Promise<MigrationStatus> {
  const migrationsList = await readMigrations(dir);
  const all = migrationsList.migrationDirectories.map((entry) => entry.path);
  const hasTable = await store.db
    .$queryRawUnsafe<{ exists: boolean }[]>(`select to_regclass('_prisma_migrations') is not null as exists`)
    .then((rows) => rows[0]?.exists === true);
  const rows = hasTable
    ? await store.db.$queryRawUnsafe<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null; checksum: string }[]>(
        `select migration_name, finished_at, rolled_back_at, checksum from _prisma_migrations order by started_at`,
      )
    : [];
  const applied = rows.filter((row) => row.finished_at && !row.rolled_back_at).map((row) => row.migration_name);
  const failed = rows.filter((row) => !row.finished_at && !row.rolled_back_at).map((row) => row.migration_name);
  const edited: string[] = [];
  const { createHash } = await import('node:crypto');
  for (const entry of migrationsList.migrationDirectories) {
    const row = rows.find((r) => r.migration_name === entry.path && r.finished_at && !r.rolled_back_at);
    if (row && entry.migrationFile.content.tag === 'ok') {
      const checksum = createHash('sha256').update(entry.migrationFile.content.value).digest('hex');
      if (checksum !== row.checksum) edited.push(entry.path);
    }
  }
  const pending = all.filter((name) => !applied.includes(name));
  const unknown = applied.filter((name) => !all.includes(name));
  return { applied, pending, failed, edited, unknown, upToDate: pending.length === 0 && failed.length === 0 && unknown.length === 0 };
}

/**
 * Writes a new migration with the SQL that takes the migrations folder to the schema.
 * The existing migrations are applied to a throw-away in-memory PGlite database, which is
 * then diffed against the schema: no server and no shadow database are needed (the wasm
 * engine's createMigration wants a shadow-database factory that the adapters do not give).
 * Returns null when the schema and the migrations already agree.
 */
export async function createMigration(name: string, log?: EngineLog, now = new Date()): Promise<{ folder: string; sql: string } | null> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new StoreError(`store: a migration name is lower-case letters, digits and "_", not ${JSON.stringify(name)}`);
  const sql = await diffMigrationsToSchema(log);
  if (sql === null) return null;
  const stamp = now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const folder = path.join(migrationsDir, `${stamp}_${name}`);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'migration.sql'), sql);
  await writeFile(
    path.join(migrationsDir, 'migration_lock.toml'),
    '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
  );
  return { folder, sql };
}

/** The SQL from the migrations folder to the schema, or null when they agree. */
export async function diffMigrationsToSchema(log?: EngineLog): Promise<string | null> {
  const scratch = await PGlite.create();
  try {
    const adapter = new PrismaPGlite(scratch) as unknown as SqlMigrationAwareDriverAdapterFactory;
    return await withEngine(adapter, log, async (engine) => {
      const migrationsList = await readMigrations();
      if (migrationsList.migrationDirectories.length) await engine.applyMigrations({ migrationsList, filters: noFilter });
      const schema = await readSchema();
      const result = await engine.diff({
        from: { tag: 'schemaDatasource', files: [schema], configDir: path.dirname(schema.path) },
        to: { tag: 'schemaDatamodel', files: [schema] },
        script: true,
        exitCode: null,
        filters: noFilter,
      });
      const sql = result.stdout ?? '';
      return /^\s*(-- This is an empty migration\.)?\s*$/.test(sql) ? null : sql;
    });
  } finally {
    await scratch.close();
  }
}
