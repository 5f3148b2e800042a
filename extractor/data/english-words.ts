// Ordinary English words (the `word-list` package, ~274,000 lower-case words, no proper names
// beyond a few that are also common nouns). A capitalised run of words none of which is an
// English word is most likely a name ("Toru Kubota", "Abir Moussi"). Read once, on first use:
// the only file the extractor reads, a static resource like compromise's lexicon.
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let words: ReadonlySet<string> | null = null;

export function isEnglishWord(lowerCase: string): boolean {
  words ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return words.has(lowerCase);
}
