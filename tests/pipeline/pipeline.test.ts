// The whole pipeline over the fixture outlets, on real Redis and PostgreSQL, undisturbed
// and disturbed: a worker killed mid-run, Redis restarted, PostgreSQL unreachable. Each
// disturbed run must end in the same database state as the undisturbed one.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Outlet } from '../../crawler/index.ts';
import { startFixtureServer, type FixtureServer } from '../../fixtures/server.ts';
import { closeQueues, createQueues, createRedis, discoverJob, enqueue, listFailedJobs, startPipeline, type Pipeline } from '../../queue/index.ts';
import { openStore, type Db } from '../../store/index.ts';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { dropPrefix, REDIS_URL, testPrefix } from '../support/redis.ts';
import { startPrivateRedis } from '../support/redis-server.ts';
import { startTcpProxy } from '../support/tcp-proxy.ts';
import { eventSummary, storeSummary, testOutlets, waitFor, waitUntilIdle, writeCombinedRegistry } from '../support/pipeline.ts';

const root = path.resolve(import.meta.dirname, '../..');
let fixtures: FixtureServer;
let outlets: Outlet[];
let reference: Awaited<ReturnType<typeof storeSummary>>;
const cleanups: (() => Promise<unknown>)[] = [];

async function discoverAll(pipeline: Pipeline, runId: string) {
  for (const outlet of outlets) await enqueue(pipeline.queues, discoverJob, { v: 1, outletId: outlet.id, runId });
}

async function freshDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase('postgres');
  cleanups.push(() => database.drop());
  return database;
}

async function pipelineOn(db: Db, redisUrl: string, prefix: string): Promise<Pipeline> {
  const pipeline = await startPipeline({ db, redisUrl, prefix, workers: ['discover', 'fetch', 'extract', 'maintenance'], outlets, lockDurationMs: 3000 });
  cleanups.push(() => pipeline.close());
  cleanups.push(() => dropPrefix(prefix));
  return pipeline;
}

beforeAll(async () => {
  fixtures = await startFixtureServer();
  outlets = await testOutlets(fixtures.url);
});
afterAll(async () => {
  while (cleanups.length) await cleanups.pop()!().catch(() => {});
  await fixtures?.close();
});

describe('the pipeline', () => {
  it('takes every fixture outlet from discovery to pending events with their sources, and a second run adds nothing', { timeout: 180_000 }, async () => {
    const { store } = await freshDatabase();
    const pipeline = await pipelineOn(store.db, REDIS_URL, testPrefix());
    await discoverAll(pipeline, 'first');
    await waitUntilIdle(pipeline.queues);
    expect(await listFailedJobs(pipeline.queues)).toEqual([]);

    reference = await storeSummary(store.db);
    // 10 articles on the three demo outlets, 4 on the syndication outlets.
    expect(reference.articles).toHaveLength(14);
    expect(reference.articles.every((line) => line.endsWith('PARSED'))).toBe(true);
    expect(reference.snapshots).toBe(14);
    expect(reference.events.length).toBeGreaterThan(5);
    // Every pending event can be traced to the articles that reported it.
    const events = await store.db.event.findMany({ include: { candidates: { include: { article: { include: { snapshots: true } } } } } });
    for (const event of events) {
      expect(event.status).toBe('PENDING');
      expect(event.candidates.length).toBeGreaterThan(0);
      for (const candidate of event.candidates) expect(candidate.article.snapshots.length).toBe(1);
    }

    await discoverAll(pipeline, 'second');
    await waitUntilIdle(pipeline.queues);
    expect(await storeSummary(store.db)).toEqual(reference);
  });

  it('stores an article listed in two feeds once, and joins a story carried by two outlets into one event with two sources', () => {
    expect(reference.articles.filter((line) => line.includes('defender-detained-in-ganja'))).toHaveLength(1);
    const arrest = reference.events.find((line) => line.startsWith('ARREST') && line.includes('Elnur Qasımzadə'));
    expect(arrest).toBeDefined();
    expect(arrest).toContain('/syndicate/a/2026/defender-detained-in-ganja.html');
    expect(arrest).toContain('/syndicate/b/2026/ganja-defender-held.html');
    // The copy carries the same text: corroborated once, not twice.
    expect(arrest).toContain(' c=1 ');
  });

  it('retries the jobs of a worker killed with SIGKILL and ends as an undisturbed run does', { timeout: 240_000 }, async () => {
    const database = await freshDatabase();
    const prefix = testPrefix();
    cleanups.push(() => dropPrefix(prefix));
    const dir = await mkdtemp(path.join(os.tmpdir(), 'habeas-kill-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const registry = path.join(dir, 'outlets.yaml');
    await writeCombinedRegistry(registry);
    const env = { ...process.env, DATABASE_URL: database.url!, REDIS_URL, HABEAS_QUEUE_PREFIX: prefix, HABEAS_OUTLETS: registry, FIXTURE_URL: fixtures.url, HABEAS_JOB_LOCK_MS: '3000', LOG_LEVEL: 'warn' };
    const worker = (): ChildProcess => {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'cli/main.ts'), 'worker', '--queues', 'discover,fetch,extract,maintenance'], { cwd: root, env, stdio: 'ignore' });
      cleanups.push(async () => child.exitCode === null && child.kill('SIGKILL'));
      return child;
    };
    const connection = createRedis(REDIS_URL, 'worker');
    const queues = createQueues({ connection, prefix });
    cleanups.push(async () => {
      await closeQueues(queues);
      connection.disconnect();
    });
    const first = worker();
    for (const outlet of outlets) await enqueue(queues, discoverJob, { v: 1, outletId: outlet.id, runId: 'killed' });
    // Kill it in the thick of it: once some articles are stored but not all extracted.
    await waitFor(async () => (await database.store.db.candidate.count()) > 0, 120_000);
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    const second = worker();
    await waitUntilIdle(queues, 120_000);
    second.kill('SIGTERM');
    await new Promise((resolve) => second.once('exit', resolve));
    expect((await listFailedJobs(queues)).map((job) => `${job.queue} ${job.reason}`)).toEqual([]);
    expect(await storeSummary(database.store.db)).toEqual(reference);
  });

  it('finishes every job when Redis restarts in the middle of a run', { timeout: 240_000 }, async () => {
    const redis = await startPrivateRedis();
    cleanups.push(() => redis.close());
    const { store } = await freshDatabase();
    const pipeline = await pipelineOn(store.db, redis.url, testPrefix());
    await discoverAll(pipeline, 'restart');
    await waitFor(async () => (await store.db.article.count()) > 0, 60_000);
    await redis.stop();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await redis.start();
    await waitUntilIdle(pipeline.queues, 180_000);
    expect(await storeSummary(store.db)).toEqual(reference);
  });

  it('backs off while PostgreSQL is unreachable and succeeds once it is back', { timeout: 240_000 }, async () => {
    const database = await freshDatabase();
    const target = new URL(database.url!);
    const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    cleanups.push(() => proxy.close());
    const viaProxy = new URL(database.url!);
    viaProxy.port = String(proxy.port);
    const store = await openStore({ databaseUrl: viaProxy.toString() });
    cleanups.push(() => store.close());
    const pipeline = await pipelineOn(store.db, REDIS_URL, testPrefix());
    await discoverAll(pipeline, 'db-down');
    await waitFor(async () => (await store.db.article.count()) > 0, 60_000);
    proxy.cut();
    await new Promise((resolve) => setTimeout(resolve, 5000));
    await proxy.restore();
    await waitUntilIdle(pipeline.queues, 200_000);
    expect(await listFailedJobs(pipeline.queues)).toEqual([]);
    expect(await eventSummary(database.store.db)).toEqual(reference.events);
    expect(await storeSummary(database.store.db)).toEqual(reference);
  });
});
