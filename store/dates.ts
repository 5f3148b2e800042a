// Event dates are ISO 8601 at the precision the text gives: 2016-06-15, 2016-06 or 2016.

export type Precision = 'DAY' | 'MONTH' | 'YEAR';

const pattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Precision and first day of a partial ISO date, or null when the value is not a real date. */
export function parsePartialDate(value: string): { precision: Precision; start: Date } | null {
  const match = pattern.exec(value);
  if (!match) return null;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = m ? Number(m) : 1;
  const day = d ? Number(d) : 1;
  if (month < 1 || month > 12) return null;
  const start = new Date(Date.UTC(year, month - 1, day));
  if (start.getUTCMonth() !== month - 1 || start.getUTCDate() !== day) return null; // 2015-02-30
  return { precision: d ? 'DAY' : m ? 'MONTH' : 'YEAR', start };
}

/** Whether two partial dates can name the same day: equal, or one a prefix of the other. */
export function datesCompatible(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return true;
  return a.startsWith(b) || b.startsWith(a);
}
