// Layer 5: one event per occasion. Mentions of the same event in an article are merged;
// events split where their slots differ (dates, terms, counts, people).
import { nameGroups, nameLeadPerson, remandsAfterArrest, splitGroupsIntoParts, type GroupContext } from './groups.ts';
import type { EventType, FallbackCharge, Mention } from './types.ts';

const CHARGE_HOLDERS: ReadonlySet<string> = new Set(['ARREST', 'CHARGE', 'DETENTION', 'SENTENCE']);
const ACTS: ReadonlySet<string> = new Set(['PARDON', 'AMNESTY']);
/** How far apart (in sentences) two mentions may be told and still be about the same people. */
const NEAR_SENTENCES = 3;

// no people, count or date: joins any event of its type it does not contradict (a term, if it has
// one, was checked against the other's before this is asked)
const slotless = (m: Mention) => !m.people.length && m.count === null && m.date === null;
const datesAgree = (a: string | null, b: string | null) => !a || !b || a.startsWith(b) || b.startsWith(a);
const overlap = (a: string[], b: string[]) => a.some((x) => b.includes(x));

// "Koo has been sentenced to nine months … In 2022, he was jailed for nine months": an undated
// present-perfect occasion is recent, not one dated to a year before the article's
const olderThanRecent = (x: Mention, y: Mention, pubYear: number | null) =>
  pubYear !== null && x.perfect && !x.date && !y.perfect && y.date !== null && Number(y.date.slice(0, 4)) < pubYear;

function compatible(e: Mention, m: Mention, pubYear: number | null = null): number {
  if (!datesAgree(e.date, m.date)) return -1;
  if (olderThanRecent(e, m, pubYear) || olderThanRecent(m, e, pubYear)) return -1;
  if (e.termMonths !== null && m.termMonths !== null && e.termMonths !== m.termMonths && !headlineTerm(e, m) && !headlineTerm(m, e)) return -1;
  if ((e.suspended && m.termMonths !== null) || (m.suspended && e.termMonths !== null)) return -1;
  const bothCounts = e.count !== null && m.count !== null;
  // "an opposition leader and a dozen activists" told again as "Udaltsov and 13 other protesters":
  // close counts, one with names, are one group told twice
  const close = bothCounts && Math.abs(e.count! - m.count!) <= 0.2 * Math.max(e.count!, m.count!) && e.people.length + m.people.length > 0 && !(e.people.length && m.people.length);
  if (close && e.count !== m.count) return 2;
  if (bothCounts && e.count !== m.count && !(e.people.length && m.people.length)) return -1;
  const dateEq = e.date !== null && e.date === m.date ? 3 : 0;
  if (e.people.length && m.people.length) {
    if (overlap(e.people, m.people)) return 10 + dateEq;
    // more members of a counted group ("Among those pardoned are …" beside the named ones)
    return m.groupPronoun && e.count !== null && e.count >= e.people.length + m.people.length ? 5 : -1;
  }
  if (slotless(m) || slotless(e)) return 1;
  if (ACTS.has(e.type)) return 2 + dateEq;
  if (bothCounts) return 5 + dateEq;
  const one = (x: Mention, y: Mention) => x.count === 1 && !x.people.length && y.people.length === 1 && y.count === null;
  if (one(e, m) || one(m, e)) return 4;
  // "Samar's arrest" told after "arrested the sister of Raif Badawi": a reference to the same arrest
  const namedReference = (x: Mention, y: Mention) => x.nominal && x.people.length === 1 && x.date === null && !y.people.length && (y.count === null || y.count === 1);
  if (namedReference(m, e) || namedReference(e, m)) return 3;
  // "Among those detained was X" beside "detained dozens of people": a member of a group with no number
  if (m.people.length && !e.people.length) return m.groupPronoun && (e.count === null ? m.strength === 'weak' : e.count >= m.people.length) ? 6 : -1;
  if (e.people.length && !m.people.length) return m.count === null ? 1 : -1;
  // neither names anyone: one gives the count, the other the date
  if ((e.count === null) !== (m.count === null) && (e.date === null) !== (m.date === null) && (e.count === null) === (m.date === null)) return 2;
  return -1;
}

function absorb(e: Mention, m: Mention): void {
  // of two counts for one group, the one told beside the names is the stated one
  if (e.count !== null && m.count !== null && e.count !== m.count && !e.people.length && m.people.length) e.count = m.count;
  for (const p of m.people) if (!e.people.includes(p)) e.people.push(p);
  if (e.count === null && m.count !== null) e.count = m.count;
  if (e.count === 1 && e.people.length === 1) e.count = null;
  if (e.date === null || (m.date !== null && m.date.length > e.date.length)) e.date = m.date ?? e.date;
  if ((e.termMonths === null || headlineTerm(e, m)) && !e.suspended) e.termMonths = m.termMonths;
  e.suspended ||= m.suspended;
  if (e.suspended) e.termMonths = null;
  for (const c of m.charges) if (!e.charges.includes(c)) e.charges.push(c);
  for (const r of m.ruleIds) if (!e.ruleIds.includes(r)) e.ruleIds.push(r);
  for (const s of m.evidence) if (!e.evidence.some((x) => x.start === s.start)) e.evidence.push(s);
  e.confidence = Math.min(0.95, Math.max(e.confidence, m.confidence) + 0.05);
  e.groupPronoun &&= m.groupPronoun;
}

// "Iran jails rapper for six years" over "sentenced … to six years and three months": a headline
// rounds the term down to whole years
function headlineTerm(h: Mention, m: Mention): boolean {
  return h.sentence === 0 && m.sentence !== 0 && h.termMonths !== null && m.termMonths !== null && m.termMonths % 12 !== 0 && h.termMonths === Math.floor(m.termMonths / 12) * 12;
}

/** How many sentences after a lead's dated sentencing the co-defendants' sentences are told. */
const TRIAL_SENTENCES = 8;
/** How many days before publication a trial reported as news took place. */
const TRIAL_NEWS_DAYS = 7;
const daysBefore = (date: string, published: string) => (Date.parse(published) - Date.parse(date)) / 86_400_000;

// "A court sentenced X to ten years on Friday. Y and Z, tried alongside him, were sentenced to nine
// and seven years": the co-defendants' sentences, told just after a trial reported as news and with
// no date of their own, are handed down at the same trial (not where the sentence tells of an
// earlier time: "had been", "in 2019", "has been")
function datesOfSameTrial(events: Mention[], ctx: GroupContext): { lead: Mention; codefendants: Mention[] } | null {
  if (!ctx.published || !ctx.sentences.length) return null;
  const lead = events.find((e) => e.type === 'SENTENCE' && e.date !== null && e.date.length === 10 && e.sentence <= 3);
  if (!lead || daysBefore(lead.date!, ctx.published) < 0 || daysBefore(lead.date!, ctx.published) > TRIAL_NEWS_DAYS) return null;
  const codefendants: Mention[] = [];
  for (const e of events) {
    if (e === lead || e.type !== 'SENTENCE' || e.date || !e.people.length || e.perfect || e.suspended) continue;
    if (e.sentence <= lead.sentence || e.sentence > lead.sentence + TRIAL_SENTENCES) continue;
    const text = ctx.sentences.find((s) => s.index === e.sentence)?.text ?? '';
    if (/\b(?:had|has|have|(?:19|20)\d\d|earlier|previously|before|ago|last|former)\b/i.test(text)) continue;
    e.date = lead.date;
    e.ruleIds.push('date-of-trial-1');
    codefendants.push(e);
  }
  return { lead, codefendants };
}

/** How many sentences before a definite group ("All the activists were arrested") its members are named. */
const GROUP_NAMED_BEFORE = 8;

// "X, Y and Z were sentenced to six years each. The eighth activist, W, got four years. All the
// activists were arrested in early 2018": a definite group with no number or names of its own is the
// people named for the other events of the case just before it
function groupOfTheNamed(events: Mention[], mentions: Mention[]): void {
  for (const g of events) {
    if (!g.definiteGroup || g.people.length || g.count !== null || !CHARGE_HOLDERS.has(g.type)) continue;
    const donors = events.filter((e) => e !== g && e.type !== g.type && CHARGE_HOLDERS.has(e.type) && e.people.length && e.sentence <= g.sentence && e.sentence >= g.sentence - GROUP_NAMED_BEFORE);
    const persons = [...new Set(donors.flatMap((e) => e.people))];
    if (persons.length < 2) continue;
    g.people = persons;
    // the number the text gives for exactly these people ("eight environmentalists") is the group's
    if (mentions.some((m) => m.count === persons.length && m.sentence < g.sentence)) g.count = persons.length;
    g.ruleIds.push('group-of-the-named-1');
  }
}

const copy = (m: Mention): Mention => ({ ...m, people: [...m.people], charges: [...m.charges], ruleIds: [...m.ruleIds], evidence: [...m.evidence] });

export function mergeMentions(input: Mention[], fallbackCharges: FallbackCharge[], ctx: GroupContext = { people: { mentions: [], officials: new Set() }, sentences: [] }): Mention[] {
  let mentions = input.map(copy);
  const pubYear = ctx.published ? Number(ctx.published.slice(0, 4)) : null;
  remandsAfterArrest(mentions, ctx);
  // "The defendants were arrested in 2015" beside named arrests with no date of their own:
  // the date of the whole group goes to each of them
  mentions = mentions.filter((m) => {
    if (!m.definiteGroup || !m.date || m.strength !== 'strong') return true;
    const named = mentions.filter((o) => o !== m && o.type === m.type && o.people.length && !o.date && o.strength === 'strong');
    const groups = mentions.filter((o) => o !== m && o.type === m.type && !o.people.length && o.count !== null);
    if (!named.length || groups.length) return true;
    for (const o of named) {
      o.date = m.date;
      o.ruleIds.push('date-of-group-1');
      o.evidence.push(...m.evidence);
    }
    return false;
  });
  // "similar charges": copy the charges of the nearest earlier mention that has some
  mentions.forEach((m, i) => {
    if (!m.ruleIds.includes('charges-similar-1')) return;
    for (let j = i - 1; j >= 0; j--) {
      const prev = mentions[j]!;
      if (prev.charges.length && !overlap(prev.people, m.people)) {
        for (const c of prev.charges) if (!m.charges.includes(c)) m.charges.push(c);
        break;
      }
    }
  });
  // "It also freed X": an undated mention inherits the date of the same type in the sentence before
  mentions.forEach((m) => {
    if (!m.alsoContinues || m.date) return;
    const prev = mentions.filter((x) => x.type === m.type && x.sentence === m.sentence - 1 && x.date);
    if (prev.length) {
      m.date = prev[prev.length - 1]!.date;
      m.ruleIds.push('also-continues-date-1');
    }
  });
  // the next-day/named-person split: a group naming people who each have their own mention
  const strong = mentions.filter((m) => m.strength === 'strong');
  mentions = mentions.flatMap((m) => {
    if (m.people.length < 2 || m.strength !== 'strong') return [m];
    const each = m.people.every((p) => strong.some((o) => o !== m && o.type === m.type && o.people.length === 1 && o.people[0] === p));
    if (!each) return [m];
    return m.people.map((p) => ({ ...copy(m), people: [p], count: null }));
  });

  const events: Mention[] = [];
  const place = (m: Mention, create: boolean) => {
    let best: { e: Mention; s: number } | null = null;
    for (const e of events) {
      const sameType = e.type === m.type || (m.strength === 'weak' && ACTS.has(e.type) && ACTS.has(m.type) && !events.some((x) => x.type === m.type));
      if (!sameType) continue;
      const s = compatible(e, m, pubYear);
      if (s >= 0 && (!best || s > best.s)) best = { e, s };
    }
    if (best) absorb(best.e, m);
    else if (create) events.push(copy(m));
    return !!best || create;
  };
  // an accusation that made no event still tells the case's charges ("was accused of inciting hatred")
  const orphans: Mention[] = [];
  for (const m of mentions) if (m.strength === 'strong') place(m, true);
  for (const m of mentions) {
    if (m.strength !== 'weak') continue;
    if (slotless(m) && !m.charges.length) continue;
    if ((m.type as string) === 'ACT') {
      const acts = events.filter((e) => ACTS.has(e.type) && !e.date && e.evidence[0]!.start <= m.evidence[0]!.start);
      const target = acts[acts.length - 1];
      if (target && m.date) {
        target.date = m.date;
        absorb(target, { ...m, type: target.type, count: target.count === null ? m.count : null, people: [] });
      }
      continue;
    }
    if (!place(m, false) && m.type === 'CHARGE' && m.charges.length) orphans.push(m);
  }

  // a group whose count is covered by the named people of the same type told near it is those people
  const sentenceOf = (offset: number) => {
    const i = ctx.sentences.findIndex((x) => x.start <= offset && offset < x.end);
    return i < 0 ? Number.MAX_SAFE_INTEGER / 2 : i;
  };
  // a group told in the headline or the lead sums up the article: near everything in it
  const near = (named: Mention, group: Mention) => group.evidence.some((y) => sentenceOf(y.start) <= 1 || named.evidence.some((x) => Math.abs(sentenceOf(x.start) - sentenceOf(y.start)) <= NEAR_SENTENCES));
  for (const g of [...events]) {
    if (g.people.length || g.count === null || g.count < 2) continue;
    const named = events.filter((e) => e !== g && e.type === g.type && e.people.length && (!ctx.sentences.length || near(e, g)));
    const persons = new Set(named.flatMap((e) => e.people));
    if (persons.size < g.count) continue;
    for (const e of named) {
      if (persons.size === g.count && !e.date && g.date) e.date = g.date;
      if (persons.size === g.count && !e.charges.length) e.charges.push(...g.charges);
      e.ruleIds.push('group-of-named-1');
    }
    events.splice(events.indexOf(g), 1);
  }
  splitGroupsIntoParts(events);
  // an undated unnamed group smaller than an earlier dated group of the same type is part of it
  for (const g of [...events]) {
    if (g.people.length || g.count === null || g.date) continue;
    const whole = events.find((e) => e !== g && e.type === g.type && !e.people.length && e.count !== null && e.count > g.count! && e.date && e.evidence[0]!.start < g.evidence[0]!.start);
    if (!whole) continue;
    absorb(whole, { ...g, count: null });
    whole.ruleIds.push('sub-group-1');
    events.splice(events.indexOf(g), 1);
  }
  // a named person's undated event inherits the date of the group event of its type, where the
  // article has exactly one such group (with two or more, which one the person belongs to is unknown)
  for (const e of events) {
    if (e.date || !e.people.length || !CHARGE_HOLDERS.has(e.type)) continue;
    const groups = events.filter((g) => g.type === e.type && !g.people.length && g.count !== null && g.count >= 2);
    if (groups.length !== 1 || !groups[0]!.date) continue;
    const g = groups[0]!;
    if (Math.abs(g.evidence[0]!.start - e.evidence[0]!.start) > 4000) continue;
    e.date = g.date;
    if (!e.charges.length) e.charges.push(...g.charges);
    e.ruleIds.push('member-of-group-1');
  }
  const trial = datesOfSameTrial(events, ctx);
  groupOfTheNamed(events, mentions);
  nameGroups(events, ctx);
  // the lead's unnamed person, once named, is the same occasion as that person's event of the type
  for (const e of nameLeadPerson(events, ctx)) {
    const same = events.find((o) => o !== e && o.type === e.type && overlap(o.people, e.people) && compatible(o, e, pubYear) >= 0);
    if (!same) continue;
    absorb(e, same);
    events.splice(events.indexOf(same), 1);
  }
  // charges carried across a person's case; then charges stated apart from any event
  for (const e of events) {
    if (!CHARGE_HOLDERS.has(e.type) || e.charges.length) continue;
    const donor = [...events, ...orphans].find((o) => o !== e && CHARGE_HOLDERS.has(o.type) && o.charges.length && !o.suspended && overlap(o.people, e.people));
    if (donor) {
      e.charges.push(...donor.charges);
      e.ruleIds.push('charges-of-case-1');
    }
  }
  // EVENTS.md: the charges stated for a person's case apply to every event of that case; an event
  // gets the charges of the charging acts and accusations whose people include all of its own ("later,
  // he was accused of several other offences, including extremism"); a person's two sentences are two
  // cases, so sentences and arrests lend no charges to each other here (a charging act takes theirs)
  const caseLabels = events.map((e) => {
    if (!CHARGE_HOLDERS.has(e.type) || !e.people.length) return [];
    return [...events, ...orphans].filter((o) => o !== e && (o.type === 'CHARGE' || (e.type === 'CHARGE' && CHARGE_HOLDERS.has(o.type))) && e.people.every((p) => o.people.includes(p))).flatMap((o) => o.charges);
  });
  events.forEach((e, i) => {
    const add = caseLabels[i]!.filter((c) => !e.charges.includes(c));
    if (!add.length) return;
    e.charges.push(...new Set(add));
    e.ruleIds.push('charges-of-case-2');
  });
  // co-defendants sentenced at one trial were tried on the same charges, unless told apart
  for (const e of trial?.codefendants ?? []) {
    if (e.charges.length || !trial!.lead.charges.length || !events.includes(trial!.lead)) continue;
    e.charges.push(...trial!.lead.charges);
    e.ruleIds.push('charges-of-trial-1');
  }
  for (const o of orphans) if (!o.people.length) fallbackCharges = [...fallbackCharges, ...o.charges.map((label) => ({ label, sentence: o.sentence }))];
  if (fallbackCharges.length) {
    for (const e of events) {
      if (!CHARGE_HOLDERS.has(e.type) || e.charges.length || e.suspended) continue;
      // charges told apart from any event go to the events told near them, and to the article's
      // main case (the people, or the group, of its first event), not to another case told later
      const main = events[0]!;
      const mainCase = main.people.length ? overlap(e.people, main.people) : !e.people.length || (e.count !== null && e.count >= 2);
      const labels = fallbackCharges.filter((c) => !ctx.sentences.length || mainCase || e.evidence.some((x) => Math.abs(sentenceOf(x.start) - c.sentence) <= NEAR_SENTENCES)).map((c) => c.label);
      if (!labels.length) continue;
      e.charges.push(...new Set(labels));
      e.ruleIds.push('charges-of-article-1');
    }
  }
  for (const e of events) if (!CHARGE_HOLDERS.has(e.type)) e.charges = [];
  return events.sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
}

export type { EventType };
