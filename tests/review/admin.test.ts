// User administration leaves a trail (who, when, what, before, after), written with the
// change; the outlets page says which outlet went silent and why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimDelivery, createWatchlist, listUserAudit, markDeliveryFailed, outletHealth, recordOutletResult, silenceOf, updateUser } from '../../store/index.ts';
import { api, form, login, startHarness, USERS, type ReviewHarness, type Session } from './support.ts';

let h: ReviewHarness;
let admin: Session;

beforeAll(async () => {
  h = await startHarness();
  admin = await login(h.app, 'ADMIN');
});
afterAll(async () => h?.close());

describe('the audit of user administration', () => {
  it('records adding a user, changing a role and disabling, each with who, before and after', async () => {
    const before = await h.db.userAudit.count();
    const added = await form(h.app, admin, '/admin/users', { email: 'Audited@habeas.test', name: 'Audited', role: 'VIEWER', password: 'a long new password' });
    expect(added.statusCode).toBe(303);
    const user = await h.db.user.findUniqueOrThrow({ where: { email: 'audited@habeas.test' } });
    expect((await form(h.app, admin, `/admin/users/${user.id}`, { role: 'REVIEWER' })).statusCode).toBe(303);
    expect((await api(h.app, admin, 'POST', `/api/users/${user.id}`, { disabled: true })).statusCode).toBe(200);

    const rows = await h.db.userAudit.findMany({ where: { userId: user.id }, orderBy: { id: 'asc' } });
    expect(rows.map((r) => [r.action, r.actorId, r.before, r.after])).toEqual([
      ['ADD_USER', h.users.ADMIN, null, { email: 'audited@habeas.test', name: 'Audited', role: 'VIEWER' }],
      ['CHANGE_ROLE', h.users.ADMIN, { role: 'VIEWER' }, { role: 'REVIEWER' }],
      ['DISABLE', h.users.ADMIN, { disabled: false }, { disabled: true }],
    ]);
    expect(await h.db.userAudit.count()).toBe(before + 3);
    // The password's hash never reaches the trail.
    expect(JSON.stringify(rows)).not.toContain('scrypt$');
  });

  it('writes nothing for a save that changes nothing, and one row per thing that changed', async () => {
    const user = await h.db.user.findUniqueOrThrow({ where: { email: USERS.VIEWER } });
    const count = () => h.db.userAudit.count({ where: { userId: user.id } });
    const start = await count();
    // The users page's form sends the role and the checkbox every time.
    await form(h.app, admin, `/admin/users/${user.id}`, { role: 'VIEWER' });
    expect(await count()).toBe(start);
    await updateUser(h.db, { id: user.id, role: 'REVIEWER', disabled: true, actorId: h.users.ADMIN });
    await updateUser(h.db, { id: user.id, role: 'VIEWER', disabled: false, passwordHash: 'scrypt$x', actorId: null });
    const rows = await listUserAudit(h.db, { userId: user.id });
    expect(rows.map((r) => [r.action, r.actor?.email ?? null])).toEqual([
      ['SET_PASSWORD', null],
      ['ENABLE', null],
      ['CHANGE_ROLE', null],
      ['DISABLE', USERS.ADMIN],
      ['CHANGE_ROLE', USERS.ADMIN],
      ['ADD_USER', null], // the harness made the account through the store, as the CLI does
    ]);
    expect(rows.find((r) => r.action === 'SET_PASSWORD')).toMatchObject({ before: null, after: null });
  });

  it('leaves no audit row when the change is refused, and no change without its row', async () => {
    const before = await h.db.userAudit.count();
    const self = await api(h.app, admin, 'POST', `/api/users/${h.users.ADMIN}`, { disabled: true });
    expect(self.statusCode).toBe(400);
    const missing = await api(h.app, admin, 'POST', '/api/users/999999', { role: 'VIEWER' });
    expect(missing.statusCode).toBe(404);
    const duplicate = await api(h.app, admin, 'POST', '/api/users', { email: USERS.VIEWER, role: 'VIEWER', password: 'a long new password' });
    expect(duplicate.statusCode).toBe(409);
    expect(await h.db.userAudit.count()).toBe(before);
  });

  it('shows the trail to admins on the Users page, newest first, escaped', async () => {
    const audited = await h.db.user.findUniqueOrThrow({ where: { email: 'audited@habeas.test' } });
    await updateUser(h.db, { id: audited.id, name: '<img src=x onerror=alert(1)>', actorId: h.users.ADMIN });
    const page = await api(h.app, admin, 'GET', '/admin/users');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Changes to users');
    const table = page.body.slice(page.body.indexOf('Changes to users'));
    expect(table).toMatch(/admin@habeas\.test<\/td><td>disabled<\/td><td>audited@habeas\.test<\/td><td>false → true/);
    expect(table).toContain('changed the role of</td><td>audited@habeas.test</td><td>viewer → reviewer');
    expect(table.indexOf('disabled</td><td>audited')).toBeLessThan(table.indexOf('added</td><td>audited'));
    expect(table).toContain('renamed</td><td>audited@habeas.test</td><td>audited → &lt;img src=x onerror=alert(1)&gt;');
    expect(page.body).not.toContain('<img src=x');
    const json = await api(h.app, admin, 'GET', '/api/users/audit');
    expect(json.json().audit[0]).toMatchObject({ action: expect.any(String), user: { email: expect.any(String) } });
    const reviewer = await login(h.app, 'REVIEWER');
    expect((await api(h.app, reviewer, 'GET', '/api/users/audit')).statusCode).toBe(403);
  });
});

describe('outlet health', () => {
  it('says why an outlet is silent: never fetched, no success for 48 h, no new article for 48 h', () => {
    const now = new Date('2026-12-01T12:00:00Z');
    const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000);
    expect(silenceOf({ lastSuccessAt: null, lastArticleAt: null }, now)).toBe('never fetched successfully');
    expect(silenceOf({ lastSuccessAt: hoursAgo(49), lastArticleAt: hoursAgo(49) }, now)).toBe('no successful fetch in 48 h');
    expect(silenceOf({ lastSuccessAt: hoursAgo(1), lastArticleAt: hoursAgo(72) }, now)).toBe('no new article in 48 h');
    expect(silenceOf({ lastSuccessAt: hoursAgo(1), lastArticleAt: null }, now)).toBe('no article found yet');
    expect(silenceOf({ lastSuccessAt: hoursAgo(47), lastArticleAt: hoursAgo(47) }, now)).toBeNull();
  });

  it('shows last success, last article, articles in 24 h and the silent outlets on the page', async () => {
    const now = new Date();
    await recordOutletResult(h.db, 'caspian-herald', { ok: true }, now);
    await recordOutletResult(h.db, 'open-wire', { ok: true }, new Date(now.getTime() - 72 * 3600_000));
    await recordOutletResult(h.db, 'open-wire', { ok: false, error: 'HTTP 503 <from upstream>' }, now);
    const health = await outletHealth(h.db, now);
    const byId = Object.fromEntries(health.map((o) => [o.id, o]));
    expect(byId['caspian-herald']).toMatchObject({ silent: null, failing: false });
    expect(byId['caspian-herald']!.articlesLast24h).toBeGreaterThan(0);
    expect(byId['caspian-herald']!.lastArticleAt).toBeInstanceOf(Date);
    expect(byId['open-wire']).toMatchObject({ silent: 'no successful fetch in 48 h', failing: true });
    expect(byId['baku-observer']!.silent).toBe('never fetched successfully');

    const page = (await api(h.app, admin, 'GET', '/admin/outlets')).body;
    expect(page).toMatch(/Silent: .*Baku Observer.*never fetched successfully.*Open Wire.*no successful fetch in 48 h/s);
    expect(page).toContain('<tr id="outlet-open-wire" class="silent">');
    expect(page).toContain('HTTP 503 &lt;from upstream&gt;');
    expect(page).not.toContain('<tr id="outlet-caspian-herald" class="silent">');
  });

  it('lists the latest digest deliveries with a failed one\'s reason, and says the digest is not scheduled without Redis', async () => {
    const list = await createWatchlist(h.db, { name: 'Desk <b>one</b>', email: 'desk@habeas.test' });
    const claim = await claimDelivery(h.db, {
      idempotencyKey: `watchlist:${list.id}:test`, watchlistId: list.id, watchlistName: list.name,
      period: { start: new Date('2026-11-30T07:00:00Z'), end: new Date('2026-12-01T07:00:00Z') }, explicit: false, messageId: '<x@habeas.invalid>', leaseMs: 60_000,
    });
    if (claim.state !== 'claimed') throw new Error(`unexpected claim ${claim.state}`);
    await markDeliveryFailed(h.db, claim.delivery.id, { error: '550 mailbox unavailable', attempts: 1, recipients: ['desk@habeas.test'] });
    const page = (await api(h.app, admin, 'GET', '/admin/outlets')).body;
    const digest = page.slice(page.indexOf('<h2>Digest</h2>'));
    expect(digest).toContain('<th scope="row">Desk &lt;b&gt;one&lt;/b&gt;</th>');
    expect(digest).toMatch(/<td class="bad">failed<\/td><td>0<\/td><td>1<\/td><td><span class="bad">550 mailbox unavailable<\/span>/);
    // Without Redis the schedule is unknown; the queue section already says Redis is unreachable.
    expect(digest).not.toContain('Sent daily by');
  });
});
