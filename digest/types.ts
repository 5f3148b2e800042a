// The digest as data: composed once (compose.ts), rendered many ways (render/).
import type { EventType } from '../store/index.ts';

export type DigestSource = {
  articleId: number;
  outlet: string | null;
  /** The article's title as the page gave it: hostile input, escaped by every renderer. */
  title: string | null;
  /** The original article, or null when its URL is not http(s). */
  url: string | null;
  /** The archived snapshot in the review app, or null when none is stored. */
  archivedUrl: string | null;
  published: Date | null;
};

export type DigestPerson = { id: number; name: string; watched: boolean };

export type DigestLine = {
  eventId: number;
  eventUrl: string;
  type: EventType;
  /** ISO 8601 at its precision (2016-06-15, 2016-06, 2016), or null. */
  date: string | null;
  people: DigestPerson[];
  count: number | null;
  charges: string[];
  termMonths: number | null;
  confirmedAt: Date;
  sources: DigestSource[];
};

export type DigestSection = {
  /** `watchlist`: events naming a watched person; `type`: the rest, one section per type. */
  kind: 'watchlist' | 'type';
  type: EventType | null;
  lines: DigestLine[];
};

export type Digest = {
  watchlist: { id: number; name: string } | null;
  /** Confirmations at or after start and before end. */
  period: { start: Date; end: Date };
  generatedAt: Date;
  sections: DigestSection[];
  /** Confirmed events listed. */
  total: number;
  /** Of which name someone on the watchlist. */
  watched: number;
  /** Events awaiting review: a count only, never their content. */
  pending: number;
  /** The review app, where pending events are decided. */
  reviewUrl: string;
  /** The feed's own address, for the Atom rendering. */
  feedUrl: string;
};
