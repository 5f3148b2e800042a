import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, login, startHarness, type ReviewHarness, type Session } from './support.ts';

let h: ReviewHarness;
let viewer: Session;

beforeAll(async () => {
  h = await startHarness();
  viewer = await login(h.app, 'VIEWER');
});
afterAll(async () => h?.close());

/** Tags and attributes that would run script if the page were live HTML. */
function liveMarkup(body: string): string[] {
  const found: string[] = [];
  for (const match of body.matchAll(/<script\b[^>]*>/gi)) if (!/^<script src="\/static\/app\.[0-9a-f]{12}\.js" defer>$/.test(match[0])) found.push(match[0]);
  for (const match of body.matchAll(/<[a-z][^>]*\son\w+\s*=/gi)) found.push(match[0]);
  for (const match of body.matchAll(/\b(?:href|src|action)\s*=\s*["']?\s*javascript:/gi)) found.push(match[0]);
  for (const match of body.matchAll(/<(?:img|svg|iframe|object|embed)\b(?![^>]*class="snapshot-frame")[^>]*>/gi)) found.push(match[0]);
  return found;
}

describe('hostile article content', () => {
  it('sends a strict Content-Security-Policy and the other security headers on every page', async () => {
    for (const url of ['/inbox', `/events/${h.seeded.hostile!.eventIds[0]}`, '/login']) {
      const response = await api(h.app, viewer, 'GET', url);
      const csp = String(response.headers['content-security-policy']);
      for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'none'"]) expect(csp, url).toContain(directive);
      expect(csp).not.toContain('unsafe-inline');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it('renders the hostile title, text and evidence as text on the event page, with no live markup', async () => {
    const response = await api(h.app, viewer, 'GET', `/events/${h.seeded.hostile!.eventIds[0]}`);
    expect(response.statusCode).toBe(200);
    expect(liveMarkup(response.body)).toEqual([]);
    expect(response.body).toContain('&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;Activist &lt;script&gt;window.__pwned=1&lt;/script&gt; detained');
    expect(response.body).toContain('<mark>Activist Gulnar &lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;Aliyeva was detained on 1 June 2024</mark>');
  });

  it('never renders a javascript: address as a link; real originals open with noopener noreferrer', async () => {
    const hostile = await api(h.app, viewer, 'GET', `/events/${h.seeded.hostile!.eventIds[0]}`);
    expect(hostile.body).not.toMatch(/href="javascript:/i);
    expect(hostile.body).toContain('<span class="unsafe-url" title="not an http(s) address: not shown as a link">original</span>');
    const normal = await api(h.app, viewer, 'GET', `/events/${h.seeded.sentence!.eventIds[0]}`);
    expect(normal.body).toContain('<a href="https://open-wire.example/karimov-sentenced" rel="noopener noreferrer nofollow" target="_blank" referrerpolicy="no-referrer">original</a>');
  });

  it('keeps the inbox and the API inert too', async () => {
    const inbox = await api(h.app, viewer, 'GET', '/inbox');
    expect(inbox.body).toContain('Gulnar Aliyeva');
    expect(liveMarkup(inbox.body)).toEqual([]);
    const json = await api(h.app, viewer, 'GET', `/api/events/${h.seeded.hostile!.eventIds[0]}`);
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    expect(json.json().sources[0].article.title).toContain('<script>');
  });

  it('serves the archived page only sandboxed: CSP sandbox with no scripts, as text/plain, or as a download', async () => {
    const snapshot = await h.db.snapshot.findFirstOrThrow({ where: { articleId: h.seeded.hostile!.articleId } });
    const page = await api(h.app, viewer, 'GET', `/snapshots/${snapshot.id}`);
    expect(page.body).toMatch(/<iframe class="snapshot-frame" src="\/snapshots\/\d+\/frame" sandbox title=/);
    const frame = await api(h.app, viewer, 'GET', `/snapshots/${snapshot.id}/frame`);
    const csp = String(frame.headers['content-security-policy']);
    expect(csp).toMatch(/^sandbox;/);
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/script-src|allow-scripts|allow-same-origin/);
    expect(frame.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(frame.body).toContain('<script>window.parent.__pwned=1'); // the bytes as fetched, untouched
    const source = await api(h.app, viewer, 'GET', `/snapshots/${snapshot.id}/source`);
    expect(source.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(source.headers['x-content-type-options']).toBe('nosniff');
    const raw = await api(h.app, viewer, 'GET', `/snapshots/${snapshot.id}/raw`);
    expect(raw.headers['content-disposition']).toMatch(/^attachment;/);
    expect(raw.headers['content-type']).toBe('application/octet-stream');
    expect((await api(h.app, null, 'GET', `/snapshots/${snapshot.id}/frame`)).statusCode).toBe(303);
  });
});
