import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../core/index.ts';
import {
  backoffDelay, classifyMailError, dateText, deliveryKey, parseMoment, parseRecipients, resolvePeriod, reviewLinks, safeHttpUrl, SETTLE_MS, termText, uuidV5,
} from '../../digest/index.ts';
import { escapeMarkdown, html } from '../../digest/render/escape.ts';
import { httpHeadersOf } from '../../digest/export/warc.ts';

describe('digest wording', () => {
  it.each([
    ['2016-06-15', '15 June 2016'],
    ['2016-06', 'June 2016'],
    ['2016', '2016'],
    [null, 'date not reported'],
  ])('writes the date %s at its own precision: %s', (date, text) => {
    expect(dateText(date)).toBe(text);
  });

  it.each([
    [96, '8 years'],
    [12, '1 year'],
    [30, '2 years 6 months'],
    [4, '4 months'],
    [1, '1 month'],
    [0, '0 months'],
    [null, null],
  ])('writes a term of %s months as %s', (months, text) => {
    expect(termText(months)).toBe(text);
  });
});

describe('escaping', () => {
  it('escapes every interpolated value in HTML, and nothing the template wrote', () => {
    const title = '<img src=x onerror="alert(1)"> & \'quoted\'';
    expect(html`<p title="${title}">${title}</p>`.value).toBe(
      '<p title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;quoted&#39;">&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;quoted&#39;</p>',
    );
    expect(html`<div>${html`<b>${'<i>'}</b>`}</div>`.value).toBe('<div><b>&lt;i&gt;</b></div>');
    expect(html`<p>${['a<', html`<br>`, null, false, 3]}</p>`.value).toBe('<p>a&lt;<br>3</p>');
  });

  it('drops control characters and line breaks from hostile text', () => {
    expect(html`${'a\u0000b\u001bc\nd\u2028e'}`.value).toBe('a b c d e');
  });

  it.each([
    ['*bold* _it_ `code` [link](x) ~~gone~~', '\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) \\~\\~gone\\~\\~'],
    ['<script>a & b</script>', '&lt;script>a &amp; b&lt;/script>'],
    ['back\\slash', 'back\\\\slash'],
  ])('escapes %j for Markdown', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });

  it.each([
    ['https://news.example/a?b=1', 'https://news.example/a?b=1'],
    ['http://news.example/a b', 'http://news.example/a%20b'],
    ['javascript:alert(1)', null],
    ['data:text/html,<script>', null],
    ['not a url', null],
    [null, null],
  ])('links only to http(s): %s', (url, link) => {
    expect(safeHttpUrl(url)).toBe(link);
  });

  it('builds review-app links under a base URL with or without a path', () => {
    expect(reviewLinks('https://review.example/habeas').event(7)).toBe('https://review.example/habeas/events/7');
    expect(reviewLinks('https://review.example/habeas/').snapshot(9)).toBe('https://review.example/habeas/snapshots/9');
    expect(reviewLinks('http://127.0.0.1:3000').event(1)).toBe('http://127.0.0.1:3000/events/1');
  });
});

describe('digest periods', () => {
  const now = new Date('2026-12-01T20:00:00Z');
  const settled = new Date(now.getTime() - SETTLE_MS);

  it('covers the last 24 hours up to a minute ago when nothing was sent yet', () => {
    expect(resolvePeriod({ now })).toEqual({ start: new Date(settled.getTime() - 86_400_000), end: settled, explicit: false });
  });

  it('starts where the last sent digest ended, so none is skipped however long the gap', () => {
    const lastSentEnd = new Date('2026-11-25T08:00:00Z');
    expect(resolvePeriod({ now, lastSentEnd })).toEqual({ start: lastSentEnd, end: settled, explicit: false });
  });

  it('is empty, not reversed, right after a digest was sent', () => {
    const lastSentEnd = new Date(now.getTime() - 10_000);
    expect(resolvePeriod({ now, lastSentEnd })).toEqual({ start: lastSentEnd, end: lastSentEnd, explicit: false });
  });

  it('keys a running period by watchlist and start, an explicit one by both ends', () => {
    const start = new Date('2026-11-30T19:59:00Z');
    const end = new Date('2026-12-01T19:59:00Z');
    expect(deliveryKey(3, { start, end, explicit: false })).toBe('watchlist:3:2026-11-30T19:59:00.000Z');
    expect(deliveryKey(3, { start, end: new Date(end.getTime() + 5), explicit: false })).toBe(deliveryKey(3, { start, end, explicit: false }));
    expect(deliveryKey(3, { start, end, explicit: true })).toBe('watchlist:3:2026-11-30T19:59:00.000Z/2026-12-01T19:59:00.000Z');
  });

  it('refuses an explicit period that ends before it starts', () => {
    expect(() => resolvePeriod({ now, since: now, until: new Date(now.getTime() - 1) })).toThrow(/must start before it ends/);
  });

  it.each([
    ['2026-11-30', '2026-11-30T00:00:00.000Z'],
    ['2026-11-30T18:00Z', '2026-11-30T18:00:00.000Z'],
    ['2026-11-30T18:00:00+04:00', '2026-11-30T14:00:00.000Z'],
    ['2026-11-30 18:00', '2026-11-30T18:00:00.000Z'],
    ['36h', '2026-11-30T08:00:00.000Z'],
    ['7d', '2026-11-24T20:00:00.000Z'],
    ['90m', '2026-12-01T18:30:00.000Z'],
    ['2026-02-30', null],
    ['yesterday', null],
    ['', null],
  ])('reads --since %j as %s', (value, iso) => {
    expect(parseMoment(value, now)?.toISOString() ?? null).toBe(iso);
  });
});

describe('mail delivery policy', () => {
  it('backs off exponentially with jitter, capped', () => {
    const policy = { attempts: 5, baseDelayMs: 2_000, maxDelayMs: 60_000 };
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, policy, () => 1))).toEqual([2_000, 8_000, 32_000, 60_000]);
    expect(backoffDelay(1, policy, () => 0)).toBe(1_000);
  });

  it.each([
    [{ code: 'ECONNECTION', message: 'Connection refused' }, true],
    [{ code: 'ETIMEDOUT', message: 'Timeout' }, true],
    [{ code: 'EENVELOPE', responseCode: 451, permanent: false, message: 'try later' }, true],
    [{ code: 'EMESSAGE', responseCode: 550, permanent: true, message: 'mailbox unavailable' }, false],
    [{ code: 'EAUTH', responseCode: 535, permanent: true, message: 'Invalid login' }, false],
    [{ code: 'EENVELOPE', message: 'No recipients defined' }, false],
  ])('retries %j: %s', (fields, retryable) => {
    expect(classifyMailError(Object.assign(new Error(fields.message), fields)).retryable).toBe(retryable);
  });

  it('reads a watchlist\'s addresses and refuses a malformed one by name', () => {
    expect(parseRecipients('a@fixture.example, B@fixture.example; a@FIXTURE.example')).toEqual(['a@fixture.example', 'B@fixture.example']);
    expect(parseRecipients('')).toEqual([]);
    expect(() => parseRecipients('a@fixture.example, not-an-address')).toThrow(/not an e-mail address: "not-an-address"/);
  });
});

describe('WARC records', () => {
  it('gives name-based UUIDs (RFC 9562 v5) that match the standard test vector', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('keeps headers as fetched, renames the wire encoding, repeats multi-valued ones and strips line breaks', () => {
    expect(httpHeadersOf({ 'content-type': 'text/html', 'content-encoding': 'gzip', 'transfer-encoding': 'chunked', 'content-length': '10', 'set-cookie': ['a=1', 'b=2'], 'x-evil': 'a\r\nInjected: yes' }, 1234)).toEqual([
      ['content-type', 'text/html'],
      ['X-Archive-Orig-content-encoding', 'gzip'],
      ['X-Archive-Orig-transfer-encoding', 'chunked'],
      ['X-Archive-Orig-content-length', '10'],
      ['set-cookie', 'a=1'],
      ['set-cookie', 'b=2'],
      ['x-evil', 'a Injected: yes'],
      ['Content-Length', '1234'],
    ]);
  });
});

describe('digest settings', () => {
  it('defaults the public URL to the local review app and the sender to localhost', () => {
    expect(parseConfig({})).toMatchObject({ HABEAS_PUBLIC_URL: 'http://127.0.0.1:3000', HABEAS_MAIL_FROM: 'Habeas <habeas@localhost>' });
  });

  it('refuses a public URL that is not http(s), naming the setting', () => {
    expect(() => parseConfig({ HABEAS_PUBLIC_URL: 'ftp://review.example' })).toThrow(/HABEAS_PUBLIC_URL: expected a URL starting with http:\/\/ or https:\/\//);
  });

  it('schedules the daily digest at 07:00 UTC unless told another cron pattern or off', () => {
    expect(parseConfig({}).HABEAS_DIGEST_SCHEDULE).toBe('0 7 * * *');
    expect(parseConfig({ HABEAS_DIGEST_SCHEDULE: ' 30 6 * * 1-5 ' }).HABEAS_DIGEST_SCHEDULE).toBe('30 6 * * 1-5');
    expect(parseConfig({ HABEAS_DIGEST_SCHEDULE: 'off' }).HABEAS_DIGEST_SCHEDULE).toBe('off');
    expect(() => parseConfig({ HABEAS_DIGEST_SCHEDULE: 'daily' })).toThrow(/HABEAS_DIGEST_SCHEDULE: a cron pattern of five fields/);
  });
});
