// `habeas demo`, the README's main job, as a newcomer runs it: a real process on the embedded
// database (a PGlite folder of its own), real Redis under a prefix of its own, the fixture
// outlets. Then `habeas status` over what it left, and demo without Redis.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../crawler/support.ts';
import { runCli } from '../support/cli.ts';
import { dropPrefix, REDIS_URL, testPrefix } from '../support/redis.ts';

describe('habeas demo', () => {
  let server: FixtureServer;
  let dataDir = '';
  const prefix = testPrefix();
  const env = () => ({ HABEAS_DATA_DIR: dataDir, DATABASE_URL: undefined, REDIS_URL, HABEAS_QUEUE_PREFIX: prefix, FIXTURE_URL: server.url, HABEAS_OUTLETS: '', LOG_LEVEL: 'error' });

  beforeAll(async () => {
    server = await startFixtureServer();
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'habeas-demo-'));
  });
  afterAll(async () => {
    await server?.close();
    await dropPrefix(prefix);
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('runs the whole pipeline over the fixture outlets with per-stage progress and a summary; a second run stores nothing new', async () => {
    const first = await runCli(['demo', '--timeout', '150'], { env: env(), timeoutMs: 170_000 });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/demo: 3 outlets \(caspian-wire, highland-ledger, kura-vestnik\), pglite database at /);
    expect(first.stderr).toMatch(/discover \d+✓ \d+⋯ │ fetch \d+✓ \d+⋯ │ extract \d+✓ \d+⋯ │ articles \d+/);
    expect(first.stdout).toMatch(/Habeas demo finished in [\d.]+ s\n/);
    expect(first.stdout).toMatch(/articles stored: +10 \(10 new this run\), 10 parsed/);
    const pending = Number(/pending events: +(\d+) \(confirmed 0, rejected 0\)/.exec(first.stdout)?.[1]);
    const candidates = Number(/candidates: +(\d+)/.exec(first.stdout)?.[1]);
    expect(pending).toBeGreaterThanOrEqual(8);
    expect(candidates).toBeGreaterThanOrEqual(pending);
    expect(first.stdout).toMatch(/failed jobs: +0\n/);
    expect(first.stdout).toMatch(/review app: +http:\/\/127\.0\.0\.1:3000\//);

    const second = await runCli(['demo', '--timeout', '120'], { env: env(), timeoutMs: 140_000 });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/articles stored: +10 \(0 new this run\)/);
    expect(second.stdout).toMatch(/nothing new: every article was already stored/);
    expect(second.stdout).toContain(`candidates:       ${candidates}`);
    expect(second.stdout).toMatch(new RegExp(`pending events: +${pending} `));
  }, 330_000);

  it('shows queue counts, the store and each outlet\'s health in habeas status', async () => {
    const text = await runCli(['status'], { env: env() });
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^queues:\n {2}discover +waiting 0 +active 0 +delayed 0 +completed 6 +failed 0$/m);
    expect(text.stdout).toMatch(/^ {2}fetch +waiting 0 +active 0 +delayed 0 +completed 10 +failed 0$/m);
    expect(text.stdout).toMatch(/^store: 10 articles \(10 parsed, 0 failed to parse\)/m);
    for (const outlet of ['caspian-wire', 'highland-ledger', 'kura-vestnik']) expect(text.stdout).toMatch(new RegExp(`^ {2}${outlet} +last success 20\\d\\d-`, 'm'));
    expect(text.stdout).not.toMatch(/SILENT/);

    const json = await runCli(['status', '--json'], { env: env() });
    const status = JSON.parse(json.stdout) as { queues: Record<string, { completed: number; failed: number }>; store: { articles: number }; outlets: { id: string; articlesLast24h: number }[]; failed: unknown[] };
    expect(status.queues.extract).toMatchObject({ completed: 10, failed: 0 });
    expect(status.store.articles).toBe(10);
    expect(status.outlets.map((o) => [o.id, o.articlesLast24h])).toEqual([['caspian-wire', 4], ['highland-ledger', 3], ['kura-vestnik', 3]]);
    expect(status.failed).toEqual([]);
  }, 90_000);

  it('says which Redis it could not reach and exits 3 when Redis is down', async () => {
    const run = await runCli(['demo'], { env: { ...env(), REDIS_URL: 'redis://127.0.0.1:1' }, timeoutMs: 60_000 });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/unable to reach Redis at 127\.0\.0\.1:1/);
    expect(run.stdout).toBe('');
  }, 70_000);
});
