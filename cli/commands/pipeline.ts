// `habeas run`, `habeas worker --queues …`, `habeas status`, `habeas jobs failed|retry`.
import type { Command } from 'commander';
import { z } from 'zod';
import { loadConfig, logger } from '../../core/index.ts';
import {
  closeQueues, connectRedis, createQueues, defaultConcurrency, isQueueName, listFailedJobs, QUEUE_NAMES, retryFailedJobs, startPipeline, type PipelineOptions, type QueueName, type Queues,
} from '../../queue/index.ts';
import { listWatchlists, outletHealth, type Db } from '../../store/index.ts';
import { UsageError } from '../errors.ts';
import { readProgress, progressLine, withPipelineContext } from '../pipeline-context.ts';
import { withStore } from '../store.ts';
import { serveReview } from './serve.ts';

function parseQueueList(value: string): QueueName[] {
  const names = value.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !isQueueName(name));
  if (!names.length || unknown.length) throw new UsageError(`--queues takes a comma-separated list of ${QUEUE_NAMES.join(', ')}; not ${unknown.join(', ') || 'empty'}`);
  return names as QueueName[];
}

const CONCURRENCY_HELP = `jobs at once per queue, as in extract=8,fetch=16 (defaults: ${Object.entries(defaultConcurrency).map(([name, n]) => `${name} ${n}`).join(', ')})`;

const concurrencyEntry = z.tuple([z.string().refine(isQueueName, 'not a queue'), z.coerce.number().int().min(1).max(256)]);

/** "extract=8,fetch=16" → jobs each worker of this process runs at once, per queue. */
export function parseConcurrency(value: string | undefined): Partial<Record<QueueName, number>> {
  if (value === undefined) return {};
  const out: Partial<Record<QueueName, number>> = {};
  for (const part of value.split(',').map((entry) => entry.trim()).filter(Boolean)) {
    const parsed = concurrencyEntry.safeParse(part.split('='));
    if (!parsed.success) throw new UsageError(`--concurrency takes queue=number pairs (queues: ${QUEUE_NAMES.join(', ')}; 1 to 256), as in extract=8,fetch=16; not ${JSON.stringify(part)}`);
    out[parsed.data[0] as QueueName] = parsed.data[1];
  }
  return out;
}

/** Resolves on SIGINT or SIGTERM. */
function untilSignal(): Promise<string> {
  return new Promise((resolve) => {
    const done = (signal: string) => resolve(signal);
    process.once('SIGINT', () => done('SIGINT'));
    process.once('SIGTERM', () => done('SIGTERM'));
  });
}

/**
 * The daily digest for the maintenance worker: digest/'s sender with the mail settings, and
 * the schedule when there is a mail server to send through (else none, and any old one goes).
 */
async function digestSettings(db: Db): Promise<PipelineOptions['digest']> {
  const config = loadConfig();
  const smtpUrl = config.SMTP_URL;
  const schedule = smtpUrl && config.HABEAS_DIGEST_SCHEDULE !== 'off' ? config.HABEAS_DIGEST_SCHEDULE : null;
  if (!smtpUrl) {
    if (config.HABEAS_DIGEST_SCHEDULE !== 'off') logger('cli').info('SMTP_URL is not set: the daily digest is not scheduled');
    return { schedule: null, send: async () => ({ lines: ['SMTP_URL is not set: no digest sent'], failed: 1 }) };
  }
  // Loaded here, not at start-up: the other commands need none of the mail stack.
  const { reviewLinks, sendAllDigests } = await import('../../digest/index.ts');
  const links = reviewLinks(config.HABEAS_PUBLIC_URL);
  return {
    schedule,
    send: async () => sendAllDigests(db, await listWatchlists(db), { smtpUrl, from: config.HABEAS_MAIL_FROM, links, onLine: (line) => logger('digest').info({ line }, 'digest') }),
  };
}

type Extra = (ctx: { close: () => Promise<void>; db: Db; queues: Queues }) => Promise<() => Promise<void>>;

async function runWorkers(workers: QueueName[], schedule: boolean, concurrency: Partial<Record<QueueName, number>>, extra?: Extra) {
  const config = loadConfig();
  const log = logger('cli');
  await withPipelineContext(async ({ store, outlets }) => {
    if (store.kind === 'pglite' && !schedule) {
      throw new UsageError('habeas worker needs a PostgreSQL server (DATABASE_URL): the embedded database belongs to one process');
    }
    const pipeline = await startPipeline({
      db: store.db, redisUrl: config.REDIS_URL, prefix: config.HABEAS_QUEUE_PREFIX, workers, outlets, schedule, concurrency, lockDurationMs: config.HABEAS_JOB_LOCK_MS,
      digest: await digestSettings(store.db),
    });
    const stopExtra = extra ? await extra({ close: () => pipeline.close(), db: store.db, queues: pipeline.queues }) : async () => {};
    process.stderr.write(`habeas: ${workers.join(', ')} worker(s) running on ${store.kind}; Ctrl-C stops them after the jobs in hand\n`);
    const timer = setInterval(async () => {
      if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${progressLine(await readProgress(pipeline.queues, store.db))}`);
    }, 1000);
    const signal = await untilSignal();
    clearInterval(timer);
    log.info({ signal }, 'shutting down: finishing jobs in hand');
    process.stderr.write(`\nhabeas: ${signal}: finishing the jobs in hand, then stopping\n`);
    await stopExtra();
    await pipeline.close();
  });
}

export function register(program: Command): void {
  program
    .command('run')
    .description('the whole pipeline in one process: schedules, every worker and the review app; embedded database by default')
    .option('--concurrency <pairs>', CONCURRENCY_HELP)
    .action(async (options: { concurrency?: string }) =>
      runWorkers([...QUEUE_NAMES], true, parseConcurrency(options.concurrency), async ({ db, queues }) => {
        const server = await serveReview({ db, queues });
        return () => server.close();
      }));

  program
    .command('worker')
    .description('run some workers in this process, to scale out across processes and machines (needs DATABASE_URL)')
    .requiredOption('--queues <names>', `comma-separated: ${QUEUE_NAMES.join(',')}`)
    .option('--concurrency <pairs>', CONCURRENCY_HELP)
    .action(async (options: { queues: string; concurrency?: string }) => runWorkers(parseQueueList(options.queues), false, parseConcurrency(options.concurrency)));

  program
    .command('status')
    .description('queue counts, failed jobs and per-outlet health')
    .option('--json', 'print as JSON')
    .action(async (options: { json?: boolean }) => {
      const config = loadConfig();
      const connection = await connectRedis(config.REDIS_URL);
      const queues = createQueues({ connection, prefix: config.HABEAS_QUEUE_PREFIX });
      try {
        await withStore(async (store) => {
          const progress = await readProgress(queues, store.db);
          const outlets = await outletHealth(store.db);
          const failed = await listFailedJobs(queues, { limit: 10 });
          if (options.json) {
            process.stdout.write(`${JSON.stringify({ ...progress, outlets, failed })}\n`);
            return;
          }
          const lines = ['queues:'];
          for (const name of QUEUE_NAMES) {
            const c = progress.queues[name];
            lines.push(`  ${name.padEnd(12)} waiting ${c.waiting + c.prioritized}  active ${c.active}  delayed ${c.delayed}  completed ${c.completed}  failed ${c.failed}`);
          }
          const s = progress.store;
          lines.push(`store: ${s.articles} articles (${s.parsed} parsed, ${s.parseFailed} failed to parse), ${s.candidates} candidates, events ${s.events.pending} pending / ${s.events.confirmed} confirmed / ${s.events.rejected} rejected`);
          lines.push('outlets:');
          for (const outlet of outlets) {
            lines.push(`  ${outlet.id.padEnd(20)} last success ${outlet.lastSuccessAt?.toISOString() ?? 'never'}  articles 24h ${outlet.articlesLast24h} / all ${outlet.articlesTotal}${outlet.silent ? `  SILENT (${outlet.silent})` : ''}${outlet.failing ? `  last error: ${(outlet.lastError ?? '').slice(0, 120)}` : ''}`);
          }
          if (failed.length) {
            lines.push('failed jobs (newest first):');
            for (const job of failed) lines.push(`  ${job.queue}/${job.id}  after ${job.attempts} attempt(s): ${job.reason.slice(0, 160)}`);
          }
          process.stdout.write(`${lines.join('\n')}\n`);
        });
      } finally {
        await closeQueues(queues);
        connection.disconnect();
      }
    });

  const jobs = program.command('jobs').description('failed jobs: list and retry');
  const queueOption = z.string().refine(isQueueName, `one of ${QUEUE_NAMES.join(', ')}`).optional();
  jobs
    .command('failed')
    .description('list failed jobs with their reasons')
    .option('--queue <name>', 'only this queue')
    .option('--limit <n>', 'at most this many', '50')
    .option('--json', 'one JSON object per line')
    .action(async (options: { queue?: string; limit: string; json?: boolean }) => {
      const queue = queueOption.safeParse(options.queue);
      const limit = z.coerce.number().int().positive().safeParse(options.limit);
      if (!queue.success || !limit.success) throw new UsageError(`--queue must be one of ${QUEUE_NAMES.join(', ')}; --limit a positive number`);
      const config = loadConfig();
      const connection = await connectRedis(config.REDIS_URL);
      const queues = createQueues({ connection, prefix: config.HABEAS_QUEUE_PREFIX });
      try {
        const failed = await listFailedJobs(queues, { queue: queue.data as QueueName | undefined, limit: limit.data });
        for (const job of failed) {
          process.stdout.write(options.json ? `${JSON.stringify(job)}\n` : `${job.queue}/${job.id}\t${job.attempts} attempt(s)\t${job.failedAt?.toISOString() ?? ''}\t${job.reason}\n`);
        }
        if (!failed.length && !options.json) process.stdout.write('no failed jobs\n');
      } finally {
        await closeQueues(queues);
        connection.disconnect();
      }
    });
  jobs
    .command('retry')
    .description('put failed jobs back in their queue: all, one queue (--queue) or one job (--queue and --id)')
    .option('--queue <name>', 'only this queue')
    .option('--id <jobId>', 'only this job (with --queue)')
    .action(async (options: { queue?: string; id?: string }) => {
      const queue = queueOption.safeParse(options.queue);
      if (!queue.success) throw new UsageError(`--queue must be one of ${QUEUE_NAMES.join(', ')}`);
      if (options.id && !options.queue) throw new UsageError('--id needs --queue');
      const config = loadConfig();
      const connection = await connectRedis(config.REDIS_URL);
      const queues = createQueues({ connection, prefix: config.HABEAS_QUEUE_PREFIX });
      try {
        const retried = await retryFailedJobs(queues, { queue: queue.data as QueueName | undefined, id: options.id });
        process.stdout.write(`${retried} job(s) put back in their queue\n`);
      } finally {
        await closeQueues(queues);
        connection.disconnect();
      }
    });
}
