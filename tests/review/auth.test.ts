import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReviewApp } from '../../review/index.ts';
import { api, login, PASSWORD, startHarness, USERS, type ReviewHarness } from './support.ts';

let h: ReviewHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

function loginCookie(response: { cookies: { name: string; value: string }[] }) {
  return response.cookies.find((c) => c.name === 'habeas_login')!.value;
}

async function formLogin(app: ReviewHarness['app'], email: string, password: string) {
  const page = await app.inject({ method: 'GET', url: '/login?next=/people' });
  const token = loginCookie(page);
  const body = new URLSearchParams({ _login: token, email, password, next: '/people' }).toString();
  return app.inject({ method: 'POST', url: '/login', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `habeas_login=${token}` }, payload: body });
}

describe('signing in and out', () => {
  it('sends a visitor without a session to the login page, and an API caller gets 401', async () => {
    const page = await h.app.inject({ method: 'GET', url: '/inbox?type=ARREST' });
    expect(page.statusCode).toBe(303);
    expect(page.headers.location).toBe('/login?next=%2Finbox%3Ftype%3DARREST');
    for (const [method, url] of [['GET', '/api/events'], ['POST', '/api/events/1/confirm'], ['GET', '/api/users']] as const) {
      const response = await api(h.app, null, method, url, method === 'POST' ? { version: 1 } : undefined);
      expect(response.statusCode, url).toBe(401);
    }
    expect((await h.app.inject({ method: 'GET', url: '/admin/queues/' })).statusCode).toBe(303);
  });

  it('signs in with the form: an HttpOnly SameSite=Lax cookie, not Secure on plain http, then back where the visitor was going', async () => {
    const response = await formLogin(h.app, USERS.REVIEWER, PASSWORD);
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/people');
    const cookie = response.cookies.find((c) => c.name === 'habeas_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.secure).toBeFalsy();
    expect(cookie.expires!.getTime()).toBeGreaterThan(Date.now() + 11 * 3600_000);
    // The table keeps the token's sha256, never the token.
    const id = createHash('sha256').update(cookie.value).digest('hex');
    const row = await h.db.session.findUnique({ where: { id } });
    expect(row?.userId).toBe(h.users.REVIEWER);
    expect(await h.db.session.count({ where: { id: cookie.value } })).toBe(0);
  });

  it('refuses a login form posted without its own token (login CSRF)', async () => {
    const body = new URLSearchParams({ email: USERS.REVIEWER, password: PASSWORD }).toString();
    const response = await h.app.inject({ method: 'POST', url: '/login', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: body });
    expect(response.statusCode).toBe(403);
    expect(response.cookies.find((c) => c.name === 'habeas_session')).toBeUndefined();
  });

  it('answers a wrong password and an unknown address alike, with no session', async () => {
    const wrong = await formLogin(h.app, USERS.REVIEWER, 'not the password at all');
    const unknown = await formLogin(h.app, 'nobody@habeas.test', PASSWORD);
    for (const response of [wrong, unknown]) {
      expect(response.statusCode).toBe(401);
      expect(response.body).toContain('Wrong e-mail address or password.');
      expect(response.cookies.find((c) => c.name === 'habeas_session')).toBeUndefined();
    }
    expect((await api(h.app, null, 'POST', '/api/login', { email: USERS.VIEWER, password: 'wrong password!' })).statusCode).toBe(401);
  });

  it('stores passwords as scrypt hashes with OWASP parameters', async () => {
    const user = await h.db.user.findUniqueOrThrow({ where: { id: h.users.ADMIN } });
    expect(user.passwordHash).toMatch(/^scrypt\$131072\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(user.passwordHash).not.toContain(PASSWORD);
  });

  it('rate-limits sign-in attempts: after the limit even the right password waits', async () => {
    const app = await buildReviewApp({ db: h.db, login: { max: 3, windowMs: 60_000 } });
    try {
      for (let i = 0; i < 3; i += 1) expect((await api(app, null, 'POST', '/api/login', { email: USERS.VIEWER, password: `guess number ${i}` })).statusCode).toBe(401);
      const blocked = await api(app, null, 'POST', '/api/login', { email: USERS.VIEWER, password: PASSWORD });
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json().error).toMatch(/Too many sign-in attempts/);
      expect(blocked.cookies.find((c) => c.name === 'habeas_session')).toBeUndefined();
    } finally {
      await app.close();
    }
  });

  it('logs out: the session row goes and the old cookie no longer works', async () => {
    const session = await login(h.app, 'VIEWER');
    expect((await api(h.app, session, 'GET', '/api/session')).statusCode).toBe(200);
    const out = await h.app.inject({ method: 'POST', url: '/logout', headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: `_csrf=${session.csrf}` });
    expect(out.statusCode).toBe(303);
    expect(out.cookies.find((c) => c.name === 'habeas_session')?.value).toBe('');
    expect((await api(h.app, session, 'GET', '/api/session')).statusCode).toBe(401);
  });

  it('refuses an expired session and the session of a disabled user', async () => {
    const expired = await login(h.app, 'VIEWER');
    await h.db.session.updateMany({ where: { userId: h.users.VIEWER }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await api(h.app, expired, 'GET', '/api/events')).statusCode).toBe(401);
    const admin = await login(h.app, 'ADMIN');
    const viewer = await login(h.app, 'VIEWER');
    const disable = await api(h.app, admin, 'POST', `/api/users/${h.users.VIEWER}`, { disabled: true });
    expect(disable.statusCode).toBe(200);
    expect((await api(h.app, viewer, 'GET', '/api/events')).statusCode).toBe(401);
    expect((await api(h.app, null, 'POST', '/api/login', { email: USERS.VIEWER, password: PASSWORD })).statusCode).toBe(401);
    await api(h.app, admin, 'POST', `/api/users/${h.users.VIEWER}`, { disabled: false });
    expect((await login(h.app, 'VIEWER')).csrf).toBeTruthy();
  });

  it('signs cookies with SESSION_SECRET when set and marks them Secure when told to: a tampered cookie is no session', async () => {
    const app = await buildReviewApp({ db: h.db, sessionSecret: 'x'.repeat(40), cookieSecure: 'always' });
    try {
      const response = await api(app, null, 'POST', '/api/login', { email: USERS.VIEWER, password: PASSWORD });
      const cookie = response.cookies.find((c) => c.name === 'habeas_session')!;
      expect(cookie.secure).toBe(true);
      expect(cookie.value).toMatch(/\./);
      expect((await app.inject({ method: 'GET', url: '/api/session', headers: { cookie: `habeas_session=${cookie.value}` } })).statusCode).toBe(200);
      const tampered = cookie.value.replace(/.$/, (ch) => (ch === 'A' ? 'B' : 'A'));
      expect((await app.inject({ method: 'GET', url: '/api/session', headers: { cookie: `habeas_session=${tampered}` } })).statusCode).toBe(401);
    } finally {
      await app.close();
    }
  });

  it('never redirects a login to another site', async () => {
    const page = await h.app.inject({ method: 'GET', url: '/login?next=//evil.example/x' });
    expect(page.body).toContain('name="next" value="/inbox"');
  });
});
