import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeQueues, createQueues, createRedis, enqueue, extractJob, syncDigestSchedule, type Queues } from '../../queue/index.ts';
import { buildReviewApp } from '../../review/index.ts';
import { dropPrefix, REDIS_URL, testPrefix } from '../support/redis.ts';
import { api, form, login, startHarness, type ReviewHarness } from './support.ts';

let h: ReviewHarness;
let connection: Redis;
let queues: Queues;
let app: ReviewHarness['app'];
const prefix = testPrefix();

beforeAll(async () => {
  h = await startHarness();
  connection = createRedis(REDIS_URL, 'producer');
  queues = createQueues({ connection, prefix });
  app = await buildReviewApp({ db: h.db, queues });
  await enqueue(queues, extractJob, { v: 1, articleId: 1, extractorVersion: 'test' });
});
afterAll(async () => {
  await app?.close();
  if (queues) await closeQueues(queues);
  connection?.disconnect();
  await dropPrefix(prefix);
  await h?.close();
});

describe('queue views for admins', () => {
  it('shows queue counts and outlet health on the outlets page', async () => {
    const admin = await login(app, 'ADMIN');
    expect((await api(app, admin, 'GET', '/admin/outlets')).body).toContain('Not scheduled: <code>habeas run</code> schedules it when');
    await syncDigestSchedule(queues, '0 7 * * *');
    const page = await api(app, admin, 'GET', '/admin/outlets');
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/<th scope="row">extract<\/th>/);
    expect(page.body).toMatch(/Sent daily by <code>habeas run<\/code> at <code>0 7 \* \* \*<\/code> \(cron, UTC\); next run \d{4}-\d\d-\d\d 07:00 UTC\./);
    expect(page.body).toContain('Open the queue dashboard');
    const json = await api(app, admin, 'GET', '/api/outlets');
    expect(json.json().queues.counts.extract.waiting).toBe(1);
    const retry = await form(app, admin, '/admin/queues/retry', {});
    expect(retry.headers.location).toBe('/admin/outlets?done=retried-0');
    // Reviewers read the same counts; retrying and the dashboard stay with admins.
    const reviewer = await login(app, 'REVIEWER');
    const read = await api(app, reviewer, 'GET', '/admin/outlets');
    expect(read.body).toMatch(/<th scope="row">extract<\/th><td>1<\/td>/);
    expect(read.body).not.toContain('action="/admin/queues/retry"');
    expect(read.body).not.toContain('Open the queue dashboard');
    expect((await api(app, reviewer, 'GET', '/api/outlets')).json().queues.counts.extract.waiting).toBe(1);
  });

  it('serves the bull-board dashboard to admins only, read-only, with a CSP that still forbids inline script', async () => {
    const admin = await login(app, 'ADMIN');
    const reviewer = await login(app, 'REVIEWER');
    const page = await api(app, admin, 'GET', '/admin/queues/');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('__UI_CONFIG__');
    // A way back to the app in the dashboard's menu, and no link off-site to bull-board's docs.
    const uiConfig = JSON.parse(/<script id="__UI_CONFIG__" type="application\/json">([^<]*)<\/script>/.exec(page.body)![1]!);
    expect(uiConfig.miscLinks).toEqual([{ text: 'Back to Outlets & queues', url: '/admin/outlets' }, { text: 'Inbox', url: '/inbox' }]);
    expect(uiConfig.hideDocsLink).toBe(true);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    const queueList = await api(app, admin, 'GET', '/admin/queues/api/queues');
    expect(queueList.statusCode).toBe(200);
    expect(queueList.json().queues.every((q: { readOnlyMode: boolean }) => q.readOnlyMode)).toBe(true);
    expect((await api(app, reviewer, 'GET', '/admin/queues/')).statusCode).toBe(403);
    expect((await api(app, reviewer, 'GET', '/admin/queues/api/queues')).statusCode).toBe(403);
    expect((await api(app, null, 'GET', '/admin/queues/api/queues')).statusCode).toBe(303);
    // Its mutating routes meet the CSRF check like every other route.
    const clean = await app.inject({ method: 'PUT', url: '/admin/queues/api/queues/extract/clean/failed', headers: { cookie: admin.cookie } });
    expect(clean.statusCode).toBe(403);
  });
});
