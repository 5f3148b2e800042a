// What the parser is handed: charsets (from the BOM, the Content-Type header or <meta>),
// files plain or gzipped, and hostile or non-HTML input, which gets a reason, never an
// exception.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemorySink, outletSchema, parseArticle, readHtmlFile } from '../../crawler/index.ts';
import { parseToFields, storeArticlePage } from '../../crawler/crawl/article.ts';
import { emptyCounts } from '../../crawler/crawl/summary.ts';
import { sitesDir } from '../../fixtures/server.ts';
import { page, story } from './parse-support.ts';

const paragraphs = (extra: string) => `<article><p>${story[0]}</p><p>${extra}</p><p>${story[1]}</p></article>`;

describe('charsets', () => {
  const cases = [
    { charset: 'windows-1251', sample: 'Суд продлил арест двум учителям, обвиняемым в экстремизме, ещё на три месяца.' },
    { charset: 'iso-8859-1', sample: 'Le tribunal de São Paulo a condamné le journaliste, a déclaré son avocat à la presse.' },
    { charset: 'iso-8859-2', sample: 'Sąd w Łodzi skazał dziennikarza na dwa lata, powiedział jego adwokat, który złoży apelację.' },
    { charset: 'iso-8859-9', sample: 'Mahkeme gazeteciyi iki yıl hapis cezasına çarptırdı; avukatı kararı temyize götüreceğini söyledi.' },
  ];
  const encoded = (charset: string, sample: string, head: string) => iconv.encode(page(paragraphs(sample), head).replace('<meta charset="utf-8">', ''), charset);

  it.each(cases)('decodes $charset declared only in <meta>', ({ charset, sample }) => {
    const parsed = parseArticle({ html: encoded(charset, sample, `<meta http-equiv="Content-Type" content="text/html; charset=${charset}">`), contentType: 'text/html' });
    expect(parsed.text).toContain(sample);
  });

  it.each(cases)('decodes $charset declared only in the Content-Type header', ({ charset, sample }) => {
    const parsed = parseArticle({ html: encoded(charset, sample, ''), contentType: `text/html; charset=${charset}` });
    expect(parsed.text).toContain(sample);
  });

  it('lets a UTF-8 byte-order mark win over a wrong header', () => {
    const sample = cases[0]!.sample;
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page(paragraphs(sample)).replace('<meta charset="utf-8">', ''))]);
    expect(parseArticle({ html: bytes, contentType: 'text/html; charset=iso-8859-1' }).text).toContain(sample);
  });

  it('reads UTF-16 with its byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page(paragraphs(cases[0]!.sample)).replace('<meta charset="utf-8">', ''), 'utf16le')]);
    expect(parseArticle({ html: bytes }).text).toContain(cases[0]!.sample);
  });

  it('parses invalid UTF-8 with replacement characters and says so', () => {
    const [before, after] = page(paragraphs('The verdict was read out in court. BROKEN And the hearing closed after an hour.')).split('BROKEN');
    const parsed = parseArticle({ html: Buffer.concat([Buffer.from(before!), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from(after!)]), contentType: 'text/html; charset=utf-8' });
    expect(parsed.text).toContain('\ufffd');
    expect(parsed.text).toContain(story[1]);
    expect(parsed.warnings).toEqual([expect.stringMatching(/invalid UTF-8/)]);
  });
});

describe('bad input', () => {
  const html = page(paragraphs('A third paragraph that is long enough to count as a paragraph of the story.'));
  const notHtml: Array<[string, Buffer | string, string | undefined, RegExp]> = [
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'), 'text/html', /PDF/],
    ['a PNG image', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]), 'image/png', /PNG/],
    ['a JPEG image', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 7)]), 'text/html', /JPEG/],
    ['a GIF image', Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'), undefined, /GIF/],
    ['a ZIP archive', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), 'application/zip', /ZIP/],
    ['gzip bytes nobody decompressed', gzipSync(html), 'text/html', /gzip/],
    ['binary noise', Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 9)), 'text/html', /binary/],
    ['JSON served as text/html', Buffer.from('{"articles": [{"title": "<b>Not a page</b>"}]}'), 'text/html', /JSON/],
    ['JSON', Buffer.from('[1, 2, 3]'), 'application/json', /JSON/],
    ['plain text', Buffer.from('This is a plain text notice, not a web page. It has sentences, but no markup at all.'), 'text/plain', /plain text/],
    ['an empty body', Buffer.alloc(0), 'text/html', /empty/],
    ['whitespace only', Buffer.from(' \n\t\r\n '), 'text/html', /empty/],
    ['markup nested 100,000 deep', Buffer.from(`<html><body>${'<div>'.repeat(100_000)}<p>${story[0]}</p></body></html>`), 'text/html', /nested more than/],
  ];

  it.each(notHtml)('refuses %s with a reason and an empty text', (_what, bytes, contentType, reason) => {
    const parsed = parseArticle({ html: bytes, contentType });
    expect(parsed.text).toBe('');
    expect(parsed.notArticle).toMatch(reason);
    expect(parsed.error).toBeUndefined();
  });

  it('reads HTML served as text/plain, or with no Content-Type, as HTML', () => {
    for (const contentType of ['text/plain; charset=utf-8', undefined, 'application/octet-stream']) {
      expect(parseArticle({ html: Buffer.from(html), contentType }).text.split('\n\n')).toHaveLength(3);
    }
  });

  it('says there is no article text when an HTML page has none', () => {
    const parsed = parseArticle({ html: page('<nav><a href="/">Home</a></nav><p>Short.</p>') });
    expect(parsed).toMatchObject({ text: '', notArticle: 'no article text found' });
  });

  it('parses a 5 MB page and bounds what it returns', () => {
    const big = `<!doctype html><html><body><article>${`<p>${'filler text, more filler, '.repeat(40)}</p>\n`.repeat(5_000)}</article></body></html>`;
    expect(big.length).toBeGreaterThan(5_000_000);
    const parsed = parseArticle({ html: Buffer.from(big), contentType: 'text/html' });
    expect(parsed.text.length).toBeGreaterThan(4_000_000);
    expect(parsed.text.length).toBeLessThanOrEqual(6_000_000);
  });

  it.each([
    ['unclosed tags', `<html><body><div><p>${story[0]}<p>${story[1]}<div><span><b><i>${story[2]}`],
    ['a fragment with no <html> or <body>', `<p>${story[0]}</p><p>${story[1]}</p>`],
    ['a <body> without <html>', `<head><title>T</title></head><body><p>${story[0]}</p><p>${story[1]}</p></body>`],
    ['an unclosed <script>', `<html><body><p>${story[0]}</p><p>${story[1]}</p><script>var a = "<p>never closed`],
    ['NUL bytes and stray angle brackets', `<html><body><p>${story[0]}\u0000 < > <<</p><p>${story[1]} <3 ></p><!-- unterminated comment`],
    ['broken JSON-LD and absurd attributes', `<html><head><script type="application/ld+json">{"@graph": [[[[{"datePublished": {}}]]]]}</script></head><body><p x="${'"'.repeat(1000)}">${story[0]}</p><p>${story[1]}</p></body></html>`],
  ])('does not throw on %s', (_what, text) => {
    const parsed = parseArticle({ html: Buffer.from(text), contentType: 'text/html' });
    expect(parsed.error).toBeUndefined();
    expect(parsed.text).toContain(story[0]!.slice(0, 40));
  });

  it('stores a parser failure as FAILED and a page that is not an article as NOT_ARTICLE, with its reason', async () => {
    const notArticle = await parseToFields(parseArticle, Buffer.from('%PDF-1.4'), 'https://x.example/a.pdf', 'application/pdf');
    expect(notArticle).toMatchObject({ parseStatus: 'NOT_ARTICLE', parseError: 'not an HTML page: a PDF document', parserVersion: 'parse-1' });
    const failing = await parseToFields(() => ({ ...parseArticle({ html: '' }), error: 'parser error: boom' }), Buffer.from(html), 'https://x.example/a', 'text/html');
    expect(failing).toMatchObject({ parseStatus: 'FAILED', parseError: 'parser error: boom' });
  });
});

describe('readHtmlFile', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'habeas-parse-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads a plain file, a .gz file and a gzipped file without the .gz name', async () => {
    const html = page(paragraphs('Ünïcödé text survives the round trip through gzip.'));
    await writeFile(path.join(dir, 'a.html'), html);
    await writeFile(path.join(dir, 'b.html.gz'), gzipSync(html));
    await writeFile(path.join(dir, 'c.html'), gzipSync(html));
    for (const name of ['a.html', 'b.html.gz', 'c.html']) expect((await readHtmlFile(path.join(dir, name))).html).toBe(html);
  });

  it('decodes a Windows-1251 file by its <meta> charset', async () => {
    const file = await readHtmlFile(path.join(sitesDir, 'vestnik/news/2026/court-extends-detention-of-teachers.html'));
    expect(file.charset).toBe('windows-1251');
    expect(file.html).toContain('Судебное заседание закрытое');
  });

  it('refuses a file that is not gzip despite its name', async () => {
    await writeFile(path.join(dir, 'd.html.gz'), 'not gzip at all');
    await expect(readHtmlFile(path.join(dir, 'd.html.gz'))).rejects.toThrow(/cannot decompress/);
  });
});

describe('a fetched page that is not an article', () => {
  it('is stored with its snapshot, marked NOT_ARTICLE with the reason, and noted in the crawl summary', async () => {
    const sink = new MemorySink();
    const counts = emptyCounts('test');
    const outlet = outletSchema.parse({ id: 'test', name: 'Test', homepage: 'https://x.example/', feeds: ['https://x.example/feed'] });
    const page = {
      job: { url: 'https://x.example/report', label: 'article' as const }, requestUrl: 'https://x.example/report', finalUrl: 'https://x.example/report',
      status: 200, headers: { 'content-type': 'text/html' }, contentType: 'text/html', body: Buffer.from('%PDF-1.4\n%…'), fetchedAt: new Date(), attempts: 1,
    };
    const stored = await storeArticlePage(page, { outlet, sink, parse: parseArticle, counts });
    expect(stored.parseStatus).toBe('NOT_ARTICLE');
    expect(sink.snapshots).toHaveLength(1);
    expect([...sink.articles.values()][0]!.parsed).toMatchObject({ parseStatus: 'NOT_ARTICLE', parseError: 'not an HTML page: a PDF document' });
    expect(counts.notes).toEqual([{ url: 'https://x.example/report', reason: 'not-article', message: 'stored, but not an HTML page: a PDF document' }]);
  });
});

describe('tag soup', () => {
  it('never fails inside the parser on 500 seeded random tag soups, bytes or text, with and without a profile', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const pick = <T,>(items: T[]): T => items[Math.floor(random() * items.length)]!;
    const tags = ['div', 'p', 'span', 'a', 'h1', 'article', 'aside', 'nav', 'figure', 'table', 'td', 'li', 'br', 'script', 'style', 'time', 'meta', 'html', 'body', 'head', 'title', 'form', '!--', '![CDATA[', 'template', 'blockquote'];
    const attrs = ['class="share"', 'class="content"', 'id="comments"', 'hidden', 'style="display:none"', 'itemprop="datePublished" content="2025-01-01"', 'datetime="2025-13-45"', 'rel="author"', 'type="application/ld+json"', 'role="navigation"', 'class="byline"', 'lang="zz-ZZZZ-999"'];
    const words = ['court', 'sentenced', 'the', 'journalist,', 'ЖЖЖ', '\u0000', '<', '>', '&amp;', '&#xD800;', '&bogus;', '"', '{', '[', '2025-01-01', 'November 4, 2025', '\ufffd', '😀'];
    const failures: string[] = [];
    for (let n = 0; n < 500; n++) {
      let html = '';
      for (let i = Math.floor(random() * 200); i > 0; i--) {
        const r = random();
        if (r < 0.3) html += `<${pick(tags)}${random() < 0.5 ? ` ${pick(attrs)}` : ''}>`;
        else if (r < 0.45) html += `</${pick(tags)}>`;
        else html += ` ${Array.from({ length: Math.floor(random() * 12) }, () => pick(words)).join(' ')}`;
      }
      const profile = random() < 0.2 ? { body: pick(['.content', 'p', '[x']), remove: ['.share', ':::'], title: 'h1', date: 'time' } : undefined;
      const parsed = parseArticle({ html: random() < 0.5 ? Buffer.from(html) : html, url: random() < 0.5 ? 'https://x.example/2025/01/02/a' : 'garbage', contentType: pick(['text/html', 'text/plain', undefined, 'text/html; charset=bogus']), profile });
      if (parsed.error) failures.push(`${parsed.error}: ${html.slice(0, 200)}`);
    }
    expect(failures).toEqual([]);
  });
});
