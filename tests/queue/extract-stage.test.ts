import type { Job } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION } from '../../extractor/index.ts';
import { closeQueues, createQueues, createRedis, enqueue, extractJob, reextractJob, startWorkers, type Queues, type RunningWorkers } from '../../queue/index.ts';
import { saveParsedArticle, upsertArticle, type Db } from '../../store/index.ts';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { dropPrefix, REDIS_URL, testPrefix } from '../support/redis.ts';
import { waitFor } from '../support/pipeline.ts';

const ARTICLE = [
  'Police detain opposition activist in capital',
  '',
  'Police in the capital detained opposition activist Rauf Mammadzade on Tuesday, his lawyer said.',
  'Mammadzade, a member of the opposition party, was charged with hooliganism the next day.',
].join('\n');


describe('the extract stage on BullMQ', () => {
  let database: TestDatabase;
  let db: Db;
  let queues: Queues;
  let workers: RunningWorkers;
  const prefix = testPrefix();
  const connection = createRedis(REDIS_URL, 'worker');

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    db = database.store.db;
    queues = createQueues({ connection, prefix });
    workers = startWorkers(['extract', 'maintenance'], { db, queues }, { connection, prefix });
  });
  afterAll(async () => {
    await workers?.close();
    await closeQueues(queues);
    connection.disconnect();
    await dropPrefix(prefix);
    await database?.drop();
  });

  async function storedArticle(url: string) {
    const { article } = await upsertArticle(db, { canonicalUrl: url });
    await saveParsedArticle(db, article.id, { parseStatus: 'PARSED', text: ARTICLE, publishedAt: new Date('2025-03-06T10:00:00Z') });
    return article.id;
  }

  it('turns a stored article into candidates and a pending event, once, however often it is queued', async () => {
    const articleId = await storedArticle('https://fixture.example/activist-detained');
    const payload = { v: 1 as const, articleId, extractorVersion: EXTRACTOR_VERSION };
    const first = await enqueue(queues, extractJob, payload);
    const second = await enqueue(queues, extractJob, payload);
    expect(second.id).toBe(first.id);
    await waitFor(async () => (await queues.extract.getJob(first.id!))?.isCompleted());
    const candidates = await db.candidate.findMany({ where: { articleId } });
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.every((c) => c.eventId !== null)).toBe(true);
    const arrest = await db.event.findFirst({ where: { type: 'ARREST', candidates: { some: { articleId } } }, include: { people: { include: { person: true } } } });
    expect(arrest?.status).toBe('PENDING');
    expect(arrest?.people.map((p) => p.person.name)).toContain('Rauf Mammadzade');

    // The job retried by hand (as after a crash) leaves the database as it was.
    const before = { candidates: await db.candidate.count(), events: await db.event.count() };
    await (await queues.extract.getJob(first.id!))!.remove();
    const again = await enqueue(queues, extractJob, payload);
    await waitFor(async () => (await queues.extract.getJob(again.id!))?.isCompleted());
    expect({ candidates: await db.candidate.count(), events: await db.event.count() }).toEqual(before);
  });

  it('fails a job with a malformed payload at once, keeping its reason, without retrying it', async () => {
    const job = await queues.extract.add('extract', { v: 1, articleId: 'not-a-number' }, { jobId: 'bad-payload', attempts: 5 });
    const failed = await waitFor(async () => {
      const current = (await queues.extract.getJob(job.id!)) as Job | undefined;
      return current && (await current.isFailed()) ? current : undefined;
    });
    expect(failed.attemptsStarted).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await failed.getState()).toBe('failed');
    const stored = await queues.extract.getJob(job.id!);
    expect(stored?.failedReason).toMatch(/invalid extract payload: articleId: .*expected number/);
  });

  it('refuses to enqueue a payload that does not validate', async () => {
    await expect(enqueue(queues, extractJob, { v: 1, articleId: -3, extractorVersion: '' } as never)).rejects.toThrow(/invalid extract payload/);
  });

  it('re-extracts every stored article when asked for a new extractor version', async () => {
    const ids = [await storedArticle('https://fixture.example/r1'), await storedArticle('https://fixture.example/r2')];
    const job = await enqueue(queues, reextractJob, { v: 1, extractorVersion: EXTRACTOR_VERSION });
    await waitFor(async () => (await queues.maintenance.getJob(job.id!))?.isCompleted());
    for (const articleId of ids) {
      await waitFor(async () => (await db.candidate.count({ where: { articleId, extractorVersion: EXTRACTOR_VERSION } })) > 0);
    }
  });
});
