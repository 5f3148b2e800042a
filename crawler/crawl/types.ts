// What a crawl needs from the outside: somewhere to keep things (a CrawlSink, backed by the
// store) and an article parser. Both are passed in, so the crawl can be tested against the
// real store and wired to the real parser without knowing either.
import type { ArticleProfile } from '../outlets/schema.ts';

export type ParseInput = {
  html: Buffer | string;
  url?: string;
  contentType?: string;
  /** the Content-Language response header, when known */
  contentLanguage?: string;
  profile?: ArticleProfile;
};

export type ParsedArticle = {
  title: string | null;
  byline: string | null;
  /** ISO 8601: a date ("2026-11-04") or a date-time, with its UTC offset when the page gave one */
  published: string | null;
  modified: string | null;
  lang: string | null;
  /** the article body, paragraphs separated by blank lines; '' when there is none */
  text: string;
  canonicalUrl: string | null;
  parserVersion: string;
  /** why there is no article text (not HTML, empty, nothing that reads as a story) */
  notArticle?: string;
  /** the parser failed on this page: the page is kept and can be re-parsed */
  error?: string;
  /** where the body came from: the outlet profile, Readability's candidate or ours */
  bodyMethod?: 'profile' | 'readability' | 'density' | 'none';
  warnings?: string[];
};

export type ParseFn = (input: ParseInput) => ParsedArticle | Promise<ParsedArticle>;

export type FeedStateRecord = {
  url: string;
  outletId: string;
  kind: 'feed' | 'sitemap' | 'listing';
  etag: string | null;
  lastModified: string | null;
  lastFetchedAt: Date;
  lastStatus: number | null;
  lastError: string | null;
  itemsSeen: number;
};

export type SnapshotInput = {
  articleId: number;
  requestUrl: string;
  finalUrl: string;
  status: number;
  headers: Record<string, string | string[]>;
  contentType: string | null;
  body: Buffer;
};

export type ParsedFields = {
  title: string | null;
  byline: string | null;
  publishedAt: Date | null;
  publishedRaw: string | null;
  modifiedAt: Date | null;
  language: string | null;
  text: string | null;
  parserVersion: string | null;
  parseStatus: 'PARSED' | 'FAILED' | 'NOT_ARTICLE';
  parseError: string | null;
};

export type StoredSnapshot = {
  id: number;
  articleId: number;
  outletId: string | null;
  requestUrl: string;
  finalUrl: string;
  contentType: string | null;
  body: Buffer;
  fetchedAt: Date;
};

/** The store calls a crawl makes; store/ implements them (see crawler/crawl/store-sink.ts). */
export interface CrawlSink {
  upsertOutlet(outlet: { id: string; name: string; homepage: string; language: string | null; allowPrivate: boolean; config: unknown }): Promise<void>;
  findExistingUrls(urls: string[]): Promise<Set<string>>;
  getFeedState(url: string): Promise<{ etag: string | null; lastModified: string | null } | null>;
  saveFeedState(state: FeedStateRecord): Promise<void>;
  upsertArticle(article: { canonicalUrl: string; outletId: string; discoveredVia?: string | null }): Promise<{ articleId: number; created: boolean }>;
  addSnapshot(snapshot: SnapshotInput, fetchedAt: Date): Promise<{ snapshotId: number; sha256: string; created: boolean }>;
  saveParsedArticle(articleId: number, fields: ParsedFields): Promise<void>;
  /** The newest snapshot of each article, body decompressed, a page at a time. */
  eachSnapshot(filter: { outletId?: string }): AsyncIterable<StoredSnapshot>;
}

/** Milliseconds spent in each part of a stage (fetch, snapshot, parse, save), for the job's result. */
export type StageTimings = Record<string, number>;
