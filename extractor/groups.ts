// Rules on groups of people after the mentions are merged into events (layer 5):
// - a group told by a number gets the names the article gives for exactly that many people,
//   from another event of the same people ("charged all 11 detainees" / the 11 sentenced) or
//   from the sentences right after it ("detained six journalists … A, B, C, D and E … a sixth, F");
// - a group whose parts are told apart with different terms is replaced by the parts
//   ("sentenced eight … Three were given 30 months, while five received two years");
// - "remanded in custody" of people already held is a court's pre-trial detention, not an arrest.
import type { PeopleIndex } from './people.ts';
import type { Mention, Sentence } from './types.ts';

export type GroupContext = { people: PeopleIndex; sentences: readonly Sentence[]; published?: string | null };

const NEARBY_SENTENCES = 4;
/** How far into an article its lead runs (headline, dateline and first sentences), in sentences. */
const LEAD_SENTENCES = 2;
// "his wife X", "her lawyer X": a relative or counsel named after the lead, not its subject
const RELATION_BEFORE = /\b(?:wife|husband|son|daughter|brother|sister|father|mother|lawyer|attorney|colleague|friend|relative|spokes\w+|judge|prosecutor|president|minister)s?['’]?\s*,?\s*$/i;

/**
 * "A journalist in Azerbaijan was sentenced on Thursday … Seymur Hazi, a journalist with …": a lead
 * that tells of one unnamed person names them in the sentences right after it (news style). The
 * event gets the first person named there; returns the events so named.
 */
export function nameLeadPerson(events: Mention[], ctx: GroupContext): Mention[] {
  const named: Mention[] = [];
  for (const e of events) {
    if (e.people.length || e.count !== 1 || e.sentence > LEAD_SENTENCES) continue;
    const first = ctx.sentences[e.sentence + 1];
    const last = ctx.sentences[Math.min(ctx.sentences.length - 1, e.sentence + 2)];
    if (!first || !last) continue;
    const m = ctx.people.mentions.find((x) => x.start >= first.start && x.end <= last.end && !x.speaker && !x.official && !x.possessive && !ctx.people.officials.has(x.name)
      && !RELATION_BEFORE.test(ctx.sentences[0] ? sliceBefore(ctx, x.start) : ''));
    if (!m) continue;
    e.people = [m.name];
    e.count = null;
    e.ruleIds.push('lead-names-later-1');
    named.push(e);
  }
  return named;
}

function sliceBefore(ctx: GroupContext, at: number): string {
  const s = ctx.sentences.find((x) => x.start <= at && at < x.end);
  return s ? s.text.slice(Math.max(0, at - s.start - 30), at - s.start) : '';
}

const isGroup = (e: Mention) => !e.people.length && e.count !== null && e.count >= 2;

/** Fills the people of counted groups. */
export function nameGroups(events: Mention[], ctx: GroupContext): void {
  for (const g of events) {
    if (!isGroup(g)) continue;
    const n = g.count!;
    // the same people in another event of the article
    const sets = new Map<string, string[]>();
    for (const e of events) if (e !== g && e.people.length === n && (e.count === null || e.count === n)) sets.set([...e.people].sort().join('|'), e.people);
    if (sets.size === 1) {
      g.people = [...sets.values()][0]!.slice();
      g.ruleIds.push('group-same-count-1');
      continue;
    }
    // the people named in the sentences right after the group is told
    const first = ctx.sentences[g.sentence];
    const last = ctx.sentences[Math.min(ctx.sentences.length - 1, g.sentence + NEARBY_SENTENCES)];
    if (!first || !last) continue;
    const named = [...new Set(ctx.people.mentions
      .filter((m) => m.start >= first.start && m.end <= last.end && !m.speaker && !m.official && !ctx.people.officials.has(m.name))
      .map((m) => m.name))];
    if (named.length === n && !events.some((e) => e !== g && e.type === g.type && e.people.some((p) => named.includes(p)))) {
      g.people = named;
      g.ruleIds.push('group-named-nearby-1');
    }
  }
}

/** Replaces a group by its parts where the parts have different terms and add up to the whole. */
export function splitGroupsIntoParts(events: Mention[]): Mention[] {
  for (const g of [...events]) {
    if (!isGroup(g)) continue;
    const parts = events.filter((p) => p !== g && p.type === g.type && !p.people.length && p.count !== null && p.count < g.count! && !p.date && p.sentence >= g.sentence && p.sentence <= g.sentence + 2);
    const terms = new Set(parts.map((p) => p.termMonths));
    if (parts.length < 2 || terms.size < 2 || parts.reduce((a, p) => a + p.count!, 0) !== g.count) continue;
    for (const p of parts) {
      p.date = g.date;
      for (const c of g.charges) if (!p.charges.includes(c)) p.charges.push(c);
      p.evidence.push(...g.evidence.filter((x) => !p.evidence.some((y) => y.start === x.start)));
      p.ruleIds.push('parts-of-group-1');
    }
    events.splice(events.indexOf(g), 1);
  }
  return events;
}

/**
 * "X … have been remanded in custody" where X was arrested in another mention, or is said to be
 * held already: the court's detention. Run on the mentions, before they merge.
 */
export function remandsAfterArrest(mentions: Mention[], ctx: GroupContext): void {
  for (const e of mentions) {
    if (e.type !== 'ARREST' || !e.ruleIds.includes('arrest-remanded-1') || !e.people.length) continue;
    const s = ctx.sentences[e.sentence];
    // "remanded into 15 days of detention": administrative custody stays in the arrest
    if (s && /\b(?:\d+|\w+)\s+days?\b|\badministrative/i.test(s.text.slice(e.trigger.start - s.start))) continue;
    const held = s && /\balready\b[^.]{0,60}\b(?:detention|custody|prison|jail|detained|held)\b/i.test(s.text);
    const arrested = e.people.some((p) => mentions.some((o) => o !== e && o.type === 'ARREST' && o.sentence !== e.sentence && !o.ruleIds.includes('arrest-remanded-1') && o.people.includes(p)));
    if (held || arrested) {
      e.type = 'DETENTION';
      e.ruleIds.push('remand-after-arrest-1');
    }
  }
}
