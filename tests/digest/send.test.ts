import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { articles } from '../../fixtures/digest/articles.ts';
import { deliverDigest, deliveryKey, planPeriod, reviewLinks, type DeliverOptions, type Watchlist } from '../../digest/index.ts';
import {
  addWatchlistPerson, claimDelivery, confirmEvent, createWatchlist, findPeopleByAlias, getWatchlistByName, groupCandidate, listDeliveries, updateWatchlistEmail, type Db,
} from '../../store/index.ts';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { seedArticle, seedDigestFixtures, type Seeded } from './seed.ts';
import { startSmtpServer, type TestSmtpServer } from './smtp.ts';

const links = reviewLinks('http://127.0.0.1:3000');
const fast = { attempts: 3, baseDelayMs: 20, maxDelayMs: 100 };

describe('sending the digest over SMTP', () => {
  let database: TestDatabase;
  let db: Db;
  let seeded: Seeded;
  const servers: TestSmtpServer[] = [];
  let counter = 0;

  async function server(options: Parameters<typeof startSmtpServer>[0] = {}) {
    const started = await startSmtpServer(options);
    servers.push(started);
    return started;
  }

  /** A watchlist of its own per test, so each test's deliveries start from nothing. */
  async function watchlist(email = 'monitor@fixture.example, second@fixture.example'): Promise<Watchlist> {
    counter += 1;
    const created = await createWatchlist(db, { name: `Monitors ${counter}`, email });
    const [person] = await findPeopleByAlias(db, 'Samir Novruzlu');
    await addWatchlistPerson(db, created.id, person!.id);
    return getWatchlistByName(db, created.name);
  }

  const options = (url: string, extra: Partial<DeliverOptions> = {}): DeliverOptions => ({
    // settleMs 0: periods end now, so what a test just confirmed is in the next digest.
    smtpUrl: url, from: 'Habeas Digest <digest@habeas.fixture.example>', links, retry: fast, timeoutMs: 5_000, settleMs: 0, ...extra,
  });

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    db = database.store.db;
    seeded = await seedDigestFixtures(db);
  });
  afterEach(async () => {
    while (servers.length) await servers.pop()!.close();
  });
  afterAll(async () => database?.drop());

  it('sends one message with a subject, a plain-text and an HTML part to every address of the watchlist', async () => {
    const smtp = await server();
    const list = await watchlist();
    const outcome = await deliverDigest(db, list, options(smtp.url));
    expect(outcome).toMatchObject({ state: 'sent', resumed: false });
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail!.envelope.to.sort()).toEqual(['monitor@fixture.example', 'second@fixture.example']);
    expect(mail!.envelope.from).toBe('digest@habeas.fixture.example');
    expect(mail!.parsed.subject).toMatch(/^Habeas: 4 confirmed events, 1 on Monitors \d+ · \d+ \w+ \d{4}$/);
    expect(mail!.parsed.text).toContain('Arrest · 2 November 2026 · Samir Novruzlu (watched)');
    expect(mail!.parsed.text).toContain('Awaiting review: 1');
    expect(mail!.parsed.html).toContain('&lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt;');
    expect(mail!.parsed.html).not.toContain('<script>');
    expect(mail!.parsed.headers.get('auto-submitted')).toBe('auto-generated');
    expect(mail!.parsed.messageId).toMatch(/^<digest-[0-9a-f]{32}@habeas\.fixture\.example>$/);
    const [delivery] = await listDeliveries(db, { watchlistId: list.id });
    expect(delivery).toMatchObject({ status: 'SENT', attempts: 1, pendingCount: 1, subject: mail!.parsed.subject });
    expect(delivery!.eventIds.sort((a, b) => a - b)).toEqual(['mirzayev-sentence', 'novruzlu-arrest', 'hasanova-release', 'pardon-41'].map((k) => seeded.events[k]!).sort((a, b) => a - b));
  });

  it('sends nothing the second time for the same period, and then only what was confirmed since', async () => {
    const smtp = await server();
    const list = await watchlist();
    expect((await deliverDigest(db, list, options(smtp.url))).state).toBe('sent');
    expect((await deliverDigest(db, list, options(smtp.url))).state).toBe('empty');
    expect((await deliverDigest(db, list, options(smtp.url))).state).toBe('empty');
    expect(smtp.received).toHaveLength(1);

    // A new confirmation after the first digest's period: the next digest holds it alone.
    const article = { ...articles[0]!, url: 'https://wire.fixture.example/2026/11/30/editor-sentenced', title: 'Editor sentenced', events: [{ ...articles[0]!.events[0]!, people: ['Nurlan Qasimov'], key: 'qasimov' }] };
    article.text = article.text.replace('economist Rauf Mirzayev', 'editor Nurlan Qasimov');
    article.events[0]!.quote = 'sentenced editor Nurlan Qasimov to six years in prison on smuggling charges';
    const { candidates } = await seedArticle(db, article);
    const { eventId } = await groupCandidate(db, candidates[0]!.id);
    await confirmEvent(db, { eventId, userId: seeded.reviewerId });
    const next = await deliverDigest(db, list, options(smtp.url));
    expect(next.state).toBe('sent');
    expect(smtp.received).toHaveLength(2);
    expect(smtp.received[1]!.parsed.subject).toMatch(/^Habeas: 1 confirmed event, 0 on /);
    expect(smtp.received[1]!.parsed.text).toContain('Nurlan Qasimov');
    expect(smtp.received[1]!.parsed.text).not.toContain('Rauf Mirzayev');
    const deliveries = await listDeliveries(db, { watchlistId: list.id });
    expect(deliveries.map((d) => d.status)).toEqual(['SENT', 'SENT']);
    // Back to back: the second period starts exactly where the first ended.
    expect(deliveries[0]!.periodStart.getTime()).toBe(deliveries[1]!.periodEnd.getTime());
  });

  it('sends once when two senders race for the same period', async () => {
    const smtp = await server();
    const list = await watchlist();
    const now = new Date();
    const outcomes = await Promise.all([deliverDigest(db, list, options(smtp.url, { now })), deliverDigest(db, list, options(smtp.url, { now }))]);
    expect(outcomes.map((o) => o.state).sort()).toEqual(expect.arrayContaining(['sent']));
    expect(outcomes.filter((o) => o.state === 'sent')).toHaveLength(1);
    expect(outcomes.map((o) => o.state).every((s) => ['sent', 'busy', 'already-sent'].includes(s))).toBe(true);
    expect(smtp.received).toHaveLength(1);
  });

  it('sends an explicit period (--since/--until) once, however often it is asked for', async () => {
    const smtp = await server();
    const list = await watchlist();
    const period = { since: new Date(Date.now() - 7 * 86_400_000), until: new Date(Date.now() + 1_000) };
    expect((await deliverDigest(db, list, options(smtp.url, period))).state).toBe('sent');
    const again = await deliverDigest(db, list, options(smtp.url, period));
    expect(again.state).toBe('already-sent');
    expect(smtp.received).toHaveLength(1);
    // The running digest is not moved by it: it still covers the last 24 hours.
    expect((await deliverDigest(db, list, options(smtp.url))).state).toBe('sent');
    expect(smtp.received).toHaveLength(2);
  });

  it('takes over a delivery whose sender stopped once its claim runs out, and sends it once', async () => {
    const smtp = await server();
    const list = await watchlist();
    const now = new Date();
    const period = await planPeriod(db, list.id, { now, settleMs: 0 });
    // A sender claimed this period and died before sending: its lease lapses after 1 ms.
    const key = deliveryKey(list.id, period);
    const claim = await claimDelivery(db, { idempotencyKey: key, watchlistId: list.id, watchlistName: list.name, period, explicit: false, messageId: '<crashed@fixture.example>', leaseMs: 1, now });
    expect(claim.state).toBe('claimed');
    await new Promise((resolve) => setTimeout(resolve, 5));
    const outcome = await deliverDigest(db, list, options(smtp.url));
    expect(outcome).toMatchObject({ state: 'sent', resumed: true });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.parsed.messageId).toBe('<crashed@fixture.example>');
    expect(await listDeliveries(db, { watchlistId: list.id })).toHaveLength(1);
  });

  it('retries a server that says "try again later", and sends once it accepts', async () => {
    const smtp = await server({ failTimes: 2, failCode: 451 });
    const list = await watchlist();
    const retries: number[] = [];
    const outcome = await deliverDigest(db, list, options(smtp.url, { onRetry: ({ attempt }) => retries.push(attempt) }));
    expect(outcome.state).toBe('sent');
    expect(retries).toEqual([1, 2]);
    expect(smtp.attempts).toBe(3);
    expect(smtp.received).toHaveLength(1);
    expect((await listDeliveries(db, { watchlistId: list.id }))[0]).toMatchObject({ status: 'SENT', attempts: 3 });
  });

  it('reports a server that keeps failing after its retries, records it, and the next run sends the same period', async () => {
    const failing = await server({ failTimes: 100, failCode: 451 });
    const list = await watchlist();
    const outcome = await deliverDigest(db, list, options(failing.url));
    expect(outcome.state).toBe('failed');
    if (outcome.state !== 'failed') return;
    expect(outcome.error.message).toMatch(/after 3 attempts: .*451/);
    expect(failing.attempts).toBe(3);
    const [failed] = await listDeliveries(db, { watchlistId: list.id });
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 3 });
    expect(failed!.lastError).toMatch(/451/);

    // Later, with the server back: the same period (and Message-ID) goes out, once.
    const healthy = await server();
    const resumed = await deliverDigest(db, list, options(healthy.url));
    expect(resumed).toMatchObject({ state: 'sent', resumed: true });
    const deliveries = await listDeliveries(db, { watchlistId: list.id });
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toMatchObject({ id: failed!.id, status: 'SENT', attempts: 4, periodStart: failed!.periodStart, periodEnd: failed!.periodEnd });
    expect(healthy.received[0]!.parsed.messageId).toBe(failed!.messageId);
  });

  it('retries a server that is not there, then reports it', async () => {
    const gone = await server();
    const url = gone.url;
    await servers.pop()!.close();
    const list = await watchlist();
    const outcome = await deliverDigest(db, list, options(url));
    expect(outcome.state).toBe('failed');
    if (outcome.state === 'failed') expect(outcome.error.message).toMatch(/after 3 attempts: .*(ECONNECTION|ECONNREFUSED)/);
  });

  it('does not retry a permanent refusal (550)', async () => {
    const smtp = await server({ failTimes: 100, failCode: 550 });
    const list = await watchlist();
    const outcome = await deliverDigest(db, list, options(smtp.url));
    expect(outcome.state).toBe('failed');
    expect(smtp.attempts).toBe(1);
    if (outcome.state === 'failed') expect(outcome.error.message).toMatch(/after 1 attempt \(permanent error, not retried\): .*550/);
  });

  it('logs in with the credentials of SMTP_URL and names only host and port when it fails', async () => {
    const smtp = await server({ auth: { user: 'digest-user', pass: 's3cret-pa55' } });
    const list = await watchlist('one@fixture.example');
    expect((await deliverDigest(db, list, options(smtp.url))).state).toBe('sent');
    expect(smtp.received[0]!.user).toBe('digest-user');
    const wrong = smtp.url.replace('s3cret-pa55', 'wrong-pa55');
    const other = await watchlist('two@fixture.example');
    const outcome = await deliverDigest(db, other, options(wrong));
    expect(outcome.state).toBe('failed');
    if (outcome.state !== 'failed') return;
    expect(outcome.error.message).toContain(`smtp://127.0.0.1:${smtp.port}`);
    expect(outcome.error.message).not.toMatch(/wrong-pa55|digest-user/);
    expect(outcome.error.message).toMatch(/permanent error, not retried/);
  });

  it('refuses to send to a watchlist with no e-mail address', async () => {
    const list = await watchlist();
    await updateWatchlistEmail(db, list.id, null);
    await expect(deliverDigest(db, await getWatchlistByName(db, list.name), options('smtp://127.0.0.1:1'))).rejects.toThrow(/has no e-mail address/);
  });
});
