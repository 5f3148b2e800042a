// Reads what a digest needs from the store and composes it.
import { countPendingEvents, listConfirmedEvents, type Db } from '../store/index.ts';
import { composeDigest } from './compose.ts';
import type { Links } from './links.ts';
import type { Period } from './period.ts';
import type { Digest } from './types.ts';

export type DigestWatchlist = { id: number; name: string; people: { personId: number }[] };

export async function buildDigest(db: Db, input: { watchlist: DigestWatchlist | null; period: Period; links: Links; now?: Date }): Promise<Digest> {
  const events = await listConfirmedEvents(db, input.period);
  const pending = await countPendingEvents(db);
  return composeDigest({
    events,
    pending,
    period: input.period,
    links: input.links,
    now: input.now,
    watchlist: input.watchlist ? { id: input.watchlist.id, name: input.watchlist.name, personIds: input.watchlist.people.map((p) => p.personId) } : null,
  });
}
