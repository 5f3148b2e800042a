// A date as a page writes it → ISO 8601, keeping what the page said and no more: a date
// stays a date ("2026-11-04"), a time keeps its UTC offset when the page gave one
// ("2026-11-02T08:40:00+04:00"), and a time without one stays local ("2026-11-02T08:40:00").
// Machine-readable values are read directly; written-out dates ("4 November 2026",
// "Nov. 18, 2019 11:04 PM EST") go through chrono-node's strict parser.
import type { ParsedResult } from 'chrono-node';
import { lazy } from '../lazy.ts';

const chrono = lazy<typeof import('chrono-node')>('chrono-node');

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

const isoLike = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

function offsetText(minutes: number): string {
  if (minutes === 0) return 'Z';
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

function zoneText(zone: string | undefined): string {
  if (!zone) return '';
  if (/^(z|utc|gmt)$/i.test(zone)) return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
  const text = `${m[1]}${m[2]}:${m[3] ?? '00'}`;
  return text === '+00:00' || text === '-00:00' ? 'Z' : text;
}

function plausible(year: number, month: number, day: number, now: Date): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  if (year < 1990 || year > now.getUTCFullYear() + 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCDate() === day;
}

function dateText(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** A machine-readable value (ISO, compact, epoch) or a written-out date → ISO 8601, else null. */
export function normalizeDate(raw: string | undefined | null, now = new Date()): string | null {
  if (!raw) return null;
  const value = raw.trim().slice(0, 200);
  if (!value) return null;
  const iso = isoLike.exec(value);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (!plausible(y, m, d, now)) return null;
    if (iso[4] === undefined) return dateText(y, m, d);
    const [h, mi, s] = [Number(iso[4]), Number(iso[5]), Number(iso[6] ?? 0)];
    if (h > 23 || mi > 59 || s > 60) return dateText(y, m, d);
    return `${dateText(y, m, d)}T${pad(h)}:${pad(mi)}:${pad(s)}${zoneText(iso[8])}`;
  }
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (compact) {
    const [y, m, d] = [Number(compact[1]), Number(compact[2]), Number(compact[3])];
    return plausible(y, m, d, now) ? dateText(y, m, d) : null;
  }
  if (/^\d{10}(\d{3})?$/.test(value)) {
    const date = new Date(value.length === 10 ? Number(value) * 1000 : Number(value));
    return plausible(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), now) ? date.toISOString().replace('.000Z', 'Z') : null;
  }
  return writtenDate(value, now);
}

/** The first written-out date in a short text ("Posted on 2 November 2026"), else null. */
export function writtenDate(text: string, now = new Date()): string | null {
  let results: ParsedResult[];
  try {
    results = chrono().strict.parse(text.slice(0, 300), now);
  } catch {
    return null;
  }
  for (const result of results) {
    const c = result.start;
    if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) continue;
    const [y, m, d] = [c.get('year')!, c.get('month')!, c.get('day')!];
    if (!plausible(y, m, d, now)) continue;
    if (!c.isCertain('hour')) return dateText(y, m, d);
    const offset = c.isCertain('timezoneOffset') ? c.get('timezoneOffset') : null;
    return `${dateText(y, m, d)}T${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}:${pad(c.get('second') ?? 0)}${offset === null || offset === undefined ? '' : offsetText(offset)}`;
  }
  return null;
}

/** A date in a URL path: /2026/11/02/, /2019-11-18-slug, /20191118/. */
export function urlDate(url: string | undefined, now = new Date()): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const patterns = [/(?:^|\/)((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?=[/_.-]|$)/, /(?:^|[/_-])((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)/];
  for (const pattern of patterns) {
    const m = pattern.exec(path);
    if (m && plausible(Number(m[1]), Number(m[2]), Number(m[3]), now)) return dateText(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  return null;
}
