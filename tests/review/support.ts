// A review app on a fresh PostgreSQL database, with one user per role and the fixture
// articles stored through the store functions (snapshots, candidates, grouped events).
import type { FastifyInstance } from 'fastify';
import { buildReviewApp, hashPassword, type ReviewAppOptions } from '../../review/index.ts';
import {
  addSnapshot, createUser, groupCandidate, recordCandidates, saveParsedArticle, upsertArticle, upsertOutlet, type Db, type Role,
} from '../../store/index.ts';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { articles, outlets, type FixtureArticle } from './fixtures.ts';

export const PASSWORD = 'correct horse battery staple';
export const USERS: Record<Role, string> = { ADMIN: 'admin@habeas.test', REVIEWER: 'reviewer@habeas.test', VIEWER: 'viewer@habeas.test' };

export async function seedArticle(db: Db, fixture: FixtureArticle) {
  const { article } = await upsertArticle(db, { canonicalUrl: fixture.url, outletId: fixture.outletId });
  await saveParsedArticle(db, article.id, { parseStatus: 'PARSED', title: fixture.title, text: fixture.text, publishedAt: new Date(`${fixture.published}T09:00:00Z`) });
  await addSnapshot(db, {
    articleId: article.id, requestUrl: fixture.url, finalUrl: fixture.url, status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8' }, contentType: 'text/html; charset=utf-8',
    body: Buffer.from(fixture.html ?? `<!doctype html><html><head><title>${fixture.title}</title></head><body><article>${fixture.text.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`),
    fetchedAt: new Date(`${fixture.published}T10:00:00Z`),
  });
  const inputs = fixture.candidates.map((c) => {
    const start = fixture.text.indexOf(c.quote);
    if (start < 0) throw new Error(`fixture ${fixture.key}: quote not in text`);
    return { type: c.type, date: c.date, people: c.people, count: c.count ?? null, charges: c.charges ?? [], termMonths: c.termMonths ?? null, evidence: [{ start, end: start + c.quote.length, quote: c.quote }], ruleIds: c.ruleIds, confidence: c.confidence };
  });
  const { candidates } = await recordCandidates(db, article.id, 'test-1', inputs);
  const eventIds = [];
  for (const candidate of candidates) eventIds.push((await groupCandidate(db, candidate.id)).eventId);
  return { articleId: article.id, candidateIds: candidates.map((c) => c.id), eventIds };
}

export async function seedAll(db: Db) {
  for (const outlet of outlets) await upsertOutlet(db, { ...outlet, config: {} });
  const seeded: Record<string, Awaited<ReturnType<typeof seedArticle>>> = {};
  for (const fixture of articles) seeded[fixture.key] = await seedArticle(db, fixture);
  return seeded;
}

export type ReviewHarness = {
  database: TestDatabase;
  db: Db;
  app: FastifyInstance;
  users: Record<Role, number>;
  seeded: Awaited<ReturnType<typeof seedAll>>;
  close(): Promise<void>;
};

export async function startHarness(options: Partial<ReviewAppOptions> = {}): Promise<ReviewHarness> {
  const database = await createTestDatabase('postgres');
  const db = database.store.db;
  const passwordHash = await hashPassword(PASSWORD);
  const users = {} as Record<Role, number>;
  for (const role of ['ADMIN', 'REVIEWER', 'VIEWER'] as Role[]) users[role] = (await createUser(db, { email: USERS[role], passwordHash, role, name: `${role.toLowerCase()} tester` })).id;
  const seeded = await seedAll(db);
  const app = await buildReviewApp({ db, ...options });
  await app.ready();
  return { database, db, app, users, seeded, close: async () => { await app.close(); await database.drop(); } };
}

export type Session = { cookie: string; csrf: string };

/** Signs in through the JSON API; returns the cookie header and the CSRF token. */
export async function login(app: FastifyInstance, role: Role, password = PASSWORD): Promise<Session> {
  const response = await app.inject({ method: 'POST', url: '/api/login', payload: { email: USERS[role], password } });
  if (response.statusCode !== 200) throw new Error(`login as ${role} failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'habeas_session');
  return { cookie: `habeas_session=${cookie!.value}`, csrf: response.json().csrfToken };
}

/** A JSON API call as a signed-in user (with the CSRF header unless told otherwise). */
export function api(app: FastifyInstance, session: Session | null, method: 'GET' | 'POST', url: string, payload?: object, options: { csrf?: boolean } = {}) {
  const headers: Record<string, string> = {};
  if (session) headers.cookie = session.cookie;
  if (session && method === 'POST' && options.csrf !== false) headers['x-csrf-token'] = session.csrf;
  return app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
}

/** A form post as a browser sends it. */
export function form(app: FastifyInstance, session: Session | null, url: string, fields: Record<string, string | string[]>, options: { csrf?: boolean } = {}) {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
  if (session && options.csrf !== false) body.append('_csrf', session.csrf);
  return app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded', ...(session ? { cookie: session.cookie } : {}) }, payload: body.toString() });
}
