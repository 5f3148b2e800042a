// Reviewer decisions that regroup sources: merge two events, split one. Like every
// decision, each writes its ReviewDecision rows in the same transaction as the change,
// with row locks and optimistic locking on the versions the reviewer saw.
import type { Db } from './connect.ts';
import { ConflictError, NotFoundError, StoreError, wrap } from './errors.ts';
import { dateFields, eventInclude, refreshCorroboration, slotsOf, type EventWithPeople } from './events.ts';
import type { Prisma } from './generated/client.ts';

type Tx = Prisma.TransactionClient;

async function lockEvents(tx: Tx, ids: number[]) {
  // In id order, so two merges of the same pair cannot deadlock.
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  await tx.$queryRaw`select id from "Event" where id = any(${sorted}::int[]) order by id for update`;
}

async function loadEvent(tx: Tx, id: number, expectedVersion: number | undefined) {
  const event = await tx.event.findUnique({ where: { id }, include: { ...eventInclude, candidates: { select: { id: true }, orderBy: { id: 'asc' } } } });
  if (!event) throw new NotFoundError(`store: event ${id} does not exist`);
  if (expectedVersion !== undefined && event.version !== expectedVersion) {
    throw new ConflictError(`store: event ${id} changed since it was opened (version ${event.version}, not ${expectedVersion}); reload it`);
  }
  return event;
}

function snapshotOf(event: EventWithPeople & { candidates: { id: number }[] }) {
  return { ...slotsOf(event), candidateIds: event.candidates.map((c) => c.id) };
}

async function reload(tx: Tx, id: number) {
  return tx.event.findUniqueOrThrow({ where: { id }, include: { ...eventInclude, candidates: { select: { id: true }, orderBy: { id: 'asc' } } } });
}

async function audit(tx: Tx, action: 'MERGE' | 'SPLIT', eventId: number, userId: number | null, before: object | null, after: object, reason?: string | null) {
  await tx.reviewDecision.create({
    data: {
      action,
      eventId,
      userId,
      ...(before ? { before: before as Prisma.InputJsonValue } : {}),
      after: after as Prisma.InputJsonValue,
      reason: reason ?? null,
    },
  });
}

export type MergeInput = {
  /** The duplicate: its sources move and it becomes MERGED. */
  sourceId: number;
  /** The event kept. */
  targetId: number;
  userId: number | null;
  expectedVersion?: number;
  expectedTargetVersion?: number;
  reason?: string | null;
};

/**
 * Folds one event into another: every candidate (source article) moves to the target, the
 * target gains the people and charges it lacked and fills empty slots, and the source is
 * marked MERGED with a pointer to the target. Events merged earlier into the source follow it.
 */
export async function mergeEvents(db: Db, input: MergeInput) {
  if (input.sourceId === input.targetId) throw new StoreError('store: an event cannot be merged into itself');
  try {
    return await db.$transaction(async (tx) => {
      await lockEvents(tx, [input.sourceId, input.targetId]);
      const source = await loadEvent(tx, input.sourceId, input.expectedVersion);
      const target = await loadEvent(tx, input.targetId, input.expectedTargetVersion);
      for (const event of [source, target]) {
        if (event.status !== 'PENDING' && event.status !== 'CONFIRMED') {
          throw new ConflictError(`store: event ${event.id} is ${event.status.toLowerCase()}; only pending or confirmed events merge`);
        }
      }
      if (source.type !== target.type) {
        throw new StoreError(`store: event ${source.id} is ${source.type.toLowerCase()} and event ${target.id} ${target.type.toLowerCase()}: edit the type first, or they are different events`);
      }
      const before = { source: snapshotOf(source), target: snapshotOf(target) };
      await tx.candidate.updateMany({ where: { eventId: source.id }, data: { eventId: target.id } });
      const known = new Set(target.people.map((link) => link.personId));
      for (const link of source.people) {
        if (!known.has(link.personId)) await tx.eventPerson.create({ data: { eventId: target.id, personId: link.personId } });
      }
      const date = target.date && (!source.date || target.date.length >= source.date.length) ? target.date : source.date;
      await tx.event.update({
        where: { id: target.id },
        data: {
          ...dateFields(date),
          count: target.count ?? source.count,
          termMonths: target.termMonths ?? source.termMonths,
          charges: [...new Set([...target.charges, ...source.charges])].sort(),
          confidence: Math.max(target.confidence ?? 0, source.confidence ?? 0),
          version: { increment: 1 },
        },
      });
      await tx.event.updateMany({ where: { mergedIntoId: source.id }, data: { mergedIntoId: target.id } });
      await tx.event.update({
        where: { id: source.id },
        data: { status: 'MERGED', mergedIntoId: target.id, decidedAt: new Date(), decidedById: input.userId, version: { increment: 1 } },
      });
      await refreshCorroboration(tx, target.id);
      const targetAfter = await reload(tx, target.id);
      const sourceAfter = await reload(tx, source.id);
      await audit(tx, 'MERGE', source.id, input.userId, before.source, { ...snapshotOf(sourceAfter), mergedIntoId: target.id }, input.reason);
      await audit(tx, 'MERGE', target.id, input.userId, before.target, { ...snapshotOf(targetAfter), mergedFromId: source.id }, input.reason);
      return { source: sourceAfter, target: targetAfter };
    });
  } catch (cause) {
    throw wrap(`merge event ${input.sourceId} into event ${input.targetId}`, cause);
  }
}

export type SplitInput = {
  eventId: number;
  /** Candidates (source articles) that belong to the new event; at least one, not all. */
  candidateIds: number[];
  /** People who move with them (they leave the original event). */
  personIds: number[];
  userId: number | null;
  expectedVersion?: number;
  reason?: string | null;
};

function slotsFromCandidates(candidates: { date: string | null; count: number | null; termMonths: number | null; charges: string[]; confidence: number }[]) {
  const dates = candidates.map((c) => c.date).filter((d): d is string => Boolean(d)).sort((a, b) => b.length - a.length);
  return {
    ...dateFields(dates[0] ?? null),
    count: candidates.find((c) => c.count !== null)?.count ?? null,
    termMonths: candidates.find((c) => c.termMonths !== null)?.termMonths ?? null,
    charges: [...new Set(candidates.flatMap((c) => c.charges))].sort(),
    confidence: Math.max(0, ...candidates.map((c) => c.confidence)),
  };
}

/**
 * Moves chosen candidates and people of a wrongly grouped pending event into a new pending
 * event. The new event's date, count, term and charges come from the moved candidates; the
 * original keeps its slots for the reviewer to correct.
 */
export async function splitEvent(db: Db, input: SplitInput) {
  try {
    return await db.$transaction(async (tx) => {
      await lockEvents(tx, [input.eventId]);
      const event = await loadEvent(tx, input.eventId, input.expectedVersion);
      if (event.status !== 'PENDING') throw new ConflictError(`store: event ${event.id} is ${event.status.toLowerCase()}; reopen it to split it`);
      const own = new Set(event.candidates.map((c) => c.id));
      const moving = [...new Set(input.candidateIds)];
      const strangers = moving.filter((id) => !own.has(id));
      if (strangers.length) throw new StoreError(`store: candidate(s) ${strangers.join(', ')} are not sources of event ${event.id}`);
      if (!moving.length) throw new StoreError('store: a split moves at least one source article into the new event');
      if (moving.length === own.size) throw new StoreError('store: a split leaves at least one source article with the original event');
      const people = new Set(event.people.map((link) => link.personId));
      const movingPeople = [...new Set(input.personIds)];
      const unknown = movingPeople.filter((id) => !people.has(id));
      if (unknown.length) throw new StoreError(`store: person(s) ${unknown.join(', ')} are not in event ${event.id}`);

      const candidates = await tx.candidate.findMany({ where: { id: { in: moving } }, orderBy: { id: 'asc' } });
      const created = await tx.event.create({ data: { type: event.type, ...slotsFromCandidates(candidates) } });
      await tx.candidate.updateMany({ where: { id: { in: moving } }, data: { eventId: created.id } });
      if (movingPeople.length) {
        await tx.eventPerson.deleteMany({ where: { eventId: event.id, personId: { in: movingPeople } } });
        await tx.eventPerson.createMany({ data: movingPeople.map((personId) => ({ eventId: created.id, personId })) });
      }
      await tx.event.update({ where: { id: event.id }, data: { version: { increment: 1 } } });
      await refreshCorroboration(tx, event.id, created.id);
      const original = await reload(tx, event.id);
      const split = await reload(tx, created.id);
      await audit(tx, 'SPLIT', event.id, input.userId, snapshotOf(event), { ...snapshotOf(original), splitIntoId: created.id }, input.reason);
      await audit(tx, 'SPLIT', created.id, input.userId, null, { ...snapshotOf(split), splitFromId: event.id }, input.reason);
      return { original, created: split };
    });
  } catch (cause) {
    throw wrap(`split event ${input.eventId}`, cause);
  }
}

/** Other open events of the same type that share a person (or, with no people, the date): likely duplicates to merge. */
export async function listMergeSuggestions(db: Db, eventId: number, take = 8) {
  try {
    const event = await db.event.findUnique({ where: { id: eventId }, include: { people: true } });
    if (!event) return [];
    const personIds = event.people.map((link) => link.personId);
    const rows = await db.event.findMany({
      where: {
        id: { not: eventId },
        type: event.type,
        status: { in: ['PENDING', 'CONFIRMED'] },
        ...(personIds.length ? { people: { some: { personId: { in: personIds } } } } : event.date ? { date: event.date } : { id: -1 }),
      },
      include: { people: { include: { person: { select: { name: true } } } } },
      orderBy: { id: 'desc' },
      take,
    });
    return rows.map((row) => ({ id: row.id, date: row.date, status: row.status, version: row.version, people: row.people.map((link) => link.person.name) }));
  } catch (cause) {
    throw wrap(`suggest merges for event ${eventId}`, cause);
  }
}
