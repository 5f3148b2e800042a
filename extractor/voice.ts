// Where the people an event happens to stand, relative to a verb trigger: passive ("X was
// arrested"), active ("police arrested X"), a reduced relative ("20 people arrested during the
// protests", weak unless anchored to a name: "X, arrested in 2015,"), a membership ("X was among
// 75 dissidents jailed"), or an adjective of status ("the jailed journalist": no event).
import type { Voice } from './data/triggers.ts';
import { FINITE } from './scopes.ts';
import type { TriggerMatch } from './triggers.ts';

export const AUX_BEFORE = /\b(?:was|were|is|are|been|be|being|get|gets|got|getting)\s+(?:(?:yesterday|today|on\s+\p{Lu}\w+day|last\s+\w+|also|not|reportedly|subsequently|then|later|allegedly|initially|already|just|never|quickly|briefly|eventually|finally|recently|administratively|temporarily|formally|officially|once|again|twice|first|himself|herself|themselves|each|both|all|too|\w+ly)\s+){0,2}$/iu;
// "was arrested on May 3 and sentenced in November": a participle coordinated with a passive one
const COORDINATED_PASSIVE = /\b(?:was|were|been)\s+(?:\w+ly\s+)?\p{Ll}+(?:ed|en)\b[^.;:]{0,80}?(?:,\s*|\s+)(?:and|then|but)\s+(?:(?:later|then|subsequently|eventually|finally|also)\s+)?$/iu;
export const RELATIVE_BEFORE = /\b(?:who|whom|which|that)\s+(?:(?:has|have|had|was|were|is|are|been|being|be|also|not|reportedly|later|subsequently|then|allegedly|himself|herself|\w+ly)\s+){0,3}$/i;
export const OBJECT_START = /^\s+(?:(?:the|a|an|his|her|their|its|some|at\s+least|more|over|about|around|nearly|almost|dozens|hundreds|thousands|several|him|them|us|me|both|two|three|four|five|six|seven|eight|nine|ten)\b|\d|\p{Lu})/u;
const ADJECTIVE_BEFORE = /(?:^|\b(?:the|a|an|of|for|with|his|her|their|its|newly|recently|wrongly|unjustly|arbitrarily|other|those|already|formerly|previously|imprisoned|jailed|detained)\s+)$/i;
// a subject that acts: police, a court, a pronoun, a name
const AGENT_BEFORE = /(?:\b(?:has|have|had|police|policemen|officers|agents|authorities|forces|troops|soldiers|guards|court|courts|judge|judges|tribunal|prosecutors?|investigators|government|regime|junta|ministry|service|he|she|they|it|we|who|which|that|and|also|then|later|subsequently|reportedly|allegedly)|\p{Lu}[\p{L}'’-]*)\s+(?:(?:\w+ly|yesterday|today|also|then|later|again|earlier|reportedly|allegedly)\s+){0,2}$/u;
// "Ferrer … was among 75 dissidents jailed": the subject of "was among" is one of them
export const WAS_AMONG = /\b(?:was|were|is|are)\s+(?:also\s+|reportedly\s+)?among\s+((?:the\s+)?(?:[\w,-]+\s+){0,5}?)$/i;
// "Among those released were …", "Those sentenced are:"
export const THOSE_BEFORE = /(?:^|\bamong\s+|\bof\s+)(?:those|the\s+(?:people|persons|ones|prisoners|detainees))\s+(?:\w+ly\s+)?$/i;
const COPULA_AFTER = /^\s+(?:(?:were|was|are|is)\b|include[sd]?\b)/i;
// "X, arrested during the rallies, …": a participle in apposition to a name
const NAME_COMMA_BEFORE = /\p{Lu}[\p{L}'’-]+\s*,\s*(?:who\s+was\s+)?$/u;

export type VoiceReading = {
  voice: Exclude<Voice, 'auto'> | 'those';
  strength: 'strong' | 'weak';
  ids: string[];
  passive: boolean;
  relative: boolean;
  /** "the imprisoned activist": a status adjective, not an event */
  adjectival: boolean;
  /** the membership "X was among N people jailed" */
  among: RegExpExecArray | null;
};

/**
 * `pre` / `post`: the sentence before and after the trigger; `leftClause`: the part of `pre` in
 * the trigger's clause. A bare participle after a clause that already has its verb is a reduced
 * relative ("the Memorial published lists of prisoners arrested this year").
 */
export function readVoice(match: TriggerMatch, pre: string, post: string, leftClause: string, headline: boolean): VoiceReading {
  const rule = match.rule;
  const ids: string[] = [];
  let strength = rule.strength;
  let voice: VoiceReading['voice'] = rule.voice === 'auto' ? 'active' : rule.voice;
  const passive = AUX_BEFORE.test(pre) || COORDINATED_PASSIVE.test(pre);
  const relative = RELATIVE_BEFORE.test(pre);
  const among = rule.voice === 'auto' ? WAS_AMONG.exec(pre) : null;
  const reduced = () => {
    voice = 'passive';
    strength = 'weak';
    ids.push('reduced-relative-1');
  };
  if (rule.voice === 'auto') {
    if (THOSE_BEFORE.test(pre) && COPULA_AFTER.test(post)) {
      voice = 'those';
      strength = 'weak';
      ids.push('among-those-1');
    } else if (passive || relative) voice = 'passive';
    else if (among) {
      voice = 'passive';
      ids.push('was-among-1');
    } else if (headline && !/s$/i.test(match.text.split(/\s+/)[0]!)) voice = 'passive';
    else if (/^\s+(?:was|were|is|are|has|have|had)\b/i.test(post) && !/\b(?:him|her|them)\b/i.test(match.text)) reduced();
    else if (OBJECT_START.test(post) || /\b(?:him|her|them)\b/i.test(match.text)) voice = 'active';
    else if (/^\s*(?:(?:from|into|under|on|in|at|by|after|over|for|during|with|without|of)\b|\.|,|$)/i.test(post) || post.trim() === '') {
      voice = 'passive';
      if (!headline) reduced();
    } else if (AGENT_BEFORE.test(pre) || !pre.trim() || !FINITE.test(leftClause)) voice = 'active';
    else reduced();
    if (ids.includes('reduced-relative-1') && NAME_COMMA_BEFORE.test(pre)) {
      strength = 'strong';
      ids.push('participle-after-name-1');
    }
  }
  const adjectival = rule.voice === 'auto' && !passive && !relative && voice !== 'those' && ADJECTIVE_BEFORE.test(pre) && /^\s+[\p{L}]/u.test(post) && !OBJECT_START.test(post.replace(/^\s+\p{Lu}/u, ' x'));
  return { voice, strength, ids, passive, relative, adjectival, among };
}
