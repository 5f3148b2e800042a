// The event page and its forms. Every form posts, then redirects (303) on success; a
// validation error or a lost race renders the page again with the message in place.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { findAdjacentEvents, getEvent, listMergeSuggestions, listSnapshotMeta } from '../../store/index.ts';
import { runEventAction, type EventAction } from '../actions.ts';
import type { Auth, Deps } from '../context.ts';
import { HttpError, toHttpError } from '../errors.ts';
import type { SafeHtml } from '../html/html.ts';
import { eventPage, type FormState } from '../views/event.ts';
import { noticeOf, safeBack, withDone, type Done } from './notices.ts';

const idParam = (request: FastifyRequest) => {
  const id = Number((request.params as { id: string }).id);
  if (!Number.isInteger(id) || id <= 0) throw new HttpError(404, 'No such event.');
  return id;
};

export async function renderEvent(deps: Deps, auth: Auth, reply: FastifyReply, id: number, extra: { state?: FormState; notice?: SafeHtml | null; error?: string; status?: number } = {}) {
  const event = await getEvent(deps.db, id);
  const articleIds = [...new Set(event.candidates.map((c) => c.articleId))];
  const [snapshots, adjacent, suggestions] = await Promise.all([
    listSnapshotMeta(deps.db, articleIds),
    findAdjacentEvents(deps.db, id, { status: event.status === 'MERGED' ? 'PENDING' : event.status }),
    event.status === 'PENDING' || event.status === 'CONFIRMED' ? listMergeSuggestions(deps.db, id) : Promise.resolve([]),
  ]);
  const html = eventPage({ auth, event, snapshots, adjacent, suggestions, state: extra.state ?? null, notice: extra.notice ?? null, error: extra.error ?? null });
  return reply.code(extra.status ?? 200).type('text/html; charset=utf-8').send(html.value);
}

/** The form's flat fields → the action's input. */
function formInput(action: EventAction, body: Record<string, unknown>) {
  if (action !== 'edit') return body;
  const { version, type, date, people, count, termMonths } = body;
  const charges = body.charges ?? [];
  return { version, edits: { type, date, people, count, termMonths, charges } };
}

const formName: Record<EventAction, string> = { confirm: 'confirm', edit: 'edit', reject: 'reject', reopen: 'reopen', merge: 'merge', split: 'split' };

export function registerEventPages(app: FastifyInstance, deps: Deps): void {
  app.get('/events/:id', { config: { access: 'VIEWER' } }, async (request, reply) => {
    return renderEvent(deps, request.auth!, reply, idParam(request), { notice: noticeOf((request.query as { done?: string }).done) });
  });

  for (const action of ['confirm', 'edit', 'reject', 'reopen', 'merge', 'split'] as const) {
    app.post(`/events/:id/${action}`, { config: { access: 'REVIEWER' } }, async (request, reply) => {
      const id = idParam(request);
      const auth = request.auth!;
      const body = (request.body ?? {}) as Record<string, unknown>;
      const effective: EventAction = action === 'edit' && body.intent === 'confirm' ? 'confirm' : action;
      const input = action === 'edit' ? formInput('edit', body) : body;
      try {
        const before = await findAdjacentEvents(deps.db, id, { status: 'PENDING' });
        const result = await runEventAction(deps, auth, effective, id, input);
        const back = safeBack(body.back);
        const done: Done = effective === 'confirm' ? 'confirmed' : effective === 'reject' ? 'rejected' : effective === 'edit' ? ('unchanged' in result ? 'unchanged' : 'edited') : effective === 'reopen' ? 'reopened' : effective === 'merge' ? 'merged' : 'split';
        if (effective === 'merge' && 'target' in result) return reply.redirect(withDone(`/events/${result.target!.id}`, 'merged', id, result.target!.id), 303);
        if (effective === 'split' && 'created' in result) return reply.redirect(withDone(`/events/${id}`, 'split', id, result.created!.id), 303);
        if (back) return reply.redirect(withDone(back, done, id), 303);
        // After a decision, straight on to the next pending event: a morning's work is a run of these.
        if ((effective === 'confirm' || effective === 'reject') && before.next) return reply.redirect(withDone(`/events/${before.next}`, done, id), 303);
        if (effective === 'confirm' || effective === 'reject') return reply.redirect(withDone('/inbox', done, id), 303);
        return reply.redirect(withDone(`/events/${id}`, done, id), 303);
      } catch (error) {
        const http = toHttpError(error);
        if (!http) throw error;
        if (http.status === 404) throw http;
        const state = http.status === 422 ? { form: formName[action], values: body, errors: http.fields } : undefined;
        return renderEvent(deps, auth, reply, id, { state, error: http.message, status: http.status });
      }
    });
  }
}
