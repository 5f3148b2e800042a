// Starts the workers a process was asked for (a map of worker builders, karakeep's
// apps/workers/index.ts) and shuts them down in order: stop taking jobs, let in-flight ones
// finish (or hand them back), then close Redis. Every processor gets an AbortSignal.
import { Worker, type Job, type Processor } from 'bullmq';
import type { Redis } from 'ioredis';
import { logger } from '../core/index.ts';
import type { Db } from '../store/index.ts';
import { backoffDelay, PermanentError, toBullmqError } from './errors.ts';
import { closeSharedFetchers, currentHostSlotStore, setHostSlotStore, type Outlet } from '../crawler/index.ts';
import { redisHostSlots } from './host-slots.ts';
import { digestJob, discoverJob, extractJob, fetchJob, reextractJob, type JobDefinition, type QueueName } from './jobs.ts';
import { processDiscover, processFetch, type CrawlDeps } from './workers/crawl.ts';
import { describeIssues, type Queues } from './queues.ts';
import { processExtract } from './workers/extract.ts';
import { processReextract } from './workers/reextract.ts';

export type StageDeps = {
  db: Db;
  queues: Queues;
  /** The outlet registry, for the discover and fetch workers. */
  outlets?: ReadonlyMap<string, Outlet>;
  /** Test and benchmark knobs for fetching (shorter backoff and timeouts). */
  fetchOverrides?: CrawlDeps['fetchOverrides'];
  /**
   * Sends the digests (the CLI passes digest/'s sendAllDigests with the mail settings, so the
   * queue needs no mail stack). Without it a digest job fails permanently, saying why.
   */
  sendDigests?: () => Promise<{ lines: string[]; failed: number }>;
};

export type WorkerSettings = {
  connection: Redis;
  prefix: string;
  concurrency?: Partial<Record<QueueName, number>>;
  /** How long a job stays locked to a worker that stopped answering (SIGKILL) before another takes it. */
  lockDurationMs?: number;
};

/** Jobs each worker runs at once, per queue, unless told otherwise (`--concurrency`). */
export const defaultConcurrency: Record<QueueName, number> = { discover: 2, fetch: 8, extract: 4, maintenance: 1 };

/** Validates the payload a worker took, then runs the stage; errors carry their retry policy. */
export function validated<T, R>(definition: JobDefinition<T>, run: (payload: T, job: Job, signal?: AbortSignal) => Promise<R>): Processor {
  return async (job, _token, signal) => {
    const parsed = definition.schema.safeParse(job.data);
    if (!parsed.success) throw toBullmqError(new PermanentError(`invalid ${definition.name} payload: ${describeIssues(parsed.error)}`));
    try {
      return await run(parsed.data, job, signal);
    } catch (error) {
      throw toBullmqError(error);
    }
  };
}

function processorsFor(deps: StageDeps): Partial<Record<QueueName, Processor>> {
  const crawl: CrawlDeps = { db: deps.db, queues: deps.queues, outlets: deps.outlets ?? new Map(), fetchOverrides: deps.fetchOverrides };
  return {
    discover: validated(discoverJob, (payload) => processDiscover(crawl, payload)),
    fetch: validated(fetchJob, (payload) => processFetch(crawl, payload)),
    extract: validated(extractJob, (payload, _job, signal) => processExtract(deps.db, payload, signal)),
    maintenance: byName({
      [reextractJob.name]: validated(reextractJob, (payload, _job, signal) => processReextract(deps.db, deps.queues, payload, signal)),
      [digestJob.name]: validated(digestJob, () => processDigest(deps)),
    }),
  };
}

/** One queue, several kinds of job: the job's name picks the processor. */
function byName(processors: Record<string, Processor>): Processor {
  return async (job, token, signal) => {
    const processor = processors[job.name];
    if (!processor) throw toBullmqError(new PermanentError(`no processor for ${job.name} jobs on this queue`));
    return processor(job, token, signal);
  };
}

async function processDigest(deps: StageDeps): Promise<{ lines: string[] }> {
  if (!deps.sendDigests) throw new PermanentError('this worker cannot send digests (no mail settings were given to it)');
  const summary = await deps.sendDigests();
  // Not retried by BullMQ: each send retried on its own already, and the next run sends a
  // failed period again. Failing the job shows the reason on the Outlets & queues page.
  if (summary.failed) throw new PermanentError(summary.lines.filter((line) => line.includes('NOT SENT')).join('; '));
  return { lines: summary.lines };
}

export type RunningWorkers = { workers: Worker[]; close(): Promise<void> };

export function startWorkers(names: QueueName[], deps: StageDeps, settings: WorkerSettings): RunningWorkers {
  const log = logger('queue');
  const processors = processorsFor(deps);
  // Fetch workers of every process pace each host together, through Redis.
  const hostSlots = names.includes('fetch') ? redisHostSlots(settings.connection, settings.prefix) : null;
  if (hostSlots) setHostSlotStore(hostSlots);
  const workers = names.map((name) => {
    const processor = processors[name];
    if (!processor) throw new Error(`queue: no worker for queue ${name}`);
    const worker = new Worker(name, processor, {
      connection: settings.connection,
      prefix: settings.prefix,
      concurrency: settings.concurrency?.[name] ?? defaultConcurrency[name],
      settings: { backoffStrategy: (attemptsMade, _type, error) => backoffDelay(attemptsMade, error) },
      // A job whose worker died (SIGKILL, crash) is taken again once its lock expires.
      lockDuration: settings.lockDurationMs ?? 30_000,
      stalledInterval: settings.lockDurationMs ?? 30_000,
      maxStalledCount: 3,
    });
    worker.on('failed', (job, error) => log.warn({ queue: name, jobId: job?.id, attempts: job?.attemptsMade, reason: error.message }, 'job failed'));
    worker.on('error', (error) => log.error({ queue: name, err: error.message }, 'worker error'));
    return worker;
  });
  return {
    workers,
    async close() {
      // Worker.close() waits for active jobs to finish; jobs not finished in time are
      // returned by the stalled-job check to another worker, so nothing is lost.
      await Promise.all(workers.map((worker) => worker.close()));
      // The fetch stage's long-lived crawlers keep timers running; stop them with the workers.
      if (names.includes('fetch')) await closeSharedFetchers();
      if (hostSlots && currentHostSlotStore() === hostSlots) setHostSlotStore(null);
    },
  };
}
