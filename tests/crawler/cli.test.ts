// `habeas crawl` and `habeas reparse` as a user runs them: a real process, the fixture
// server, a PostgreSQL database of its own.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { startFixtureServer, type FixtureServer } from './support.ts';

const run = promisify(execFile);

describe('habeas crawl and reparse', () => {
  let server: FixtureServer;
  let database: TestDatabase;
  const habeas = (...args: string[]) =>
    run('node', ['--import', 'tsx', 'cli/main.ts', ...args], {
      env: { ...process.env, DATABASE_URL: database.url, FIXTURE_URL: server.url, HABEAS_OUTLETS: '', LOG_LEVEL: 'error' },
      timeout: 120_000,
    });

  beforeAll(async () => {
    server = await startFixtureServer();
    database = await createTestDatabase('postgres');
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it('crawls an outlet once with progress on stderr, and a second run says nothing is new', async () => {
    const first = await habeas('crawl', '--outlet', 'highland-ledger', '--once');
    expect(first.stderr).toMatch(/highland-ledger: discover/);
    expect(first.stdout).toMatch(/3 new · fetch 3\/3 · stored 3 · parsed 3 · failed 0/);
    const second = await habeas('crawl', '--outlet', 'highland-ledger', '--once');
    expect(second.stdout).toMatch(/highland-ledger: nothing new to fetch — 1 of 1 sources not modified/);
    expect(await database.store.db.snapshot.count()).toBe(3);
  }, 120_000);

  it('reparses the stored snapshots of an outlet without fetching', async () => {
    const hits = [...server.hits.values()].reduce((a, b) => a + b, 0);
    const { stdout } = await habeas('reparse', '--outlet', 'highland-ledger');
    expect(stdout).toMatch(/reparsed 3 snapshots of highland-ledger: 3 parsed, 0 not articles, 0 failed/);
    expect([...server.hits.values()].reduce((a, b) => a + b, 0)).toBe(hits);
  }, 60_000);

  it('refuses to run without --once, or with both --outlet and --all, as a usage error', async () => {
    await expect(habeas('crawl', '--outlet', 'highland-ledger')).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/needs --once/) });
    await expect(habeas('crawl', '--outlet', 'x', '--all', '--once')).rejects.toMatchObject({ code: 2 });
    await expect(habeas('crawl', '--outlet', 'no-such-outlet', '--once')).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/no outlet "no-such-outlet"/) });
  }, 60_000);
});
