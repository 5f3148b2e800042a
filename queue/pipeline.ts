// One process's share of the pipeline: Redis, the queues, the workers it was asked for,
// and (for the process that schedules) the repeatable discover jobs and the re-extract
// check. `habeas run` asks for everything; `habeas worker --queues …` for some.
import type { Redis } from 'ioredis';
import type { Outlet } from '../crawler/index.ts';
import { EXTRACTOR_VERSION } from '../extractor/index.ts';
import { withTimeout } from '../core/index.ts';
import type { Db } from '../store/index.ts';
import { createRedis } from './connection.ts';
import type { QueueName } from './jobs.ts';
import { closeQueues, createQueues, type Queues } from './queues.ts';
import { startWorkers, type RunningWorkers, type StageDeps } from './runtime.ts';
import { scheduleReextractIfVersionChanged, syncDigestSchedule, syncDiscoverSchedules } from './schedules.ts';

export type PipelineOptions = {
  db: Db;
  redisUrl: string;
  prefix: string;
  workers: QueueName[];
  outlets: Outlet[];
  /** Create the discover schedules and check the extractor version (one process should). */
  schedule?: boolean;
  concurrency?: Partial<Record<QueueName, number>>;
  fetchOverrides?: StageDeps['fetchOverrides'];
  lockDurationMs?: number;
  /** The daily digest: how to send it, and when (a cron pattern in UTC; null: no schedule). */
  digest?: { send: NonNullable<StageDeps['sendDigests']>; schedule: string | null };
};

export type Pipeline = { queues: Queues; connection: Redis; workers: RunningWorkers; close(): Promise<void> };

export class RedisUnavailableError extends Error {
  override name = 'ServiceUnavailableError';
}

/** "30m" / "2h" / "1d" → minutes. */
export function scheduleMinutes(schedule: string): number {
  const match = /^(\d+)\s*(m|h|d)$/.exec(schedule.trim());
  if (!match) throw new Error(`not an interval: ${schedule}`);
  const value = Number(match[1]);
  return match[2] === 'm' ? value : match[2] === 'h' ? value * 60 : value * 1440;
}

/** Connects to Redis, or fails within `timeoutMs` with a message naming where it looked. */
export async function connectRedis(url: string, timeoutMs = 5_000): Promise<Redis> {
  const connection = createRedis(url, 'worker');
  const where = (() => {
    try {
      const parsed = new URL(url);
      return `${parsed.hostname}:${parsed.port || 6379}`;
    } catch {
      return '<unparseable REDIS_URL>';
    }
  })();
  try {
    await withTimeout(connection.ping(), timeoutMs, `no answer within ${timeoutMs / 1000} s`);
    return connection;
  } catch (cause) {
    connection.disconnect();
    throw new RedisUnavailableError(`queue: unable to reach Redis at ${where}: ${(cause as Error).message}`, { cause });
  }
}

export async function startPipeline(options: PipelineOptions): Promise<Pipeline> {
  const connection = await connectRedis(options.redisUrl);
  const queues = createQueues({ connection, prefix: options.prefix });
  const outlets = new Map(options.outlets.map((outlet) => [outlet.id, outlet]));
  const workers = startWorkers(options.workers, { db: options.db, queues, outlets, fetchOverrides: options.fetchOverrides, sendDigests: options.digest?.send }, { connection, prefix: options.prefix, concurrency: options.concurrency, lockDurationMs: options.lockDurationMs });
  if (options.schedule) {
    await syncDiscoverSchedules(queues, options.outlets.map((outlet) => ({ id: outlet.id, everyMinutes: scheduleMinutes(outlet.schedule), enabled: outlet.enabled })));
    await scheduleReextractIfVersionChanged(queues, connection, options.prefix, EXTRACTOR_VERSION);
    await syncDigestSchedule(queues, options.digest?.schedule ?? null);
  }
  return {
    queues,
    connection,
    workers,
    async close() {
      await workers.close();
      await closeQueues(queues);
      await connection.quit().catch(() => connection.disconnect());
    },
  };
}
