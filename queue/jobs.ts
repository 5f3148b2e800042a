// Every job is defined once: its queue and name, a zod payload schema with a version, the
// inferred type, and the idempotency key that becomes its BullMQ job id (karakeep
// queues.ts). Payloads are validated when enqueued and again when a worker takes them.
import { createHash } from 'node:crypto';
import { z } from 'zod';

export const QUEUE_NAMES = ['discover', 'fetch', 'extract', 'maintenance'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export type JobDefinition<T> = {
  queue: QueueName;
  name: string;
  schema: z.ZodType<T>;
  /** Same work → same id, so adding it twice is a no-op. (BullMQ ids may not contain ':'.) */
  jobId(payload: T): string;
};

function defineJob<S extends z.ZodType>(queue: QueueName, name: string, schema: S, jobId: (payload: z.infer<S>) => string): JobDefinition<z.infer<S>> {
  return { queue, name, schema: schema as z.ZodType<z.infer<S>>, jobId };
}

const hash = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 32);
const safe = (value: string) => value.replace(/[^A-Za-z0-9._-]/g, '_');

export const discoverJob = defineJob(
  'discover',
  'discover',
  z.object({
    v: z.literal(1),
    outletId: z.string().min(1),
    /** One id per scheduled run or manual trigger, so each run is its own job. */
    runId: z.string().min(1),
  }),
  (payload) => `discover-${safe(payload.outletId)}-${safe(payload.runId)}`,
);

export const fetchJob = defineJob(
  'fetch',
  'fetch',
  z.object({
    v: z.literal(1),
    outletId: z.string().min(1),
    /** Canonical article URL (tracking parameters stripped). */
    url: z.string().url(),
    discoveredVia: z.string().nullable().default(null),
  }),
  (payload) => `fetch-${hash(payload.url)}`,
);

export const extractJob = defineJob(
  'extract',
  'extract',
  z.object({
    v: z.literal(1),
    articleId: z.number().int().positive(),
    extractorVersion: z.string().min(1),
  }),
  (payload) => `extract-${payload.articleId}-${safe(payload.extractorVersion)}`,
);

export const reextractJob = defineJob(
  'maintenance',
  'reextract',
  z.object({
    v: z.literal(1),
    extractorVersion: z.string().min(1),
  }),
  (payload) => `reextract-${safe(payload.extractorVersion)}`,
);

/** The daily digest: every watchlist's next digest, sent once per period (digest/send-all.ts). */
export const digestJob = defineJob(
  'maintenance',
  'digest',
  z.object({
    v: z.literal(1),
    /** 'scheduled' from the job scheduler; a manual run names itself. */
    runId: z.string().min(1),
  }),
  (payload) => `digest-${safe(payload.runId)}`,
);

export type DiscoverPayload = z.infer<typeof discoverJob.schema>;
export type FetchPayload = z.infer<typeof fetchJob.schema>;
export type ExtractPayload = z.infer<typeof extractJob.schema>;
export type ReextractPayload = z.infer<typeof reextractJob.schema>;
export type DigestPayload = z.infer<typeof digestJob.schema>;

export const jobDefinitions = [discoverJob, fetchJob, extractJob, reextractJob, digestJob] as const;
