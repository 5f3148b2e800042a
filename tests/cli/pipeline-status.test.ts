// `habeas status`, `habeas jobs failed` and `habeas jobs retry` as an operator runs them,
// against real Redis and PostgreSQL with one job that failed for good: an extract job for an
// article that does not exist (a permanent error, so it fails on its first attempt).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION } from '../../extractor/index.ts';
import { extractJob, enqueue, queueCounts, startPipeline, type Pipeline } from '../../queue/index.ts';
import { upsertArticle, upsertOutlet } from '../../store/index.ts';
import { runCli } from '../support/cli.ts';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { waitFor } from '../support/pipeline.ts';
import { dropPrefix, REDIS_URL, testPrefix } from '../support/redis.ts';

const MISSING_ARTICLE = 999_999;
const jobId = `extract-${MISSING_ARTICLE}-${EXTRACTOR_VERSION}`;
const prefix = testPrefix();
let database: TestDatabase;
let pipeline: Pipeline | undefined;
let env: Record<string, string>;

beforeAll(async () => {
  database = await createTestDatabase('postgres');
  env = { DATABASE_URL: database.url!, REDIS_URL, HABEAS_QUEUE_PREFIX: prefix };
  await upsertOutlet(database.store.db, { id: 'status-outlet', name: 'Status Outlet', homepage: 'https://status.example/', config: {} });
  await upsertArticle(database.store.db, { canonicalUrl: 'https://status.example/a/1', outletId: 'status-outlet' });
  pipeline = await startPipeline({ db: database.store.db, redisUrl: REDIS_URL, prefix, workers: ['extract'], outlets: [] });
  await enqueue(pipeline.queues, extractJob, { v: 1, articleId: MISSING_ARTICLE, extractorVersion: EXTRACTOR_VERSION });
  const queues = pipeline.queues;
  await waitFor(async () => (await queueCounts(queues)).extract.failed === 1, 30_000);
  // No worker from here on: a retried job stays waiting, where the test can see it.
  await pipeline.close();
  pipeline = undefined;
}, 120_000);

afterAll(async () => {
  await pipeline?.close().catch(() => {});
  await dropPrefix(prefix);
  await database?.drop();
});

describe('habeas status and habeas jobs', () => {
  it('status shows the failed job with its reason beside the queue counts, the store and the outlets', { timeout: 60_000 }, async () => {
    const result = await runCli(['status'], { env });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ {2}extract +waiting 0 {2}active 0 {2}delayed 0 {2}completed 0 {2}failed 1$/m);
    expect(result.stdout).toMatch(/^ {2}fetch +waiting 0 {2}active 0 {2}delayed 0 {2}completed 0 {2}failed 0$/m);
    expect(result.stdout).toMatch(/^store: 1 articles \(0 parsed, 0 failed to parse\), 0 candidates/m);
    expect(result.stdout).toMatch(/^ {2}status-outlet +last success never {2}articles 24h 1 \/ all 1 {2}SILENT \(never fetched successfully\)$/m);
    expect(result.stdout).toContain('failed jobs (newest first):');
    expect(result.stdout).toMatch(new RegExp(`^  extract/${jobId.replaceAll('.', '\\.')}  after 1 attempt\\(s\\): .*${MISSING_ARTICLE}`, 'm'));

    const json = JSON.parse((await runCli(['status', '--json'], { env })).stdout) as { queues: Record<string, { failed: number }>; failed: { id: string; queue: string; reason: string }[] };
    expect(json.queues.extract!.failed).toBe(1);
    expect(json.failed).toMatchObject([{ id: jobId, queue: 'extract' }]);
    expect(json.failed[0]!.reason).toContain(String(MISSING_ARTICLE));
  });

  it('jobs failed lists it with its attempts and reason; a queue that does not exist is a usage error', { timeout: 60_000 }, async () => {
    const listed = await runCli(['jobs', 'failed'], { env });
    expect(listed.code).toBe(0);
    const lines = listed.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const [name, attempts, failedAt, reason] = lines[0]!.split('\t');
    expect(name).toBe(`extract/${jobId}`);
    expect(attempts).toBe('1 attempt(s)');
    expect(Number.isNaN(Date.parse(failedAt!))).toBe(false);
    expect(reason).toMatch(/^PermanentError: .*999999/);

    expect((await runCli(['jobs', 'failed', '--queue', 'fetch'], { env })).stdout).toBe('no failed jobs\n');
    const wrong = await runCli(['jobs', 'failed', '--queue', 'nonsense'], { env });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/--queue must be one of discover, fetch, extract, maintenance/);
  });

  it('jobs retry puts the job back in its queue, once; --id without --queue is a usage error', { timeout: 60_000 }, async () => {
    const usage = await runCli(['jobs', 'retry', '--id', jobId], { env });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--id needs --queue/);

    const retried = await runCli(['jobs', 'retry', '--queue', 'extract', '--id', jobId], { env });
    expect(retried.code).toBe(0);
    expect(retried.stdout).toBe('1 job(s) put back in their queue\n');
    expect((await runCli(['jobs', 'failed'], { env })).stdout).toBe('no failed jobs\n');
    const status = JSON.parse((await runCli(['status', '--json'], { env })).stdout) as { queues: Record<string, { waiting: number; failed: number }> };
    expect(status.queues.extract).toMatchObject({ waiting: 1, failed: 0 });

    const again = await runCli(['jobs', 'retry', '--queue', 'extract', '--id', jobId], { env });
    expect(again.stdout).toBe('0 job(s) put back in their queue\n');
  });
});
