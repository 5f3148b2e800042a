// "The court sentenced A to eight years and B to six years": one sentencing, two terms. A
// sentence mention whose people each have their own term after their name is split into one
// mention per term (EVENTS.md: split where slots differ).
import { termIn } from './numbers.ts';
import type { PeopleIndex } from './people.ts';
import type { Mention, Sentence } from './types.ts';

// "A and B were sentenced to nine and seven years in prison, respectively"
const RESPECTIVELY = /\bto\s+((?:[\w.-]+(?:[\s-]+and[\s-]+a[\s-]+half)?\s*,\s*)*[\w.-]+(?:[\s-]+and[\s-]+a[\s-]+half)?\s+and\s+[\w.-]+(?:[\s-]+and[\s-]+a[\s-]+half)?)\s+(years?|months?)\b[^.;]*?\brespectively\b/i;

function splitRespectively(m: Mention, s: Sentence, people: PeopleIndex): Mention[] | null {
  const r = RESPECTIVELY.exec(s.text.slice(m.trigger.start - s.start));
  if (!r) return null;
  const terms = r[1]!.split(/\s*,\s*|\s+and\s+(?!a[\s-]+half)/i).map((t) => termIn(`${t} ${r[2]}`));
  if (terms.some((t) => !t.found)) return null;
  // the people in the order the sentence names them; "respectively" pairs the last ones with the terms
  const order = [...new Set(people.mentions.filter((p) => p.start >= s.start && p.end <= m.trigger.start && m.people.includes(p.name)).sort((a, b) => a.start - b.start).map((p) => p.name))];
  if (order.length < terms.length) return null;
  const names = order.slice(order.length - terms.length);
  return names.map((name, i) => ({
    ...m,
    people: [name],
    count: null,
    termMonths: terms[i]!.months,
    charges: [...m.charges],
    ruleIds: [...m.ruleIds, 'split-respectively-1'],
    evidence: [...m.evidence],
  }));
}

export function splitByTerms(m: Mention, s: Sentence, people: PeopleIndex): Mention[] {
  if (m.type !== 'SENTENCE' || m.people.length < 2) return [m];
  const respectively = splitRespectively(m, s, people);
  if (respectively) return respectively;
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
