// Admins' view of the watchlists and their feed addresses: make a new secret address (shown
// once, in the answer to the POST, never in a URL the browser keeps) or revoke it.
import type { FastifyInstance } from 'fastify';
import { feedAddress, newFeedToken, reviewLinks } from '../../digest/index.ts';
import { listWatchlists, setWatchlistFeedToken } from '../../store/index.ts';
import type { Deps } from '../context.ts';
import { HttpError } from '../errors.ts';
import { watchlistsPage } from '../views/watchlists.ts';
import { noticeOf, withDone } from './notices.ts';

export function registerWatchlists(app: FastifyInstance, deps: Deps): void {
  const config = { access: 'ADMIN' as const };
  const links = reviewLinks(deps.settings.publicUrl);

  async function watchlistOf(raw: string) {
    const id = Number(raw);
    const found = (await listWatchlists(deps.db)).find((list) => list.id === id);
    if (!found) throw new HttpError(404, 'There is no such watchlist.');
    return found;
  }

  app.get('/admin/watchlists', { config }, async (request, reply) => {
    const notice = noticeOf((request.query as { done?: string }).done);
    return reply.type('text/html; charset=utf-8').send(watchlistsPage(request.auth!, await listWatchlists(deps.db), { notice }).value);
  });

  app.post('/admin/watchlists/:id/feed', { config }, async (request, reply) => {
    const list = await watchlistOf((request.params as { id: string }).id);
    const { token, hash } = newFeedToken();
    await setWatchlistFeedToken(deps.db, list.id, hash);
    const made = { watchlistId: list.id, address: feedAddress(links, list.id, token), replaced: Boolean(list.feedTokenHash) };
    // The address is a secret: shown in this answer only, and kept out of every cache.
    return reply.header('cache-control', 'no-store').type('text/html; charset=utf-8').send(watchlistsPage(request.auth!, await listWatchlists(deps.db), { made }).value);
  });

  app.post('/admin/watchlists/:id/feed/revoke', { config }, async (request, reply) => {
    const list = await watchlistOf((request.params as { id: string }).id);
    await setWatchlistFeedToken(deps.db, list.id, null);
    return reply.redirect(withDone('/admin/watchlists', 'feed-revoked', list.id), 303);
  });
}
