// The people pages: a person with their spellings, and their timeline of confirmed events
// with the sources of each.
import { foldName } from '../core/index.ts';
import type { Db } from './connect.ts';
import { NotFoundError, wrap } from './errors.ts';

export async function getPerson(db: Db, id: number) {
  try {
    const person = await db.person.findUnique({
      where: { id },
      include: {
        aliases: { orderBy: { alias: 'asc' } },
        watchlists: { include: { watchlist: { select: { id: true, name: true } } } },
        _count: { select: { events: true } },
      },
    });
    if (!person) throw new NotFoundError(`store: person ${id} does not exist`);
    return person;
  } catch (cause) {
    throw wrap(`read person ${id}`, cause);
  }
}

/** Confirmed events of a person, oldest first (undated last), each with its source articles. */
export async function listPersonTimeline(db: Db, personId: number) {
  try {
    return await db.event.findMany({
      where: { status: 'CONFIRMED', people: { some: { personId } } },
      orderBy: [{ dateStart: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
      include: {
        people: { include: { person: { select: { id: true, name: true } } } },
        candidates: {
          select: { id: true, article: { select: { id: true, title: true, canonicalUrl: true, publishedAt: true, outlet: { select: { name: true } } } } },
          orderBy: { id: 'asc' },
        },
      },
    });
  } catch (cause) {
    throw wrap(`list the timeline of person ${personId}`, cause);
  }
}

/** Events of any status naming a person (the person page's "also in review" list). */
export async function listPersonEvents(db: Db, personId: number, take = 50) {
  try {
    return await db.event.findMany({
      where: { status: { in: ['PENDING', 'REJECTED'] }, people: { some: { personId } } },
      orderBy: { id: 'desc' },
      take,
      select: { id: true, type: true, date: true, status: true },
    });
  } catch (cause) {
    throw wrap(`list the events of person ${personId}`, cause);
  }
}

/**
 * People whose name or a spelling matches a query: the folded form of the whole query, or
 * a plain substring of the name, so "Ismailova" finds "Khadija Ismayilova".
 */
export async function searchPeople(db: Db, query: string, take = 50) {
  const folded = foldName(query);
  try {
    return await db.person.findMany({
      where: folded
        ? {
            OR: [
              { folded: { contains: folded } },
              { aliases: { some: { folded: { contains: folded } } } },
              { name: { contains: query.trim(), mode: 'insensitive' } },
            ],
          }
        : {},
      include: { aliases: { select: { alias: true } }, _count: { select: { events: true } } },
      orderBy: { name: 'asc' },
      take,
    });
  } catch (cause) {
    throw wrap(`search people for ${JSON.stringify(query)}`, cause);
  }
}
