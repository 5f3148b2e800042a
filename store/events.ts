import { foldName } from '../core/index.ts';
import type { Db } from './connect.ts';
import { parsePartialDate } from './dates.ts';
import { ConflictError, NotFoundError, StoreError, wrap } from './errors.ts';
import type { EventType, Prisma, ReviewAction } from './generated/client.ts';
import { ensurePerson } from './people.ts';

type Tx = Prisma.TransactionClient;

export const eventInclude = { people: { include: { person: true } } } as const;
export type EventWithPeople = Prisma.EventGetPayload<{ include: typeof eventInclude }>;

/** The reviewable slots of an event, as stored in the audit trail's before and after. */
export type EventSlots = {
  type: EventType;
  date: string | null;
  count: number | null;
  charges: string[];
  termMonths: number | null;
  people: string[];
};

export type EventEdits = Partial<EventSlots>;

export function slotsOf(event: EventWithPeople): EventSlots & { status: string } {
  return {
    type: event.type,
    date: event.date,
    count: event.count,
    charges: event.charges,
    termMonths: event.termMonths,
    people: event.people.map((link) => link.person.name).sort(),
    status: event.status,
  };
}

export function dateFields(date: string | null | undefined) {
  if (!date) return { date: null, datePrecision: null, dateStart: null };
  const parsed = parsePartialDate(date);
  if (!parsed) throw new StoreError(`store: ${JSON.stringify(date)} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  return { date, datePrecision: parsed.precision, dateStart: parsed.start };
}

async function setPeople(tx: Tx, eventId: number, names: string[]) {
  await tx.eventPerson.deleteMany({ where: { eventId } });
  for (const name of names) {
    const person = await ensurePerson(tx, name);
    await tx.eventPerson.upsert({
      where: { eventId_personId: { eventId, personId: person.id } },
      create: { eventId, personId: person.id },
      update: {},
    });
  }
}

/**
 * Recounts the independent sources of events, in one statement: syndicated copies (the same
 * text hash) of a story count once, and an event counts at least one.
 */
export async function refreshCorroboration(tx: Tx, ...eventIds: number[]) {
  if (!eventIds.length) return;
  await tx.$executeRaw`
    update "Event" e set "updatedAt" = (now() at time zone 'utc'), corroboration = greatest(1, (
      select count(distinct coalesce(a."contentHash", 'article:' || a.id))::int
      from "Candidate" c join "Article" a on a.id = c."articleId" where c."eventId" = e.id))
    where e.id = any(${eventIds}::int[])`;
}

type Decision = {
  eventId: number;
  userId: number | null;
  /** The version the reviewer saw; a stale one is refused (someone else decided first). */
  expectedVersion?: number;
};

async function loadForDecision(tx: Tx, decision: Decision) {
  // Lock the row first: two reviewers deciding at once must not both pass the version check.
  await tx.$queryRaw`select id from "Event" where id = ${decision.eventId} for update`;
  const event = await tx.event.findUnique({ where: { id: decision.eventId }, include: eventInclude });
  if (!event) throw new NotFoundError(`store: event ${decision.eventId} does not exist`);
  if (decision.expectedVersion !== undefined && event.version !== decision.expectedVersion) {
    throw new ConflictError(`store: event ${decision.eventId} changed since it was opened (version ${event.version}, not ${decision.expectedVersion}); reload it`);
  }
  return event;
}

async function applyEdits(tx: Tx, event: EventWithPeople, edits: EventEdits) {
  await tx.event.update({
    where: { id: event.id },
    data: {
      ...(edits.type !== undefined ? { type: edits.type } : {}),
      ...(edits.date !== undefined ? dateFields(edits.date) : {}),
      ...(edits.count !== undefined ? { count: edits.count } : {}),
      ...(edits.charges !== undefined ? { charges: [...new Set(edits.charges)].sort() } : {}),
      ...(edits.termMonths !== undefined ? { termMonths: edits.termMonths } : {}),
    },
  });
  if (edits.people !== undefined) await setPeople(tx, event.id, edits.people);
}

async function audit(tx: Tx, action: ReviewAction, eventId: number, userId: number | null, before: object, after: object, reason?: string) {
  await tx.reviewDecision.create({
    data: { action, eventId, userId, before: before as Prisma.InputJsonValue, after: after as Prisma.InputJsonValue, reason: reason ?? null },
  });
}

async function decide(db: Db, what: string, decision: Decision, work: (tx: Tx, event: EventWithPeople) => Promise<void>) {
  try {
    return await db.$transaction(async (tx) => {
      const event = await loadForDecision(tx, decision);
      await work(tx, event);
      return tx.event.findUniqueOrThrow({ where: { id: event.id }, include: eventInclude });
    });
  } catch (cause) {
    throw wrap(`${what} event ${decision.eventId}`, cause);
  }
}

/** Edits a pending event's slots, with its audit row, in one transaction. */
export function editEvent(db: Db, decision: Decision & { edits: EventEdits }) {
  return decide(db, 'edit', decision, async (tx, event) => {
    if (event.status !== 'PENDING') throw new ConflictError(`store: event ${event.id} is ${event.status.toLowerCase()}; reopen it to edit`);
    await applyEdits(tx, event, decision.edits);
    const after = await tx.event.update({ where: { id: event.id }, data: { version: { increment: 1 } }, include: eventInclude });
    await audit(tx, 'EDIT', event.id, decision.userId, slotsOf(event), slotsOf(after));
  });
}

/** Confirms a pending event, optionally after edits; every change and its audit rows commit together. */
export function confirmEvent(db: Db, decision: Decision & { edits?: EventEdits }) {
  return decide(db, 'confirm', decision, async (tx, event) => {
    if (event.status !== 'PENDING') throw new ConflictError(`store: event ${event.id} is ${event.status.toLowerCase()}, not pending`);
    let current = event;
    if (decision.edits && Object.keys(decision.edits).length) {
      await applyEdits(tx, event, decision.edits);
      current = await tx.event.findUniqueOrThrow({ where: { id: event.id }, include: eventInclude });
      await audit(tx, 'EDIT', event.id, decision.userId, slotsOf(event), slotsOf(current));
    }
    const after = await tx.event.update({
      where: { id: event.id },
      data: { status: 'CONFIRMED', decidedAt: new Date(), decidedById: decision.userId, version: { increment: 1 } },
      include: eventInclude,
    });
    await audit(tx, 'CONFIRM', event.id, decision.userId, slotsOf(current), slotsOf(after));
  });
}

/** Rejects a pending event with a reason, with its audit row, in one transaction. */
export function rejectEvent(db: Db, decision: Decision & { reason: string }) {
  if (!decision.reason.trim()) throw new StoreError('store: a rejection needs a reason');
  return decide(db, 'reject', decision, async (tx, event) => {
    if (event.status !== 'PENDING') throw new ConflictError(`store: event ${event.id} is ${event.status.toLowerCase()}, not pending`);
    const after = await tx.event.update({
      where: { id: event.id },
      data: { status: 'REJECTED', rejectReason: decision.reason, decidedAt: new Date(), decidedById: decision.userId, version: { increment: 1 } },
      include: eventInclude,
    });
    await audit(tx, 'REJECT', event.id, decision.userId, slotsOf(event), slotsOf(after), decision.reason);
  });
}

/** Puts a decided event back in the inbox, with its audit row. */
export function reopenEvent(db: Db, decision: Decision & { reason?: string }) {
  return decide(db, 'reopen', decision, async (tx, event) => {
    if (event.status === 'PENDING' || event.status === 'MERGED') throw new ConflictError(`store: event ${event.id} is ${event.status.toLowerCase()}; only confirmed or rejected events reopen`);
    const after = await tx.event.update({
      where: { id: event.id },
      data: { status: 'PENDING', rejectReason: null, decidedAt: null, decidedById: null, version: { increment: 1 } },
      include: eventInclude,
    });
    await audit(tx, 'REOPEN', event.id, decision.userId, slotsOf(event), slotsOf(after), decision.reason);
  });
}

export async function getEvent(db: Db, eventId: number) {
  try {
    const event = await db.event.findUnique({
      where: { id: eventId },
      include: {
        ...eventInclude,
        candidates: { include: { article: { include: { outlet: true } } }, orderBy: { id: 'asc' } },
        decisions: { include: { user: { select: { id: true, email: true, name: true } } }, orderBy: { id: 'asc' } },
      },
    });
    if (!event) throw new NotFoundError(`store: event ${eventId} does not exist`);
    return event;
  } catch (cause) {
    throw wrap(`read event ${eventId}`, cause);
  }
}
