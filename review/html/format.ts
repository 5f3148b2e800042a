// Small display helpers shared by the views. Pure.
import type { EventType } from '../../store/index.ts';
import { html, type SafeHtml } from './html.ts';

export const typeLabel: Record<EventType, string> = {
  ARREST: 'Arrest', CHARGE: 'Charge', DETENTION: 'Detention', SENTENCE: 'Sentence', RELEASE: 'Release', PARDON: 'Pardon', AMNESTY: 'Amnesty',
};

export function typeBadge(type: EventType): SafeHtml {
  return html`<span class="badge type-${type.toLowerCase()}">${typeLabel[type]}</span>`;
}

export function statusBadge(status: string): SafeHtml {
  return html`<span class="status status-${status.toLowerCase()}">${status.toLowerCase()}</span>`;
}

export function day(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 10) : '—';
}

export function when(date: Date | null | undefined): string {
  return date ? `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC` : '—';
}

export function term(months: number | null): string {
  if (months === null) return '—';
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts = [years ? `${years} year${years > 1 ? 's' : ''}` : '', rest ? `${rest} month${rest > 1 ? 's' : ''}` : ''].filter(Boolean);
  return `${parts.join(' ') || '0 months'} (${months} mo)`;
}

export function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${Math.round(value * 100)}%`;
}

/** A query string from the non-empty values, for links that keep the inbox's filters. */
export function query(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== null && value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}
