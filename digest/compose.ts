// Composes the digest from confirmed events: watchlist people first, then the rest by type.
// Pure: the rows come from store/digests.ts listConfirmedEvents.
import type { DigestEventRow } from '../store/index.ts';
import { safeHttpUrl, type Links } from './links.ts';
import { distinctArticles, snapshotSeenAt } from './sources.ts';
import type { Digest, DigestLine, DigestSection } from './types.ts';
import { TYPE_ORDER } from './wording.ts';

export type ComposeInput = {
  events: DigestEventRow[];
  watchlist: { id: number; name: string; personIds: number[] } | null;
  pending: number;
  period: { start: Date; end: Date };
  links: Links;
  now?: Date;
};

function lineOf(event: DigestEventRow, watched: Set<number>, links: Links): DigestLine {
  const confirmedAt = event.decidedAt ?? event.updatedAt;
  return {
    eventId: event.id,
    eventUrl: links.event(event.id),
    type: event.type,
    date: event.date,
    people: event.people
      .map((link) => ({ id: link.person.id, name: link.person.name, watched: watched.has(link.person.id) }))
      // Watched people first within a line too, then alphabetically.
      .sort((a, b) => Number(b.watched) - Number(a.watched) || a.name.localeCompare(b.name)),
    count: event.count,
    charges: event.charges,
    termMonths: event.termMonths,
    confirmedAt,
    sources: distinctArticles(event.candidates).map(({ article }) => {
      const snapshot = snapshotSeenAt(article.snapshots, event.decidedAt);
      return {
        articleId: article.id,
        outlet: article.outlet?.name ?? null,
        title: article.title,
        url: safeHttpUrl(article.canonicalUrl),
        archivedUrl: snapshot ? links.snapshot(snapshot.id) : null,
        published: article.publishedAt,
      };
    }),
  };
}

/** Newest event first; undated events after dated ones; ties by id for a stable order. */
function byEventDate(a: DigestEventRow, b: DigestEventRow): number {
  const da = a.dateStart?.getTime() ?? -Infinity;
  const db = b.dateStart?.getTime() ?? -Infinity;
  return db - da || a.id - b.id;
}

const typeRank = (event: DigestEventRow) => TYPE_ORDER.indexOf(event.type);

export function composeDigest(input: ComposeInput): Digest {
  const watched = new Set(input.watchlist?.personIds ?? []);
  const onWatchlist = (event: DigestEventRow) => event.people.some((link) => watched.has(link.person.id));
  const sorted = [...input.events].sort(byEventDate);
  const sections: DigestSection[] = [];
  const first = sorted.filter(onWatchlist).sort((a, b) => typeRank(a) - typeRank(b) || byEventDate(a, b));
  if (first.length) sections.push({ kind: 'watchlist', type: null, lines: first.map((event) => lineOf(event, watched, input.links)) });
  const rest = sorted.filter((event) => !onWatchlist(event));
  for (const type of TYPE_ORDER) {
    const lines = rest.filter((event) => event.type === type).map((event) => lineOf(event, watched, input.links));
    if (lines.length) sections.push({ kind: 'type', type, lines });
  }
  return {
    watchlist: input.watchlist ? { id: input.watchlist.id, name: input.watchlist.name } : null,
    period: input.period,
    generatedAt: input.now ?? new Date(),
    sections,
    total: input.events.length,
    watched: first.length,
    pending: input.pending,
    reviewUrl: input.links.base,
    feedUrl: input.links.feed(input.watchlist?.id ?? null),
  };
}
