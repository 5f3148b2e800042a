// The digest's Atom feed served by the review app: a watchlist's feed opened by its secret
// token (a feed reader cannot sign in), the general feed behind the login.
import type { FastifyInstance } from 'fastify';
import { parseFeed } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedAddress, feedTokenHash, newFeedToken, reviewLinks } from '../../digest/index.ts';
import { buildReviewApp, hashPassword } from '../../review/index.ts';
import { addWatchlistPerson, createUser, createWatchlist, findPeopleByAlias, setWatchlistFeedToken, type Db } from '../../store/index.ts';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { seedDigestFixtures, type Seeded } from './seed.ts';

const PUBLIC_URL = 'https://review.fixture.example/habeas';
const links = reviewLinks(PUBLIC_URL);

type Entry = { id?: string; title?: { value?: string }; content?: { value?: string }; categories?: { term?: string }[] };
const entriesOf = (xml: string) => {
  const feed = parseFeed(xml);
  expect(feed.format).toBe('atom');
  return (feed.feed as { entries?: Entry[] }).entries ?? [];
};

describe('the Atom feed in the review app', () => {
  let database: TestDatabase;
  let db: Db;
  let seeded: Seeded;
  let app: FastifyInstance;
  let watchlistId: number;
  let otherId: number;
  let token: string;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    db = database.store.db;
    seeded = await seedDigestFixtures(db);
    const passwordHash = await hashPassword('a viewer password');
    await createUser(db, { email: 'viewer@fixture.example', passwordHash, role: 'VIEWER' });
    await createUser(db, { email: 'admin@fixture.example', passwordHash, role: 'ADMIN' });
    const list = await createWatchlist(db, { name: 'Sabirli bloggers' });
    const [person] = await findPeopleByAlias(db, 'Samir Novruzlu');
    await addWatchlistPerson(db, list.id, person!.id);
    watchlistId = list.id;
    otherId = (await createWatchlist(db, { name: 'Other desk' })).id;
    const made = newFeedToken();
    token = made.token;
    await setWatchlistFeedToken(db, watchlistId, made.hash);
    app = await buildReviewApp({ db, publicUrl: PUBLIC_URL });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const get = (url: string, cookie?: string) => app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
  const pathOf = (address: string) => address.slice(PUBLIC_URL.length);

  it('stores only the hash of the token, and gives an address on the public URL', async () => {
    const row = await db.watchlist.findUniqueOrThrow({ where: { id: watchlistId } });
    expect(row.feedTokenHash).toBe(feedTokenHash(token));
    expect(row.feedTokenHash).not.toContain(token);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(feedAddress(links, watchlistId, token)).toBe(`${PUBLIC_URL}/watchlists/${watchlistId}/digest.atom?token=${token}`);
  });

  it('serves the watchlist feed to whoever holds the token: watched people marked, hostile titles as text, links on the public URL', async () => {
    const response = await get(pathOf(feedAddress(links, watchlistId, token)));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(response.headers['cache-control']).toContain('private');
    // The feed's id is its address without the token: rotating the token keeps the feed one feed.
    expect(response.body).not.toContain(token);
    expect(response.body).toContain(`<id>${PUBLIC_URL}/watchlists/${watchlistId}/digest.atom</id>`);
    const entries = entriesOf(response.body);
    const confirmed = await db.event.count({ where: { status: 'CONFIRMED' } });
    expect(entries).toHaveLength(confirmed);
    expect(entries.every((entry) => entry.id?.startsWith(`${PUBLIC_URL}/events/`))).toBe(true);
    const arrest = entries.find((entry) => entry.id === `${PUBLIC_URL}/events/${seeded.events['novruzlu-arrest']}`)!;
    expect(arrest.title?.value).toContain('Samir Novruzlu');
    expect(arrest.categories?.map((c) => c.term)).toContain('watchlist');
    expect(arrest.content?.value).toContain('&lt;script&gt;');
    expect(response.body).not.toMatch(/<script/i);
    // Pending events never appear by content; the count is in the description.
    const pending = await db.event.count({ where: { status: 'PENDING' } });
    expect(response.body).toContain(`awaiting review: ${pending}`);
  });

  it('refuses a missing, wrong or another watchlist\'s token, and a bad id, saying what to do', async () => {
    const none = await get(`/watchlists/${watchlistId}/digest.atom`);
    expect(none.statusCode).toBe(401);
    expect(none.body).toMatch(/needs its token/);
    const wrong = await get(`/watchlists/${watchlistId}/digest.atom?token=${'A'.repeat(43)}`);
    expect(wrong.statusCode).toBe(403);
    expect(wrong.body).toMatch(/wrong or was replaced/);
    expect(wrong.headers['content-type']).toMatch(/^text\/plain/);
    const crossed = await get(`/watchlists/${otherId}/digest.atom?token=${token}`);
    expect(crossed.statusCode).toBe(403);
    expect((await get(`/watchlists/abc/digest.atom?token=${token}`)).statusCode).toBe(404);
    const twice = await get(`/watchlists/${watchlistId}/digest.atom?token=${token}&token=${token}`);
    expect(twice.statusCode).toBe(401);
  });

  it('ends the old address when the token is rotated, and every address when it is revoked', async () => {
    const next = newFeedToken();
    await setWatchlistFeedToken(db, watchlistId, next.hash);
    expect((await get(`/watchlists/${watchlistId}/digest.atom?token=${token}`)).statusCode).toBe(403);
    expect((await get(`/watchlists/${watchlistId}/digest.atom?token=${next.token}`)).statusCode).toBe(200);
    await setWatchlistFeedToken(db, watchlistId, null);
    expect((await get(`/watchlists/${watchlistId}/digest.atom?token=${next.token}`)).statusCode).toBe(403);
    const row = await db.watchlist.findUniqueOrThrow({ where: { id: watchlistId } });
    expect([row.feedTokenHash, row.feedTokenAt]).toEqual([null, null]);
  });

  async function signIn(email: string) {
    const login = await app.inject({ method: 'POST', url: '/api/login', payload: { email, password: 'a viewer password' } });
    return { cookie: `habeas_session=${login.cookies.find((c) => c.name === 'habeas_session')!.value}`, csrf: login.json().csrfToken as string };
  }
  const post = (url: string, session: { cookie: string; csrf: string }, csrf = session.csrf) =>
    app.inject({ method: 'POST', url, headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: `_csrf=${encodeURIComponent(csrf)}` });

  it('lets an admin make a feed address in the app, shown once, and revoke it; not a viewer, not without the CSRF token', async () => {
    const admin = await signIn('admin@fixture.example');
    const viewer = await signIn('viewer@fixture.example');
    const listPage = await get('/admin/watchlists', admin.cookie);
    expect(listPage.statusCode).toBe(200);
    expect(listPage.body).toContain('Sabirli bloggers');
    expect(listPage.body).toContain(`action="/admin/watchlists/${otherId}/feed"`);
    expect((await get('/admin/watchlists', viewer.cookie)).statusCode).toBe(403);
    expect((await post(`/admin/watchlists/${otherId}/feed`, viewer)).statusCode).toBe(403);
    expect((await post(`/admin/watchlists/${otherId}/feed`, admin, 'forged')).statusCode).toBe(403);
    expect(await db.watchlist.findUniqueOrThrow({ where: { id: otherId } })).toMatchObject({ feedTokenHash: null });

    const made = await post(`/admin/watchlists/${otherId}/feed`, admin);
    expect(made.statusCode).toBe(200);
    expect(made.headers['cache-control']).toBe('no-store');
    const address = /id="feed-address" class="wide" readonly value="([^"]+)"/.exec(made.body)![1]!;
    expect(address).toMatch(new RegExp(`^${PUBLIC_URL}/watchlists/${otherId}/digest\\.atom\\?token=[A-Za-z0-9_-]{43}$`));
    expect((await get(pathOf(address))).statusCode).toBe(200);
    // Shown once: the list page afterwards has no address in it.
    const after = await get('/admin/watchlists', admin.cookie);
    expect(after.body).not.toContain('token=');
    expect(after.body).toContain(`action="/admin/watchlists/${otherId}/feed/revoke"`);

    const revoked = await post(`/admin/watchlists/${otherId}/feed/revoke`, admin);
    expect(revoked.statusCode).toBe(303);
    expect(revoked.headers.location).toBe(`/admin/watchlists?done=feed-revoked-${otherId}`);
    expect((await get(pathOf(address))).statusCode).toBe(403);
    expect((await post('/admin/watchlists/999999/feed', admin)).statusCode).toBe(404);
  });

  it('serves the general feed only to a signed-in user', async () => {
    const anonymous = await get('/digest.atom');
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toBe('/login?next=%2Fdigest.atom');
    const { cookie } = await signIn('viewer@fixture.example');
    const response = await get('/digest.atom', cookie);
    expect(response.statusCode).toBe(200);
    const entries = entriesOf(response.body);
    expect(entries.length).toBe(await db.event.count({ where: { status: 'CONFIRMED' } }));
    expect(entries.some((entry) => entry.categories?.some((c) => c.term === 'watchlist'))).toBe(false);
  });
});
