// Publication and modification dates, each from the first source that has one, in this
// order: the outlet profile's selector; JSON-LD (datePublished / dateModified of the article
// node, in @graph or arrays); <meta> (OpenGraph article:published_time and its many
// cousins); microdata itemprop; <time datetime>; a date in the URL; a visible dateline near
// the top of the story. The modified date is never taken for the published one.
import type { CheerioAPI } from 'cheerio';
import { isTag, type Element } from 'domhandler';
import { boundedText } from '../body/dom.ts';
import { normalizeDate, urlDate, writtenDate } from './date-value.ts';
import { firstString, type JsonLdNode } from './json-ld.ts';
import { firstMeta, type MetaTags } from './meta-tags.ts';

export type DateSource = 'profile' | 'json-ld' | 'meta' | 'itemprop' | 'time' | 'url' | 'dateline';
export type FoundDate = { value: string; source: DateSource };

export const publishedMetaKeys = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'published_time', 'article:published',
  'article.published', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date',
  'publication-date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'date',
  'sailthru.date', 'parsely-pub-date', 'citation_publication_date', 'citation_date', 'article_date_original',
  'original-publish-date', 'og:pubdate',
] as const;
export const modifiedMetaKeys = [
  'article:modified_time', 'og:article:modified_time', 'og:updated_time', 'article:modified', 'article.updated',
  'datemodified', 'dateupdated', 'last-modified', 'lastmod', 'dc.date.modified', 'dcterms.modified', 'modified_time',
] as const;

export type DateContext = {
  $: CheerioAPI;
  tags: MetaTags;
  article: JsonLdNode | undefined;
  nodes: JsonLdNode[];
  url: string | undefined;
  profileSelector: string | undefined;
};

const updatedMark = /updat|modif|edited|revis/i;
const publishedMark = /publish|posted|pubdate|created|issued|entry-date/i;
// Where a <time> belongs to someone else's text: comments, related stories, rails.
const foreignPlace = /comment|related|sidebar|rail|widget|recommend|popular|teaser|card|footer|more-/i;

function valueOf($: CheerioAPI, el: Element): string | null {
  return normalizeDate(el.attribs.datetime ?? el.attribs.content) ?? writtenDate($(el).text());
}

function inForeignPlace(el: Element): boolean {
  for (let node = el.parent; node && node.type === 'tag'; node = node.parent) {
    const name = `${(node as Element).attribs.class ?? ''} ${(node as Element).attribs.id ?? ''}`;
    if (foreignPlace.test(name) || (node as Element).name === 'footer' || (node as Element).name === 'aside') return true;
  }
  return false;
}

function fromProfile(ctx: DateContext): string | null {
  if (!ctx.profileSelector) return null;
  let found: string | null = null;
  try {
    ctx.$(ctx.profileSelector).each((_, el) => {
      if (isTag(el)) found ??= valueOf(ctx.$, el);
    });
  } catch {
    return null; // a selector cheerio cannot read
  }
  return found;
}

function fromItemprop(ctx: DateContext, prop: 'datePublished' | 'dateModified'): string | null {
  let found: string | null = null;
  ctx.$(`[itemprop="${prop}"]`).each((_, el) => {
    if (el.name !== 'meta') found ??= valueOf(ctx.$, el);
  });
  return found;
}

function fromTime(ctx: DateContext, wantUpdated: boolean): string | null {
  const times = ctx.$('time[datetime], time[pubdate]').toArray().filter((el) => !inForeignPlace(el));
  const mark = (el: Element) => `${el.attribs.class ?? ''} ${el.attribs.itemprop ?? ''} ${'pubdate' in el.attribs ? 'pubdate' : ''}`;
  const pick = wantUpdated
    ? times.find((el) => updatedMark.test(mark(el)))
    : (times.find((el) => publishedMark.test(mark(el))) ?? times.find((el) => !updatedMark.test(mark(el)) && !updatedMark.test(ctx.$(el).text())));
  return pick ? valueOf(ctx.$, pick) : null;
}

// Visible datelines: short elements named like a date line, then the opening of the story.
const datelineName = /date|time|posted|published|dateline|byline|meta|stamp/i;

function fromDateline(ctx: DateContext): string | null {
  let found: string | null = null;
  ctx.$('body [class], body [id]').each((_, el) => {
    if (found) return false;
    const name = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
    if (!datelineName.test(name) || updatedMark.test(name) || inForeignPlace(el)) return undefined;
    const text = boundedText(el, 300);
    if (text === null) return undefined;
    if (updatedMark.test(text) && !publishedMark.test(text)) return undefined;
    found = writtenDate(text);
    return undefined;
  });
  if (found) return found;
  // "LANKARAN, 4 November 2026 — A court…": a date at the head of the first paragraphs.
  for (const p of ctx.$('body p').toArray().filter(isTag).slice(0, 8)) {
    if (inForeignPlace(p)) continue;
    const head = (boundedText(p, 100_000) ?? '').slice(0, 80);
    const date = /^[^.!?]{0,40}?\b\d{1,2}\s+\p{L}+\.?\s+\d{4}\b|^[^.!?]{0,40}?\b\p{L}+\.?\s+\d{1,2},\s+\d{4}\b/u.test(head) ? writtenDate(head) : null;
    if (date) return date;
  }
  return null;
}

export function publishedDate(ctx: DateContext): FoundDate | null {
  const steps: Array<[DateSource, () => string | null]> = [
    ['profile', () => fromProfile(ctx)],
    ['json-ld', () => normalizeDate(firstString(ctx.article, ctx.nodes, 'datePublished') ?? firstString(ctx.article, ctx.nodes, 'dateCreated'))],
    ['meta', () => normalizeDate(firstMeta(ctx.tags, publishedMetaKeys))],
    ['itemprop', () => fromItemprop(ctx, 'datePublished')],
    ['time', () => fromTime(ctx, false)],
    ['url', () => urlDate(ctx.url)],
    ['dateline', () => fromDateline(ctx)],
  ];
  for (const [source, step] of steps) {
    const value = step();
    if (value) return { value, source };
  }
  return null;
}

export function modifiedDate(ctx: DateContext): FoundDate | null {
  const steps: Array<[DateSource, () => string | null]> = [
    ['json-ld', () => normalizeDate(firstString(ctx.article, ctx.nodes, 'dateModified'))],
    ['meta', () => normalizeDate(firstMeta(ctx.tags, modifiedMetaKeys))],
    ['itemprop', () => fromItemprop(ctx, 'dateModified')],
    ['time', () => fromTime(ctx, true)],
  ];
  for (const [source, step] of steps) {
    const value = step();
    if (value) return { value, source };
  }
  return null;
}
