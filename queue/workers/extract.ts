// extract: article text → candidates (recorded idempotently per extractor version) → each
// candidate grouped into a pending event. Safe to run twice: the store makes both steps no-ops.
import { performance } from 'node:perf_hooks';
import { extractEvents, EXTRACTOR_VERSION } from '../../extractor/index.ts';
import { getArticle, groupCandidates, recordCandidates, type Db } from '../../store/index.ts';
import { PermanentError } from '../errors.ts';
import type { ExtractPayload } from '../jobs.ts';

/** `ms`: where the time went (load, extract, record, group), for operators and the benchmark. */
export type ExtractResult = { articleId: number; candidates: number; events: number[]; skipped?: string; ms?: Record<string, number> };

export async function processExtract(db: Db, payload: ExtractPayload, signal?: AbortSignal): Promise<ExtractResult> {
  if (payload.extractorVersion !== EXTRACTOR_VERSION) {
    // A job queued by an older or newer Habeas: the re-extract schedule covers the article.
    return { articleId: payload.articleId, candidates: 0, events: [], skipped: `extractor version ${payload.extractorVersion} is not this worker's ${EXTRACTOR_VERSION}` };
  }
  const ms: Record<string, number> = {};
  let mark = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    ms[name] = Math.round((now - mark) * 10) / 10;
    mark = now;
  };
  const article = await getArticle(db, payload.articleId).catch((error: Error) => {
    if (error.name === 'NotFoundError') throw new PermanentError(error.message);
    throw error;
  });
  lap('load');
  if (article.parseStatus !== 'PARSED' || !article.text) {
    return { articleId: article.id, candidates: 0, events: [], skipped: `article is ${article.parseStatus.toLowerCase()}, no text to extract from` };
  }
  const found = extractEvents({
    text: article.text,
    published: article.publishedAt ? article.publishedAt.toISOString().slice(0, 10) : null,
    url: article.canonicalUrl,
  });
  lap('extract');
  signal?.throwIfAborted();
  const { candidates } = await recordCandidates(db, article.id, EXTRACTOR_VERSION, found);
  lap('record');
  signal?.throwIfAborted();
  // All of the article's candidates in one transaction: one grouping of the article.
  const events = new Set((await groupCandidates(db, candidates.map((candidate) => candidate.id))).map((grouped) => grouped.eventId));
  lap('group');
  return { articleId: article.id, candidates: candidates.length, events: [...events], ms };
}
