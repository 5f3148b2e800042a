// Counts ("around 3,500 prisoners" → 3500) and terms ("7.5 years" → 90 months).
import { NUMBER_WORDS, PEOPLE_NOUNS } from './data/numbers.ts';
import { wordsRe } from './text-utils.ts';
import { MONTHS } from './data/months.ts';

const NUM_WORD = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen';
const NUM = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?:${NUM_WORD})(?:[- ](?:${NUM_WORD}))?)`;
const MOD = String.raw`(?:(?:around|about|some|nearly|almost|over|more\s+than|at\s+least|approximately|roughly|an\s+estimated|as\s+many\s+as|fewer\s+than|less\s+than|another|the\s+first|the\s+last|the\s+remaining|a\s+further|a\s+total\s+of|up\s+to|just\s+over|just\s+under|the|all|all\s+the|these|those|its|their|his|her)\s+)`;
const NOUN = wordsRe(PEOPLE_NOUNS);
const COUNT_NOUN = new RegExp(String.raw`(?<![\w.,-])${MOD}*${NUM}(?:\s+more)?\s+(?:[\p{L}'-]+\s+){0,4}?(?:${NOUN})\b`, 'giu');
const BARE_COUNT_SUBJECT = new RegExp(String.raw`(?:^\s*|[,;]\s*|\b(?:and|but|while|said|says|say|that|reported|stated|added)\s+)${MOD}*${NUM}\s+(?:others?\s+)?(?:of\s+whom\s+)?(?=(?:were|have|had|are|was|has)\b)`, 'giu');
const BARE_COUNT_OBJECT = new RegExp(String.raw`^\s*${MOD}*${NUM}\b(?!\s*(?:years?|months?|days?|weeks?|%|per|-year))`, 'iu');
// "the 20 were summoned", "relatives of the eight": a numeral standing for a group named before
const DEFINITE_NUMERAL = new RegExp(String.raw`\b(?:the|all)\s+${NUM}(?=\s*(?:,|\.|$|\s+(?:were|was|have|had|are|who|and)\b))`, 'iu');
const BARE_SUBJECT_ONLY = new RegExp(String.raw`^\s*${MOD}*${NUM}\s+(?:(?:more|others?)\s+)?$`, 'iu');
const BOTH = new RegExp(String.raw`(?:^|\s)both\s+(?:of\s+(?:them|whom|the\s+\w+)|(?:[\p{L}'-]+\s+){0,2}?(?:${NOUN}))\b`, 'iu');
const SUBCOUNT_AFTER = /^\s*(?:of\s+(?:them|whom|those|the|these|its|their)\b|among\s+them|were\s+among)/i;
const SUBCOUNT_BEFORE = /(?:\bincluding|\bamong\s+(?:them|whom|those)|\bof\s+whom|\bwith)\s+(?:\w+\s+)?$/i;
// "X and two others", "X along with 10 other current and former employees"
const ALONG_WITH = new RegExp(String.raw`\b(?:along\s+with|together\s+with|and)\s+${NUM}\s+(?:others?\b|other\s+(?:[\p{L}-]+\s+){0,4}?(?:${NOUN})\b|of\s+(?:his|her|their)\s+)`, 'iu');
const GROUP_VAGUE = /\b(?:dozens|hundreds|thousands|scores|several|many|some|a\s+number|a\s+group|a\s+few)\b/i;

export function numberValue(s: string): number | null {
  const t = s.toLowerCase().trim();
  if (/^\d{1,3}(?:,\d{3})+$/.test(t)) return Number(t.replace(/,/g, ''));
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  const parts = t.split(/[- ]/);
  let v = 0;
  for (const p of parts) {
    const n = NUMBER_WORDS[p];
    if (n === undefined) return null;
    v = p === 'hundred' ? (v || 1) * 100 : v + n;
  }
  return v;
}

/** "… was detained along with 10 other employees" after the person: the person and the others. */
export function alongWithCount(scope: string): number | null {
  const along = ALONG_WITH.exec(scope);
  if (!along || !/^\s*(?:(?:in|on|at|during|after|last|this|\w+day|\w+ly|[\w\s,-]{0,40}?)\s+)?(?:along|together)\b/i.test(scope.slice(0, along.index + 8))) return null;
  const n = numberValue(along[1]!);
  return n === null ? null : n + 1;
}

/** A head count in a noun phrase (the patient scope of a trigger), or null. */
export function countIn(scope: string, opts: { objectPosition: boolean }): number | null {
  // "both men", "both of them", "both journalists"
  if (BOTH.test(scope)) return 2;
  const along = ALONG_WITH.exec(scope);
  // "X and two others": only where no number comes before it ("8,000 people, … and 3,900 others")
  // "and N other(s)" right after a name, not after a date or verb ("arrested on Monday and five other activists were …")
  const afterName = (before: string) => !/(?:day|January|February|March|April|May|June|July|August|September|October|November|December|\d|today|yesterday|\p{Ll}{2,}ed|later|earlier|year|week|month|morning|afternoon|evening|night|weekend)\s*,?\s*$/iu.test(before);
  if (along && (!/^and\b/i.test(along[0]!.replace(/^\s+/, '')) || afterName(scope.slice(0, along.index))) && !/\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|hundred)\b/i.test(scope.slice(0, along.index))) {
    const n = numberValue(along[1]!);
    if (n !== null) return n + 1;
  }
  const hits: { n: number; index: number }[] = [];
  COUNT_NOUN.lastIndex = 0;
  for (let m = COUNT_NOUN.exec(scope); m; m = COUNT_NOUN.exec(scope)) {
    const n = numberValue(m[1]!);
    if (n === null || !Number.isInteger(n) || n <= 0) continue;
    if (/-(?:year|month|day)/i.test(m[0])) continue;
    if (n >= 1900 && n <= 2100 && !/,/.test(m[1]!)) continue;
    if (/\p{Lu}[\p{L}.-]*\s+$/u.test(scope.slice(Math.max(0, m.index - 20), m.index + (m[0].length - m[0].trimStart().length))) && /^\d/.test(m[1]!)) continue;
    if (SUBCOUNT_AFTER.test(scope.slice(m.index + m[0].length))) continue;
    if (SUBCOUNT_BEFORE.test(scope.slice(0, m.index))) continue;
    if (/^\s*(?:of\s+them|of\s+whom)/i.test(scope.slice(m.index + m[0].length))) continue;
    hits.push({ n, index: m.index });
  }
  if (hits.length) return opts.objectPosition ? hits[0]!.n : hits[hits.length - 1]!.n;
  BARE_COUNT_SUBJECT.lastIndex = 0;
  let bare: number | null = null;
  for (let m = BARE_COUNT_SUBJECT.exec(scope); m; m = BARE_COUNT_SUBJECT.exec(scope)) {
    if (SUBCOUNT_AFTER.test(scope.slice(m.index + m[0].length))) continue;
    bare = numberValue(m[1]!);
  }
  if (bare !== null && bare > 0) return bare;
  // a clause whose subject is a number alone: "…, while five received two-year sentences"
  if (!opts.objectPosition) {
    const only = BARE_SUBJECT_ONLY.exec(scope);
    if (only) {
      const n = numberValue(only[1]!);
      if (n !== null && Number.isInteger(n) && n > 0 && !(n >= 1900 && n <= 2100)) return n;
    }
  }
  const def = DEFINITE_NUMERAL.exec(scope);
  if (def) {
    const n = numberValue(def[1]!);
    if (n !== null && Number.isInteger(n) && n > 1 && !(n >= 1900 && n <= 2100)) return n;
  }
  if (opts.objectPosition) {
    const o = BARE_COUNT_OBJECT.exec(scope);
    if (o) {
      const n = numberValue(o[1]!);
      if (n !== null && Number.isInteger(n) && n > 0 && !(n >= 1900 && n <= 2100) && !SUBCOUNT_AFTER.test(scope.slice(o[0].length))) return n;
    }
  }
  return null;
}

/** "both", "a journalist", "an Iranian journalist": one unnamed person → 1. */
export function singleUnnamed(scope: string): boolean {
  if (GROUP_VAGUE.test(scope)) return false;
  return new RegExp(String.raw`(?:^|\s)(?:an?|one)\s+(?:[\p{L}'-]+\s+){0,5}?(?:activist|journalist|blogger|man|woman|protester|demonstrator|dissident|oppositionist|member|reporter|student|lawyer|citizen|teenager|boy|girl|prisoner|poet|writer|cleric|whistleblower|critic|defender|rapper|singer|artist|editor|publisher|researcher|scholar|academic|politician|leader|figure|opposition\s+\w+)\b`, 'iu').test(scope);
}

export type Term = { months: number | null; found: boolean; suspended: boolean };

const YEARS = String.raw`(\d+(?:\.\d+)?|${NUM_WORD}|a|an|one)`;
const TERM_PATTERNS: { re: RegExp; months: (m: RegExpExecArray) => number | null }[] = [
  { re: new RegExp(String.raw`\b${YEARS}(?:\s+and\s+a\s+half)?[\s-]+years?(?:['’]s?)?(?:\s+and|,)?\s+(\d+|${NUM_WORD})[\s-]+months?\b`, 'i'), months: (m) => years(m[1]!, /half/i.test(m[0])) + (numberValue(m[2]!) ?? 0) },
  { re: new RegExp(String.raw`\b${YEARS}[\s-]+and[\s-]+a[\s-]+half[\s-]+years?\b|\ba\s+year\s+and\s+a\s+half\b`, 'i'), months: (m) => (m[1] ? years(m[1], true) : 18) },
  // "4 1/2 years", "7½ years"
  { re: /\b(\d+)\s*(?:1\/2|½)[\s-]+years?\b/i, months: (m) => Number(m[1]) * 12 + 6 },
  { re: new RegExp(String.raw`\b${YEARS}[\s-]+years?\b`, 'i'), months: (m) => years(m[1]!, false) },
  { re: new RegExp(String.raw`\b(\d+|${NUM_WORD})[\s-]+months?\b`, 'i'), months: (m) => numberValue(m[1]!) },
];

function years(s: string, half: boolean): number {
  const n = /^an?$/i.test(s) ? 1 : (numberValue(s) ?? 0);
  return Math.round(n * 12 + (half ? 6 : 0));
}

/** The prison term stated right after a sentencing trigger. */
// "ranging from 14 1/2 to 19 years", "four to six years", "between five and eight years": no one term
const RANGE_NUM = String.raw`(\d+(?:\.\d+)?|${NUM_WORD})`;
const TERM_RANGE = new RegExp(String.raw`\b(rang\w*\s+from\s+|from\s+|between\s+)?${RANGE_NUM}(?:\s+\d\/\d)?(?:[\s-]+(years?|months?))?\s*(-|–|to|and)\s*${RANGE_NUM}(?:\s+\d\/\d)?[\s-]+(years?|months?)\b`, 'i');

// "sentenced on October 4 to 7 1/2 years": a number after a month name is a day, not a range's low end
const AFTER_MONTH = new RegExp(String.raw`\b(?:${Object.keys(MONTHS).join('|')})\.?\s+$`, 'i');

function isRange(m: RegExpExecArray, before: string): boolean {
  if (AFTER_MONTH.test(before)) return false;
  const [, prefix, low, unit1, connector, high, unit2] = m;
  // "sentenced in 2021 to four years": a year, then the term; a range rises from low to high
  const lo = numberValue(low!);
  const hi = numberValue(high!);
  if (lo === null || hi === null || lo >= hi) return false;
  if (unit1 && unit1.replace(/s$/i, '').toLowerCase() !== unit2!.replace(/s$/i, '').toLowerCase()) return false;
  if (/^and$/i.test(connector!) && !/^between/i.test(prefix ?? '')) return false;
  return true;
}

export function termIn(scope: string): Term {
  // "eight years in jail and three years' probation": the probation follows the term, it does not suspend it
  scope = scope.replace(/\band\s+(?:\w+[\s-]+){0,2}(?:years?|months?)['’]?\s+(?:of\s+)?probation\b/gi, (m) => 'x'.repeat(m.length));
  const suspended = /\b(?:suspended|conditional|probation(?:ary)?|non-custodial)\b/i.test(scope);
  const range = TERM_RANGE.exec(scope);
  if (range && isRange(range, scope.slice(Math.max(0, range.index - 12), range.index))) {
    const firstTerm = TERM_PATTERNS.map((p) => p.re.exec(scope)).filter((m): m is RegExpExecArray => !!m).sort((a, b) => a.index - b.index)[0];
    if (!firstTerm || firstTerm.index >= range.index) return { months: null, found: true, suspended };
  }
  if (/\b(?:to\s+life|life\s+(?:imprisonment|sentences?|in\s+prison|term)|(?:a|the)\s+life\s+sentence)\b/i.test(scope)) return { months: null, found: true, suspended };
  if (/\b(?:days?|weeks?)\s+(?:of\s+)?(?:administrative\s+)?(?:arrest|detention|jail|prison|imprisonment)\b/i.test(scope) && !/\byears?\b|\bmonths?\b/i.test(scope)) return { months: null, found: true, suspended };
  for (const p of TERM_PATTERNS) {
    const m = p.re.exec(scope);
    if (!m) continue;
    const before = scope.slice(Math.max(0, m.index - 25), m.index);
    if (/\b(?:up\s+to|between|maximum\s+of|as\s+much\s+as|from)\s+$/i.test(before)) return { months: null, found: true, suspended };
    if (/\b(?:years?|months?)\s+of\s+(?:limited|restricted)\s+liberty/i.test(scope.slice(m.index, m.index + m[0].length + 25))) return { months: null, found: true, suspended };
    if (/^\s*(?:earlier|ago|before|later|after|previously|of\s+(?:age|experience))\b/i.test(scope.slice(m.index + m[0].length))) continue;
    if (/\b(?:past|last|first|next|over|within)\s+$/i.test(before)) continue;
    const v = p.months(m);
    if (v === null || v <= 0 || v > 1200) continue;
    return { months: suspended ? null : v, found: true, suspended };
  }
  return { months: null, found: false, suspended };
}
