import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, form, login, startHarness, type ReviewHarness, type Session } from './support.ts';

let h: ReviewHarness;
let viewer: Session;
let reviewer: Session;
let admin: Session;
let eventId: number;

beforeAll(async () => {
  h = await startHarness();
  [viewer, reviewer, admin] = await Promise.all([login(h.app, 'VIEWER'), login(h.app, 'REVIEWER'), login(h.app, 'ADMIN')]);
  eventId = h.seeded.sentence!.eventIds[0]!;
});
afterAll(async () => h?.close());

const version = async () => (await h.db.event.findUniqueOrThrow({ where: { id: eventId } })).version;

describe('roles', () => {
  it('lets a viewer read every page and the API, and nothing more', async () => {
    for (const url of ['/inbox', `/events/${eventId}`, '/people', `/api/events/${eventId}`, '/api/events']) {
      expect((await api(h.app, viewer, 'GET', url)).statusCode, url).toBe(200);
    }
    const page = await api(h.app, viewer, 'GET', `/events/${eventId}`);
    expect(page.body).not.toContain(`action="/events/${eventId}/confirm"`);
    expect(page.body).toContain('deciding needs a reviewer account');
  });

  it('refuses a viewer every decision, by API and by form, and changes nothing', async () => {
    const v = await version();
    for (const action of ['confirm', 'edit', 'reject', 'reopen', 'merge', 'split']) {
      const response = await api(h.app, viewer, 'POST', `/api/events/${eventId}/${action}`, { version: v, reason: 'x', edits: { date: '2024' }, targetId: 1, candidateIds: [1], personIds: [] });
      expect(response.statusCode, action).toBe(403);
      expect(response.json().error).toMatch(/reviewer role/);
    }
    expect((await form(h.app, viewer, `/events/${eventId}/confirm`, { version: String(v) })).statusCode).toBe(403);
    expect((await form(h.app, viewer, '/people/1/aliases', { alias: 'Someone Else' })).statusCode).toBe(403);
    expect((await api(h.app, viewer, 'POST', '/api/people/1/merge', { otherId: 2 })).statusCode).toBe(403);
    const event = await h.db.event.findUniqueOrThrow({ where: { id: eventId } });
    expect(event.status).toBe('PENDING');
    expect(event.version).toBe(v);
    expect(await h.db.reviewDecision.count({ where: { eventId } })).toBe(0);
  });

  it('keeps users and the queue dashboard for admins, and shows outlets and queues to reviewers read-only', async () => {
    for (const session of [viewer, reviewer]) {
      for (const url of ['/admin/users', '/api/users', '/api/users/audit']) expect((await api(h.app, session, 'GET', url)).statusCode, url).toBe(403);
      expect((await api(h.app, session, 'POST', '/api/users', { email: 'x@habeas.test', role: 'ADMIN', password: 'long enough password' })).statusCode).toBe(403);
      expect((await form(h.app, session, '/admin/queues/retry', {})).statusCode).toBe(403);
    }
    for (const url of ['/admin/outlets', '/api/outlets']) expect((await api(h.app, viewer, 'GET', url)).statusCode, url).toBe(403);
    for (const url of ['/admin/outlets', '/api/outlets']) expect((await api(h.app, reviewer, 'GET', url)).statusCode, url).toBe(200);
    const reviewerPage = await api(h.app, reviewer, 'GET', '/admin/outlets');
    expect(reviewerPage.body).toContain('Caspian Herald');
    expect(reviewerPage.body).not.toContain('/admin/queues/');
    expect(reviewerPage.body).toContain('href="/admin/outlets" aria-current="page"');
    expect((await api(h.app, viewer, 'GET', '/inbox')).body).not.toContain('href="/admin/outlets"');
    for (const url of ['/admin/users', '/admin/outlets', '/api/users', '/api/outlets']) expect((await api(h.app, admin, 'GET', url)).statusCode, url).toBe(200);
    const outlets = await api(h.app, admin, 'GET', '/admin/outlets');
    expect(outlets.body).toContain('Caspian Herald');
    expect(outlets.body).toContain('Redis cannot be reached');
    expect(outlets.body).toContain('href="/admin/queues/"');
  });

  it('lets an admin add a user (validated) who can then sign in with their role', async () => {
    const bad = await api(h.app, admin, 'POST', '/api/users', { email: 'not-an-address', role: 'BOSS', password: 'short' });
    expect(bad.statusCode).toBe(422);
    expect(Object.keys(bad.json().fields).sort()).toEqual(['email', 'password', 'role']);
    const created = await form(h.app, admin, '/admin/users', { email: 'New.Reviewer@habeas.test', name: 'New Reviewer', role: 'REVIEWER', password: 'a long new password' });
    expect(created.statusCode).toBe(303);
    const again = await api(h.app, admin, 'POST', '/api/users', { email: 'new.reviewer@habeas.test', role: 'VIEWER', password: 'a long new password' });
    expect(again.statusCode).toBe(409);
    const signIn = await api(h.app, null, 'POST', '/api/login', { email: 'new.reviewer@habeas.test', password: 'a long new password' });
    expect(signIn.json().user.role).toBe('REVIEWER');
    const demote = await api(h.app, admin, 'POST', `/api/users/${h.users.ADMIN}`, { role: 'VIEWER' });
    expect(demote.statusCode).toBe(400);
  });
});

describe('CSRF', () => {
  it('refuses an API decision without the CSRF header, or with another session\'s token', async () => {
    const v = await version();
    const missing = await api(h.app, reviewer, 'POST', `/api/events/${eventId}/confirm`, { version: v }, { csrf: false });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error).toMatch(/security token/);
    const other = await h.app.inject({ method: 'POST', url: `/api/events/${eventId}/confirm`, headers: { cookie: reviewer.cookie, 'x-csrf-token': admin.csrf }, payload: { version: v } });
    expect(other.statusCode).toBe(403);
  });

  it('refuses a forged form post (another site submitting the reviewer\'s cookie) and leaves the event as it was', async () => {
    const v = await version();
    const forged = await form(h.app, reviewer, `/events/${eventId}/reject`, { version: String(v), reason: 'forged' }, { csrf: false });
    expect(forged.statusCode).toBe(403);
    expect(forged.body).toContain('security token');
    const event = await h.db.event.findUniqueOrThrow({ where: { id: eventId } });
    expect(event.status).toBe('PENDING');
    expect(await h.db.reviewDecision.count({ where: { eventId } })).toBe(0);
  });

  it('refuses a cross-site text/plain post (the token inside is not read from a text body)', async () => {
    const response = await h.app.inject({ method: 'POST', url: `/events/${eventId}/confirm`, headers: { cookie: reviewer.cookie, 'content-type': 'text/plain' }, payload: `_csrf=${reviewer.csrf}&version=1` });
    expect(response.statusCode).toBe(403);
    expect((await h.db.event.findUniqueOrThrow({ where: { id: eventId } })).status).toBe('PENDING');
  });

  it('accepts the same decision with the token', async () => {
    const response = await api(h.app, reviewer, 'POST', `/api/events/${eventId}/confirm`, { version: await version() });
    expect(response.statusCode).toBe(200);
    expect(response.json().event.status).toBe('CONFIRMED');
  });
});
