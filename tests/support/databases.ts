// Fresh databases for integration tests: a PostgreSQL database of its own on the local
// server (dropped afterwards), or a PGlite folder of its own (removed afterwards).
// Both run the real migrations, so the store is tested exactly as it runs.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { migrate, openStore, type Store } from '../../store/index.ts';

export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export type DatabaseKind = 'postgres' | 'pglite';
export const databaseKinds: DatabaseKind[] = ['postgres', 'pglite'];

export type TestDatabase = {
  store: Store;
  /** The connection URL (postgres) or the data folder (pglite). */
  location: string;
  url?: string;
  dataDir?: string;
  drop(): Promise<void>;
};

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty PostgreSQL database and returns its URL and a function that drops it. */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `habeas_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await admin((client) => client.query(`create database "${name}"`));
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin((client) => client.query(`drop database if exists "${name}" with (force)`)).then(() => {}),
  };
}

export async function createTestDatabase(kind: DatabaseKind, options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  if (kind === 'postgres') {
    const database = await createPostgresDatabase();
    const store = await openStore({ databaseUrl: database.url });
    if (options.migrate !== false) await migrate(store);
    return {
      store,
      location: database.url,
      url: database.url,
      drop: async () => {
        await store.close().catch(() => {});
        await database.drop();
      },
    };
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'habeas-test-'));
  const store = await openStore({ dataDir });
  if (options.migrate !== false) await migrate(store);
  return {
    store,
    location: dataDir,
    dataDir,
    drop: async () => {
      await store.close().catch(() => {});
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
