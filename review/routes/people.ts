import type { FastifyInstance, FastifyRequest } from 'fastify';
import { getPerson, listPersonEvents, listPersonTimeline, searchPeople } from '../../store/index.ts';
import { addPersonAlias, mergePersonInto } from '../actions.ts';
import type { Auth, Deps } from '../context.ts';
import { HttpError, toHttpError } from '../errors.ts';
import type { SafeHtml } from '../html/html.ts';
import { personPage, peoplePage } from '../views/people.ts';
import { noticeOf, withDone } from './notices.ts';

const idParam = (request: FastifyRequest) => {
  const id = Number((request.params as { id: string }).id);
  if (!Number.isInteger(id) || id <= 0) throw new HttpError(404, 'No such person.');
  return id;
};

/** Others who might be the same person: the same surname, any spelling. */
async function similarPeople(deps: Deps, person: { id: number; name: string }) {
  const surname = person.name.trim().split(/\s+/).at(-1) ?? person.name;
  return (await searchPeople(deps.db, surname, 20)).filter((p) => p.id !== person.id);
}

export async function personData(deps: Deps, id: number) {
  const person = await getPerson(deps.db, id);
  const [timeline, open, similar] = await Promise.all([listPersonTimeline(deps.db, id), listPersonEvents(deps.db, id), similarPeople(deps, person)]);
  return { person, timeline, open, similar };
}

async function render(deps: Deps, auth: Auth, id: number, extra: { errors?: Record<string, string>; values?: Record<string, string>; notice?: SafeHtml | null } = {}) {
  const data = await personData(deps, id);
  return personPage({ auth, ...data, errors: extra.errors ?? {}, values: extra.values ?? {}, notice: extra.notice ?? null }).value;
}

export function registerPeople(app: FastifyInstance, deps: Deps): void {
  app.get('/people', { config: { access: 'VIEWER' } }, async (request, reply) => {
    const q = String((request.query as { q?: string }).q ?? '').slice(0, 200);
    const people = await searchPeople(deps.db, q, 100);
    return reply.type('text/html; charset=utf-8').send(peoplePage(request.auth!, q, people).value);
  });

  app.get('/people/:id', { config: { access: 'VIEWER' } }, async (request, reply) => {
    const notice = noticeOf((request.query as { done?: string }).done);
    return reply.type('text/html; charset=utf-8').send(await render(deps, request.auth!, idParam(request), { notice }));
  });

  const form = (path: string, work: (deps: Deps, auth: Auth, id: number, body: unknown) => Promise<unknown>, done: 'alias' | 'merged-person') =>
    app.post(path, { config: { access: 'REVIEWER' } }, async (request, reply) => {
      const id = idParam(request);
      const body = (request.body ?? {}) as Record<string, unknown>;
      try {
        await work(deps, request.auth!, id, body);
        return reply.redirect(withDone(`/people/${id}`, done, done === 'alias' ? id : Number(body.otherId)), 303);
      } catch (error) {
        const http = toHttpError(error);
        if (!http || http.status === 404) throw http ?? error;
        const errors = Object.keys(http.fields).length ? http.fields : { [done === 'alias' ? 'alias' : 'otherId']: http.message };
        const values = { alias: typeof body.alias === 'string' ? body.alias : '' };
        return reply.code(http.status).type('text/html; charset=utf-8').send(await render(deps, request.auth!, id, { errors, values }));
      }
    });
  form('/people/:id/aliases', addPersonAlias, 'alias');
  form('/people/:id/merge', mergePersonInto, 'merged-person');
}
