// Checks an extractor case (fixtures/extractor/cases/) against extractEvents(): every expected
// event must be matched by one extracted event of its type whose given slots are equal, and
// no extracted event may be left over. Failures print both sides.
import { expect } from 'vitest';
import { extractEvents, extractedEventSchema, type ExtractedEvent } from '../../extractor/index.ts';
import type { ExpectedEvent, ExtractorCase } from '../../fixtures/extractor/cases/case.ts';

const SLOTS = ['date', 'people', 'count', 'charges', 'termMonths'] as const;

const sorted = (xs: readonly string[]) => [...xs].sort();

function fits(e: ExtractedEvent, want: ExpectedEvent): boolean {
  if (e.type !== want.type) return false;
  return SLOTS.every((slot) => {
    if (!(slot in want)) return true;
    const w = want[slot];
    const g = e[slot];
    if (Array.isArray(w)) return JSON.stringify(sorted(w)) === JSON.stringify(sorted(g as string[]));
    return w === g;
  });
}

const brief = (e: ExtractedEvent) => ({ type: e.type, date: e.date, people: e.people, count: e.count, charges: e.charges, termMonths: e.termMonths });

export function checkCase(c: ExtractorCase): void {
  const got = extractEvents({ text: c.text, published: c.published ?? null });
  for (const e of got) extractedEventSchema.parse(e);
  const left = [...got];
  const missing: ExpectedEvent[] = [];
  for (const want of c.events) {
    const i = left.findIndex((e) => fits(e, want));
    if (i < 0) missing.push(want);
    else left.splice(i, 1);
  }
  expect({ missing, extra: left.map(brief) }, `extracted: ${JSON.stringify(got.map(brief))}`).toEqual({ missing: [], extra: [] });
}
