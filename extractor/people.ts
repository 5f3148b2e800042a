// People: find person names across the whole article (cheap, regex + word lists), decide
// which capitalised sequences are people (given names, surname endings, role context,
// compromise's #Person on trigger sentences), register each person under the fullest form
// the article gives, and resolve later mentions ("Rustamzade", "H. Huseynli", "she", "the
// blogger") to it. Officials who act (titles in data/titles.ts) are marked.
import { candidates, type Candidate } from './name-candidates.ts';
import { stripArticle } from './name-words.ts';
import { cheapVerdict, COUNSEL_APPOSITION, COUNSEL_BEFORE, hasPersonContext, OFFICIAL_APPOSITION, SPEAKER_AFTER, SPEAKER_BEFORE, TITLE_BEFORE } from './person-signals.ts';
import { fold } from './text-utils.ts';
import type { Span } from './types.ts';

// "the former defence minister X", "X, a former police chief": once an official, now a person events happen to
const FORMER_TITLE_BEFORE = /\b(?:former|ex-|one-time|retired|sacked|dismissed|jailed|imprisoned|detained|arrested|exiled)\s*(?:[\w-]+\s+){0,3}$/i;
const FORMER_APPOSITION = /^\s*,\s*(?:the\s+|a\s+|an\s+)?(?:former|ex-|one-time|retired|sacked|dismissed|jailed)\b/i;

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

/**
 * Asks a tagger (compromise, in extract.ts) which of some spans of the text are person names;
 * returns one answer per span. Called once per article, with the spans the cheap signals leave open.
 */
export type PersonTagger = (spans: readonly Span[]) => boolean[];

/** Builds the people index of an article; `tagger` decides the candidates the cheap signals leave open. */
export function indexPeople(text: string, tagger: PersonTagger = (spans) => spans.map(() => false)): PeopleIndex {
  const cands = candidates(text);
  const verdicts = cands.map((c) => cheapVerdict(c, text));
  // a word that has person context on its own lends it to the longer names it ends or starts
  // ("Niloufar Hamedi … Hamedi, 30, a journalist"); a name in a list with a person is a person
  // ("journalists Getenet Ahagre and Aragaw Sisay")
  const vouched = new Set(cands.filter((c) => c.tokens.length === 1 && hasPersonContext(c, text)).map((c) => fold(stripArticle(c.tokens[0]!))));
  for (const [i, c] of cands.entries()) {
    if (verdicts[i] !== 'ask') continue;
    const ends = [c.tokens[0]!, c.tokens[c.tokens.length - 1]!].map((t) => fold(stripArticle(t)));
    const prev = cands[i - 1];
    const listed = prev && verdicts[i - 1] === 'yes' && /^\s*(?:,|,?\s+and|&)\s*$/.test(text.slice(prev.end, c.start));
    if (ends.some((t) => vouched.has(t)) || listed) verdicts[i] = 'yes';
  }
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
  const aliasOf = new Map<string, string>();
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
    // "Amirov (also known as Faiq Amirli)": another name of the person just mentioned
    const prevMention = mentions[mentions.length - 1];
    if (prevMention && /\b(?:alias|(?:also\s+)?known\s+as|a\.?k\.?a\.?)\s+$/i.test(before) && c.start - prevMention.end < 30) {
      aliasOf.set(name, prevMention.name);
      name = prevMention.name;
    }
    name = aliasOf.get(name) ?? name;
    const after = text.slice(c.end, c.end + 120);
    // "Nation Power Party president X", "the movement's chairman X": heads of parties and groups act for no state
    const partyHead = /\b(?:party|party['’]s|movement|movement['’]s|union|association|organi[sz]ation|foundation|front|society|group|NGO|league|alliance|coalition|bloc)\s+(?:vice[- ]|deputy\s+)?(?:president|chairman|chairwoman|chair|secretary|secretary[- ]general|head|leader)\s*,?\s*$/i.test(before);
    const official = !partyHead && (c.official || TITLE_BEFORE.test(before) || OFFICIAL_APPOSITION.test(after) || COUNSEL_BEFORE.test(before) || COUNSEL_APPOSITION.test(after)) && !FORMER_TITLE_BEFORE.test(before) && !FORMER_APPOSITION.test(after);
    if (official) officials.add(name);
    // "said X was arrested": X is the subject of the reported clause, not a speaker
    const speaker = SPEAKER_AFTER.test(after.replace(/^['’]s\b.*/, '')) || (SPEAKER_BEFORE.test(before) && !/^\s*(?:,[^,]{0,60},\s*)?(?:was|were|is|are|had|has|have)\b/i.test(after));
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
  if (!hits.length) {
    // "Nasr" for "Mohamed Raafat Nasr Taha": a middle word of one long name only
    if (toks.length !== 1 || last.length < 4) return null;
    const inner = registry.filter((r) => r.tokens.length >= 3 && r.tokens.slice(1, -1).some((t) => fold(stripArticle(t)) === last));
    return inner.length === 1 ? inner[0]!.name : null;
  }
  if (hits.length === 1) return hits[0]!.name;
  // several people share the word: the one mentioned most recently before
  for (let i = earlier.length - 1; i >= 0; i--) {
    const e = earlier[i]!;
    if (e.start < c.start && hits.some((h) => h.name === e.name)) return e.name;
  }
  return hits.sort((a, b) => a.first - b.first)[0]!.name;
}

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

/**
 * The person a role noun ("the blogger", "the activist") at `pos` refers to: among the people
 * named in the `window` characters before it, the one the article has named most often so far
 * (the story's subject rather than a figure named in passing); ties go to the latest.
 */
export function resolveRole(index: PeopleIndex, pos: number, window = 600): string | null {
  const seen = new Map<string, { n: number; last: number }>();
  for (const m of index.mentions) {
    if (m.start >= pos) break;
    if (m.speaker || index.officials.has(m.name)) continue;
    const s = seen.get(m.name) ?? { n: 0, last: 0 };
    seen.set(m.name, { n: s.n + 1, last: m.start });
  }
  let best: { name: string; n: number; last: number } | null = null;
  for (const [name, s] of seen) {
    if (s.last < pos - window) continue;
    if (!best || s.n > best.n || (s.n === best.n && s.last > best.last)) best = { name, ...s };
  }
  return best?.name ?? resolveSingular(index, pos);
}
