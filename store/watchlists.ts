// Watchlists: the people a monitor follows, and where their digest goes. Names are how
// people refer to a watchlist (`habeas digest --watchlist NAME`), so they are unique,
// compared without regard to case.
import type { Db } from './connect.ts';
import { ConflictError, NotFoundError, wrap } from './errors.ts';

const withPeople = { people: { include: { person: { include: { aliases: true } } }, orderBy: { personId: 'asc' } } } as const;

/** Creates a watchlist; a second one with the same name (in any case) is refused. */
export async function createWatchlist(db: Db, input: { name: string; email?: string | null; ownerId?: number | null }) {
  const name = input.name.trim();
  try {
    return await db.$transaction(async (tx) => {
      // Serialise creators, so two at once cannot both find the name free.
      await tx.$executeRaw`select pg_advisory_xact_lock(hashtext('watchlist-names')::bigint)`;
      const clash = await tx.watchlist.findFirst({ where: { name: { equals: name, mode: 'insensitive' } } });
      if (clash) throw new ConflictError(`store: a watchlist named ${JSON.stringify(clash.name)} exists already`);
      return tx.watchlist.create({ data: { name, email: input.email ?? null, ownerId: input.ownerId ?? null }, include: withPeople });
    });
  } catch (cause) {
    throw wrap(`create watchlist ${JSON.stringify(name)}`, cause);
  }
}

/** The watchlist of that name (any case) with its people, or a NotFoundError. */
export async function getWatchlistByName(db: Db, name: string) {
  try {
    const watchlist = await db.watchlist.findFirst({ where: { name: { equals: name.trim(), mode: 'insensitive' } }, include: withPeople });
    if (!watchlist) throw new NotFoundError(`store: there is no watchlist named ${JSON.stringify(name)}`);
    return watchlist;
  } catch (cause) {
    throw wrap(`read watchlist ${JSON.stringify(name)}`, cause);
  }
}

export async function listWatchlists(db: Db) {
  try {
    return await db.watchlist.findMany({ include: withPeople, orderBy: { name: 'asc' } });
  } catch (cause) {
    throw wrap('list watchlists', cause);
  }
}

/** Changes where a watchlist's digest goes. */
export async function updateWatchlistEmail(db: Db, watchlistId: number, email: string | null) {
  try {
    return await db.watchlist.update({ where: { id: watchlistId }, data: { email }, include: withPeople });
  } catch (cause) {
    throw wrap(`change the e-mail of watchlist ${watchlistId}`, cause);
  }
}

/** Removes a watchlist. Its sent digests stay on record, under the watchlist's name. */
export async function deleteWatchlist(db: Db, watchlistId: number) {
  try {
    await db.watchlist.delete({ where: { id: watchlistId } });
  } catch (cause) {
    throw wrap(`remove watchlist ${watchlistId}`, cause);
  }
}

/** Adds a person to a watchlist; adding one already on it changes nothing. */
export async function addWatchlistPerson(db: Db, watchlistId: number, personId: number) {
  try {
    const existing = await db.watchlistPerson.findUnique({ where: { watchlistId_personId: { watchlistId, personId } } });
    if (existing) return { added: false };
    await db.watchlistPerson.upsert({ where: { watchlistId_personId: { watchlistId, personId } }, create: { watchlistId, personId }, update: {} });
    return { added: true };
  } catch (cause) {
    throw wrap(`add person ${personId} to watchlist ${watchlistId}`, cause);
  }
}

export async function removeWatchlistPerson(db: Db, watchlistId: number, personId: number) {
  try {
    const { count } = await db.watchlistPerson.deleteMany({ where: { watchlistId, personId } });
    return { removed: count > 0 };
  } catch (cause) {
    throw wrap(`remove person ${personId} from watchlist ${watchlistId}`, cause);
  }
}

/**
 * A person by id with their aliases, or null (for `watchlist add-person --person-id`).
 * Here rather than in people.ts while the review app's branch edits that file.
 */
export async function findPersonById(db: Db, personId: number) {
  try {
    return await db.person.findUnique({ where: { id: personId }, include: { aliases: true } });
  } catch (cause) {
    throw wrap(`read person ${personId}`, cause);
  }
}

/**
 * Sets (or, with null, revokes) the hash of a watchlist's feed token. A new hash replaces the
 * old one, so rotating a token ends the old feed address at once.
 */
export async function setWatchlistFeedToken(db: Db, watchlistId: number, tokenHash: string | null, at = new Date()) {
  try {
    return await db.watchlist.update({ where: { id: watchlistId }, data: { feedTokenHash: tokenHash, feedTokenAt: tokenHash ? at : null }, include: withPeople });
  } catch (cause) {
    throw wrap(`set the feed token of watchlist ${watchlistId}`, cause);
  }
}

/** The watchlist whose feed token has this hash, with its people, or null. */
export async function findWatchlistByFeedToken(db: Db, tokenHash: string) {
  try {
    return await db.watchlist.findUnique({ where: { feedTokenHash: tokenHash }, include: withPeople });
  } catch (cause) {
    throw wrap('look up a watchlist by its feed token', cause);
  }
}
