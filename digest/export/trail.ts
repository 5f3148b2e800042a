// A confirmed event's source trail as plain data: what the JSON export writes, and what
// the CSV and WARC exports are cut from. Pure: the rows come from store/exports.ts.
import type { SourceTrailRow } from '../../store/index.ts';
import type { Links } from '../links.ts';
import { distinctArticles, snapshotSeenAt } from '../sources.ts';

type Evidence = { start: number; end: number; quote: string };

export type TrailSnapshot = {
  id: number;
  archivedUrl: string;
  requestUrl: string;
  finalUrl: string;
  status: number;
  headers: unknown;
  contentType: string | null;
  size: number;
  sha256: string;
  fetchedAt: string;
  /** The one a reviewer could have seen: the newest fetched by the time of the decision. */
  seenAtDecision: boolean;
};

export type TrailSource = {
  article: {
    id: number;
    url: string;
    outlet: { id: string; name: string; homepage: string } | null;
    title: string | null;
    byline: string | null;
    published: string | null;
    publishedRaw: string | null;
    language: string | null;
    contentHash: string | null;
  };
  /** What the extractor found in this article for this event, per extractor version. */
  candidates: {
    id: number;
    eventId: number | null;
    extractorVersion: string;
    superseded: boolean;
    type: string;
    date: string | null;
    people: string[];
    count: number | null;
    charges: string[];
    termMonths: number | null;
    confidence: number;
    ruleIds: string[];
    /** Quotes with their offsets into the article text; `inText` says the text still holds them there. */
    evidence: (Evidence & { inText: boolean })[];
  }[];
  snapshots: TrailSnapshot[];
};

export type TrailDecision = {
  id: number;
  eventId: number | null;
  action: string;
  at: string;
  by: { id: number; email: string; name: string | null } | null;
  before: unknown;
  after: unknown;
  reason: string | null;
};

export type SourceTrail = {
  id: number;
  url: string;
  type: string;
  date: string | null;
  datePrecision: string | null;
  count: number | null;
  charges: string[];
  termMonths: number | null;
  corroboration: number;
  confidence: number | null;
  confirmedAt: string | null;
  confirmedBy: { id: number; email: string; name: string | null } | null;
  mergedFrom: number[];
  people: { id: number; name: string; aliases: string[] }[];
  sources: TrailSource[];
  decisions: TrailDecision[];
};

function evidenceOf(value: unknown, text: string | null): (Evidence & { inText: boolean })[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((span): span is Evidence => typeof span?.start === 'number' && typeof span?.end === 'number' && typeof span?.quote === 'string')
    .map((span) => ({ start: span.start, end: span.end, quote: span.quote, inText: text !== null && text.slice(span.start, span.end) === span.quote }));
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function toSourceTrail(row: SourceTrailRow, links: Links): SourceTrail {
  const byArticle = new Map<number, SourceTrailRow['candidates']>();
  for (const candidate of row.candidates) byArticle.set(candidate.articleId, [...(byArticle.get(candidate.articleId) ?? []), candidate]);
  const sources = distinctArticles(row.candidates).map(({ article }): TrailSource => {
    const seen = snapshotSeenAt(article.snapshots, row.decidedAt);
    return {
      article: {
        id: article.id,
        url: article.canonicalUrl,
        outlet: article.outlet,
        title: article.title,
        byline: article.byline,
        published: iso(article.publishedAt),
        publishedRaw: article.publishedRaw,
        language: article.language,
        contentHash: article.contentHash,
      },
      candidates: (byArticle.get(article.id) ?? []).map((candidate) => ({
        id: candidate.id,
        eventId: candidate.eventId,
        extractorVersion: candidate.extractorVersion,
        superseded: candidate.supersededAt !== null,
        type: candidate.type,
        date: candidate.date,
        people: candidate.people,
        count: candidate.count,
        charges: candidate.charges,
        termMonths: candidate.termMonths,
        confidence: candidate.confidence,
        ruleIds: candidate.ruleIds,
        evidence: evidenceOf(candidate.evidence, article.text),
      })),
      snapshots: article.snapshots.map((snapshot) => ({
        id: snapshot.id,
        archivedUrl: links.snapshot(snapshot.id),
        requestUrl: snapshot.requestUrl,
        finalUrl: snapshot.finalUrl,
        status: snapshot.status,
        headers: snapshot.headers,
        contentType: snapshot.contentType,
        size: snapshot.size,
        sha256: snapshot.sha256,
        fetchedAt: snapshot.fetchedAt.toISOString(),
        seenAtDecision: snapshot.id === seen?.id,
      })),
    };
  });
  return {
    id: row.id,
    url: links.event(row.id),
    type: row.type,
    date: row.date,
    datePrecision: row.datePrecision,
    count: row.count,
    charges: row.charges,
    termMonths: row.termMonths,
    corroboration: row.corroboration,
    confidence: row.confidence,
    confirmedAt: iso(row.decidedAt),
    confirmedBy: row.decidedBy,
    mergedFrom: row.mergedFrom,
    people: row.people
      .map((link) => ({ id: link.person.id, name: link.person.name, aliases: link.person.aliases.map((alias) => alias.alias) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    sources,
    decisions: row.decisions.map((decision) => ({
      id: decision.id,
      eventId: decision.eventId,
      action: decision.action,
      at: decision.createdAt.toISOString(),
      by: decision.user,
      before: decision.before,
      after: decision.after,
      reason: decision.reason,
    })),
  };
}
