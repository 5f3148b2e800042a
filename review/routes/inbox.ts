import type { FastifyInstance } from 'fastify';
import { countEventsByStatus, listInboxEvents, listInboxFacets } from '../../store/index.ts';
import type { Deps } from '../context.ts';
import { inboxPage } from '../views/inbox.ts';
import { parseInboxQuery } from './inbox-query.ts';
import { noticeOf } from './notices.ts';

export const PAGE_SIZE = 25;

export function registerInbox(app: FastifyInstance, deps: Deps): void {
  app.get('/', { config: { access: 'public' } }, async (request, reply) => reply.redirect(request.auth ? '/inbox' : '/login', 303));

  app.get('/inbox', { config: { access: 'VIEWER' } }, async (request, reply) => {
    const parsed = await parseInboxQuery(deps.db, request.query, { strict: false });
    const [{ rows, total }, counts, facets] = await Promise.all([
      listInboxEvents(deps.db, { ...parsed.filter, status: parsed.status, page: parsed.page, pageSize: PAGE_SIZE }),
      countEventsByStatus(deps.db, parsed.filter),
      listInboxFacets(deps.db),
    ]);
    const p = parsed.params;
    const html = inboxPage({
      auth: request.auth!,
      rows,
      total,
      counts,
      facets,
      filter: { status: parsed.status, type: p.type, outlet: p.outlet, person: p.person, personId: p.personId, watchlist: p.watchlist, from: p.from, to: p.to },
      page: parsed.page,
      pageSize: PAGE_SIZE,
      errors: parsed.errors,
      notice: noticeOf((request.query as { done?: string }).done),
    });
    return reply.type('text/html; charset=utf-8').send(html.value);
  });
}
