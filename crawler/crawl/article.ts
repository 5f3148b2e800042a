// A fetched article page → stored. The raw bytes go into a snapshot first (so a parser bug
// never loses a page), under the page's canonical URL; then the parser runs and its fields
// are saved, or its error is.
import { performance } from 'node:perf_hooks';
import { logger } from '../../core/logger.ts';
import { canonicalLinkOf } from '../discover/listing.ts';
import { decodeBody } from '../fetch/charset.ts';
import { PermanentFetchError } from '../fetch/errors.ts';
import type { FetchedPage } from '../fetch/fetcher.ts';
import type { Outlet } from '../outlets/schema.ts';
import { canonicalizeUrl, siteOf } from '../urls/canonical.ts';
import type { CrawlCounts } from './summary.ts';
import type { CrawlSink, ParseFn, ParsedFields, StageTimings } from './types.ts';

const htmlTypes = new Set(['text/html', 'application/xhtml+xml']);

function mimeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 1024));
}

/** Refuses what is not an HTML page; notes an HTML page served with the wrong type. */
export function checkArticleBody(page: FetchedPage, notes: CrawlCounts['notes']): void {
  const mime = mimeOf(page.contentType);
  if (htmlTypes.has(mime)) return;
  const head = page.body.subarray(0, 1024).toString('latin1');
  if ((mime === '' || mime === 'text/plain' || mime === 'application/octet-stream') && looksLikeHtml(head)) {
    notes.push({ url: page.requestUrl, reason: 'html-as-text', message: `served as ${mime || 'no Content-Type'}, but the body is HTML; stored and parsed as HTML` });
    return;
  }
  throw new PermanentFetchError('not-html', `served as ${mime || 'no Content-Type'}, not an HTML page`);
}

/** The URL to store the article under: its own rel=canonical when on the same site, else the fetched URL. */
export function canonicalUrlOf(page: FetchedPage, html: string): string {
  const fetched = canonicalizeUrl(page.finalUrl) ?? page.finalUrl;
  const declared = canonicalLinkOf(html, page.finalUrl);
  const canonical = declared && canonicalizeUrl(declared);
  return canonical && siteOf(canonical) === siteOf(fetched) ? canonical : fetched;
}

function toDate(value: string | null): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export async function storeArticlePage(
  page: FetchedPage,
  ctx: { outlet: Outlet; sink: CrawlSink; parse: ParseFn; counts: CrawlCounts; timings?: StageTimings },
): Promise<{ articleId: number; canonicalUrl: string; parseStatus: ParsedFields['parseStatus'] }> {
  const { outlet, sink, parse, counts } = ctx;
  const timings = ctx.timings ?? {};
  let mark = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    timings[name] = (timings[name] ?? 0) + now - mark;
    mark = now;
  };
  checkArticleBody(page, counts.notes);
  const decoded = decodeBody(page.body, page.contentType);
  if (decoded.invalid) {
    counts.notes.push({ url: page.requestUrl, reason: 'invalid-utf8', message: 'body is not valid UTF-8; stored as fetched, parsed with replacement characters' });
  }
  const canonicalUrl = canonicalUrlOf(page, decoded.text);
  const discoveredVia = typeof page.job.data?.discoveredVia === 'string' ? page.job.data.discoveredVia : null;
  const { articleId } = await sink.upsertArticle({ canonicalUrl, outletId: outlet.id, discoveredVia });
  const { created } = await sink.addSnapshot(
    { articleId, requestUrl: page.requestUrl, finalUrl: page.finalUrl, status: page.status, headers: page.headers, contentType: page.contentType ?? null, body: page.body },
    page.fetchedAt,
  );
  if (created) counts.snapshotsStored++;
  else counts.snapshotsUnchanged++;
  lap('snapshot');
  const fields = await parseToFields(parse, page.body, page.finalUrl, page.contentType ?? null, outlet);
  lap('parse');
  await sink.saveParsedArticle(articleId, fields);
  lap('save');
  if (fields.parseStatus === 'FAILED') counts.parseFailed++;
  else counts.parsed++;
  // stored either way; the reason goes to the summary and the log, with the URL
  const note =
    fields.parseStatus === 'NOT_ARTICLE' ? { reason: 'not-article', message: `stored, but ${fields.parseError ?? 'no article text found'}` }
    : fields.parseStatus === 'FAILED' ? { reason: 'parse-failed', message: `stored; the parser failed (${fields.parseError}); habeas reparse tries again` }
    : undefined;
  if (note) {
    counts.notes.push({ url: page.requestUrl, ...note });
    logger('crawler').warn({ outlet: outlet.id, url: page.requestUrl, reason: note.reason }, note.message);
  }
  return { articleId, canonicalUrl, parseStatus: fields.parseStatus };
}

/** Runs the parser over stored bytes; a parser error becomes a FAILED parse, never a lost page. */
export async function parseToFields(parse: ParseFn, body: Buffer, url: string, contentType: string | null, outlet?: Pick<Outlet, 'articleSelectors'>): Promise<ParsedFields> {
  try {
    const parsed = await parse({ html: body, url, contentType: contentType ?? undefined, profile: outlet?.articleSelectors });
    if (parsed.error) throw new Error(parsed.error);
    const empty = !parsed.text || !parsed.text.trim();
    return {
      title: parsed.title, byline: parsed.byline, publishedAt: toDate(parsed.published), publishedRaw: parsed.published,
      modifiedAt: toDate(parsed.modified), language: parsed.lang, text: parsed.text || null, parserVersion: parsed.parserVersion,
      parseStatus: empty ? 'NOT_ARTICLE' : 'PARSED', parseError: empty ? (parsed.notArticle ?? 'no article text found') : null,
    };
  } catch (err) {
    return {
      title: null, byline: null, publishedAt: null, publishedRaw: null, modifiedAt: null, language: null, text: null,
      parserVersion: null, parseStatus: 'FAILED', parseError: err instanceof Error ? err.message : String(err),
    };
  }
}
