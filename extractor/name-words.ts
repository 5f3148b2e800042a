// The word sets the name finder uses, built once from the lists in data/.
import { GIVEN_NAMES } from './data/given-names.ts';
import { NAME_PARTICLES } from './data/name-particles.ts';
import { NAME_STOP_WORDS } from './data/name-stop-words.ts';
import { CALENDAR_WORDS, ORG_PLACE_WORDS, PLACE_NAMES } from './data/not-names.ts';
import { SURNAME_SUFFIXES } from './data/surname-suffixes.ts';
import { HONORIFICS, OFFICIAL_TITLES, PERSON_ROLES } from './data/titles.ts';
import { fold, setOf } from './text-utils.ts';

export const GIVEN = setOf(GIVEN_NAMES);
export const PARTICLES = setOf(NAME_PARTICLES);
export const ORG = setOf(ORG_PLACE_WORDS);
export const CAL = setOf(CALENDAR_WORDS);
export const PLACES = setOf(PLACE_NAMES);
export const HONOR = setOf(HONORIFICS);
export const TITLE_WORDS = setOf(OFFICIAL_TITLES.flatMap((t) => t.split(/[\s]+/)));
export const ROLES = setOf(PERSON_ROLES);
export const STOP = setOf(NAME_STOP_WORDS);
const SUFFIXES = [...SURNAME_SUFFIXES].sort((a, b) => b.length - a.length);

/** Arabic articles and Semitic name prefixes written with a hyphen ("al-Shehab", "bin-Talal"). */
export const ARTICLE_PREFIX = /^(?:al|el|ul|ad|ash|as|ar|an|at|az|ben|bin|abu|ibn)-/i;

export const stripArticle = (t: string): string => t.replace(ARTICLE_PREFIX, '').replace(/\.$/, '');

export function surnameLike(token: string): boolean {
  const t = fold(token.replace(ARTICLE_PREFIX, ''));
  return SUFFIXES.some((s) => t.length >= s.length + 3 && t.endsWith(fold(s)));
}
