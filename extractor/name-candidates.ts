// Name candidates: capitalised runs of words ("Ilkin Rustamzade", "Loujain al-Hathloul",
// "H. Huseynli"), trimmed of titles, honorifics and function words at their edges; a run after an
// official's title is marked official.
import { GIVEN, HONOR, PARTICLES, PLACES, ROLES, STOP, TITLE_WORDS, CAL } from './name-words.ts';
import { NAME_PARTICLES, TRAILING_PATRONYMICS } from './data/name-particles.ts';
import { fold, wordsRe } from './text-utils.ts';

export type Candidate = { start: number; end: number; tokens: string[]; official: boolean; possessive: boolean };

const TOKEN = String.raw`(?:\p{Lu}\.|(?:(?:al|el|ul|ad|ash|as|ar|an|at|az|ben|bin|abu|ibn)-)?\p{Lu}[\p{Ll}\p{Lu}\p{M}]*(?:-\p{Lu}?[\p{Ll}\p{Lu}\p{M}]+)*)`;
const SEQ = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])${TOKEN}(?:\s+(?:(?:${wordsRe(NAME_PARTICLES)})\s+)?${TOKEN}){0,5}(?:\s+(?:${wordsRe(TRAILING_PATRONYMICS)})(?![\p{L}]))?`, 'gu');

/** Capitalised sequences trimmed of titles and function words; officials marked. */
export function candidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  SEQ.lastIndex = 0;
  for (let m = SEQ.exec(text); m; m = SEQ.exec(text)) {
    const words: { w: string; start: number }[] = [];
    const wre = /\S+/g;
    for (let w = wre.exec(m[0]); w; w = wre.exec(m[0])) words.push({ w: w[0], start: m.index + w.index });
    let official = false;
    let former = false;
    while (words.length) {
      const f = fold(words[0]!.w.replace(/\.$/, ''));
      // "Former President X", "ex-minister X" held office once: not an official who acts now
      if (/^(?:former|ex|ex-\w+|one-time|retired|jailed|imprisoned|detained|arrested|exiled|late)$/.test(f)) former = true;
      if (!former && (TITLE_WORDS.has(f) || /^(?:president|prosecutor|deputy|vice|crown|special|secretary)[-\w]*$/.test(f))) official = true;
      if (STOP.has(f) || TITLE_WORDS.has(f) || HONOR.has(f) || CAL.has(f) || (PLACES.has(f) && !GIVEN.has(f)) || ROLES.has(f) || /^(?:president|prosecutor)-/.test(f) || (words.length > 1 && /^\p{Lu}{2,}$/u.test(words[0]!.w))) words.shift();
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

