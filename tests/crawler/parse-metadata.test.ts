// Title, byline, dates, language and canonical URL: each source the parser reads, and which
// wins when a page has several.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../crawler/index.ts';
import { fixturePage, page, story } from './parse-support.ts';

const body = story.map((p) => `<p>${p}</p>`).join('');

describe('article metadata from fixture pages', () => {
  const cases = [
    {
      name: 'json-ld-graph.html',
      url: 'https://observer.example/news/2025/editor-hunger-strike?utm_source=feed',
      what: 'a JSON-LD @graph: the NewsArticle node beats <meta> and the WebPage node, its author @id is looked up, og:title beats the headline',
      expected: {
        title: 'Rights group says detained editor on hunger strike',
        byline: 'Leyla Hüseynova',
        published: '2025-03-06T10:15:00+04:00',
        modified: '2025-03-07T08:00:00+04:00',
        lang: 'en',
        canonicalUrl: 'https://observer.example/news/2025/editor-hunger-strike',
      },
    },
    {
      name: 'opengraph.html',
      url: 'https://courier.example/2025/03/appeal-postponed/?ref=home',
      what: 'OpenGraph and article:published_time / modified_time; the site name cut off og:title; og:locale when <html> has no lang',
      expected: {
        title: 'Appeal hearing postponed for third time',
        byline: 'Farid Quliyev',
        published: '2025-03-04T16:30:00Z',
        modified: '2025-03-05T07:45:00Z',
        lang: 'en-GB',
        canonicalUrl: 'https://courier.example/2025/03/appeal-postponed/',
      },
    },
    {
      name: 'itemprop.html',
      url: 'https://sud.example/news/123',
      what: 'microdata: itemprop datePublished / dateModified and the author\'s itemprop name',
      expected: { title: 'Суд оставил журналиста под арестом', byline: 'Ирина Петрова', published: '2025-02-11T11:05:00+03:00', modified: '2025-02-12T18:20:00+03:00', lang: 'ru' },
    },
    {
      name: 'time-elements.html',
      url: 'https://blog.example/freed',
      what: '<time datetime>: the published one, not the updated one nor a comment\'s; rel=author',
      expected: { byline: 'Samir Əhmədli', published: '2025-01-18T09:30:00+04:00', modified: '2025-01-20T12:00:00+04:00' },
    },
    {
      name: 'url-date.html',
      url: 'https://news.example/2025/03/07/lawyers-barred-from-court-building',
      what: 'a date in the URL when the page has none',
      expected: { title: 'Lawyers barred from court building', published: '2025-03-07', modified: null, canonicalUrl: null },
    },
    {
      name: 'dateline.html',
      url: 'https://herald.example/news/students',
      what: 'a visible dateline at the head of the story; the site name cut off <title> by the page\'s headline',
      expected: { title: 'Two students detained after campus protest', published: '2025-03-06', modified: null },
    },
    {
      name: 'json-ld-array.html',
      url: 'https://az.example/x',
      what: 'JSON-LD as an array inside an HTML comment, after a block that is not JSON; an author given as a string',
      expected: { title: 'Jurnalistə 5 il iş verildi', byline: 'Aynur Rzayeva', published: '2025-02-27', lang: 'az-Latn-AZ' },
    },
  ];

  it.each(cases)('reads $name: $what', ({ name, url, expected }) => {
    const parsed = parseArticle({ html: fixturePage(name), url, contentType: 'text/html; charset=utf-8' });
    expect(parsed).toMatchObject(expected);
    expect(parsed.text.length).toBeGreaterThan(100);
  });
});

describe('metadata precedence and edge cases', () => {
  it('never takes the modified date for the published one', () => {
    const parsed = parseArticle({ html: page(body, '<meta property="article:modified_time" content="2025-03-01T10:00:00Z">'), url: 'https://x.example/story' });
    expect(parsed).toMatchObject({ published: null, modified: '2025-03-01T10:00:00Z' });
  });

  it('keeps a date-only value a date and a time without an offset local', () => {
    expect(parseArticle({ html: page(body, '<meta name="date" content="2025-03-01">') }).published).toBe('2025-03-01');
    expect(parseArticle({ html: page(body, '<meta property="article:published_time" content="2025-03-01 10:20:30">') }).published).toBe('2025-03-01T10:20:30');
  });

  it('reads written-out dates with their time zone', () => {
    const parsed = parseArticle({ html: page(`<div class="post-date">Published Nov. 18, 2019 11:04 PM EST</div>${body}`) });
    expect(parsed.published).toBe('2019-11-18T23:04:00-05:00');
  });

  it('prefers JSON-LD to <meta>, <meta> to itemprop, itemprop to <time>, and <time> to the URL', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-01-01"}</script>';
    const meta = '<meta property="article:published_time" content="2025-01-02">';
    const item = '<span itemprop="datePublished" content="2025-01-03"></span>';
    const time = '<time datetime="2025-01-04">4 January</time>';
    const url = 'https://x.example/2025/01/05/story';
    expect(parseArticle({ html: page(item + time + body, ld + meta), url }).published).toBe('2025-01-01');
    expect(parseArticle({ html: page(item + time + body, meta), url }).published).toBe('2025-01-02');
    expect(parseArticle({ html: page(item + time + body), url }).published).toBe('2025-01-03');
    expect(parseArticle({ html: page(time + body), url }).published).toBe('2025-01-04');
    expect(parseArticle({ html: page(body), url }).published).toBe('2025-01-05');
  });

  it('ignores dates that cannot be right (month 13, year 1200)', () => {
    expect(parseArticle({ html: page(body, '<meta property="article:published_time" content="2025-13-01">') }).published).toBeNull();
    expect(parseArticle({ html: page(body, '<meta name="date" content="1200-01-01">') }).published).toBeNull();
  });

  it('takes the byline from JSON-LD first, then <meta name=author>, then rel=author, then a byline element, trimming "By" and dates', () => {
    const ld = '<script type="application/ld+json">{"@type":"Article","author":[{"@type":"Person","name":"Ana One"},{"@type":"Person","name":"Ben Two"}]}</script>';
    expect(parseArticle({ html: page(body, ld + '<meta name="author" content="Meta Name">') }).byline).toBe('Ana One, Ben Two');
    expect(parseArticle({ html: page(`<a rel="author" href="/a">Rel Name</a>${body}`, '<meta name="author" content="Meta Name">') }).byline).toBe('Meta Name');
    expect(parseArticle({ html: page(`<a rel="author" href="/a">Rel Name</a>${body}`) }).byline).toBe('Rel Name');
    expect(parseArticle({ html: page(`<div class="byline">By Justine Coleman - 11/18/19 11:04 PM EST</div>${body}`) }).byline).toBe('Justine Coleman');
    expect(parseArticle({ html: page(body, '<meta name="author" content="https://facebook.com/someone">') }).byline).toBeNull();
  });

  it('takes the title from og:title, then the JSON-LD headline, then the one <h1>, then <title>', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"LD headline"}</script>';
    expect(parseArticle({ html: page(`<h1>H1 headline</h1>${body}`, `<meta property="og:title" content="OG headline">${ld}`) }).title).toBe('OG headline');
    expect(parseArticle({ html: page(`<h1>H1 headline</h1>${body}`, ld) }).title).toBe('LD headline');
    expect(parseArticle({ html: page(`<h1>H1 headline</h1>${body}`) }).title).toBe('H1 headline');
    const titled = `<!doctype html><html><head><title>Activist freed after two years in jail | Daily Paper</title></head><body>${body}</body></html>`;
    expect(parseArticle({ html: titled }).title).toBe('Activist freed after two years in jail');
  });

  it('cuts the site name off either end of a title, and leaves a headline with a colon alone', () => {
    const withSite = (title: string) => page(body, `<title>${title}</title><meta property="og:site_name" content="Daily Paper">`).replace('<title>A page</title>', '');
    expect(parseArticle({ html: withSite('Daily Paper | Activist freed') }).title).toBe('Activist freed');
    expect(parseArticle({ html: withSite('Activist freed — Daily Paper') }).title).toBe('Activist freed');
    expect(parseArticle({ html: withSite('Azerbaijan: activist freed after two years') }).title).toBe('Azerbaijan: activist freed after two years');
  });

  it('takes the language from <html lang>, then og:locale, then Content-Language, and guesses it from the text only when none is given', () => {
    const bare = (head: string, htmlAttrs = '') => `<!doctype html><html${htmlAttrs}><head>${head}</head><body>${body}</body></html>`;
    expect(parseArticle({ html: bare('<meta property="og:locale" content="fr_FR">', ' lang="en-US"') }).lang).toBe('en-US');
    expect(parseArticle({ html: bare('<meta property="og:locale" content="fr_FR">'), contentLanguage: 'de' }).lang).toBe('fr-FR');
    expect(parseArticle({ html: bare(''), contentLanguage: 'de-DE' }).lang).toBe('de-DE');
    expect(parseArticle({ html: bare('') }).lang).toBe('en');
  });
});
