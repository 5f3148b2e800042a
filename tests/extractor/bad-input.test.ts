// Bad input: the extractor never throws, returns a list it can stand behind, and does bounded
// work whatever it is given (a hang would fail the test by its time-out; speed itself is
// measured by `npm run bench -- extract`, not here).
import { describe, expect, it } from 'vitest';
import { extractEvents, extractedEventSchema, MAX_TEXT_CHARS, type ExtractedEvent } from '../../extractor/index.ts';
import { generateArticles } from '../../fixtures/extractor/corpus.ts';

function checked(text: string, published: string | null = '2024-05-10'): ExtractedEvent[] {
  const events = extractEvents({ text, published });
  expect(Array.isArray(events)).toBe(true);
  for (const e of events) {
    extractedEventSchema.parse(e);
    for (const ev of e.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
  }
  return events;
}

function seeded(n: number, seed: number, pick: (r: number) => string): string {
  let a = seed;
  let out = '';
  for (let i = 0; i < n; i++) {
    a = (a * 1103515245 + 12345) >>> 0;
    out += pick(a);
  }
  return out;
}

describe('bad input', () => {
  it.each([
    ['empty text', ''],
    ['whitespace only', ' \n\t \r\n '],
    ['punctuation only', '... !!! ??? -- "" () ;;'],
  ])('returns no events for %s', (_name, text) => {
    expect(checked(text)).toEqual([]);
  });

  it('returns no events for text that is not a string', () => {
    expect(extractEvents({ text: undefined as unknown as string })).toEqual([]);
    expect(extractEvents({ text: 42 as unknown as string })).toEqual([]);
    expect(extractEvents(null as unknown as { text: string })).toEqual([]);
  });

  it('returns no events for binary garbage', () => {
    const garbage = seeded(200_000, 7, (r) => String.fromCharCode(r % 65536));
    expect(checked(garbage)).toEqual([]);
    const bytes = seeded(200_000, 11, (r) => String.fromCharCode(r % 256));
    expect(checked(bytes)).toEqual([]);
  });

  it('reads only the first MAX_TEXT_CHARS of 5 MB of text and still finds events there', () => {
    const corpus = generateArticles(40).map((a) => a.text).join('\n\n');
    const big = corpus.repeat(Math.ceil(5_000_000 / corpus.length)).slice(0, 5_000_000);
    const events = checked(big);
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) for (const ev of e.evidence) expect(ev.end).toBeLessThanOrEqual(MAX_TEXT_CHARS);
  });

  it('finds the events of HTML passed as text, with offsets into the text it was given', () => {
    const html = '<html><head><title>x</title><script>var s = "police arrested everyone";</script></head>'
      + '<body><p>Police <b>detained</b> journalist <a href="/p">Tural Sadigli</a> on Monday.</p></body></html>';
    const events = checked(html);
    expect(events.map((e) => [e.type, e.people])).toEqual([['ARREST', ['Tural Sadigli']]]);
    expect(events[0]!.evidence[0]!.quote).toContain('detained');
  });

  it.each([
    ['Russian', 'Полиция задержала журналиста Турала Алиева в понедельник. Суд приговорил его к пяти годам.'],
    ['Azerbaijani', 'Polis jurnalist Tural Əliyevi bazar ertəsi saxlayıb. Məhkəmə onu beş il həbs cəzasına məhkum edib.'],
    ['Arabic', 'اعتقلت الشرطة الصحفي يوم الاثنين وحكمت عليه المحكمة بالسجن خمس سنوات.'],
    ['Chinese', '警方周一拘留了一名记者。法院判处他五年有期徒刑。'],
  ])('returns no events and no error for %s text', (_lang, text) => {
    expect(checked(text.repeat(50))).toEqual([]);
  });

  it.each([
    ['one 800,000-character word', 'arrested'.repeat(100_000)],
    ['a sentence of nothing but trigger words', 'arrested detained sentenced to five years released pardoned amnesty '.repeat(30_000)],
    ['thousands of nested relative clauses', 'X, who was arrested, '.repeat(20_000) + 'was freed.'],
    ['a run of 5,000 capitalised words', 'Aaaa '.repeat(5_000) + 'was arrested.'],
    ['a million digits and commas', '1,000,000 '.repeat(100_000)],
    ['thousands of dates', 'On 12 May 2014 on Monday last September '.repeat(20_000)],
  ])('does bounded work on %s', (_name, text) => {
    const events = checked(text);
    // bounded by MAX_TRIGGER_SENTENCES × MAX_TRIGGERS_PER_SENTENCE mentions before merging
    expect(events.length).toBeLessThan(300 * 24);
  });

  it('gives relative dates no value when the publication date is missing or malformed', () => {
    for (const published of [null, '', 'yesterday', '2024-13-45']) {
      const events = checked('Police detained journalist Tural Sadigli on Monday.', published);
      expect(events.map((e) => [e.type, e.date])).toEqual([['ARREST', null]]);
    }
  });
});
