// Opens the store: a PostgreSQL server when DATABASE_URL is set, otherwise the embedded
// PGlite database under HABEAS_DATA_DIR. One Prisma client, one code path above this file.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import pg from 'pg';
import { redactUrl } from '../core/index.ts';
import { PrismaClient } from './generated/client.ts';
import { DatabaseUnavailableError, StoreError } from './errors.ts';
import { withAtomicScripts } from './migrate/atomic-scripts.ts';

export type Db = PrismaClient;

export type StoreOptions = {
  /** PostgreSQL server URL; when absent the embedded PGlite database is used. */
  databaseUrl?: string | undefined;
  /** Folder for the embedded database (its data lives in `<dataDir>/pglite`). */
  dataDir?: string | undefined;
  /** How long to wait for a server before giving up (ms). */
  connectTimeoutMs?: number;
};

export type Store = {
  db: Db;
  kind: 'postgres' | 'pglite';
  /** Where the data is, for messages: a redacted URL or a folder. */
  location: string;
  /** The driver adapter factory, for the schema engine (migrations). */
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
};

// Marks a folder as ours, so a foreign or corrupt folder is refused rather than overwritten.
const MARKER = 'habeas-store.json';

async function checkServer(url: string, timeoutMs: number): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  const host = safeHost(url);
  try {
    await client.connect();
    await client.query('select 1');
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new DatabaseUnavailableError(`store: unable to reach PostgreSQL at ${host}: ${reason}`, { cause });
  } finally {
    await client.end().catch(() => {});
  }
}

function safeHost(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return '<unparseable DATABASE_URL>';
  }
}

async function openPglite(dataDir: string): Promise<{ client: PGlite; folder: string }> {
  const folder = path.resolve(dataDir, 'pglite');
  await mkdir(folder, { recursive: true });
  const entries = await readdir(folder);
  const marker = path.join(folder, MARKER);
  if (entries.length > 0 && !existsSync(marker)) {
    throw new StoreError(`store: refusing to open ${folder}: it is not empty and was not made by Habeas (no ${MARKER}); move it away or set HABEAS_DATA_DIR`);
  }
  if (entries.length > 0 && !existsSync(path.join(folder, 'PG_VERSION'))) {
    throw new StoreError(`store: refusing to open ${folder}: it has a ${MARKER} but no PostgreSQL data (PG_VERSION missing); it looks corrupt`);
  }
  let client: PGlite;
  try {
    client = await PGlite.create({ dataDir: folder });
    await client.query('select 1');
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new StoreError(`store: unable to open the embedded database in ${folder}: ${reason}`, { cause });
  }
  if (!existsSync(marker)) {
    await writeFile(marker, JSON.stringify({ createdBy: 'habeas', createdAt: new Date().toISOString() }, null, 2));
  } else {
    // Parse it, so a marker we did not write (or a damaged one) is caught.
    JSON.parse(await readFile(marker, 'utf8'));
  }
  return { client, folder };
}

export async function openStore(options: StoreOptions = {}): Promise<Store> {
  if (options.databaseUrl) {
    const url = options.databaseUrl;
    await checkServer(url, options.connectTimeoutMs ?? 10_000);
    const poolConfig = { connectionString: url, connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000 };
    const pgFactory = new PrismaPg(poolConfig);
    const db = new PrismaClient({ adapter: pgFactory });
    const adapterFactory = withAtomicScripts(pgFactory, async (script) => {
      // A plain query without parameters uses PostgreSQL's simple protocol, which accepts
      // a whole script; BEGIN … COMMIT around it makes it all or nothing.
      const client = new pg.Client(poolConfig);
      await client.connect();
      try {
        await client.query('BEGIN');
        await client.query(script);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        await client.end().catch(() => {});
      }
    });
    return {
      db,
      kind: 'postgres',
      location: redactUrl(url),
      adapterFactory,
      close: () => db.$disconnect(),
    };
  }
  const { client, folder } = await openPglite(options.dataDir ?? './data');
  const pgliteFactory = new PrismaPGlite(client) as unknown as SqlMigrationAwareDriverAdapterFactory;
  const db = new PrismaClient({ adapter: pgliteFactory as never });
  const adapterFactory = withAtomicScripts(pgliteFactory, async (script) => {
    await client.transaction(async (tx) => {
      await tx.exec(script);
    });
  });
  return {
    db,
    kind: 'pglite',
    location: folder,
    adapterFactory,
    close: async () => {
      await db.$disconnect();
      await client.close();
    },
  };
}
