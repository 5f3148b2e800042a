// Evidence highlighting: the article text is escaped piece by piece and the evidence spans
// (UTF-16 offsets into Article.text, per EVENTS.md) are wrapped in <mark>. Pure.
import { escapeHtml, SafeHtml } from './html.ts';

export type EvidenceSpan = { start: number; end: number; quote?: string };
export type Range = { start: number; end: number };

/**
 * Spans that really point into the text. A span whose offsets do not hold its quote (the
 * article was re-parsed since) is looked up by its quote; one that cannot be found is
 * returned apart, so the page can show the quote with a warning instead of a wrong mark.
 */
export function locateSpans(text: string, spans: readonly EvidenceSpan[]): { ranges: Range[]; unmatched: string[] } {
  const ranges: Range[] = [];
  const unmatched: string[] = [];
  for (const span of spans) {
    const { start, end, quote } = span;
    const inBounds = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length;
    if (inBounds && (quote === undefined || text.slice(start, end) === quote)) {
      ranges.push({ start, end });
      continue;
    }
    const at = quote ? text.indexOf(quote) : -1;
    if (quote && at >= 0) ranges.push({ start: at, end: at + quote.length });
    else unmatched.push(quote ?? `${start}–${end}`);
  }
  return { ranges: mergeRanges(ranges), unmatched };
}

export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** Escaped text of [from, to) with the ranges inside it marked. */
export function markRange(text: string, from: number, to: number, ranges: readonly Range[]): SafeHtml {
  let out = '';
  let at = from;
  for (const range of ranges) {
    const start = Math.max(range.start, from);
    const end = Math.min(range.end, to);
    if (end <= start) continue;
    out += escapeHtml(text.slice(at, start));
    out += `<mark>${escapeHtml(text.slice(start, end))}</mark>`;
    at = end;
  }
  out += escapeHtml(text.slice(at, to));
  return new SafeHtml(out);
}

/** Paragraph ranges of a text whose paragraphs are separated by blank lines. */
export function paragraphs(text: string): Range[] {
  const out: Range[] = [];
  const separator = /\n\s*\n/g;
  let start = 0;
  for (const match of text.matchAll(separator)) {
    if (match.index > start) out.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** The paragraphs holding evidence, each marked: the evidence "in context". */
export function evidenceInContext(text: string, ranges: readonly Range[]): SafeHtml[] {
  return paragraphs(text)
    .filter((p) => ranges.some((r) => r.start < p.end && r.end > p.start))
    .map((p) => markRange(text, p.start, p.end, ranges));
}
