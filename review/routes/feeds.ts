// The digest's Atom feed. A watchlist's feed (/watchlists/N/digest.atom?token=…) is public
// to whoever holds its secret token, because a feed reader cannot sign in; the general feed
// (/digest.atom) needs a session like every page. Both are the digest's own composer and
// Atom writer over the last FEED_DAYS days of confirmations.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { buildFeed, feedTokenHash, reviewLinks } from '../../digest/index.ts';
import { findWatchlistByFeedToken } from '../../store/index.ts';
import type { Deps } from '../context.ts';

const ATOM = 'application/atom+xml; charset=utf-8';

function refuse(reply: FastifyReply, status: number, message: string) {
  // Plain text: a feed reader shows it as the feed's error.
  return reply.code(status).type('text/plain; charset=utf-8').header('cache-control', 'no-store').send(`${message}\n`);
}

export function registerFeeds(app: FastifyInstance, deps: Deps): void {
  const links = reviewLinks(deps.settings.publicUrl);

  app.get('/digest.atom', { config: { access: 'VIEWER' } }, async (_request, reply) => {
    const feed = await buildFeed(deps.db, { watchlist: null, links });
    return reply.type(ATOM).header('cache-control', 'private, no-store').send(feed);
  });

  app.get('/watchlists/:id/digest.atom', { config: { access: 'public' } }, async (request, reply) => {
    const id = Number((request.params as { id: string }).id);
    const token = (request.query as { token?: unknown }).token;
    if (!Number.isSafeInteger(id) || id <= 0) return refuse(reply, 404, 'There is no such feed.');
    if (typeof token !== 'string' || !token) return refuse(reply, 401, 'This feed needs its token: ask an admin for the address (habeas watchlist feed NAME).');
    // Looked up by the token's hash: the stored value is not the secret, so the look-up's
    // timing tells an attacker nothing they could use to guess a token.
    const watchlist = await findWatchlistByFeedToken(deps.db, feedTokenHash(token));
    // One answer for a wrong token and a token of another watchlist: neither says which exist.
    if (!watchlist || watchlist.id !== id) return refuse(reply, 403, 'The token of this feed is wrong or was replaced: ask an admin for the new address.');
    const feed = await buildFeed(deps.db, { watchlist, links });
    return reply.type(ATOM).header('cache-control', 'private, max-age=300').send(feed);
  });
}
