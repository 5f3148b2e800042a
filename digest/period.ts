// Which confirmations a digest covers, and the key that makes each period go out once.
// Periods are half-open, [start, end): the next running period starts where the last sent
// one ended, so no confirmation is skipped or listed twice.
import { createHash } from 'node:crypto';

export type Period = { start: Date; end: Date };

export const DAY_MS = 24 * 3600_000;

/**
 * A confirmation is stamped before its transaction commits, so the newest ones may not be
 * visible yet; a period ends this long before now, and they wait for the next digest.
 */
export const SETTLE_MS = 60_000;

export type PeriodRequest = {
  now: Date;
  /** Set by --since / --until: an explicit period, sent once as asked. */
  since?: Date | undefined;
  until?: Date | undefined;
  /** Where the last sent running digest of this watchlist ended. */
  lastSentEnd?: Date | null | undefined;
  /** How far before now a period ends (default SETTLE_MS). */
  settleMs?: number | undefined;
};

export function resolvePeriod(request: PeriodRequest): Period & { explicit: boolean } {
  const settled = new Date(request.now.getTime() - (request.settleMs ?? SETTLE_MS));
  if (request.since || request.until) {
    const end = request.until ?? settled;
    const start = request.since ?? new Date(end.getTime() - DAY_MS);
    if (start >= end) throw new RangeError(`the period must start before it ends (${start.toISOString()} is not before ${end.toISOString()})`);
    return { start, end, explicit: true };
  }
  const start = request.lastSentEnd ?? new Date(settled.getTime() - DAY_MS);
  // A digest sent less than a minute ago leaves nothing settled to send: an empty period.
  return { start, end: settled > start ? settled : start, explicit: false };
}

/**
 * One key per watchlist and period. A running period is keyed by its start alone, so two
 * senders racing from the same last digest claim the same key and only one sends; an
 * explicit period by both ends.
 */
export function deliveryKey(watchlistId: number, period: Period & { explicit: boolean }): string {
  return period.explicit
    ? `watchlist:${watchlistId}:${period.start.toISOString()}/${period.end.toISOString()}`
    : `watchlist:${watchlistId}:${period.start.toISOString()}`;
}

/** The Message-ID of every attempt at one key: a mail system that got it once drops a repeat. */
export function deliveryMessageId(key: string, domain = 'habeas.invalid'): string {
  return `<digest-${createHash('sha256').update(key).digest('hex').slice(0, 32)}@${domain}>`;
}
