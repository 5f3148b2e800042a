// Signals that a name candidate is a person, an official or a speaker: given names, surname
// endings, role nouns and titles around it, apposition, and compromise's lexicon of names.
import nlp from 'compromise';
import { isEnglishWord } from './data/english-words.ts';
import { COUNSEL_TITLES, OFFICIAL_TITLES, PERSON_ROLES } from './data/titles.ts';
import type { Candidate } from './name-candidates.ts';
import { CAL, GIVEN, ORG, PARTICLES, PLACES, surnameLike } from './name-words.ts';
import { fold, wordsRe } from './text-utils.ts';

export const ROLE_BEFORE = new RegExp(String.raw`(?:^|[\s,(-])(?:${wordsRe(PERSON_ROLES)})(?:-in-chief)?(?:\s+of\s+[\w\s-]{0,40}?)?[\s,]*$`, 'iu');
export const TITLE_BEFORE = new RegExp(String.raw`(?:^|[\s,(])(?:${wordsRe(OFFICIAL_TITLES)})[\s,]*$`, 'iu');
export const APPOSITION_AFTER = new RegExp(String.raw`^\s*,\s*(?:\d{1,2}\s*,|(?:a|an|the|another|his|her|their)\s+(?:[\w'-]+\s+){0,5}?(?:${wordsRe(PERSON_ROLES)})\b|who\b)`, 'iu');
// "X, the interior minister"; not "X, a day after President Y …" (a preposition ends the apposition)
export const OFFICIAL_APPOSITION = new RegExp(String.raw`^\s*,\s*(?:the\s+|a\s+|an\s+)?(?:(?!(?:after|before|since|when|as|by|with|from|to|on|in|at|for|and|of|under|while|who|which|that)\b)[\w'-]+\s+){0,2}?(?:${wordsRe(OFFICIAL_TITLES)})\b`, 'iu');
// "his lawyer X", "the family's attorney X", "defence lawyer X": counsel acting for someone
const COUNSEL = wordsRe(COUNSEL_TITLES);
export const COUNSEL_BEFORE = new RegExp(String.raw`(?:\b(?:his|her|their|its|whose|defen[cs]e|family)|[\p{L}]['’]s?)\s+(?:[\w-]+\s+){0,2}?(?:${COUNSEL})[\s,]*$`, 'iu');
// "X, his lawyer, said", "X, a lawyer for the family", "X, who represents him"
export const COUNSEL_APPOSITION = new RegExp(String.raw`^\s*,\s*(?:(?:his|her|their|whose|the\s+family['’]s|[\p{L}-]+['’]s?)\s+(?:[\w-]+\s+){0,2}?(?:${COUNSEL})|(?:the|a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:${COUNSEL})\s+(?:for|representing|of|acting\s+for|defending)\b|who\s+(?:represents|defends|is\s+representing|is\s+defending)\b)`, 'iu');
export const SPEAKER_AFTER = /^\s*(?:,[^,]{0,80},\s*|,\s*who\s+)?(?:has\s+|had\s+)?(?:said|says|told|added|stated|noted|wrote|tweeted|recalled|explained|commented|claimed|announced|reported)\b/i;
// "told Turan X …", "according to X"; not "said that X was detained"
export const SPEAKER_BEFORE = /(?:according\s+to|said|told|quoted)\s+(?:(?!that\b)\w+\s+){0,2}$/i;


export type Verdict = 'yes' | 'no' | 'ask';

// a modifier of a people or organisation noun, not a name: "Al Jazeera journalists", "Okaz daily"
const MODIFIER_OF = /^\s+(?:journalists?|reporters?|correspondents?|activists?|employees|staff|workers|supporters|members|followers|leaders|officials?|officers|police|forces|troops|authorities|government|regime|newspaper|daily|weekly|agency|channel|website|outlet|broadcaster|service|party|movement|group|network|court|prison|region|province|city|village|district|residents|protesters|protests?|rally|case|trial|affair|law|act|decree)\b/i;
// "YouTube channels Ayt Ayt Dese", "the newspaper Okaz": the name of a thing
const NAMED_THING_BEFORE = /\b(?:channels?|outlets?|websites?|sites?|newspapers?|papers?|magazines?|agency|agencies|groups?|party|parties|movements?|organi[sz]ations?|company|companies|stations?|radio|broadcasters?|programmes?|programs?|shows?|blogs?|platforms?|apps?|accounts?|pages?)(?:\s+of)?\s+(?:(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:and|&|,)\s+)?$/iu;
// "Samar's arrest", "Aragaw's detention": a possessor of an event noun is a person
const POSSESSOR_OF_EVENT = /^['’]s\s+(?:\w+\s+)?(?:arrest|detention|release|trial|sentencing|conviction|imprisonment|jailing|abduction|disappearance|lawyer|wife|husband|family|mother|father|son|daughter)\b/i;
// an honorific written as English news writes it (case-sensitive: "Mr", "Mrs.", "Ms", "Dr")
const HONORIFIC_BEFORE = /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|Miss|Mme|Mx)\.?\s+$/u;
// a word written like a name: capital then lower case, hyphenated parts too ("Abd-El", "Jean-Pierre")
const NAME_SHAPE = /^\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}]+)*$/u;

let lexicon: Record<string, string | string[]> | null = null;
/** compromise's lexicon tags of a word ("john" → MaleName, "cruz" → LastName). */
function lexTags(word: string): string {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const t = lexicon[word];
  return Array.isArray(t) ? t.join(' ') : (t ?? '');
}
const lexFirstName = (w: string) => /\b(?:FirstName|MaleName|FemaleName)\b/.test(lexTags(w));
const lexLastName = (w: string) => /\bLastName\b/.test(lexTags(w));

/** Not an English word, not a place or organisation word: a word of a name written in Latin letters. */
export function foreignWord(token: string): boolean {
  const f = fold(token);
  return NAME_SHAPE.test(token) && f.length >= 3 && !isEnglishWord(token.toLowerCase()) && !isEnglishWord(f) && !PLACES.has(f) && !ORG.has(f);
}

/**
 * The cheap signals' verdict on a candidate; 'ask' where only compromise's tagging can decide.
 * Strong for two or more words: a given name first, a surname ending or a name in compromise's
 * lexicon last, a role or title before, an apposition after, or no word that is English.
 */
export function cheapVerdict(c: Candidate, text: string): Verdict {
  const toks = c.tokens.filter((t) => !PARTICLES.has(fold(t)));
  if (toks.some((t) => ORG.has(fold(t)) || CAL.has(fold(t)))) return 'no';
  if (toks.every((t) => PLACES.has(fold(t)))) return 'no';
  if (toks.some((t) => /^\p{Lu}{2,}$/u.test(t) && t.length > 1 && !/^\p{Lu}\.$/u.test(t))) return 'no';
  if (toks.some((t) => /\d/.test(t))) return 'no';
  const before = text.slice(Math.max(0, c.start - 60), c.start);
  const after = text.slice(c.end, c.end + 80);
  if (MODIFIER_OF.test(after) || NAMED_THING_BEFORE.test(before)) return 'no';
  // "Cihan Yilmaz of Gazete Duvar": what follows a name and "of" is where the person works or lives
  if (/\p{Lu}[\p{Ll}\p{M}'’-]+\s+of\s+(?:the\s+)?$/u.test(before) && !/\b(?:son|daughter|wife|husband|brother|sister|father|mother|widow|family|relatives?|lawyer|friend)\s+of\s+(?:the\s+)?$/i.test(before)) return 'no';
  const first = fold(toks[0]!.replace(/\.$/, ''));
  const last = fold(toks[toks.length - 1]!);
  const given = GIVEN.has(first) || lexFirstName(first);
  const surname = surnameLike(toks[toks.length - 1]!) || (toks.length >= 2 && lexLastName(last));
  const context = ROLE_BEFORE.test(before) || TITLE_BEFORE.test(before) || COUNSEL_BEFORE.test(before) || APPOSITION_AFTER.test(after) || c.official || POSSESSOR_OF_EVENT.test(after);
  if (toks.length >= 2) {
    if (given || surname || context) return 'yes';
    const nameWords = toks.filter((t) => /^\p{Lu}\.$/u.test(t) || foreignWord(t)).length;
    return nameWords === toks.length ? 'yes' : 'ask';
  }
  if ((surname || given) && context) return 'yes';
  // "Mr Li", "Ms Aung": a single word after an honorific is a person's name
  if (HONORIFIC_BEFORE.test(before) && NAME_SHAPE.test(toks[0]!)) return 'yes';
  return 'no';
}

/** Context alone, for a single word: "Hamedi, 30, a journalist", "Samar's arrest", "journalist Aragaw". */
export function hasPersonContext(c: Candidate, text: string): boolean {
  const before = text.slice(Math.max(0, c.start - 60), c.start);
  const after = text.slice(c.end, c.end + 80);
  return ROLE_BEFORE.test(before) || HONORIFIC_BEFORE.test(before) || APPOSITION_AFTER.test(after) || POSSESSOR_OF_EVENT.test(after);
}
