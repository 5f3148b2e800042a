// The reviewers' inbox: events in review order (most corroborated, then newest), filtered
// by type, outlet, person, date range and watchlist, in pages; counts per status.
import type { Db } from './connect.ts';
import { wrap } from './errors.ts';
import type { EventStatus, EventType, Prisma } from './generated/client.ts';

export type InboxFilter = {
  type?: EventType;
  outletId?: string;
  /** Events naming any of these people (a name search resolves to ids first). */
  personIds?: number[];
  watchlistId?: number;
  /** Event dates from the first day of `from` up to (not including) `until`. */
  from?: Date;
  until?: Date;
};

export type InboxQuery = InboxFilter & { status: EventStatus; page: number; pageSize: number };

/** Review order: the tuple every list and every next/previous link sorts by. */
export const inboxOrder: Prisma.EventOrderByWithRelationInput[] = [{ corroboration: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }];

export function inboxWhere(filter: InboxFilter): Prisma.EventWhereInput {
  const and: Prisma.EventWhereInput[] = [];
  if (filter.type) and.push({ type: filter.type });
  if (filter.outletId) and.push({ candidates: { some: { article: { outletId: filter.outletId } } } });
  if (filter.personIds) and.push({ people: { some: { personId: { in: filter.personIds } } } });
  if (filter.watchlistId !== undefined) and.push({ people: { some: { person: { watchlists: { some: { watchlistId: filter.watchlistId } } } } } });
  if (filter.from || filter.until) and.push({ dateStart: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.until ? { lt: filter.until } : {}) } });
  return and.length ? { AND: and } : {};
}

const rowInclude = {
  people: { include: { person: { select: { id: true, name: true } } } },
  candidates: {
    where: { supersededAt: null },
    orderBy: { id: 'asc' },
    take: 1,
    select: { evidence: true, ruleIds: true, article: { select: { id: true, title: true, publishedAt: true, outlet: { select: { id: true, name: true } } } } },
  },
  _count: { select: { candidates: true } },
} satisfies Prisma.EventInclude;

export type InboxRow = Prisma.EventGetPayload<{ include: typeof rowInclude }>;

export async function listInboxEvents(db: Db, query: InboxQuery): Promise<{ rows: InboxRow[]; total: number }> {
  const where = { ...inboxWhere(query), status: query.status };
  try {
    const [rows, total] = await db.$transaction([
      db.event.findMany({ where, include: rowInclude, orderBy: inboxOrder, skip: (query.page - 1) * query.pageSize, take: query.pageSize }),
      db.event.count({ where }),
    ]);
    return { rows, total };
  } catch (cause) {
    throw wrap('list the inbox', cause);
  }
}

/** How many events of each status match the filter (the inbox's tabs). */
export async function countEventsByStatus(db: Db, filter: InboxFilter = {}): Promise<Record<EventStatus, number>> {
  try {
    const groups = await db.event.groupBy({ by: ['status'], where: inboxWhere(filter), _count: { _all: true } });
    const counts: Record<EventStatus, number> = { PENDING: 0, CONFIRMED: 0, REJECTED: 0, MERGED: 0 };
    for (const group of groups) counts[group.status] = group._count._all;
    return counts;
  } catch (cause) {
    throw wrap('count events by status', cause);
  }
}

/** What the inbox's filter form offers: outlets and watchlists. */
export async function listInboxFacets(db: Db) {
  try {
    const outlets = await db.outlet.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' } });
    const watchlists = await db.watchlist.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' } });
    return { outlets, watchlists };
  } catch (cause) {
    throw wrap('list outlets and watchlists', cause);
  }
}

/**
 * The events just before and after one in review order, among events of the same status
 * matching the filter: the event page's previous / next (j / k).
 */
export async function findAdjacentEvents(db: Db, eventId: number, filter: InboxFilter & { status: EventStatus }) {
  try {
    const event = await db.event.findUnique({ where: { id: eventId }, select: { id: true, corroboration: true, createdAt: true } });
    if (!event) return { previous: null, next: null };
    const base = { ...inboxWhere(filter), status: filter.status, id: { not: event.id } };
    const { corroboration: c, createdAt: t, id } = event;
    const after: Prisma.EventWhereInput = {
      OR: [{ corroboration: { lt: c } }, { corroboration: c, createdAt: { lt: t } }, { corroboration: c, createdAt: t, id: { lt: id } }],
    };
    const before: Prisma.EventWhereInput = {
      OR: [{ corroboration: { gt: c } }, { corroboration: c, createdAt: { gt: t } }, { corroboration: c, createdAt: t, id: { gt: id } }],
    };
    const next = await db.event.findFirst({ where: { ...base, ...after }, orderBy: inboxOrder, select: { id: true } });
    const previous = await db.event.findFirst({
      where: { ...base, ...before },
      orderBy: [{ corroboration: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
      select: { id: true },
    });
    return { previous: previous?.id ?? null, next: next?.id ?? null };
  } catch (cause) {
    throw wrap(`find the events next to event ${eventId}`, cause);
  }
}
