// How the fetch stage shares hosts out: jobs of several outlets interleave (each host is
// paced on its own, so one outlet's backlog must not hold the others back), and the pacing
// of one host holds across worker processes, through Redis.
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentHostSlotStore, setHostSlotStore, type HostSlotStore, type Outlet } from '../../crawler/index.ts';
import { waitForHostSlot } from '../../crawler/fetch/pacer.ts';
import { startFixtureServer, type FixtureServer } from '../../fixtures/server.ts';
import { closeQueues, createQueues, createRedis, startWorkers, type Queues } from '../../queue/index.ts';
import { redisHostSlots } from '../../queue/host-slots.ts';
import { processDiscover } from '../../queue/workers/crawl.ts';
import type { Db } from '../../store/index.ts';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { testOutlets, waitFor } from '../support/pipeline.ts';
import { dropPrefix, REDIS_URL, testPrefix } from '../support/redis.ts';

const prefix = testPrefix();
afterAll(() => dropPrefix(`${prefix}-order`));

describe('the fetch stage across outlets', () => {
  let database: TestDatabase;
  let db: Db;
  let fixtures: FixtureServer;
  let outlets: Outlet[];
  let queues: Queues;
  const connection = createRedis(REDIS_URL, 'worker');

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    db = database.store.db;
    fixtures = await startFixtureServer();
    outlets = await testOutlets(fixtures.url);
    queues = createQueues({ connection, prefix: `${prefix}-order` });
  });
  afterAll(async () => {
    await closeQueues(queues);
    connection.disconnect();
    await fixtures?.close();
    await database?.drop();
  });

  it('are taken in turn, the first article of every outlet before the second of any', { timeout: 60_000 }, async () => {
    const registry = new Map(outlets.map((outlet) => [outlet.id, outlet]));
    // Discovered one outlet after the other, as the discover jobs of a schedule finish.
    const queued = new Map<string, number>();
    for (const outlet of outlets) queued.set(outlet.id, (await processDiscover({ db, queues, outlets: registry }, { v: 1, outletId: outlet.id, runId: 'order' })).queued);
    const withArticles = [...queued].filter(([, n]) => n > 0).map(([id]) => id);
    expect(withArticles.length).toBeGreaterThanOrEqual(3);
    const total = [...queued.values()].reduce((a, b) => a + b, 0);

    const taken: string[] = [];
    const worker = new Worker(queues.fetch.name, async (job) => void taken.push(job.data.outletId), { connection: createRedis(REDIS_URL, 'worker'), prefix: `${prefix}-order`, concurrency: 1 });
    try {
      await waitFor(async () => taken.length === total);
    } finally {
      await worker.close();
    }
    // Every outlet's first article comes before any outlet's second.
    expect(new Set(taken.slice(0, withArticles.length))).toEqual(new Set(withArticles));
    // And no outlet's articles run in a block while another outlet still has some waiting.
    const mostInARow = Math.max(...taken.map((id, i) => taken.slice(i).findIndex((other) => other !== id)).filter((n) => n > 0));
    expect(mostInARow).toBeLessThanOrEqual(1 + Math.max(...[...queued.values()]) - Math.min(...[...queued.values()].filter((n) => n > 0)));
  });

  it('installs the shared pacing while it runs and removes it when it closes', async () => {
    const own = createRedis(REDIS_URL, 'worker');
    const ownQueues = createQueues({ connection: own, prefix: `${prefix}-install` });
    const before = currentHostSlotStore();
    const workers = startWorkers(['fetch'], { db, queues: ownQueues }, { connection: own, prefix: `${prefix}-install` });
    expect(currentHostSlotStore()).not.toBe(before);
    expect(await currentHostSlotStore().reserve('install.example', 50)).toBe(0);
    expect(await own.exists(`${prefix}-install:host-slot:install.example`)).toBe(1);
    await workers.close();
    expect(currentHostSlotStore()).toBe(before);
    await closeQueues(ownQueues);
    own.disconnect();
    await dropPrefix(`${prefix}-install`);
  });

});

describe('per-host pacing shared through Redis', () => {
  const connections = [new Redis(REDIS_URL), new Redis(REDIS_URL)];
  afterAll(async () => {
    setHostSlotStore(null);
    for (const connection of connections) connection.disconnect();
    await dropPrefix(`${prefix}-slots`);
  });

  it('spaces the requests of two processes to one host by the interval, and other hosts apart', async () => {
    // Two stores on two connections stand for two worker processes.
    const [a, b] = connections.map((connection) => redisHostSlots(connection, `${prefix}-slots`)) as [HostSlotStore, HostSlotStore];
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) waits.push(await (i % 2 ? b : a).reserve('news.example:443', 200));
    // Taken within a few ms of each other, the slots are 200 ms apart whoever took them.
    for (let i = 1; i < waits.length; i++) expect(waits[i]! - waits[i - 1]!).toBeGreaterThan(150);
    expect(waits[7]).toBeGreaterThan(1300);
    // Another host has its own slots.
    expect(await b.reserve('other.example:443', 200)).toBe(0);
  });

  it('falls back to pacing the process alone when the shared store does not answer', { timeout: 10_000 }, async () => {
    setHostSlotStore({ reserve: () => new Promise<number>(() => {}) });
    const started = Date.now();
    await waitForHostSlot('https://silent-store.example/a', 100);
    await waitForHostSlot('https://silent-store.example/b', 100);
    const elapsed = Date.now() - started;
    // Two timeouts of 2 s each, and the second request still waited for its slot.
    expect(elapsed).toBeGreaterThanOrEqual(4_000);
    expect(elapsed).toBeLessThan(6_000);
    setHostSlotStore(null);
  });
});
