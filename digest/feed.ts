// The digest as a feed a reader polls: the confirmations of the last FEED_DAYS days, newest
// entries kept by their event's id. A feed reader cannot sign in, so a watchlist's feed is
// opened by a secret token in its address; the store keeps only the token's sha256.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../store/index.ts';
import { buildDigest, type DigestWatchlist } from './build.ts';
import type { Links } from './links.ts';
import { DAY_MS } from './period.ts';
import { renderAtom } from './render/atom.ts';

/** How far back a feed reaches: long enough for a reader that polls weekly or is off a while. */
export const FEED_DAYS = 30;

export function feedTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new token (32 random bytes, URL-safe) and the hash to store. Show the token once. */
export function newFeedToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: feedTokenHash(token) };
}

/** The address to give a feed reader: the feed's own URL with the token. */
export function feedAddress(links: Links, watchlistId: number, token: string): string {
  const url = new URL(links.feed(watchlistId));
  url.searchParams.set('token', token);
  return url.href;
}

export async function buildFeed(db: Db, input: { watchlist: DigestWatchlist | null; links: Links; now?: Date; days?: number }): Promise<string> {
  const now = input.now ?? new Date();
  const period = { start: new Date(now.getTime() - (input.days ?? FEED_DAYS) * DAY_MS), end: now };
  return renderAtom(await buildDigest(db, { watchlist: input.watchlist, period, links: input.links, now }));
}
