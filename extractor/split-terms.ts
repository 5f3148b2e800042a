// "The court sentenced A to eight years and B to six years": one sentencing, two terms. A
// sentence mention whose people each have their own term after their name is split into one
// mention per term (EVENTS.md: split where slots differ).
import { termIn } from './numbers.ts';
import type { PeopleIndex } from './people.ts';
import type { Mention, Sentence } from './types.ts';

export function splitByTerms(m: Mention, s: Sentence, people: PeopleIndex): Mention[] {
  if (m.type !== 'SENTENCE' || m.people.length < 2) return [m];
  const after = people.mentions
    .filter((p) => p.start >= m.trigger.start && p.end <= s.end && m.people.includes(p.name))
    .sort((a, b) => a.start - b.start);
  const firsts = after.filter((p, i) => after.findIndex((q) => q.name === p.name) === i);
  if (firsts.length !== m.people.length) return [m];
  const terms = firsts.map((p, i) => {
    const to = i + 1 < firsts.length ? firsts[i + 1]!.start : s.end;
    return termIn(s.text.slice(p.end - s.start, to - s.start));
  });
  const distinct = new Set(terms.map((t) => (t.found ? `${t.months}:${t.suspended}` : 'none')));
  if (distinct.has('none') || distinct.size < 2) return [m];
  const groups = new Map<string, { names: string[]; months: number | null; suspended: boolean }>();
  firsts.forEach((p, i) => {
    const t = terms[i]!;
    const key = `${t.months}:${t.suspended}`;
    const g = groups.get(key) ?? { names: [], months: t.months, suspended: t.suspended };
    g.names.push(p.name);
    groups.set(key, g);
  });
  return [...groups.values()].map((g) => ({
    ...m,
    people: g.names,
    count: null,
    termMonths: g.suspended ? null : g.months,
    suspended: g.suspended,
    charges: [...m.charges],
    ruleIds: [...m.ruleIds, 'split-by-term-1'],
    evidence: [...m.evidence],
  }));
}
