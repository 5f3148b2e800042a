// Phrase-level tables for the slot readers: dates, counts, terms and charge wordings.
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';
import { describe, expect, it } from 'vitest';
import { chargesIn } from '../../extractor/charges.ts';
import { findDates, parseYmd } from '../../extractor/dates.ts';
import { countIn, termIn } from '../../extractor/numbers.ts';
import { CHARGE_PHRASES } from '../../fixtures/extractor/cases/charges.ts';
import { DATE_PHRASES } from '../../fixtures/extractor/cases/dates.ts';
import { COUNT_PHRASES, TERM_PHRASES } from '../../fixtures/extractor/cases/numbers.ts';

describe('date expressions', () => {
  it.each(DATE_PHRASES)('resolves "%s" published %s to %s', (phrase, published, want) => {
    const found = findDates(`He was detained ${phrase}.`, 0, parseYmd(published), false);
    expect(found.map((d) => d.value)).toEqual([want]);
  });

  it('resolves a year-less past date to the year before, where compromise-dates resolves it forward', () => {
    const withDates = nlp.extend(datesPlugin) as unknown as typeof nlp;
    const theirs = (withDates('Police detained him on December 28.') as unknown as { dates: (o: object) => { json: () => { dates?: { start: string } }[] } })
      .dates({ today: '2017-01-09' })
      .json()[0]?.dates?.start;
    expect(theirs?.slice(0, 10)).toBe('2017-12-28');
    expect(findDates('Police detained him on December 28.', 0, parseYmd('2017-01-09'), false)[0]?.value).toBe('2016-12-28');
  });

  it('gives a relative date no value when the publication date is unknown', () => {
    expect(findDates('He was detained on Monday.', 0, null, false).map((d) => d.value)).toEqual([null]);
  });

  it('marks a date at the head of a paragraph as a dateline', () => {
    expect(findDates('BAKU, May 6 — Police detained him.', 0, parseYmd('2021-05-06'), true)[0]?.kind).toBe('dateline');
  });
});

describe('counts', () => {
  it.each(COUNT_PHRASES)('reads "%s" as %s', (phrase, want) => {
    expect(countIn(` ${phrase} in the capital`, { objectPosition: true })).toBe(want);
  });

  it('does not take a sub-count after "including" for the count', () => {
    expect(countIn(' 230 prisoners, including 12 journalists', { objectPosition: true })).toBe(230);
    expect(countIn(' including 12 journalists', { objectPosition: true })).toBeNull();
  });

  it('does not take a year for a count', () => {
    expect(countIn(' in 2019 activists', { objectPosition: true })).toBeNull();
  });
});

describe('terms', () => {
  it.each(TERM_PHRASES)('reads "%s" as %s months (suspended: %s)', (phrase, months, suspended) => {
    const t = termIn(` ${phrase}`);
    expect({ found: t.found, months: t.months, suspended: t.suspended }).toEqual({ found: true, months, suspended });
  });

  it('does not take a maximum penalty for the term', () => {
    expect(termIn(' faces up to seven years in prison').months).toBeNull();
  });

  it('does not take "two years ago" for a term', () => {
    expect(termIn(' two years ago').found).toBe(false);
  });
});

describe('charge wordings', () => {
  it.each(CHARGE_PHRASES)('labels "%s" as %j', (phrase, labels) => {
    expect([...new Set(chargesIn(phrase).map((c) => c.label))].sort()).toEqual([...labels].sort());
  });

  it('labels no wording outside the list (extortion, propaganda)', () => {
    expect(chargesIn('charged with extortion and anti-state propaganda')).toEqual([]);
  });
});
