// The words of a digest, before any format: every renderer says the same thing.
import type { Digest, DigestLine, DigestSection, DigestSource } from '../types.ts';
import { chargesText, cleanText, countText, dateText, momentText, peopleText, termText, typeName } from '../wording.ts';

export function sectionTitle(section: DigestSection, digest: Digest): string {
  const n = section.lines.length;
  if (section.kind === 'watchlist') return `On the watchlist “${cleanText(digest.watchlist?.name ?? '')}” (${n})`;
  return `${typeName(section.type!, true)} (${n})`;
}

/** "Sentence · 12 November 2026": what happened and when. */
export function lineHeading(line: DigestLine): string {
  return `${typeName(line.type)} · ${dateText(line.date)}`;
}

/** Whom it happened to; the caller marks watched people. */
export function lineWho(line: DigestLine): string {
  return peopleText(line.people, line.count);
}

/** "6 years · charges: smuggling · 41 people" (the count only where names led the line). */
export function lineDetails(line: DigestLine): string[] {
  const term = termText(line.termMonths);
  const charges = chargesText(line.charges);
  return [
    term ? `term: ${term}` : null,
    charges ? `charges: ${charges}` : null,
    line.people.length && line.count !== null ? countText(line.count) : null,
    `${line.sources.length} ${line.sources.length === 1 ? 'source' : 'sources'}`,
  ].filter((part): part is string => part !== null);
}

export function sourceLabel(source: DigestSource): { outlet: string; title: string } {
  return {
    outlet: cleanText(source.outlet ?? (source.url ? new URL(source.url).hostname : 'unknown outlet')),
    title: cleanText(source.title ?? '') || 'untitled article',
  };
}

export function periodText(digest: Digest): string {
  return `Confirmed from ${momentText(digest.period.start)} to ${momentText(digest.period.end)}`;
}

export function digestTitle(digest: Digest): string {
  return digest.watchlist ? `Habeas digest: ${cleanText(digest.watchlist.name)}` : 'Habeas digest';
}

/** Short enough for a phone's inbox: the counts first, the day last. */
export function digestSubject(digest: Digest): string {
  const events = `${digest.total} confirmed ${digest.total === 1 ? 'event' : 'events'}`;
  const watched = digest.watchlist ? `, ${digest.watched} on ${cleanText(digest.watchlist.name)}` : '';
  return `Habeas: ${events}${watched} · ${dateText(digest.period.end.toISOString().slice(0, 10))}`;
}

export function pendingText(digest: Digest): string {
  return `Awaiting review: ${digest.pending}`;
}

export function emptyText(): string {
  return 'No events were confirmed in this period.';
}
