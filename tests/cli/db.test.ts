import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATORS_LOCK } from '../../store/index.ts';
import { runCli } from '../support/cli.ts';
import { createPostgresDatabase } from '../support/databases.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function tempDir() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'habeas-cli-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

describe('habeas db', () => {
  it('migrates a fresh PGlite folder, then says a second run has nothing to apply', { timeout: 120_000 }, async () => {
    const dir = await tempDir();
    const env = { HABEAS_DATA_DIR: dir, DATABASE_URL: '' };
    const first = await runCli(['db', 'migrate'], { env });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/applied \d+ migration\(s\) to pglite/);
    const second = await runCli(['db', 'migrate'], { env });
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/up to date; nothing to apply/);
    const status = await runCli(['db', 'status', '--json'], { env });
    expect(JSON.parse(status.stdout)).toMatchObject({ database: 'pglite', pending: [], upToDate: true });
  });

  it('migrates a fresh PostgreSQL database given by DATABASE_URL', { timeout: 120_000 }, async () => {
    const database = await createPostgresDatabase();
    cleanups.push(() => database.drop());
    const pending = await runCli(['db', 'status'], { env: { DATABASE_URL: database.url } });
    expect(pending.code).toBe(1);
    expect(pending.stdout).toMatch(/not up to date/);
    const migrated = await runCli(['db', 'migrate'], { env: { DATABASE_URL: database.url } });
    expect(migrated.code).toBe(0);
    expect(migrated.stdout).toMatch(/to postgres/);
    expect((await runCli(['db', 'status'], { env: { DATABASE_URL: database.url } })).code).toBe(0);
  });

  it('lets processes started together on a fresh PostgreSQL database migrate it once, the others waiting their turn', { timeout: 180_000 }, async () => {
    const database = await createPostgresDatabase();
    cleanups.push(() => database.drop());
    // Another migrator holds the migrators' lock for longer than the schema engine would wait
    // on its own lock (10 s): the migrations started meanwhile must wait, not fail.
    const holder = new pg.Client({ connectionString: database.url });
    await holder.connect();
    cleanups.push(() => holder.end());
    await holder.query('select pg_advisory_lock($1::bigint)', [String(MIGRATORS_LOCK)]);
    const runs = [0, 1, 2].map(() => runCli(['db', 'migrate'], { env: { DATABASE_URL: database.url }, timeoutMs: 150_000 }));
    await new Promise((resolve) => setTimeout(resolve, 12_000));
    // all three are still waiting: nothing has been applied while the lock was held
    expect((await holder.query(`select to_regclass('_prisma_migrations') is null as none`)).rows[0].none).toBe(true);
    await holder.query('select pg_advisory_unlock($1::bigint)', [String(MIGRATORS_LOCK)]);
    const results = await Promise.all(runs);
    for (const run of results) expect(run.code, run.stderr).toBe(0);
    expect(Math.min(...results.map((run) => run.ms))).toBeGreaterThanOrEqual(11_000);
    expect(results.filter((run) => /applied \d+ migration\(s\) to postgres/.test(run.stdout))).toHaveLength(1);
    expect(results.filter((run) => /nothing to apply/.test(run.stdout))).toHaveLength(2);
  });

  it('names the host within ten seconds when DATABASE_URL points nowhere', async () => {
    // Port 1 on loopback: nothing listens there, and nothing leaves the machine.
    const result = await runCli(['db', 'status'], { env: { DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/habeas' } });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('127.0.0.1:1');
    expect(result.ms).toBeLessThan(10_000 + 3_000 /* process start-up */);
  });

  it('refuses a data folder it did not make, and leaves it as it was', async () => {
    const dir = await tempDir();
    const foreign = path.join(dir, 'pglite', 'notes.txt');
    await import('node:fs/promises').then((fs) => fs.mkdir(path.dirname(foreign), { recursive: true }));
    await writeFile(foreign, 'somebody else’s files');
    const result = await runCli(['db', 'migrate'], { env: { HABEAS_DATA_DIR: dir, DATABASE_URL: '' } });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/refusing to open .*not made by Habeas/);
    expect(await readFile(foreign, 'utf8')).toBe('somebody else’s files');
  });

  it('stops on a wrong setting with a message that names it and says what it expects', async () => {
    const result = await runCli(['db', 'status'], { env: { DATABASE_URL: 'mysql://root@localhost/x', PORT: 'eighty' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/DATABASE_URL: expected a URL starting with postgres:\/\/ or postgresql:\/\//);
    expect(result.stderr).toMatch(/PORT: /);
    expect(result.stderr).not.toContain('root@localhost');
  });

  it('prints help for every command and exits 2 on an unknown one', async () => {
    const help = await runCli(['db', 'migrate', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/apply every migration/);
    const unknown = await runCli(['no-such-command']);
    expect(unknown.code).toBe(2);
  });
});
