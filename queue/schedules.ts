// Repeatable work: one discover schedule per outlet at its interval, and a re-extract run
// whenever the extractor's version differs from the one recorded in Redis.
import type { Redis } from 'ioredis';
import { digestJob, discoverJob, reextractJob } from './jobs.ts';
import { enqueue, type Queues } from './queues.ts';

export type ScheduledOutlet = { id: string; everyMinutes: number; enabled?: boolean };

/** Creates or updates each outlet's discover schedule and removes those of outlets gone. */
export async function syncDiscoverSchedules(queues: Queues, outlets: ScheduledOutlet[]): Promise<void> {
  const wanted = new Set<string>();
  for (const outlet of outlets) {
    if (outlet.enabled === false) continue;
    const schedulerId = `discover-${outlet.id}`;
    wanted.add(schedulerId);
    await queues.discover.upsertJobScheduler(
      schedulerId,
      { every: Math.max(1, outlet.everyMinutes) * 60_000, immediately: true },
      // The runId is filled per run from the scheduler's iteration (see discover worker).
      { name: discoverJob.name, data: { v: 1, outletId: outlet.id, runId: 'scheduled' } },
    );
  }
  for (const scheduler of await queues.discover.getJobSchedulers(0, -1)) {
    if (scheduler.key && !wanted.has(scheduler.key)) await queues.discover.removeJobScheduler(scheduler.key);
  }
}

export const DIGEST_SCHEDULER_ID = 'digest-daily';

/**
 * Creates or updates the digest's schedule (a cron pattern, read in UTC), or removes it when
 * there is none (no mail server, or switched off).
 */
export async function syncDigestSchedule(queues: Queues, pattern: string | null): Promise<void> {
  if (!pattern) {
    await queues.maintenance.removeJobScheduler(DIGEST_SCHEDULER_ID);
    return;
  }
  await queues.maintenance.upsertJobScheduler(
    DIGEST_SCHEDULER_ID,
    { pattern, tz: 'UTC' },
    { name: digestJob.name, data: { v: 1, runId: 'scheduled' }, opts: { attempts: 1 } },
  );
}

/** The digest's schedule as it stands in Redis: its pattern and next run, or null when there is none. */
export async function digestSchedule(queues: Queues): Promise<{ pattern: string; next: Date | null } | null> {
  const scheduler = await queues.maintenance.getJobScheduler(DIGEST_SCHEDULER_ID);
  if (!scheduler?.pattern) return null;
  return { pattern: scheduler.pattern, next: scheduler.next ? new Date(scheduler.next) : null };
}

/**
 * Queues a re-extract of the stored corpus when this process's extractor version is new
 * to this Redis. The version is remembered only after the job is queued, so a crash in
 * between queues it again (its job id makes that a no-op).
 */
export async function scheduleReextractIfVersionChanged(queues: Queues, redis: Redis, prefix: string, version: string): Promise<boolean> {
  const key = `${prefix}:habeas:extractor-version`;
  if ((await redis.get(key)) === version) return false;
  await enqueue(queues, reextractJob, { v: 1, extractorVersion: version });
  await redis.set(key, version);
  return true;
}
