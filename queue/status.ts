// What operators see: counts per queue, failed jobs with their reasons, and retrying them.
import type { Job } from 'bullmq';
import { QUEUE_NAMES, type QueueName } from './jobs.ts';
import type { Queues } from './queues.ts';

export type QueueCounts = Record<QueueName, { waiting: number; active: number; delayed: number; completed: number; failed: number; prioritized: number }>;

export async function queueCounts(queues: Queues): Promise<QueueCounts> {
  const entries = await Promise.all(
    QUEUE_NAMES.map(async (name) => {
      const counts = await queues[name].getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized');
      return [name, { waiting: counts.waiting ?? 0, active: counts.active ?? 0, delayed: counts.delayed ?? 0, completed: counts.completed ?? 0, failed: counts.failed ?? 0, prioritized: counts.prioritized ?? 0 }] as const;
    }),
  );
  return Object.fromEntries(entries) as QueueCounts;
}

export type FailedJob = { queue: QueueName; id: string; name: string; reason: string; attempts: number; failedAt: Date | null; data: unknown };

export async function listFailedJobs(queues: Queues, options: { queue?: QueueName; limit?: number } = {}): Promise<FailedJob[]> {
  const names = options.queue ? [options.queue] : [...QUEUE_NAMES];
  const limit = options.limit ?? 50;
  const lists = await Promise.all(names.map(async (name) => (await queues[name].getFailed(0, limit - 1)).map((job) => describe(name, job))));
  return lists.flat().sort((a, b) => (b.failedAt?.getTime() ?? 0) - (a.failedAt?.getTime() ?? 0)).slice(0, limit);
}

function describe(queue: QueueName, job: Job): FailedJob {
  return {
    queue,
    id: job.id ?? '?',
    name: job.name,
    reason: job.failedReason ?? 'unknown',
    attempts: job.attemptsStarted ?? job.attemptsMade,
    failedAt: job.finishedOn ? new Date(job.finishedOn) : null,
    data: job.data,
  };
}

/** Puts failed jobs back in their queue (all of a queue, or one by id). Returns how many. */
export async function retryFailedJobs(queues: Queues, options: { queue?: QueueName; id?: string } = {}): Promise<number> {
  const names = options.queue ? [options.queue] : [...QUEUE_NAMES];
  let retried = 0;
  for (const name of names) {
    if (options.id) {
      const job = await queues[name].getJob(options.id);
      if (job && (await job.isFailed())) {
        await job.retry('failed');
        retried += 1;
      }
      continue;
    }
    for (;;) {
      const failed = await queues[name].getFailed(0, 199);
      if (!failed.length) break;
      for (const job of failed) await job.retry('failed');
      retried += failed.length;
    }
  }
  return retried;
}
