// Discovery parsers and URL canonicalisation, on the fixture files and small inline cases.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { linksFromFeed } from '../../crawler/discover/feed.ts';
import { canonicalLinkOf, linksFromListing } from '../../crawler/discover/listing.ts';
import { parseSitemap } from '../../crawler/discover/sitemap.ts';
import { canonicalizeUrl, PermanentFetchError } from '../../crawler/index.ts';
import { sitesDir } from '../../fixtures/server.ts';

const site = (file: string) => readFile(path.join(sitesDir, file), 'utf8').then((text) => text.replaceAll('{{BASE}}', 'https://fixture.test'));

describe('feeds', () => {
  it('reads the article links of a WordPress RSS feed', async () => {
    const { links, problem } = linksFromFeed(await site('wire/feed/index.xml'));
    expect(problem).toBeUndefined();
    expect(links).toHaveLength(4);
    expect(links[0]).toEqual({ url: expect.stringMatching(/^https:\/\/fixture\.test\/wire\/2026\/11\/12\/.*utm_source=rss/), published: 'Thu, 12 Nov 2026 16:20:00 +0400' });
  });

  it('reads Atom entries by their alternate link', () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:x</id><updated>2026-11-01T00:00:00Z</updated>
      <entry><title>A</title><id>urn:a</id><updated>2026-11-01T00:00:00Z</updated><link rel="edit" href="https://x.test/edit/1"/><link rel="alternate" href="https://x.test/a"/></entry></feed>`;
    expect(linksFromFeed(atom).links.map((l) => l.url)).toEqual(['https://x.test/a']);
  });

  it('recovers what it can from a feed that is not well-formed, and names the problem', async () => {
    const { links, problem } = linksFromFeed(await site('vestnik/rss.xml'));
    expect(problem).toMatch(/not well-formed XML/);
    expect(links.map((l) => l.url)).toContain('https://fixture.test/vestnik/news/2026/court-extends-detention-of-teachers.html');
  });

  it('fails with a clear reason on something that is not a feed at all', () => {
    expect(() => linksFromFeed('<html><body>hello</body></html>')).toThrow(PermanentFetchError);
    expect(() => linksFromFeed('<rss><channel><item><title>x')).toThrow(/malformed|not well-formed|feed/);
  });
});

describe('sitemaps', () => {
  it('lists the child sitemaps of a sitemap index', async () => {
    expect(parseSitemap(await site('ledger/sitemap.xml'))).toEqual({
      kind: 'index',
      sitemaps: ['https://fixture.test/ledger/news-sitemap.xml', 'https://fixture.test/ledger/sitemap-pages.xml'],
    });
  });

  it('reads a Google News sitemap newest first, with publication dates', async () => {
    const content = parseSitemap(await site('ledger/news-sitemap.xml'));
    expect(content.kind).toBe('urlset');
    if (content.kind !== 'urlset') return;
    expect(content.links.map((l) => l.published)).toEqual(['2026-11-10T12:05:00+04:00', '2026-11-07T14:30:00+04:00', '2026-11-03T10:00:00+04:00']);
  });

  it('refuses a sitemap that is not well-formed XML, naming the line', async () => {
    const broken = await site('errors/broken-sitemap.xml');
    expect(() => parseSitemap(broken)).toThrow(/not well-formed XML: .*line/);
  });
});

describe('listing pages', () => {
  it('picks the links the selector names, absolute against the page', async () => {
    const links = linksFromListing(await site('vestnik/news/index.html'), 'https://fixture.test/vestnik/news/', 'ul.news-list a.headline');
    expect(links).toHaveLength(4);
    expect(links[0]!.url).toBe('https://fixture.test/vestnik/news/2026/court-extends-detention-of-teachers.html');
  });

  it('finds rel=canonical', () => {
    expect(canonicalLinkOf('<head><link href="/a/b" rel="canonical"></head>', 'https://x.test/a/b?ref=1')).toBe('https://x.test/a/b');
  });
});

describe('URL canonicalisation', () => {
  it.each([
    ['https://X.test/a?utm_source=rss&utm_medium=feed', 'https://x.test/a'],
    ['https://x.test/a?id=3&fbclid=zz#comments', 'https://x.test/a?id=3'],
    ['https://x.test:443/a/', 'https://x.test/a/'],
    ['http://user:pw@x.test/a?b=1&ref=home', 'http://x.test/a?b=1'],
    ['mailto:editor@x.test', undefined],
    ['javascript:void(0)', undefined],
  ])('%s → %s', (input, expected) => {
    expect(canonicalizeUrl(input)).toBe(expected);
  });

  it('resolves relative links against a base', () => {
    expect(canonicalizeUrl('../b?utm_campaign=x', 'https://x.test/a/c/')).toBe('https://x.test/a/b');
  });
});
