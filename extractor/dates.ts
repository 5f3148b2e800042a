// Dates: find date expressions in a sentence and resolve them against the publication date,
// biased to the past (a year-less "December 28" in a January article is last December).
// compromise-dates resolves year-less dates forward by default (tests/extractor/dates.test.ts
// measures it), which is wrong for reported events, so resolution is done here.
import { MONTHS, WEEKDAYS } from './data/months.ts';
import { NUMBER_WORDS } from './data/numbers.ts';
import type { Span } from './types.ts';

export type Ymd = { y: number; m: number; d: number };
export type DateKind = 'absolute' | 'relative' | 'anaphoric' | 'since' | 'dateline';
export type DateMention = Span & { value: string | null; kind: DateKind; text: string };

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d\\d)';
const PART = '([Ee]arly|[Mm]id|[Ll]ate|[Tt]he end of|[Ee]nd of|[Tt]he beginning of|[Bb]eginning of|[Tt]he start of|[Ss]tart of|[Tt]he middle of|[Mm]iddle of)';
const NUMW = '(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';

type Pattern = { re: RegExp; resolve: (m: RegExpExecArray, pub: Ymd | null) => string | null; kind: DateKind };

const p = (src: string, flags = 'g') => new RegExp(src, flags);

const THAT_YEAR = '(?:of\\s+)?(?:that|the\\s+same)\\s+year';

const PATTERNS: Pattern[] = [
  { kind: 'absolute', re: p(`\\b(\\d{4})-(\\d{2})-(\\d{2})\\b`), resolve: (m) => `${m[1]}-${m[2]}-${m[3]}` },
  // "03.03.2024": day first, as written outside the US
  { kind: 'absolute', re: p(`(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d\\d)\\b`), resolve: (m) => day(+m[3]!, +m[2]! <= 12 ? +m[2]! : 0, +m[1]!) },
  // "On January 10 of this year", "on 3 March last year": the day of the year named
  { kind: 'relative', re: p(`\\b${MONTH}\\s+${DAY},?\\s+(?:of\\s+)?(last|this)\\s+year\\b`), resolve: (m, pub) => (pub ? day(pub.y + (m[3] === 'last' ? -1 : 0), monthNo(m[1]!), +m[2]!) : null) },
  { kind: 'relative', re: p(`\\b${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+(?:of\\s+)?(last|this)\\s+year\\b`), resolve: (m, pub) => (pub ? day(pub.y + (m[3] === 'last' ? -1 : 0), monthNo(m[2]!), +m[1]!) : null) },
  // "in January last year", "in March this year": the month of the year named
  { kind: 'relative', re: p(`\\b${MONTH}\\s+(?:of\\s+)?(last|this|next)\\s+year\\b`), resolve: (m, pub) => (pub ? `${pub.y + (m[2] === 'last' ? -1 : m[2] === 'next' ? 1 : 0)}-${pad(monthNo(m[1]!))}` : null) },
  // "on Wednesday last week": the weekday of the week before
  { kind: 'relative', re: p(`\\b(?:on\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\s+(?:of\\s+)?last\\s+week\\b`, 'gi'), resolve: (m, pub) => weekdayLastWeek(m[1]!, pub) },
  // "last spring", "last summer": a season is told at the precision of its year
  { kind: 'relative', re: p(`\\b[Ll]ast\\s+(spring|summer|autumn|fall|winter)\\b`), resolve: (m, pub) => lastSeason(m[1]!, pub) },
  // "in July that year", "later that year", "the following year", "that evening": against the date told before
  { kind: 'anaphoric', re: p(`\\b${MONTH}\\s+${THAT_YEAR}\\b`, 'gi'), resolve: () => null },
  { kind: 'anaphoric', re: p(`\\b(?:later\\s+|earlier\\s+)?(?:that|the\\s+same)\\s+year\\b|\\bthe\\s+(?:following|next|previous|preceding)\\s+year\\b|\\ba\\s+year\\s+later\\b`, 'gi'), resolve: () => null },
  { kind: 'anaphoric', re: p(`\\b(?:later\\s+)?that\\s+(?:same\\s+)?(?:evening|morning|afternoon|night)\\b|\\bthe\\s+same\\s+(?:evening|morning|afternoon|night)\\b`, 'gi'), resolve: () => null },
  // "November-December 2015", "between March and May 2015": two months, so only the year is certain
  { kind: 'absolute', re: p(`\\b${MONTH}\\s*(?:-|–|—|/|\\s+to\\s+|\\s+and\\s+)\\s*${MONTH},?\\s+${YEAR}\\b`), resolve: (m) => (monthNo(m[1]!) === monthNo(m[2]!) ? `${m[3]}-${pad(monthNo(m[1]!))}` : m[3]!) },
  { kind: 'absolute', re: p(`\\b(?:[Bb]etween|[Ff]rom)\\s+${MONTH}\\s+${DAY}\\s*(?:and|to|-|–)\\s*${DAY}(?:,?\\s+${YEAR})?`), resolve: (m, pub) => month(m[1]!, m[4], pub) },
  { kind: 'absolute', re: p(`\\b(?:[Bb]etween|[Ff]rom)\\s+${DAY}\\s*(?:and|to|-|–)\\s*${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?`), resolve: (m, pub) => month(m[3]!, m[4], pub) },
  { kind: 'absolute', re: p(`\\b${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`), resolve: (m) => day(+m[3]!, monthNo(m[2]!), +m[1]!) },
  { kind: 'absolute', re: p(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`), resolve: (m) => day(+m[3]!, monthNo(m[1]!), +m[2]!) },
  { kind: 'absolute', re: p(`\\b${PART}[\\s-]+${MONTH},?\\s+${YEAR}\\b`), resolve: (m) => `${m[3]}-${pad(monthNo(m[2]!))}` },
  { kind: 'absolute', re: p(`\\b${PART}[\\s-]+${MONTH}\\b`), resolve: (m, pub) => month(m[2]!, undefined, pub) },
  { kind: 'absolute', re: p(`\\b${PART}[\\s-]+${YEAR}\\b`), resolve: (m) => m[2]! },
  { kind: 'absolute', re: p(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}\\b`), resolve: (m, pub) => yearless(monthNo(m[2]!), +m[1]!, pub) },
  { kind: 'absolute', re: p(`\\b${MONTH}\\s+${DAY}\\b(?!\\s*(?:,\\s*)?(?:19|20)\\d\\d)`), resolve: (m, pub) => yearless(monthNo(m[1]!), +m[2]!, pub) },
  { kind: 'absolute', re: p(`\\b${MONTH},?\\s+${YEAR}\\b`), resolve: (m) => `${m[2]}-${pad(monthNo(m[1]!))}` },
  { kind: 'relative', re: p(`\\b[Ll]ast\\s+${MONTH}\\b`), resolve: (m, pub) => lastMonthNamed(monthNo(m[1]!), pub) },
  { kind: 'absolute', re: p(`\\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Bb]y|[Uu]ntil|[Oo]f|[Oo]n|[Ff]rom|[Tt]his|[Tt]hat)\\s+${MONTH}\\b`), resolve: (m, pub) => month(m[1]!, undefined, pub) },
  { kind: 'absolute', re: p(`^${MONTH}\\b(?=,)`), resolve: (m, pub) => month(m[1]!, undefined, pub) },
  { kind: 'relative', re: p(`\\b(?:[Oo]n\\s+|[Ll]ast\\s+|[Tt]his\\s+|[Ll]ate\\s+|[Ee]arly\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\\b(?:\\s+(?:morning|afternoon|evening|night))?`), resolve: (m, pub) => weekday(m[1]!, pub, /^last/i.test(m[0])) },
  { kind: 'relative', re: p(`\\b(?:yesterday|the day before yesterday)\\b`, 'gi'), resolve: (m, pub) => (pub ? iso(addDays(pub, /before/i.test(m[0]) ? -2 : -1)) : null) },
  { kind: 'relative', re: p(`\\b(?:today|tonight|this morning|this afternoon|this evening|earlier today)\\b`, 'gi'), resolve: (_m, pub) => (pub ? iso(pub) : null) },
  { kind: 'relative', re: p(`\\b(?:last|past|previous)\\s+(week|month|year)\\b`, 'gi'), resolve: (m, pub) => lastUnit(m[1]!.toLowerCase(), 1, pub) },
  { kind: 'relative', re: p(`\\bthis\\s+(week|month|year)\\b`, 'gi'), resolve: (m, pub) => lastUnit(m[1]!.toLowerCase(), 0, pub) },
  // "for a week before being brought before the prosecution" is a duration, not a date
  { kind: 'relative', re: p(`(?<!\\bfor\\s+)\\b(?:(?:nearly|almost|about|around|some|roughly|over|more than|just over|just under)\\s+)?${NUMW}\\s+(days?|weeks?|months?|years?)\\s+(?:ago|earlier|previously|before(?!\\s+(?:being|the|his|her|their|a|an|he|she|they|it)\\b))\\b`, 'gi'), resolve: (m, pub) => lastUnit(m[2]!.toLowerCase().replace(/s$/, ''), numberOf(m[1]!), pub) },
  { kind: 'anaphoric', re: p(`\\b(?:the\\s+)?(?:next|following)\\s+day\\b|\\bthe\\s+day\\s+(?:after|before)\\b|\\bthe\\s+previous\\s+day\\b|\\bthat\\s+(?:same\\s+)?day\\b|\\bthe\\s+same\\s+day\\b`, 'gi'), resolve: () => null },
  // not a case number: "lawsuit No. 1977 of 2022", "case 1635/2022"
  { kind: 'absolute', re: p(`(?<![\\d.,/-])(?<!\\b(?:[Nn]o|[Nn]umber|[Cc]ase|[Aa]rticle|[Ll]aw)\\.?\\s*)(?<!\\b[Nn]o\\.?\\s*\\d+\\s+of\\s+)\\b${YEAR}\\b(?![\\d-]|\\s*(?:people|prisoners|persons|km|kilomet|miles|members|activists|journalists)|\\s+of\\s+(?:19|20)\\d\\d|\\/)`), resolve: (m) => m[1]! },
];

/** All date expressions of a sentence, longest first where they overlap; offsets are article offsets. */
export function findDates(sentence: string, offset: number, pub: Ymd | null, paragraphStart: boolean): DateMention[] {
  const found: DateMention[] = [];
  for (const pat of PATTERNS) {
    pat.re.lastIndex = 0;
    for (let m = pat.re.exec(sentence); m; m = pat.re.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end - offset && end > f.start - offset)) continue;
      const before = sentence.slice(Math.max(0, start - 12), start);
      let kind = pat.kind;
      if (/\bsince\s+$/i.test(before) || /^since\b/i.test(m[0])) kind = 'since';
      if (paragraphStart && isDateline(sentence.slice(0, start))) kind = 'dateline';
      found.push({ start: start + offset, end: end + offset, value: safe(() => pat.resolve(m, pub)), kind, text: m[0] });
    }
  }
  found.sort((a, b) => a.start - b.start);
  // "on Monday, March 4": the weekday names the day the date that follows gives
  return found.filter((d, i) => {
    const next = found[i + 1];
    return !(d.kind === 'relative' && /day\b/i.test(d.text) && /^(?:on\s+)?\p{L}+day$/iu.test(d.text) && next && next.kind === 'absolute' && next.value && /^,?\s*(?:the\s+)?$/.test(sentence.slice(d.end - offset, next.start - offset)));
  });
}

/** "HAVANA, Feb. 16th …", "Nairobi, December 27, 2015–…", "(September 18, 2009) …" */
function isDateline(prefix: string): boolean {
  return /^(?:\(|[\p{Lu}][\p{L}.'’ -]{0,30},\s*(?:[\p{Lu}][\p{L}.'’ -]{0,30},\s*)?)$/u.test(prefix);
}

/**
 * "the next day", "that evening": against the last day-precise date before it; "in July that
 * year", "the following year": against the year of the last date before it.
 */
export function resolveAnaphoric(text: string, previousDay: string | null, previousYear: number | null = null): string | null {
  if (/\byear\b/i.test(text)) {
    if (previousYear === null) return null;
    const month = new RegExp(`^${MONTH}`, 'i').exec(text);
    if (month) return `${previousYear}-${pad(monthNo(month[1]!))}`;
    if (/following|next|later/i.test(text) && !/later\s+that/i.test(text)) return String(previousYear + 1);
    if (/previous|preceding/i.test(text)) return String(previousYear - 1);
    return String(previousYear);
  }
  if (!previousDay || !/^\d{4}-\d{2}-\d{2}$/.test(previousDay)) return null;
  const d = parseYmd(previousDay)!;
  if (/next|following|after/i.test(text)) return iso(addDays(d, 1));
  if (/before|previous/i.test(text)) return iso(addDays(d, -1));
  return previousDay;
}

export function parseYmd(s: string | null | undefined): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s ?? '');
  if (!m) return null;
  const v = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
  return v.m >= 1 && v.m <= 12 && v.d >= 1 && v.d <= 31 ? v : null;
}

function safe(f: () => string | null): string | null {
  try {
    const v = f();
    return v && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v) ? v : null;
  } catch {
    return null;
  }
}
const pad = (n: number) => String(n).padStart(2, '0');
const monthNo = (s: string) => MONTHS[s.toLowerCase().replace(/\.$/, '')] ?? 0;
const numberOf = (s: string) => (/^\d+$/.test(s) ? +s : (NUMBER_WORDS[s.toLowerCase()] ?? 1));
export const iso = (d: Ymd) => `${d.y}-${pad(d.m)}-${pad(d.d)}`;
function toDate(d: Ymd): Date {
  return new Date(Date.UTC(d.y, d.m - 1, d.d));
}
function fromDate(t: Date): Ymd {
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
export function addDays(d: Ymd, n: number): Ymd {
  const t = toDate(d);
  t.setUTCDate(t.getUTCDate() + n);
  return fromDate(t);
}
function day(y: number, m: number, d: number): string | null {
  if (!m || d < 1 || d > 31) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}
function yearless(m: number, d: number, pub: Ymd | null): string | null {
  if (!pub || !m || d < 1 || d > 31) return null;
  const y = m > pub.m || (m === pub.m && d > pub.d + 1) ? pub.y - 1 : pub.y;
  return day(y, m, d);
}
function month(name: string, year: string | undefined, pub: Ymd | null): string | null {
  const m = monthNo(name);
  if (!m) return null;
  if (year) return `${year}-${pad(m)}`;
  if (!pub) return null;
  return `${m > pub.m ? pub.y - 1 : pub.y}-${pad(m)}`;
}
function lastMonthNamed(m: number, pub: Ymd | null): string | null {
  if (!pub || !m) return null;
  return `${m < pub.m ? pub.y : pub.y - 1}-${pad(m)}`;
}
function weekday(name: string, pub: Ymd | null, last: boolean): string | null {
  if (!pub) return null;
  const want = WEEKDAYS[name.toLowerCase()];
  if (want === undefined) return null;
  const have = toDate(pub).getUTCDay();
  let back = (have - want + 7) % 7;
  if (last && back === 0) back = 7;
  return iso(addDays(pub, -back));
}
function weekdayLastWeek(name: string, pub: Ymd | null): string | null {
  if (!pub) return null;
  const want = WEEKDAYS[name.toLowerCase()];
  if (want === undefined) return null;
  // back to the Monday of this week, then seven days more, then forward to the weekday
  const monday = addDays(pub, -((toDate(pub).getUTCDay() + 6) % 7) - 7);
  return iso(addDays(monday, (want + 6) % 7));
}
const SEASON_START: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };
function lastSeason(name: string, pub: Ymd | null): string | null {
  if (!pub) return null;
  const start = SEASON_START[name.toLowerCase()] ?? 12;
  // "last summer" in a July article is the summer before; in November it is this year's
  return String(pub.m >= start + 3 ? pub.y : pub.y - 1);
}
function lastUnit(unit: string, n: number, pub: Ymd | null): string | null {
  if (!pub) return null;
  if (unit === 'day') return iso(addDays(pub, -n));
  if (unit === 'week') {
    const d = addDays(pub, -7 * n);
    return `${d.y}-${pad(d.m)}`;
  }
  if (unit === 'month') {
    const t = (pub.y * 12 + pub.m - 1) - n;
    return `${Math.floor(t / 12)}-${pad((t % 12) + 1)}`;
  }
  return String(pub.y - n);
}
