// What the digest reads (confirmed events of a period, the review backlog) and what it
// records (DigestDelivery: one row per watchlist and period, claimed before sending).
import type { Db } from './connect.ts';
import { wrap } from './errors.ts';
import type { DigestDelivery, Prisma } from './generated/client.ts';
import { mergedEventIds } from './exports.ts';

export type Period = { start: Date; end: Date };

const digestInclude = {
  people: { include: { person: { select: { id: true, name: true } } } },
  candidates: {
    select: {
      articleId: true,
      article: {
        select: {
          id: true, canonicalUrl: true, title: true, publishedAt: true,
          outlet: { select: { id: true, name: true } },
          snapshots: { select: { id: true, fetchedAt: true }, orderBy: { fetchedAt: 'desc' } },
        },
      },
    },
    orderBy: { id: 'asc' },
  },
} as const satisfies Prisma.EventInclude;

export type DigestEventRow = Prisma.EventGetPayload<{ include: typeof digestInclude }>;

/**
 * Events confirmed in [start, end), with their people and source articles. Sources of
 * events merged into one count as its sources (the merge folded their reports together).
 */
export async function listConfirmedEvents(db: Db, period: Period): Promise<DigestEventRow[]> {
  try {
    const events = await db.event.findMany({
      where: { status: 'CONFIRMED', decidedAt: { gte: period.start, lt: period.end } },
      include: digestInclude,
      orderBy: { id: 'asc' },
    });
    for (const event of events) {
      const merged = (await mergedEventIds(db, event.id)).filter((id) => id !== event.id);
      if (!merged.length) continue;
      const extra = await db.candidate.findMany({ where: { eventId: { in: merged } }, select: digestInclude.candidates.select, orderBy: { id: 'asc' } });
      event.candidates.push(...extra);
    }
    return events;
  } catch (cause) {
    throw wrap(`list the events confirmed from ${period.start.toISOString()} to ${period.end.toISOString()}`, cause);
  }
}

/** Events still waiting for a reviewer: the digest says how many, never what. */
export async function countPendingEvents(db: Db): Promise<number> {
  try {
    return await db.event.count({ where: { status: 'PENDING' } });
  } catch (cause) {
    throw wrap('count the events awaiting review', cause);
  }
}

/** The running (not --since) delivery of a watchlist that ended last and was sent. */
export async function findLastSentDelivery(db: Db, watchlistId: number) {
  try {
    return await db.digestDelivery.findFirst({ where: { watchlistId, explicit: false, status: 'SENT' }, orderBy: { periodEnd: 'desc' } });
  } catch (cause) {
    throw wrap(`read the last digest sent to watchlist ${watchlistId}`, cause);
  }
}

/** The oldest running delivery of a watchlist that was started and not sent: it goes first. */
export async function findUnsentDelivery(db: Db, watchlistId: number) {
  try {
    return await db.digestDelivery.findFirst({ where: { watchlistId, explicit: false, status: { not: 'SENT' } }, orderBy: { periodStart: 'asc' } });
  } catch (cause) {
    throw wrap(`read the unsent digests of watchlist ${watchlistId}`, cause);
  }
}

export type DeliveryClaim = {
  idempotencyKey: string;
  watchlistId: number;
  watchlistName: string;
  period: Period;
  explicit: boolean;
  messageId: string;
  /** How long the claim holds before another sender may take a stalled delivery over. */
  leaseMs: number;
  now?: Date;
};

export type ClaimResult =
  | { state: 'claimed'; delivery: DigestDelivery }
  | { state: 'sent'; delivery: DigestDelivery }
  | { state: 'busy'; delivery: DigestDelivery };

/**
 * Claims the delivery of one key before anything is sent: creates it, or takes over one
 * that failed or whose sender stopped (lease run out). A key already sent, or held by a
 * live sender, is not claimed: that is what keeps a digest from going out twice.
 */
export async function claimDelivery(db: Db, claim: DeliveryClaim): Promise<ClaimResult> {
  const now = claim.now ?? new Date();
  const leaseUntil = new Date(now.getTime() + claim.leaseMs);
  try {
    return await db.$transaction(async (tx) => {
      await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`digest:${claim.idempotencyKey}`})::bigint)`;
      const existing = await tx.digestDelivery.findUnique({ where: { idempotencyKey: claim.idempotencyKey } });
      if (existing?.status === 'SENT') return { state: 'sent', delivery: existing };
      if (existing?.status === 'SENDING' && existing.leaseUntil && existing.leaseUntil > now) return { state: 'busy', delivery: existing };
      const delivery = existing
        ? await tx.digestDelivery.update({ where: { id: existing.id }, data: { status: 'SENDING', leaseUntil, watchlistName: claim.watchlistName } })
        : await tx.digestDelivery.create({
            data: {
              idempotencyKey: claim.idempotencyKey,
              watchlistId: claim.watchlistId,
              watchlistName: claim.watchlistName,
              periodStart: claim.period.start,
              periodEnd: claim.period.end,
              explicit: claim.explicit,
              status: 'SENDING',
              leaseUntil,
              messageId: claim.messageId,
            },
          });
      return { state: 'claimed', delivery };
    });
  } catch (cause) {
    throw wrap(`claim digest ${claim.idempotencyKey}`, cause);
  }
}

export type SentDigest = { recipients: string[]; subject: string; eventIds: number[]; pendingCount: number; attempts: number; sentAt?: Date };

/** Records what went out: to whom, which events, after how many attempts. */
export async function markDeliverySent(db: Db, deliveryId: number, sent: SentDigest) {
  try {
    return await db.digestDelivery.update({
      where: { id: deliveryId },
      data: {
        status: 'SENT',
        leaseUntil: null,
        lastError: null,
        recipients: sent.recipients,
        subject: sent.subject,
        eventIds: sent.eventIds,
        pendingCount: sent.pendingCount,
        attempts: { increment: sent.attempts },
        sentAt: sent.sentAt ?? new Date(),
      },
    });
  } catch (cause) {
    throw wrap(`record digest delivery ${deliveryId} as sent`, cause);
  }
}

/** Records a failed delivery; the next run sends the same period again. */
export async function markDeliveryFailed(db: Db, deliveryId: number, failure: { error: string; attempts: number; recipients: string[] }) {
  try {
    return await db.digestDelivery.update({
      where: { id: deliveryId },
      data: { status: 'FAILED', leaseUntil: null, lastError: failure.error.slice(0, 2000), attempts: { increment: failure.attempts }, recipients: failure.recipients },
    });
  } catch (cause) {
    throw wrap(`record digest delivery ${deliveryId} as failed`, cause);
  }
}

/** The deliveries of one watchlist (or all), newest first. */
export async function listDeliveries(db: Db, options: { watchlistId?: number; take?: number } = {}) {
  try {
    return await db.digestDelivery.findMany({
      where: options.watchlistId !== undefined ? { watchlistId: options.watchlistId } : {},
      orderBy: [{ periodEnd: 'desc' }, { id: 'desc' }],
      take: options.take ?? 50,
    });
  } catch (cause) {
    throw wrap('list digest deliveries', cause);
  }
}
