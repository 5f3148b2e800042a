// What happened, carried across the redirect after a decision as ?done=<what>-<id>[-<id>]:
// a fixed vocabulary and numbers only, so nothing a visitor types is echoed into a page.
import { html, type SafeHtml } from '../html/html.ts';

const WORDS = ['confirmed', 'rejected', 'edited', 'reopened', 'merged', 'split', 'unchanged', 'alias', 'merged-person', 'user-added', 'user-saved', 'retried', 'feed-revoked'] as const;
export type Done = (typeof WORDS)[number];

export function doneParam(what: Done, ...ids: number[]): string {
  return `done=${[what, ...ids].join('-')}`;
}

export function withDone(path: string, what: Done, ...ids: number[]): string {
  return `${path}${path.includes('?') ? '&' : '?'}${doneParam(what, ...ids)}`;
}

export function noticeOf(value: unknown): SafeHtml | null {
  if (typeof value !== 'string') return null;
  const match = /^([a-z-]+?)-(\d+)(?:-(\d+))?$/.exec(value);
  if (!match || !(WORDS as readonly string[]).includes(match[1]!)) return null;
  const [, what, a, b] = match;
  const event = html`<a href="/events/${a}">event #${a}</a>`;
  switch (what as Done) {
    case 'confirmed': return html`Confirmed ${event}.`;
    case 'rejected': return html`Rejected ${event}.`;
    case 'edited': return html`Saved your edits to ${event}; it is still pending.`;
    case 'unchanged': return html`Nothing changed in ${event}.`;
    case 'reopened': return html`Reopened ${event}: it is pending again.`;
    case 'merged': return html`Merged ${event} into <a href="/events/${b}">event #${b}</a>.`;
    case 'split': return html`Split <a href="/events/${b}">event #${b}</a> off ${event}.`;
    case 'alias': return html`Added the spelling.`;
    case 'merged-person': return html`Merged person #${a} into this person.`;
    case 'user-added': return html`Added user #${a}.`;
    case 'user-saved': return html`Saved user #${a}.`;
    case 'retried': return html`Put ${a} failed job(s) back in their queues.`;
    case 'feed-revoked': return html`Revoked the feed address of watchlist #${a}.`;
  }
}

/** A redirect target from a form: only our own inbox, never another site. */
export function safeBack(value: unknown): string | null {
  return typeof value === 'string' && /^\/inbox(?:\?[^\s\\]*)?$/.test(value) && !value.startsWith('//') ? value : null;
}
