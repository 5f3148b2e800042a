// People: find person names across the whole article (cheap, regex + word lists), decide
// which capitalised sequences are people (given names, surname endings, role context,
// compromise's #Person on trigger sentences), register each person under the fullest form
// the article gives, and resolve later mentions ("Rustamzade", "H. Huseynli", "she", "the
// blogger") to it. Officials who act (titles in data/titles.ts) are marked.
import { GIVEN_NAMES } from './data/given-names.ts';
import { NAME_PARTICLES } from './data/name-particles.ts';
import { CALENDAR_WORDS, ORG_PLACE_WORDS, PLACE_NAMES } from './data/not-names.ts';
import { SURNAME_SUFFIXES } from './data/surname-suffixes.ts';
import { HONORIFICS, OFFICIAL_TITLES, PERSON_ROLES } from './data/titles.ts';
import { fold, setOf, wordsRe } from './text-utils.ts';
import type { Span } from './types.ts';

const GIVEN = setOf(GIVEN_NAMES);
const PARTICLES = setOf(NAME_PARTICLES);
const ORG = setOf(ORG_PLACE_WORDS);
const CAL = setOf(CALENDAR_WORDS);
const PLACES = setOf(PLACE_NAMES);
const HONOR = setOf(HONORIFICS);
const TITLE_WORDS = setOf(OFFICIAL_TITLES.flatMap((t) => t.split(/[\s]+/)));
const ROLES = setOf(PERSON_ROLES);
const SUFFIXES = [...SURNAME_SUFFIXES].sort((a, b) => b.length - a.length);
const STOP = setOf([
  'the', 'a', 'an', 'in', 'on', 'at', 'of', 'and', 'but', 'or', 'for', 'to', 'from', 'with', 'by', 'after', 'before',
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those',
  'according', 'however', 'meanwhile', 'also', 'then', 'when', 'while', 'since', 'as', 'if', 'though', 'although',
  'among', 'despite', 'during', 'under', 'until', 'last', 'next', 'earlier', 'later', 'today', 'yesterday', 'some',
  'many', 'most', 'all', 'both', 'another', 'other', 'several', 'dozens', 'hundreds', 'thousands', 'more', 'over',
  'local', 'human', 'former', 'deputy', 'chief', 'head', 'acting', 'opposition', 'authorities', 'police', 'protesters',
  'activists', 'prosecutors', 'lawyers', 'relatives', 'supporters', 'reporters', 'judges', 'officials', 'no', 'not',
  'high-profile', 'prominent', 'imprisoned', 'jailed', 'detained', 'arrested', 'released', 'freed', 'pardoned',
  'sentenced', 'convicted', 'charged', 'signed', 'said', 'says', 'told', 'asked', 'like', 'unlike', 'following', 'via',
  'where', 'what', 'who', 'why', 'how', 'which', 'there', 'here', 'now', 'yet', 'so', 'thus', 'such', 'each', 'every',
  'amid', 'against', 'about', 'into', 'upon', 'onto', 'within', 'without', 'through', 'because', 'whether', 'once',
  'western', 'eastern', 'northern', 'southern', 'central', 'exclusive', 'update', 'updated', 'breaking', 'photo',
  'video', 'read', 'more', 'see', 'also', 'watch', 'listen', 'share', 'comment', 'comments', 'editor', 'editors',
]);

export type PersonMention = {
  start: number;
  end: number;
  /** canonical (fullest) name of the person */
  name: string;
  /** the mention carries an official's title or role */
  official: boolean;
  /** "X's son": the mention is a possessor */
  possessive: boolean;
  /** the mention speaks ("X said", "according to X") */
  speaker: boolean;
};

export type PeopleIndex = {
  mentions: PersonMention[];
  /** canonical names of people who are officials somewhere in the article */
  officials: Set<string>;
};

type Candidate = { start: number; end: number; tokens: string[]; official: boolean; possessive: boolean };

const TOKEN = String.raw`(?:\p{Lu}\.|(?:(?:al|el|ul|ad|ash|as|ar|an|at|az|ben|bin|abu|ibn)-)?\p{Lu}[\p{Ll}\p{Lu}\p{M}]*(?:-\p{Lu}?[\p{Ll}\p{Lu}\p{M}]+)*)`;
const SEQ = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])${TOKEN}(?:\s+(?:(?:${wordsRe(NAME_PARTICLES)})\s+)?${TOKEN}){0,5}`, 'gu');
const ROLE_BEFORE = new RegExp(String.raw`(?:^|[\s,(-])(?:${wordsRe(PERSON_ROLES)})(?:-in-chief)?(?:\s+of\s+[\w\s-]{0,40}?)?[\s,]*$`, 'iu');
const TITLE_BEFORE = new RegExp(String.raw`(?:^|[\s,(])(?:${wordsRe(OFFICIAL_TITLES)})[\s,]*$`, 'iu');
const APPOSITION_AFTER = new RegExp(String.raw`^\s*,\s*(?:\d{1,2}\s*,|(?:a|an|the|another|his|her|their)\s+(?:[\w'-]+\s+){0,5}?(?:${wordsRe(PERSON_ROLES)})\b|who\b)`, 'iu');
const OFFICIAL_APPOSITION = new RegExp(String.raw`^\s*,\s*(?:the\s+|a\s+|an\s+)?(?:[\w'-]+\s+){0,2}?(?:${wordsRe(OFFICIAL_TITLES)})\b`, 'iu');
const SPEAKER_AFTER = /^\s*(?:,[^,]{0,80},\s*|,\s*who\s+)?(?:has\s+|had\s+)?(?:said|says|told|added|stated|noted|wrote|tweeted|recalled|explained|commented|claimed|announced|reported)\b/i;
const SPEAKER_BEFORE = /(?:according\s+to|said|told|quoted)\s+(?:\w+\s+){0,2}$/i;

function surnameLike(token: string): boolean {
  const t = fold(token.replace(/^(?:al|el|ul|ad|ash|as|ar|an|at|az|ben|bin|abu|ibn)-/i, ''));
  return SUFFIXES.some((s) => t.length >= s.length + 3 && t.endsWith(fold(s)));
}

/** Capitalised sequences trimmed of titles and function words; officials marked. */
function candidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  SEQ.lastIndex = 0;
  for (let m = SEQ.exec(text); m; m = SEQ.exec(text)) {
    const words: { w: string; start: number }[] = [];
    const wre = /\S+/g;
    for (let w = wre.exec(m[0]); w; w = wre.exec(m[0])) words.push({ w: w[0], start: m.index + w.index });
    let official = false;
    while (words.length) {
      const f = fold(words[0]!.w.replace(/\.$/, ''));
      if (TITLE_WORDS.has(f) || /^(?:president|prosecutor|deputy|vice|crown|special|secretary)[-\w]*$/.test(f)) official = true;
      if (STOP.has(f) || TITLE_WORDS.has(f) || HONOR.has(f) || CAL.has(f) || PLACES.has(f) || ROLES.has(f) || /^(?:president|prosecutor)-/.test(f) || (words.length > 1 && /^\p{Lu}{2,}$/u.test(words[0]!.w))) words.shift();
      else break;
    }
    while (words.length && (STOP.has(fold(words[words.length - 1]!.w)) || PARTICLES.has(fold(words[words.length - 1]!.w)))) words.pop();
    if (!words.length) continue;
    const first = words[0]!;
    const last = words[words.length - 1]!;
    const end = last.start + last.w.length;
    const possessive = /^['’]s\b/.test(text.slice(end, end + 3));
    out.push({ start: first.start, end, tokens: words.map((w) => w.w), official, possessive });
  }
  return out;
}

type Verdict = 'yes' | 'no' | 'ask';

/** The cheap signals' verdict on a candidate; 'ask' where only compromise's tagging can decide. */
function cheapVerdict(c: Candidate, text: string): Verdict {
  const toks = c.tokens.filter((t) => !PARTICLES.has(fold(t)));
  if (toks.some((t) => ORG.has(fold(t)) || CAL.has(fold(t)))) return 'no';
  if (toks.every((t) => PLACES.has(fold(t)))) return 'no';
  if (toks.some((t) => /^\p{Lu}{2,}$/u.test(t) && t.length > 1 && !/^\p{Lu}\.$/u.test(t))) return 'no';
  if (toks.some((t) => /\d/.test(t))) return 'no';
  const before = text.slice(Math.max(0, c.start - 60), c.start);
  const after = text.slice(c.end, c.end + 80);
  const given = GIVEN.has(fold(toks[0]!.replace(/\.$/, '')));
  const surname = surnameLike(toks[toks.length - 1]!);
  const context = ROLE_BEFORE.test(before) || TITLE_BEFORE.test(before) || APPOSITION_AFTER.test(after) || c.official;
  if (toks.length >= 2) return given || surname || context ? 'yes' : 'ask';
  if (surname && (context || given)) return 'yes';
  return given && context ? 'ask' : 'no';
}

/**
 * Asks a tagger (compromise, in extract.ts) which of some spans of the text are person names;
 * returns one answer per span. Called once per article, with the spans the cheap signals leave open.
 */
export type PersonTagger = (spans: readonly Span[]) => boolean[];

/** Builds the people index of an article; `tagger` decides the candidates the cheap signals leave open. */
export function indexPeople(text: string, tagger: PersonTagger = (spans) => spans.map(() => false)): PeopleIndex {
  const cands = candidates(text);
  const verdicts = cands.map((c) => cheapVerdict(c, text));
  const asked = cands.filter((_c, i) => verdicts[i] === 'ask');
  const answers = asked.length ? tagger(asked) : [];
  // a name compromise tags as a person in one place is a person everywhere in the article
  const tagged = new Set(asked.filter((_c, i) => answers[i]).map((c) => fold(c.tokens.join(' '))));
  const isPersonLike = (c: Candidate, i: number) => verdicts[i] === 'yes' || (verdicts[i] === 'ask' && tagged.has(fold(c.tokens.join(' '))));
  // 1. full names (two or more words) and strong single words register people
  const registry: { name: string; tokens: string[]; first: number }[] = [];
  const registered = (tokens: string[]) => registry.find((r) => fold(r.tokens.join(' ')) === fold(tokens.join(' ')));
  for (const [i, c] of cands.entries()) {
    if (c.tokens.length < 2 || /^\p{Lu}\.$/u.test(c.tokens[0]!)) continue;
    if (!isPersonLike(c, i)) continue;
    if (!registered(c.tokens)) registry.push({ name: c.tokens.join(' '), tokens: c.tokens, first: c.start });
  }
  // a shorter registered name inside a longer one is the same person ("Van Hai" in "Nguyen Van Hai")
  const fullest = (tokens: string[]): string | null => {
    const key = ` ${fold(tokens.join(' '))} `;
    const hits = registry.filter((r) => ` ${fold(r.tokens.join(' '))} `.includes(key));
    if (!hits.length) return null;
    return hits.sort((a, b) => b.tokens.length - a.tokens.length)[0]!.name;
  };
  const mentions: PersonMention[] = [];
  const officials = new Set<string>();
  for (const [i, c] of cands.entries()) {
    let name: string | null = null;
    if (c.tokens.length >= 2 && !/^\p{Lu}\.$/u.test(c.tokens[0]!)) name = fullest(c.tokens);
    if (!name) name = resolveShort(c, registry, mentions);
    if (!name && c.tokens.length === 1 && isPersonLike(c, i)) {
      registry.push({ name: c.tokens[0]!, tokens: c.tokens, first: c.start });
      name = c.tokens[0]!;
    }
    if (!name) continue;
    const before = text.slice(Math.max(0, c.start - 40), c.start);
    const after = text.slice(c.end, c.end + 120);
    const official = c.official || TITLE_BEFORE.test(before) || OFFICIAL_APPOSITION.test(after);
    if (official) officials.add(name);
    const speaker = SPEAKER_AFTER.test(after.replace(/^['’]s\b.*/, '')) || SPEAKER_BEFORE.test(before);
    mentions.push({ start: c.start, end: c.end, name, official, possessive: c.possessive, speaker });
  }
  return { mentions, officials };
}

/** "Huseynli", "H. Huseynli", "Getachew", "Hathloul" → a registered full name. */
function resolveShort(c: Candidate, registry: { name: string; tokens: string[]; first: number }[], earlier: PersonMention[]): string | null {
  const toks = c.tokens;
  const last = fold(stripArticle(toks[toks.length - 1]!));
  const initial = toks.length === 2 && /^\p{Lu}\.$/u.test(toks[0]!) ? fold(toks[0]![0]!) : null;
  if (toks.length > 2 || (toks.length === 2 && !initial)) return null;
  const hits = registry.filter((r) => {
    const rt = r.tokens.map((t) => fold(stripArticle(t)));
    if (initial) return rt.length >= 2 && rt[rt.length - 1] === last && rt[0]![0] === initial;
    return rt.length >= 2 && (rt[rt.length - 1] === last || rt[0] === last);
  });
  if (!hits.length) return null;
  if (hits.length === 1) return hits[0]!.name;
  // several people share the word: the one mentioned most recently before
  for (let i = earlier.length - 1; i >= 0; i--) {
    const e = earlier[i]!;
    if (e.start < c.start && hits.some((h) => h.name === e.name)) return e.name;
  }
  return hits.sort((a, b) => a.first - b.first)[0]!.name;
}

const stripArticle = (t: string) => t.replace(/^(?:al|el|ul|ad|ash|as|ar|an|at|az|ben|bin|abu|ibn)-/i, '').replace(/\.$/, '');

/** The person a singular pronoun or role noun at `pos` refers to: the latest earlier mention that can be a patient. */
export function resolveSingular(index: PeopleIndex, pos: number): string | null {
  for (let i = index.mentions.length - 1; i >= 0; i--) {
    const m = index.mentions[i]!;
    if (m.start >= pos) continue;
    if (m.speaker || index.officials.has(m.name)) continue;
    return m.name;
  }
  return null;
}
