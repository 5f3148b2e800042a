// The daily digest as a BullMQ job: the schedule `habeas run` keeps, and the maintenance
// worker sending every watchlist's digest through a real SMTP server, once per period.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewLinks, sendAllDigests } from '../../digest/index.ts';
import {
  closeQueues, createQueues, createRedis, DIGEST_SCHEDULER_ID, digestJob, enqueue, startWorkers, syncDigestSchedule, type Queues, type RunningWorkers, type StageDeps,
} from '../../queue/index.ts';
import { addWatchlistPerson, confirmEvent, createWatchlist, findPeopleByAlias, listWatchlists, type Db } from '../../store/index.ts';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { waitFor } from '../support/pipeline.ts';
import { dropPrefix, REDIS_URL, testPrefix } from '../support/redis.ts';
import { seedDigestFixtures } from './seed.ts';
import { startSmtpServer, type TestSmtpServer } from './smtp.ts';

const links = reviewLinks('https://review.fixture.example');
const fast = { attempts: 2, baseDelayMs: 20, maxDelayMs: 50 };


describe('the daily digest job', () => {
  let database: TestDatabase;
  let db: Db;
  let reviewerId: number;
  let smtp: TestSmtpServer;
  let queues: Queues;
  let workers: RunningWorkers | null = null;
  const prefix = testPrefix();
  const connection = createRedis(REDIS_URL, 'worker');

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    db = database.store.db;
    reviewerId = (await seedDigestFixtures(db)).reviewerId;
    const list = await createWatchlist(db, { name: 'Sabirli bloggers', email: 'monitor@fixture.example' });
    const [person] = await findPeopleByAlias(db, 'Samir Novruzlu');
    await addWatchlistPerson(db, list.id, person!.id);
    await createWatchlist(db, { name: 'No address yet' });
    smtp = await startSmtpServer();
    queues = createQueues({ connection, prefix });
  }, 120_000);
  afterAll(async () => {
    await workers?.close();
    await closeQueues(queues);
    connection.disconnect();
    await dropPrefix(prefix);
    await smtp?.close();
    await database?.drop();
  });

  async function run(deps: Partial<StageDeps>, runId: string) {
    await workers?.close();
    workers = startWorkers(['maintenance'], { db, queues, ...deps }, { connection, prefix });
    const job = await enqueue(queues, digestJob, { v: 1, runId });
    await waitFor(async () => {
      const state = await (await queues.maintenance.getJob(job.id!))?.getState();
      return state === 'completed' || state === 'failed';
    });
    return (await queues.maintenance.getJob(job.id!))!;
  }

  it('keeps one schedule, in UTC, updated in place and removed when there is none', async () => {
    await syncDigestSchedule(queues, '0 7 * * *');
    await syncDigestSchedule(queues, '30 6 * * *');
    const schedulers = await queues.maintenance.getJobSchedulers(0, -1);
    expect(schedulers.map((s) => [s.key, s.pattern, s.tz, s.name])).toEqual([[DIGEST_SCHEDULER_ID, '30 6 * * *', 'UTC', 'digest']]);
    const next = new Date(schedulers[0]!.next!);
    expect([next.getUTCHours(), next.getUTCMinutes()]).toEqual([6, 30]);
    expect(next.getTime() - Date.now()).toBeLessThanOrEqual(24 * 3600_000);
    await syncDigestSchedule(queues, null);
    expect(await queues.maintenance.getJobSchedulers(0, -1)).toEqual([]);
  });

  it('sends each watchlist with an address its digest once, and says what it did', async () => {
    // The fixtures were confirmed just now: send as if two minutes later, when they have settled.
    const sendDigests = async () => sendAllDigests(db, await listWatchlists(db), { smtpUrl: smtp.url, from: 'Habeas <digest@fixture.example>', links, retry: fast, now: new Date(Date.now() + 120_000) });
    const job = await run({ sendDigests }, 'first');
    expect(await job.getState(), job.failedReason).toBe('completed');
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.envelope.to).toEqual(['monitor@fixture.example']);
    expect(smtp.received[0]!.parsed.subject).toMatch(/on Sabirli bloggers/);
    const lines = (job.returnvalue as { lines: string[] }).lines;
    expect(lines).toEqual([
      "No address yet: no e-mail address; skipped ('habeas watchlist set-email')",
      expect.stringMatching(/^Sabirli bloggers: sent to monitor@fixture\.example: \d+ confirmed events, 1 on the watchlist, \d+ awaiting review$/),
    ]);
    // The next run finds the period sent: nothing new confirmed, nothing sent.
    const again = await run({ sendDigests }, 'second');
    expect(await again.getState()).toBe('completed');
    expect(smtp.received).toHaveLength(1);
    expect((again.returnvalue as { lines: string[] }).lines[1]).toMatch(/^Sabirli bloggers: nothing confirmed since /);
  });

  it('fails the job once, without BullMQ retries, when a digest could not be sent, with the reason', async () => {
    const closed = await startSmtpServer();
    await closed.close(); // nothing listens on its port now
    // A confirmation after the last sent digest, so there is something to send.
    const pending = await db.event.findFirstOrThrow({ where: { status: 'PENDING' } });
    await confirmEvent(db, { eventId: pending.id, userId: reviewerId });
    // As if confirmed after the period the last test sent, and sent a while after that.
    await db.event.update({ where: { id: pending.id }, data: { decidedAt: new Date(Date.now() + 150_000) } });
    const sendDigests = async () => sendAllDigests(db, await listWatchlists(db), { smtpUrl: closed.url, from: 'Habeas <digest@fixture.example>', links, retry: fast, now: new Date(Date.now() + 300_000) });
    const job = await run({ sendDigests }, 'unreachable');
    expect(await job.getState()).toBe('failed');
    expect(job.attemptsMade).toBe(1);
    expect(job.failedReason).toMatch(/Sabirli bloggers: NOT SENT: .*the next run sends the same period again/);
    expect(job.failedReason).not.toContain('No address yet');
  });

  it('fails a digest job permanently in a worker given no mail settings', async () => {
    const job = await run({}, 'no-mail');
    expect(await job.getState()).toBe('failed');
    expect(job.attemptsMade).toBe(1);
    expect(job.failedReason).toMatch(/cannot send digests/);
  });
});
