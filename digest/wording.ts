// How slots read in the digest: type names, dates at their precision, terms, counts.
// Pure and shared by every renderer, so the e-mail, Markdown and feed say the same thing.
import type { EventType } from '../store/index.ts';

export const TYPE_ORDER: readonly EventType[] = ['ARREST', 'CHARGE', 'DETENTION', 'SENTENCE', 'RELEASE', 'PARDON', 'AMNESTY'];

const names: Record<EventType, [one: string, many: string]> = {
  ARREST: ['Arrest', 'Arrests'],
  CHARGE: ['Charge', 'Charges'],
  DETENTION: ['Detention', 'Detentions'],
  SENTENCE: ['Sentence', 'Sentences'],
  RELEASE: ['Release', 'Releases'],
  PARDON: ['Pardon', 'Pardons'],
  AMNESTY: ['Amnesty', 'Amnesties'],
};

export function typeName(type: EventType, plural = false): string {
  return names[type][plural ? 1 : 0];
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "15 June 2016", "June 2016", "2016": no more precise than the source was. */
export function dateText(date: string | null): string {
  if (!date) return 'date not reported';
  const [year, month, day] = date.split('-');
  const monthName = month ? months[Number(month) - 1] : undefined;
  if (day && monthName) return `${Number(day)} ${monthName} ${year}`;
  if (monthName) return `${monthName} ${year}`;
  return year ?? date;
}

/** A moment in UTC for the period line: "1 December 2026, 20:00 UTC". */
export function momentText(at: Date): string {
  const iso = at.toISOString();
  return `${dateText(iso.slice(0, 10))}, ${iso.slice(11, 16)} UTC`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** 96 → "8 years", 30 → "2 years 6 months", 4 → "4 months". */
export function termText(termMonths: number | null): string | null {
  if (termMonths === null) return null;
  const years = Math.floor(termMonths / 12);
  const rest = termMonths % 12;
  const parts = [years ? plural(years, 'year', 'years') : '', rest || !years ? plural(rest, 'month', 'months') : ''];
  return parts.filter(Boolean).join(' ');
}

export function countText(count: number | null): string | null {
  return count === null ? null : plural(count, 'person', 'people');
}

/** Charge labels as words: "tax_evasion" → "tax evasion". */
export function chargesText(charges: string[]): string | null {
  return charges.length ? charges.map((charge) => charge.replace(/_/g, ' ')).join(', ') : null;
}

/** Who the line is about: the people's names, else the count, else that nobody was named. */
export function peopleText(people: { name: string }[], count: number | null): string {
  if (people.length) return people.map((person) => person.name).join(', ');
  return countText(count) ?? 'no one named';
}

/**
 * Text safe for any renderer's output: no C0/C1 control characters (invalid in XML,
 * invisible tricks in mail) and no line breaks inside a field.
 */
export function cleanText(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s{2,}/g, ' ').trim();
}
