import { foldName } from '../core/index.ts';
import type { Db } from './connect.ts';
import { datesCompatible, parsePartialDate } from './dates.ts';
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

/** Independent sources: syndicated copies (same text hash) of a story count once. */
export async function refreshCorroboration(tx: Tx, eventId: number) {
  const rows = await tx.candidate.findMany({
    where: { eventId },
    select: { articleId: true, article: { select: { contentHash: true } } },
  });
  const sources = new Set(rows.map((row) => row.article.contentHash ?? `article:${row.articleId}`));
  await tx.event.update({ where: { id: eventId }, data: { corroboration: Math.max(1, sources.size) } });
}

function matchScore(event: EventWithPeople, candidate: { people: string[]; count: number | null; date: string | null }): number {
  if (!datesCompatible(event.date, candidate.date)) return 0;
  if (event.count !== null && candidate.count !== null && event.count !== candidate.count) return 0;
  const folded = new Set(candidate.people.map(foldName));
  const shared = event.people.filter((link) => folded.has(link.person.folded)).length;
  if (shared > 0) return 10 + shared;
  if (candidate.people.length === 0 && event.people.length === 0) {
    if (candidate.count !== null && candidate.count === event.count) return 5 + (candidate.date && candidate.date === event.date ? 1 : 0);
    if (candidate.count === null && event.count === null && candidate.date && candidate.date === event.date) return 3;
  }
  return 0;
}

/**
 * Serialises the groupers that could open twin events or twin people, and only those (one
 * lock per event type made every grouper wait for every other: with two worker processes
 * grouping took 2.4 times as long per article, bench/pipeline.ts). Two candidates can join
 * one event only through a person they share, by a name that folds alike or a person both
 * names resolve to; candidates without people only by type. So a grouper locks each of its
 * folded names (which also keeps two groupers from creating one person twice), then each
 * person its names resolve to. Locks are taken in one order (names sorted by hash, then
 * person ids sorted), in two key spaces of their own, so groupers never deadlock.
 */
async function lockGrouping(tx: Tx, type: EventType, folded: string[]) {
  const names = [...new Set(folded.filter(Boolean))];
  if (!names.length) {
    await tx.$executeRaw`select pg_advisory_xact_lock(3, hashtext(${type}))`;
    return;
  }
  await tx.$queryRaw`select pg_advisory_xact_lock(1, h)::text from (select distinct hashtext(k) as h from unnest(${names}::text[]) as k order by 1) as keys`;
  await tx.$queryRaw`select pg_advisory_xact_lock(2, id)::text from (
    select distinct p.id from "Person" p left join "PersonAlias" a on a."personId" = p.id
    where p.folded = any(${names}::text[]) or a.folded = any(${names}::text[]) order by 1) as people`;
}

/**
 * Puts a candidate into the event it reports: an existing pending or confirmed event of the
 * same type that shares a person (or, with no people, the count or date), else a new
 * pending event. Idempotent: a candidate already grouped returns its event.
 */
export async function groupCandidate(db: Db, candidateId: number) {
  try {
    return await db.$transaction(async (tx) => {
      const candidate = await tx.candidate.findUnique({ where: { id: candidateId } });
      if (!candidate) throw new NotFoundError(`store: candidate ${candidateId} does not exist`);
      if (candidate.eventId !== null) return { eventId: candidate.eventId, created: false };
      const folded = candidate.people.map(foldName);
      await lockGrouping(tx, candidate.type, folded);
      const pool = await tx.event.findMany({
        where: {
          type: candidate.type,
          status: { in: ['PENDING', 'CONFIRMED'] },
          ...(folded.length
            ? { people: { some: { person: { OR: [{ folded: { in: folded } }, { aliases: { some: { folded: { in: folded } } } }] } } } }
            : { people: { none: {} } }),
        },
        include: eventInclude,
        orderBy: { id: 'asc' },
        take: 200,
      });
      const chosen = pool
        .map((event) => ({ event, score: matchScore(event, candidate) }))
        .filter((entry) => entry.score > 0)
        .sort((a, b) => b.score - a.score)[0]?.event;
      if (chosen) {
        // Groupers of other names may join the same event at once: take its row, then
        // merge into what it holds now, so that no one's charges or people are lost.
        await tx.$queryRaw`select id from "Event" where id = ${chosen.id} for update`;
        const best = await tx.event.findUniqueOrThrow({ where: { id: chosen.id }, include: eventInclude });
        await tx.candidate.update({ where: { id: candidateId }, data: { eventId: best.id } });
        if (best.status === 'PENDING') {
          // Fill what the event lacks; a reviewer settles real disagreements.
          const known = new Set(best.people.map((link) => link.person.folded));
          for (const name of candidate.people) {
            if (known.has(foldName(name))) continue;
            const person = await ensurePerson(tx, name);
            await tx.eventPerson.upsert({ where: { eventId_personId: { eventId: best.id, personId: person.id } }, create: { eventId: best.id, personId: person.id }, update: {} });
          }
          const date = best.date && (!candidate.date || best.date.length >= candidate.date.length) ? best.date : candidate.date;
          await tx.event.update({
            where: { id: best.id },
            data: {
              ...dateFields(date),
              count: best.count ?? candidate.count,
              termMonths: best.termMonths ?? candidate.termMonths,
              charges: [...new Set([...best.charges, ...candidate.charges])].sort(),
              confidence: Math.max(best.confidence ?? 0, candidate.confidence),
            },
          });
        }
        await refreshCorroboration(tx, best.id);
        return { eventId: best.id, created: false };
      }
      // A new event: its people in the same INSERT, and one source (this candidate's
      // article), so no corroboration count to refresh. Two names may fold to one person.
      const personIds = new Set<number>();
      for (const name of candidate.people) personIds.add((await ensurePerson(tx, name)).id);
      const event = await tx.event.create({
        data: {
          type: candidate.type,
          ...dateFields(candidate.date),
          count: candidate.count,
          charges: [...candidate.charges].sort(),
          termMonths: candidate.termMonths,
          confidence: candidate.confidence,
          corroboration: 1,
          people: { create: [...personIds].map((personId) => ({ personId })) },
        },
      });
      await tx.candidate.update({ where: { id: candidateId }, data: { eventId: event.id } });
      return { eventId: event.id, created: true };
    });
  } catch (cause) {
    throw wrap(`group candidate ${candidateId} into an event`, cause);
  }
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
