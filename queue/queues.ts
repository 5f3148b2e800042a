// The queues, and the one way to add work to them: validated, with a content-derived id,
// retries with backoff, and bounded history.
import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { z } from 'zod';
import { PermanentError } from './errors.ts';
import { QUEUE_NAMES, type JobDefinition, type QueueName } from './jobs.ts';

export type Queues = Record<QueueName, Queue>;

export type QueueSettings = { connection: Redis; prefix: string };

export const DEFAULT_ATTEMPTS = 6;

export const defaultJobOptions: JobsOptions = {
  attempts: DEFAULT_ATTEMPTS,
  // 'habeas' is the custom strategy in errors.ts: Retry-After when given, else exponential.
  backoff: { type: 'habeas' },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  // Failed jobs stay (with their reason) until someone retries or clears them.
  removeOnFail: false,
};

export function createQueues(settings: QueueSettings): Queues {
  return Object.fromEntries(
    QUEUE_NAMES.map((name) => [name, new Queue(name, { connection: settings.connection, prefix: settings.prefix, defaultJobOptions })]),
  ) as Queues;
}

export async function closeQueues(queues: Queues): Promise<void> {
  await Promise.all(Object.values(queues).map((queue) => queue.close()));
}

/**
 * Adds a job after validating its payload. Adding the same work twice is a no-op: BullMQ
 * ignores a job whose id exists (waiting, active, completed within history, or failed).
 */
export async function enqueue<T>(queues: Queues, definition: JobDefinition<T>, payload: T, options: JobsOptions = {}) {
  const parsed = definition.schema.safeParse(payload);
  if (!parsed.success) throw new PermanentError(`queue: invalid ${definition.name} payload: ${describeIssues(parsed.error)}`);
  return queues[definition.queue].add(definition.name, parsed.data, { ...options, jobId: definition.jobId(parsed.data) });
}

/** Adds many jobs of one kind in one round trip; `options` may differ per job (a priority, say). */
export async function enqueueMany<T>(queues: Queues, definition: JobDefinition<T>, payloads: T[], options: JobsOptions | ((payload: T, index: number) => JobsOptions) = {}) {
  if (!payloads.length) return [];
  const optionsOf = typeof options === 'function' ? options : () => options;
  const jobs = payloads.map((payload, index) => {
    const parsed = definition.schema.safeParse(payload);
    if (!parsed.success) throw new PermanentError(`queue: invalid ${definition.name} payload: ${describeIssues(parsed.error)}`);
    return { name: definition.name, data: parsed.data, opts: { ...optionsOf(payload, index), jobId: definition.jobId(parsed.data) } };
  });
  return queues[definition.queue].addBulk(jobs);
}

export function isQueueName(name: string): name is QueueName {
  return (QUEUE_NAMES as readonly string[]).includes(name);
}

/** "articleId: Invalid input: expected number…; extractorVersion: …" */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`).join('; ');
}
