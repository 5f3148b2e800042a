// The JSON API: the same reads and decisions as the pages. Mutations need the session's
// CSRF token in the X-CSRF-Token header (GET /api/session or POST /api/login return it).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { countEventsByStatus, getEvent, listInboxEvents, listSnapshotMeta, listUserAudit, listUsers, outletHealth, searchPeople } from '../../store/index.ts';
import { addPersonAlias, mergePersonInto, runEventAction } from '../actions.ts';
import type { Deps } from '../context.ts';
import { HttpError } from '../errors.ts';
import { locateSpans, type EvidenceSpan } from '../html/evidence.ts';
import { addUser, changeUser, queueOverview } from './admin.ts';
import { parseInboxQuery } from './inbox-query.ts';
import { PAGE_SIZE } from './inbox.ts';
import { personData } from './people.ts';

const idOf = (request: FastifyRequest) => {
  const id = Number((request.params as { id: string }).id);
  if (!Number.isInteger(id) || id <= 0) throw new HttpError(404, 'no such id');
  return id;
};

type EventLike = Omit<Awaited<ReturnType<typeof getEvent>>, 'candidates' | 'decisions' | 'people'> & { people: { person: { id: number; name: string } }[] };

function eventJson(event: EventLike) {
  return {
    id: event.id,
    status: event.status,
    version: event.version,
    type: event.type,
    date: event.date,
    datePrecision: event.datePrecision,
    people: event.people.map((l) => ({ id: l.person.id, name: l.person.name })),
    count: event.count,
    charges: event.charges,
    termMonths: event.termMonths,
    corroboration: event.corroboration,
    confidence: event.confidence,
    rejectReason: event.rejectReason,
    mergedIntoId: event.mergedIntoId,
    decidedAt: event.decidedAt,
    createdAt: event.createdAt,
  };
}

async function eventDetail(deps: Deps, id: number) {
  const event = await getEvent(deps.db, id);
  const snapshots = await listSnapshotMeta(deps.db, [...new Set(event.candidates.map((c) => c.articleId))]);
  return {
    ...eventJson(event),
    sources: event.candidates.map((c) => ({
      candidateId: c.id,
      extractorVersion: c.extractorVersion,
      superseded: c.supersededAt !== null,
      ruleIds: c.ruleIds,
      confidence: c.confidence,
      slots: { type: c.type, date: c.date, people: c.people, count: c.count, charges: c.charges, termMonths: c.termMonths },
      evidence: c.evidence,
      evidenceFound: locateSpans(c.article.text ?? '', (c.evidence as EvidenceSpan[]) ?? []).unmatched.length === 0,
      article: { id: c.article.id, url: c.article.canonicalUrl, title: c.article.title, outlet: c.article.outlet?.name ?? null, publishedAt: c.article.publishedAt },
      snapshots: snapshots.filter((s) => s.articleId === c.articleId).map((s) => ({ id: s.id, fetchedAt: s.fetchedAt, sha256: s.sha256, status: s.status, url: `/snapshots/${s.id}` })),
    })),
    history: event.decisions.map((d) => ({ id: d.id, action: d.action, at: d.createdAt, user: d.user ? { id: d.user.id, email: d.user.email } : null, reason: d.reason, before: d.before, after: d.after })),
  };
}

export function registerApi(app: FastifyInstance, deps: Deps): void {
  const read = { config: { access: 'VIEWER' as const } };
  const decide = { config: { access: 'REVIEWER' as const } };
  const admin = { config: { access: 'ADMIN' as const } };

  app.get('/api/events', read, async (request) => {
    const parsed = await parseInboxQuery(deps.db, request.query, { strict: true });
    const [{ rows, total }, counts] = await Promise.all([
      listInboxEvents(deps.db, { ...parsed.filter, status: parsed.status, page: parsed.page, pageSize: PAGE_SIZE }),
      countEventsByStatus(deps.db, parsed.filter),
    ]);
    return { status: parsed.status, page: parsed.page, pageSize: PAGE_SIZE, total, counts, events: rows.map((row) => ({ ...eventJson(row), sources: row._count.candidates })) };
  });

  app.get('/api/events/:id', read, async (request) => eventDetail(deps, idOf(request)));

  for (const action of ['confirm', 'edit', 'reject', 'reopen', 'merge', 'split'] as const) {
    app.post(`/api/events/:id/${action}`, decide, async (request) => {
      const result = await runEventAction(deps, request.auth!, action, idOf(request), request.body ?? {});
      return {
        event: eventJson(result.event),
        ...('target' in result && result.target ? { target: eventJson(result.target) } : {}),
        ...('created' in result && result.created ? { created: eventJson(result.created) } : {}),
      };
    });
  }

  app.get('/api/people', read, async (request) => {
    const q = String((request.query as { q?: string }).q ?? '').slice(0, 200);
    return { people: (await searchPeople(deps.db, q, 100)).map((p) => ({ id: p.id, name: p.name, aliases: p.aliases.map((a) => a.alias), events: p._count.events })) };
  });

  app.get('/api/people/:id', read, async (request) => {
    const { person, timeline } = await personData(deps, idOf(request));
    return {
      id: person.id,
      name: person.name,
      aliases: person.aliases.map((a) => a.alias),
      timeline: timeline.map((e) => ({ id: e.id, type: e.type, date: e.date, charges: e.charges, termMonths: e.termMonths, sources: e.candidates.map((c) => ({ url: c.article.canonicalUrl, title: c.article.title, outlet: c.article.outlet?.name ?? null })) })),
    };
  });

  app.post('/api/people/:id/aliases', decide, async (request) => {
    const alias = await addPersonAlias(deps, request.auth!, idOf(request), request.body ?? {});
    return { alias: { id: alias.id, alias: alias.alias } };
  });

  app.post('/api/people/:id/merge', decide, async (request) => {
    const person = await mergePersonInto(deps, request.auth!, idOf(request), request.body ?? {});
    return { person: { id: person.id, name: person.name, aliases: person.aliases.map((a) => a.alias) } };
  });

  app.get('/api/users', admin, async () => ({ users: await listUsers(deps.db) }));
  app.get('/api/users/audit', admin, async () => ({ audit: await listUserAudit(deps.db, { limit: 500 }) }));
  app.post('/api/users', admin, async (request, reply) => {
    const user = await addUser(deps, request.auth!, request.body ?? {});
    return reply.code(201).send({ user: { id: user.id, email: user.email, name: user.name, role: user.role } });
  });
  app.post('/api/users/:id', admin, async (request) => ({ user: await changeUser(deps, request.auth!, idOf(request), request.body ?? {}) }));

  app.get('/api/outlets', { config: { access: 'REVIEWER' as const } }, async () => ({ outlets: await outletHealth(deps.db), queues: await queueOverview(deps) }));
}
