// Clause scopes around a trigger within its sentence, and the cue tests run on them.
import { AGGREGATE_CUES, CLAUSE_BOUNDARIES, COMPLEMENT_CUES, MODAL_CUES, NEGATION_AFTER, SPEECH_VERBS } from './data/cues.ts';

const BOUNDARY = new RegExp(CLAUSE_BOUNDARIES.join('|'), 'giu');
const MODAL = new RegExp(String.raw`(?:^|[^\p{L}'])(?:${MODAL_CUES.join('|')})(?![\p{L}])`, 'iu');
const INFINITIVE = /\bto\s+(?:be\s+|have\s+been\s+|get\s+)?(?:\w+ly\s+)?$/i;
const AGGREGATE = new RegExp(String.raw`\b(?:${AGGREGATE_CUES.join('|')})`, 'iu');
const NEG_AFTER = new RegExp(NEGATION_AFTER, 'i');
const GOVERNED = new RegExp(String.raw`\b(?:${COMPLEMENT_CUES.join('|')})\s+(?:[\w'-]+\s+){0,3}?(?:that|whether|if)\s*$`, 'i');
const SPEECH_BEFORE = new RegExp(String.raw`\b${SPEECH_VERBS}\s+(?:\w+\s+){0,2}?(?:on\s+|in\s+|last\s+)?$`, 'i');

/** Offset (within `pre`) where the clause holding the end of `pre` starts. */
export function clauseStart(pre: string): number {
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(pre); m; m = BOUNDARY.exec(pre)) start = m.index + m[0].length;
  return start;
}

/** Offset (within `post`) where the clause starting `post` ends. */
export function clauseEnd(post: string): number {
  BOUNDARY.lastIndex = 0;
  const m = BOUNDARY.exec(post);
  return m ? m.index : post.length;
}

/** The clause boundaries of a whole sentence, found once, for clauseStartAt / clauseEndAt. */
export type ClauseIndex = { starts: number[]; ends: number[] };

export function clauseIndex(text: string): ClauseIndex {
  const starts: number[] = [];
  const ends: number[] = [];
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    if (m[0].length === 0) BOUNDARY.lastIndex++;
  }
  return { starts, ends };
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

export function hasBoundary(between: string): boolean {
  BOUNDARY.lastIndex = 0;
  return BOUNDARY.test(between);
}

export function isModal(leftClause: string, pre: string): boolean {
  // the month "May" is no modal ("In May, the government freed …")
  // nor is a word inside a name ("Reporters Without Borders"): capitalised words past the first are masked
  const masked = leftClause.replace(/(?<=\S\s*)\b\p{Lu}[\p{Ll}']*\b|\bMay\b(?=\s*[\d,]|\s+(?:19|20)\d\d)/gu, 'Xxx');
  return MODAL.test(masked) || INFINITIVE.test(pre);
}

/** The text before a clause ends with a cue verb and its complementiser: "denied that", "hopes that". */
export function isGovernedByCue(beforeClause: string): boolean {
  return GOVERNED.test(beforeClause);
}

export function isNegatedAfter(post: string): boolean {
  return NEG_AFTER.test(post);
}

export function isAggregate(clause: string): boolean {
  return AGGREGATE.test(clause);
}

export function afterSpeechVerb(before: string): boolean {
  return SPEECH_BEFORE.test(before);
}

/** A verb-like word of another predicate ("held", "swept", "appeared") between a trigger and a date. */
const COMPETING = /\b(?!(?:alleged|so-called|armed|based|related|unidentified|detained|arrested|sentenced|convicted|charged|released|freed|jailed|imprisoned|accused|pardoned|amnestied|indicted|remanded|placed|taken|summoned|named|aged|led|used|united|hundred|unnamed|masked|uniformed|exiled|renowned|disputed|contested|banned|unregistered|registered|suspected|reported|extended|ordered|granted|signed|approved|adopted|passed|administered|red|bed|need|speed|seed|feed|deed|wed|shed)\b)[a-z]{3,}ed\b|\b(?:held|took|made|said|told|met|went|came|began|fled|left|saw|ran|won|lost|spent|sent|brought|fought|wrote|spoke|stood|died|gave|paid|became|broke|swept|hit|says|tells)\b/;

export function hasCompetingPredicate(between: string): boolean {
  return COMPETING.test(between);
}
