import { describe, expect, it } from 'vitest';
import { changedSlots } from '../../review/actions.ts';
import { dateProblem, mergeSchema } from '../../review/forms.ts';
import { evidenceInContext, locateSpans, markRange } from '../../review/html/evidence.ts';
import { externalLink, html, safeHttpUrl } from '../../review/html/html.ts';

describe('evidence highlighting', () => {
  const text = 'Intro <b>line</b>.\n\nPolice detained Ilkin Rüstəmzadə 👮 on 5 May.\n\nUnrelated & final paragraph.';
  const quote = 'detained Ilkin Rüstəmzadə 👮 on 5 May';
  const start = text.indexOf(quote);

  it.each([
    ['offsets that hold their quote', [{ start, end: start + quote.length, quote }], [{ start, end: start + quote.length }], []],
    ['stale offsets, found again by the quote', [{ start: 3, end: 10, quote }], [{ start, end: start + quote.length }], []],
    ['offsets past the end with no quote to find', [{ start: 500, end: 510, quote: 'gone' }], [], ['gone']],
    ['overlapping spans, merged', [{ start, end: start + 10 }, { start: start + 5, end: start + 20 }], [{ start, end: start + 20 }], []],
  ])('locates %s', (_name, spans, ranges, unmatched) => {
    expect(locateSpans(text, spans)).toEqual({ ranges, unmatched });
  });

  it('escapes the text around and inside the marks, counting UTF-16 code units', () => {
    const { ranges } = locateSpans(text, [{ start, end: start + quote.length, quote }]);
    expect(markRange(text, 0, text.length, ranges).value).toBe(
      'Intro &lt;b&gt;line&lt;/b&gt;.\n\nPolice <mark>detained Ilkin Rüstəmzadə 👮 on 5 May</mark>.\n\nUnrelated &amp; final paragraph.',
    );
    expect(evidenceInContext(text, ranges).map((p) => p.value)).toEqual(['Police <mark>detained Ilkin Rüstəmzadə 👮 on 5 May</mark>.']);
  });
});

describe('escaping and links', () => {
  it('escapes every interpolation, arrays included, but not nested html', () => {
    const evil = '<script>alert("x")</script>';
    expect(html`<p title="${evil}">${[evil, html`<b>${evil}</b>`]}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;<b>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</b></p>',
    );
  });

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>', 'vbscript:x', '//evil.example', 'not a url'])('never links %s', (url) => {
    expect(safeHttpUrl(url)).toBeNull();
    expect(externalLink(url, 'original').value).not.toContain('href');
  });
});

describe('slot validation', () => {
  it.each([
    ['2024-02-30', '2024-02-30 is not a date: February 2024 has 29 days'],
    ['2023-02-29', '2023-02-29 is not a date: February 2023 has 28 days'],
    ['2024-13', '2024-13 has no month 13'],
    ['30.02.2024', 'write the date as YYYY-MM-DD, YYYY-MM or YYYY'],
    ['2024-02-29', null],
    ['2016', null],
  ])('%s → %s', (value, problem) => {
    expect(dateProblem(value)).toBe(problem);
  });

  it('keeps only the slots an edit changes', () => {
    const event = { type: 'ARREST', date: '2024-03', count: null, termMonths: null, charges: ['smuggling'], people: [{ person: { name: 'A B' } }] } as never;
    expect(changedSlots(event, { type: 'ARREST', date: '2024-03', charges: ['smuggling'], people: ['A B'], count: null, termMonths: null })).toEqual({});
    expect(changedSlots(event, { date: '2024-03-12', charges: ['smuggling', 'fraud'], people: ['A B', 'C D'] })).toEqual({ date: '2024-03-12', charges: ['smuggling', 'fraud'], people: ['A B', 'C D'] });
  });

  it('takes the first filled of a choice and a number field with the same name', () => {
    expect(mergeSchema.parse({ version: '3', targetId: ['', '7'] })).toMatchObject({ version: 3, targetId: 7 });
    expect(mergeSchema.parse({ version: '3', targetId: ['5', ''] }).targetId).toBe(5);
    expect(mergeSchema.safeParse({ version: '3', targetId: ['', ''] }).success).toBe(false);
  });
});
