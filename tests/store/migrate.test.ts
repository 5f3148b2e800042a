import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, migrationStatus, diffMigrationsToSchema, MigrationError } from '../../store/index.ts';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../support/databases.ts';

const realMigrations = path.resolve('store/prisma/migrations');

describe.each(databaseKinds)('migrations on %s', (kind) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.drop();
    database = undefined;
  });

  it('builds the whole schema in a fresh database, and a second run changes nothing', async () => {
    database = await createTestDatabase(kind, { migrate: false });
    const before = await migrationStatus(database.store);
    expect(before.applied).toEqual([]);
    expect(before.upToDate).toBe(false);

    const first = await migrate(database.store);
    expect(first.applied.length).toBeGreaterThan(0);
    const tables = await database.store.db.$queryRawUnsafe<{ table_name: string }[]>(
      `select table_name from information_schema.tables where table_schema = 'public' order by 1`,
    );
    expect(tables.map((row) => row.table_name)).toEqual(
      expect.arrayContaining(['Article', 'Snapshot', 'Candidate', 'Event', 'EventPerson', 'Person', 'PersonAlias', 'ReviewDecision', 'User', 'Session', 'Watchlist', 'Outlet', 'FeedState']),
    );

    const second = await migrate(database.store);
    expect(second.applied).toEqual([]);
    expect((await migrationStatus(database.store)).upToDate).toBe(true);
  });

  it('rolls back a failing migration, names it, and leaves the database as it was', async () => {
    database = await createTestDatabase(kind, { migrate: false });
    const dir = await mkdtemp(path.join(os.tmpdir(), 'habeas-migrations-'));
    try {
      await cp(realMigrations, dir, { recursive: true });
      await mkdir(path.join(dir, '29990101000000_broken'));
      // The first statement would succeed alone; the second fails, so both must vanish.
      await writeFile(path.join(dir, '29990101000000_broken', 'migration.sql'), 'CREATE TABLE "Half" (id int);\nALTER TABLE "NoSuchTable" ADD COLUMN x int;\n');

      const failure = await migrate(database.store, undefined, dir).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(MigrationError);
      expect((failure as Error).message).toContain('29990101000000_broken');

      const half = await database.store.db.$queryRawUnsafe<{ exists: boolean }[]>(`select to_regclass('"Half"') is not null as exists`);
      expect(half[0]?.exists).toBe(false);
      const status = await migrationStatus(database.store, dir);
      expect(status.failed).toEqual([]);
      expect(status.pending).toEqual(['29990101000000_broken']);
      // The good migrations before it are applied and usable.
      expect(await database.store.db.article.count()).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('db diff', () => {
  it('finds nothing to write when the migrations match the schema', async () => {
    expect(await diffMigrationsToSchema()).toBeNull();
  });
});
