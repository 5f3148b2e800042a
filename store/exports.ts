// Source trails for archivists: every confirmed event with its people, every article that
// reported it, every snapshot of those pages, the evidence, and every decision taken on it.
import type { Db } from './connect.ts';
import { NotFoundError, wrap } from './errors.ts';
import type { Prisma } from './generated/client.ts';
import { snapshotBody } from './snapshots.ts';

type Reader = Pick<Db, 'event'>;

export type TrailFilter = {
  /** Confirmed at or after. */
  confirmedFrom?: Date | undefined;
  /** Confirmed before. */
  confirmedTo?: Date | undefined;
  eventId?: number | undefined;
};

const snapshotFields = {
  id: true, articleId: true, requestUrl: true, finalUrl: true, status: true, headers: true,
  contentType: true, size: true, sha256: true, fetchedAt: true,
} as const satisfies Prisma.SnapshotSelect;

const user = { select: { id: true, email: true, name: true } } as const;

const candidateInclude = {
  article: {
    select: {
      id: true, canonicalUrl: true, title: true, byline: true, publishedAt: true, publishedRaw: true,
      language: true, text: true, contentHash: true, discoveredAt: true,
      outlet: { select: { id: true, name: true, homepage: true } },
      snapshots: { select: snapshotFields, orderBy: { fetchedAt: 'asc' } },
    },
  },
} as const satisfies Prisma.CandidateInclude;

const trailInclude = {
  people: { include: { person: { include: { aliases: { orderBy: { id: 'asc' } } } } } },
  decidedBy: user,
  candidates: { include: candidateInclude, orderBy: { id: 'asc' } },
  decisions: { include: { user }, orderBy: { id: 'asc' } },
} as const satisfies Prisma.EventInclude;

type TrailEvent = Prisma.EventGetPayload<{ include: typeof trailInclude }>;
type MergedCandidate = Prisma.CandidateGetPayload<{ include: typeof candidateInclude }>;
type MergedDecision = Prisma.ReviewDecisionGetPayload<{ include: { user: typeof user } }>;

export type SourceTrailRow = TrailEvent & {
  /** Events folded into this one by a reviewer; their sources and decisions are included. */
  mergedFrom: number[];
  candidates: MergedCandidate[];
  decisions: MergedDecision[];
};

export type SnapshotMeta = Prisma.SnapshotGetPayload<{ select: typeof snapshotFields }>;

function whereOf(filter: TrailFilter): Prisma.EventWhereInput {
  return {
    status: 'CONFIRMED',
    ...(filter.eventId !== undefined ? { id: filter.eventId } : {}),
    ...(filter.confirmedFrom || filter.confirmedTo
      ? { decidedAt: { ...(filter.confirmedFrom ? { gte: filter.confirmedFrom } : {}), ...(filter.confirmedTo ? { lt: filter.confirmedTo } : {}) } }
      : {}),
  };
}

/** The event and every event merged into it, directly or through a chain of merges. */
export async function mergedEventIds(db: Reader, eventId: number): Promise<number[]> {
  const all = [eventId];
  let frontier = [eventId];
  while (frontier.length) {
    const rows = await db.event.findMany({ where: { mergedIntoId: { in: frontier }, status: 'MERGED' }, select: { id: true } });
    frontier = rows.map((row) => row.id).filter((id) => !all.includes(id));
    all.push(...frontier);
  }
  return all;
}

/** How many confirmed events the filter selects (for progress). */
export async function countSourceTrails(db: Db, filter: TrailFilter = {}): Promise<number> {
  try {
    return await db.event.count({ where: whereOf(filter) });
  } catch (cause) {
    throw wrap('count confirmed events', cause);
  }
}

/**
 * One page of source trails, by event id. Only confirmed events: nothing reaches the
 * record without a reviewer. Snapshots come without their bytes (readSnapshotBody).
 */
export async function listSourceTrails(db: Db, filter: TrailFilter = {}, page: { afterId?: number; take?: number } = {}): Promise<SourceTrailRow[]> {
  try {
    if (filter.eventId !== undefined) {
      const event = await db.event.findUnique({ where: { id: filter.eventId }, select: { status: true } });
      if (!event) throw new NotFoundError(`store: event ${filter.eventId} does not exist`);
      if (event.status !== 'CONFIRMED') throw new NotFoundError(`store: event ${filter.eventId} is ${event.status.toLowerCase()}; only confirmed events are exported`);
    }
    const events = await db.event.findMany({
      where: { ...whereOf(filter), id: { gt: page.afterId ?? 0, ...(filter.eventId !== undefined ? { equals: filter.eventId } : {}) } },
      include: trailInclude,
      orderBy: { id: 'asc' },
      take: page.take ?? 100,
    });
    const rows: SourceTrailRow[] = [];
    for (const event of events) {
      const merged = (await mergedEventIds(db, event.id)).filter((id) => id !== event.id);
      const candidates: MergedCandidate[] = [...event.candidates];
      const decisions: MergedDecision[] = [...event.decisions];
      if (merged.length) {
        candidates.push(...(await db.candidate.findMany({ where: { eventId: { in: merged } }, include: candidateInclude, orderBy: { id: 'asc' } })));
        decisions.push(...(await db.reviewDecision.findMany({ where: { eventId: { in: merged } }, include: { user }, orderBy: { id: 'asc' } })));
        decisions.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id);
      }
      rows.push({ ...event, mergedFrom: merged, candidates, decisions });
    }
    return rows;
  } catch (cause) {
    throw wrap(filter.eventId !== undefined ? `read the source trail of event ${filter.eventId}` : 'list source trails', cause);
  }
}

/** A snapshot's metadata and its raw bytes, decompressed. */
export async function readSnapshotBody(db: Db, snapshotId: number): Promise<{ snapshot: SnapshotMeta; raw: Buffer }> {
  try {
    const row = await db.snapshot.findUnique({ where: { id: snapshotId }, select: { ...snapshotFields, body: true } });
    if (!row) throw new NotFoundError(`store: snapshot ${snapshotId} does not exist`);
    const { body, ...snapshot } = row;
    return { snapshot, raw: snapshotBody({ body }) };
  } catch (cause) {
    throw wrap(`read snapshot ${snapshotId}`, cause);
  }
}
