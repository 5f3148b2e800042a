// Layer 2: sentence split, with offsets. A sentence ends at . ! ? (after closing quotes or
// brackets) before a capital, digit or quote, except after an abbreviation or an initial;
// every line break ends a sentence too (headlines, datelines, paragraphs), and so does a full
// stop glued to the next sentence's first word.
import { MAX_SENTENCES, MAX_SENTENCE_CHARS } from './limits.ts';
import type { Sentence } from './types.ts';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'rev',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'nos', 'art', 'vs', 'etc',
  'inc', 'ltd', 'co', 'corp', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'approx', 'est', 'para', 'ch', 'vol', 'pp',
]);

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let paragraphStart = true;
  const push = (end: number, nextParagraph: boolean) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    for (let a = s; a < e && out.length < MAX_SENTENCES; a += MAX_SENTENCE_CHARS) {
      const b = Math.min(e, a + MAX_SENTENCE_CHARS);
      if (/\p{L}/u.test(text.slice(a, b))) {
        out.push({ index: out.length, start: a, end: b, text: text.slice(a, b), paragraphStart });
        paragraphStart = false;
      }
    }
    if (nextParagraph) paragraphStart = true;
  };
  // a full stop with no space after it still ends a sentence between two words ("hatred.The")
  const re = /\n|[.!?]+["')\]]*(?=\s+["'(\[]?[\p{Lu}\d])|(?<=\p{Ll}{3})\.(?=\p{Lu}\p{Ll})/gu;
  for (let m = re.exec(text); m && out.length < MAX_SENTENCES; m = re.exec(text)) {
    if (m[0] === '\n') {
      push(m.index, true);
      start = m.index + 1;
      continue;
    }
    if (m[0].startsWith('.') && isAbbreviation(text, m.index)) continue;
    push(m.index + m[0].length, false);
    start = m.index + m[0].length;
  }
  if (out.length < MAX_SENTENCES) push(text.length, true);
  return out;
}

function isAbbreviation(text: string, dot: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!before) return false;
  const word = before[1]!;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "H. Huseynli"
  return ABBREVIATIONS.has(word.toLowerCase());
}
