// The digest as an Atom feed (`--format atom`): one entry per confirmed event, its id the
// event's page, so a feed reader shows each event once and an edit as an update.
import { Feed } from 'feed';
import type { Digest } from '../types.ts';
import { escapeHtml } from './escape.ts';
import { lineHtml } from './html.ts';
import { digestTitle, lineHeading, lineWho, periodText } from './parts.ts';
import { cleanText } from '../wording.ts';

export function renderAtom(digest: Digest): string {
  const feed = new Feed({
    id: digest.feedUrl,
    title: digestTitle(digest),
    description: `${periodText(digest)}; awaiting review: ${digest.pending}`,
    link: digest.reviewUrl,
    updated: digest.period.end,
    generator: 'Habeas',
  });
  for (const section of digest.sections) {
    for (const line of section.lines) {
      const who = line.people.length ? line.people.map((person) => cleanText(person.name)).join(', ') : lineWho(line);
      feed.addItem({
        // Atom's title here is type="html": escaped text, so a title never becomes markup.
        title: escapeHtml(`${lineHeading(line)} · ${who}`),
        id: line.eventUrl,
        link: line.eventUrl,
        date: line.confirmedAt,
        content: lineHtml(line, section.kind === 'watchlist').value,
        category: [{ term: line.type.toLowerCase() }, ...(section.kind === 'watchlist' ? [{ term: 'watchlist' }] : [])],
      });
    }
  }
  return feed.atom1();
}
