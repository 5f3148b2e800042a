// An event's audit trail: who decided what, when, and which slots changed.
import type { getEvent } from '../../store/index.ts';
import { when } from '../html/format.ts';
import { html, type SafeHtml } from '../html/html.ts';

type Decision = Awaited<ReturnType<typeof getEvent>>['decisions'][number];

const SHOWN = ['status', 'type', 'date', 'people', 'count', 'charges', 'termMonths', 'candidateIds'];

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.length ? value.join(', ') : '—';
  return String(value);
}

/** "date: 2024-02 → 2024-02-14" for each slot that differs between before and after. */
export function changes(before: unknown, after: unknown): string[] {
  const b = (before && typeof before === 'object' ? before : {}) as Record<string, unknown>;
  const a = (after && typeof after === 'object' ? after : {}) as Record<string, unknown>;
  const out: string[] = [];
  for (const key of SHOWN) {
    if (!(key in a) && !(key in b)) continue;
    if (JSON.stringify(b[key] ?? null) !== JSON.stringify(a[key] ?? null)) out.push(`${key === 'candidateIds' ? 'sources' : key}: ${show(b[key])} → ${show(a[key])}`);
  }
  for (const [key, label] of [['mergedIntoId', 'merged into event'], ['mergedFromId', 'took the sources of event'], ['splitIntoId', 'sources split off into event'], ['splitFromId', 'split off from event']] as const) {
    if (a[key] !== undefined) out.push(`${label} #${show(a[key])}`);
  }
  return out;
}

export function historySection(decisions: Decision[]): SafeHtml {
  return html`<section class="history" aria-labelledby="history-title">
    <h2 id="history-title">History</h2>
    ${decisions.length
      ? html`<ol class="audit">${[...decisions].reverse().map(
          (d) => html`<li class="audit-${d.action.toLowerCase()}">
          <p><strong>${d.action.toLowerCase().replace('_', ' ')}</strong> by ${d.user ? (d.user.name ?? d.user.email) : 'the pipeline'} <time datetime="${d.createdAt.toISOString()}">${when(d.createdAt)}</time></p>
          ${d.reason ? html`<p class="reason">Reason: ${d.reason}</p>` : ''}
          ${(() => {
            const list = changes(d.before, d.after);
            return list.length ? html`<ul class="changes">${list.map((c) => html`<li>${c}</li>`)}</ul>` : '';
          })()}
        </li>`,
        )}</ol>`
      : html`<p class="muted">No decision yet: the extractor proposed this event and nobody has reviewed it.</p>`}
  </section>`;
}
