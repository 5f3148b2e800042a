// Clause scopes around a trigger within its sentence, and the cue tests run on them.
import { AGGREGATE_CUES, CLAUSE_BOUNDARIES, COMPLEMENT_CUES, MODAL_CUES, NEGATION_AFTER, SPEECH_VERBS, STATUS_CUES, TOTAL_CUES } from './data/cues.ts';

const BOUNDARY = new RegExp(CLAUSE_BOUNDARIES.join('|'), 'giu');
const MODAL = new RegExp(String.raw`(?:^|[^\p{L}'])(?:${MODAL_CUES.join('|')})(?![\p{L}])`, 'iu');
const INFINITIVE = /\bto\s+(?:be\s+|have\s+been\s+|get\s+)?(?:\w+ly\s+)?$/i;
const AGGREGATE = new RegExp(String.raw`\b(?:${AGGREGATE_CUES.join('|')})`, 'iu');
const NEG_AFTER = new RegExp(NEGATION_AFTER, 'i');
const GOVERNED = new RegExp(String.raw`\b(?:${COMPLEMENT_CUES.join('|')})\s+(?:[\w'-]+\s+){0,3}?(?:that|whether|if)\s*$`, 'i');
const SPEECH_BEFORE = new RegExp(String.raw`\b${SPEECH_VERBS}\s+(?:\w+\s+){0,2}?(?:on\s+|in\s+|last\s+)?$`, 'i');

/** The clause boundaries of a whole sentence, found once, for clauseStartAt / clauseEndAt. */
export type ClauseIndex = { starts: number[]; ends: number[] };

// a verb that makes a clause of the words around ", and" (else the "and" joins noun phrases)
export const FINITE = /\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|said|says|told|took|gave|went|came|made|held|left|\p{Ll}{3,}ed)\b/u;

export function clauseIndex(text: string): ClauseIndex {
  const found: { start: number; end: number; soft: boolean }[] = [];
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    found.push({ start: m.index, end: m.index + m[0].length, soft: /^,\s*and$/i.test(m[0]) });
    if (m[0].length === 0) BOUNDARY.lastIndex++;
  }
  // ", and" ends a clause only between two clauses: "Police detained X, and the court jailed Y";
  // not in "sentenced X, the party leader, and his deputy Y to 20 years"
  const kept = found.filter((b, i) => {
    if (!b.soft) return true;
    const before = text.slice(found[i - 1]?.end ?? 0, b.start);
    const after = text.slice(b.end, found[i + 1]?.start ?? text.length);
    return FINITE.test(before) && FINITE.test(after);
  });
  return { starts: kept.map((b) => b.start), ends: kept.map((b) => b.end) };
}

/** Where the clause holding offset `pos` starts: the end of the last boundary that ends at or before it. */
export function clauseStartAt(ix: ClauseIndex, pos: number): number {
  let best = 0;
  for (let i = 0; i < ix.ends.length && ix.starts[i]! < pos; i++) if (ix.ends[i]! <= pos) best = ix.ends[i]!;
  return best;
}

/** Where the clause starting at offset `pos` ends: the first boundary that starts at or after it. */
export function clauseEndAt(ix: ClauseIndex, pos: number, textLength: number): number {
  for (let i = 0; i < ix.starts.length; i++) if (ix.starts[i]! >= pos) return ix.starts[i]!;
  return textLength;
}

/** A clause boundary in `between` (", and" only where it joins two clauses). */
export function hasBoundary(between: string): boolean {
  return clauseIndex(between).starts.length > 0;
}

export function isModal(leftClause: string, pre: string): boolean {
  // the month "May" is no modal ("In May, the government freed …")
  // nor is a word inside a name ("Reporters Without Borders"): capitalised words past the first are masked
  const masked = leftClause.replace(/(?<=\S\s*)\b\p{Lu}[\p{Ll}']*\b|\bMay\b(?=\s*[\d,]|\s+(?:19|20)\d\d)/gu, 'Xxx');
  // "released on bail, only to be re-arrested days later": a fact told with an infinitive
  return MODAL.test(masked) || (INFINITIVE.test(pre) && !/\bonly\s+to\s+(?:be\s+|have\s+been\s+)?(?:\w+ly\s+)?$/i.test(pre));
}

/** The text before a clause ends with a cue verb and its complementiser: "denied that", "hopes that". */
export function isGovernedByCue(beforeClause: string): boolean {
  return GOVERNED.test(beforeClause);
}

export function isNegatedAfter(post: string): boolean {
  return NEG_AFTER.test(post);
}

const TOTAL = new RegExp(String.raw`\b(?:${TOTAL_CUES.join('|')})\b`, 'i');

const STATUS = new RegExp(String.raw`\b(?:${STATUS_CUES.join('|')})`, 'iu');

/**
 * 'tally' for a count over time or over many occasions, 'status' for a standing state, else null;
 * `act`: the trigger is a pardon or amnesty, whose total is its size.
 */
export function aggregateKind(clause: string, act = false): 'tally' | 'status' | null {
  if (AGGREGATE.test(clause) || (!act && TOTAL.test(clause))) return 'tally';
  return STATUS.test(clause) ? 'status' : null;
}

export function afterSpeechVerb(before: string): boolean {
  return SPEECH_BEFORE.test(before);
}

/** A verb-like word of another predicate ("held", "swept", "appeared") between a trigger and a date. */
// an -ed word counts only after a subject-like word: "journalists linked to" is a participle, not a verb
const COMPETING = /\b(?:he|she|they|it|we|who|police|authorities|and|had|has|have|then)\s+(?:\w+ly\s+)?(?!(?:alleged|so-called|armed|based|related|unidentified|detained|arrested|sentenced|convicted|charged|released|freed|jailed|imprisoned|accused|pardoned|amnestied|indicted|remanded|placed|taken|summoned|named|aged|led|used|united|hundred|unnamed|masked|uniformed|exiled|renowned|disputed|contested|banned|unregistered|registered|suspected|reported|extended|ordered|granted|signed|approved|adopted|passed|administered|red|bed|need|speed|seed|feed|deed|wed|shed)\b)[a-z]{3,}ed\b|\b(?:held|took|made|said|told|met|went|came|began|fled|left|saw|ran|won|lost|spent|sent|brought|fought|wrote|spoke|stood|died|gave|paid|became|broke|swept|hit|says|tells)\b/;

export function hasCompetingPredicate(between: string): boolean {
  return COMPETING.test(between);
}
