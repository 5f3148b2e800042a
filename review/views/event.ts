// The event page: merged slots, actions (confirm, edit then confirm, reject, merge, split,
// reopen), sources with evidence, history.
import { CHARGE_LABELS, EVENT_TYPES } from '../../extractor/index.ts';
import type { getEvent, listSnapshotMeta } from '../../store/index.ts';
import { allows, type Auth } from '../context.ts';
import { percent, statusBadge, term, typeBadge, typeLabel } from '../html/format.ts';
import { html, type SafeHtml } from '../html/html.ts';
import { csrfField, page } from '../html/layout.ts';
import { historySection } from './event-history.ts';
import { sourcesSection } from './event-sources.ts';

type EventDetail = Awaited<ReturnType<typeof getEvent>>;

export type FormState = { form: string; values: Record<string, unknown>; errors: Record<string, string> };

export type EventView = {
  auth: Auth;
  event: EventDetail;
  snapshots: Awaited<ReturnType<typeof listSnapshotMeta>>;
  adjacent: { previous: number | null; next: number | null };
  suggestions: { id: number; date: string | null; status: string; people: string[] }[];
  state?: FormState | null;
  notice?: SafeHtml | string | null;
  error?: SafeHtml | string | null;
};

function errorFor(view: EventView, form: string, field: string) {
  const message = view.state?.form === form ? view.state.errors[field] : undefined;
  return message ? html`<p class="field-error" id="${form}-${field}-error">${message}</p>` : '';
}

function invalid(view: EventView, form: string, field: string) {
  return view.state?.form === form && view.state.errors[field] ? html` aria-invalid="true" aria-describedby="${form}-${field}-error"` : '';
}

function value(view: EventView, form: string, field: string, fallback: unknown): unknown {
  return view.state?.form === form && field in view.state.values ? view.state.values[field] : fallback;
}

function slotsList(event: EventDetail) {
  return html`<dl class="slots-list">
    <dt>Type</dt><dd>${typeBadge(event.type)}</dd>
    <dt>Date</dt><dd>${event.date ?? '—'}${event.datePrecision ? html` <span class="muted">(${event.datePrecision.toLowerCase()})</span>` : ''}</dd>
    <dt>People</dt><dd>${event.people.length ? html`<ul class="inline">${event.people.map((l) => html`<li><a href="/people/${l.person.id}">${l.person.name}</a></li>`)}</ul>` : '—'}</dd>
    <dt>Count</dt><dd>${event.count ?? '—'}</dd>
    <dt>Charges</dt><dd>${event.charges.length ? event.charges.join(', ') : '—'}</dd>
    <dt>Term</dt><dd>${term(event.termMonths)}</dd>
    <dt>Sources</dt><dd>${event.corroboration} independent · confidence ${percent(event.confidence)}</dd>
  </dl>`;
}

function hidden(view: EventView) {
  return html`${csrfField(view.auth)}<input type="hidden" name="version" value="${view.event.version}">`;
}

function editForm(view: EventView) {
  const e = view.event;
  const people = value(view, 'edit', 'people', e.people.map((l) => l.person.name).join('\n'));
  const sent = value(view, 'edit', 'charges', e.charges);
  const chargeSet = new Set<string>(Array.isArray(sent) ? sent.map(String) : typeof sent === 'string' ? [sent] : []);
  const type = value(view, 'edit', 'type', e.type);
  const open = view.state?.form === 'edit';
  return html`<details class="action edit" id="edit"${open ? ' open' : ''}>
    <summary>Edit slots, then confirm <kbd>e</kbd></summary>
    <form method="post" action="/events/${e.id}/edit" novalidate>
      ${hidden(view)}
      <div class="field"><label for="edit-type">Type</label>
        <select id="edit-type" name="type"${invalid(view, 'edit', 'type')}>${EVENT_TYPES.map((t) => html`<option value="${t}"${type === t ? ' selected' : ''}>${typeLabel[t]}</option>`)}</select>${errorFor(view, 'edit', 'type')}</div>
      <div class="field"><label for="edit-date">Date <span class="hint">YYYY-MM-DD, YYYY-MM or YYYY; blank if unknown</span></label>
        <input id="edit-date" name="date" value="${String(value(view, 'edit', 'date', e.date ?? '') ?? '')}" inputmode="numeric" autocomplete="off"${invalid(view, 'edit', 'date')}>${errorFor(view, 'edit', 'date')}</div>
      <div class="field"><label for="edit-people">People <span class="hint">one per line, fullest form</span></label>
        <textarea id="edit-people" name="people" rows="3"${invalid(view, 'edit', 'people')}>${String(people ?? '')}</textarea>${errorFor(view, 'edit', 'people')}</div>
      <div class="field-row">
        <div class="field"><label for="edit-count">Count</label>
          <input id="edit-count" name="count" value="${String(value(view, 'edit', 'count', e.count ?? '') ?? '')}" inputmode="numeric" size="8"${invalid(view, 'edit', 'count')}>${errorFor(view, 'edit', 'count')}</div>
        <div class="field"><label for="edit-term">Term in months <span class="hint">sentences only</span></label>
          <input id="edit-term" name="termMonths" value="${String(value(view, 'edit', 'termMonths', e.termMonths ?? '') ?? '')}" inputmode="numeric" size="8"${invalid(view, 'edit', 'termMonths')}>${errorFor(view, 'edit', 'termMonths')}</div>
      </div>
      <fieldset class="field charges"${invalid(view, 'edit', 'charges')}><legend>Charges</legend>
        <div class="charge-grid">${CHARGE_LABELS.map((label) => html`<label><input type="checkbox" name="charges" value="${label}"${chargeSet.has(label) ? ' checked' : ''}> ${label.replaceAll('_', ' ')}</label>`)}</div>
        ${[...chargeSet].filter((c) => !(CHARGE_LABELS as readonly string[]).includes(c)).map((c) => html`<input type="hidden" name="charges" value="${c}">`)}
        ${errorFor(view, 'edit', 'charges')}</fieldset>
      ${errorFor(view, 'edit', 'form')}
      <div class="buttons"><button type="submit" name="intent" value="confirm" class="confirm">Save and confirm</button>
        <button type="submit" name="intent" value="save">Save, keep pending</button></div>
    </form>
  </details>`;
}

function decideForms(view: EventView) {
  const e = view.event;
  const rejectOpen = view.state?.form === 'reject';
  return html`<form method="post" action="/events/${e.id}/confirm" class="action confirm-form" id="confirm">
      ${hidden(view)}<button type="submit" class="confirm big" data-action="confirm">Confirm as it is <kbd>c</kbd></button>
    </form>
    ${editForm(view)}
    <form method="post" action="/events/${e.id}/reject" class="action reject-form" id="reject">
      ${hidden(view)}
      <div class="field${rejectOpen && view.state?.errors.reason ? ' invalid' : ''}"><label for="reject-reason">Reject: why? <kbd>r</kbd></label>
        <textarea id="reject-reason" name="reason" rows="2" maxlength="2000" required placeholder="e.g. not an arrest: a court summons"${invalid(view, 'reject', 'reason')}>${String(value(view, 'reject', 'reason', '') ?? '')}</textarea>${errorFor(view, 'reject', 'reason')}</div>
      <button type="submit" class="reject">Reject</button>
    </form>
    ${mergeForm(view)}
    ${splitForm(view)}`;
}

function mergeForm(view: EventView) {
  const e = view.event;
  const open = view.state?.form === 'merge';
  return html`<details class="action merge" id="merge"${open ? ' open' : ''}>
    <summary>Merge into another event <kbd>m</kbd></summary>
    <form method="post" action="/events/${e.id}/merge">
      ${hidden(view)}
      <p class="hint">This event's sources move to the other event, which keeps its status; this one is marked merged.</p>
      ${view.suggestions.length
        ? html`<fieldset class="field"><legend>Likely duplicates</legend>${view.suggestions.map(
            (s) => html`<label class="choice"><input type="radio" name="targetId" value="${s.id}"> #${s.id} ${s.date ?? 'no date'} · ${s.people.join(', ') || 'no named person'} ${statusBadge(s.status)}</label>`,
          )}</fieldset>`
        : ''}
      <div class="field"><label for="merge-target">Event number</label>
        <input id="merge-target" name="targetId" inputmode="numeric" size="8" value="${String(value(view, 'merge', 'targetId', '') ?? '')}"${invalid(view, 'merge', 'targetId')}>${errorFor(view, 'merge', 'targetId')}</div>
      <div class="field"><label for="merge-reason">Note <span class="hint">optional</span></label><input id="merge-reason" name="reason" maxlength="2000"></div>
      ${errorFor(view, 'merge', 'form')}
      <button type="submit">Merge</button>
    </form>
  </details>`;
}

function splitForm(view: EventView) {
  const e = view.event;
  // A split moves sources; with one source there is nothing to move (edit the people instead).
  if (e.candidates.length < 2) return '';
  const open = view.state?.form === 'split';
  return html`<details class="action split" id="split"${open ? ' open' : ''}>
    <summary>Split: move sources into a new event</summary>
    <form method="post" action="/events/${e.id}/split">
      ${hidden(view)}
      <fieldset class="field"><legend>Sources that report a different event</legend>
        ${e.candidates.map((c) => html`<label class="choice"><input type="checkbox" name="candidateIds" value="${c.id}"> ${c.article.outlet?.name ?? 'unknown'}: ${c.article.title ?? '(untitled)'} <span class="muted">(${c.people.join(', ') || 'no person'}${c.date ? `, ${c.date}` : ''})</span></label>`)}
        ${errorFor(view, 'split', 'candidateIds')}</fieldset>
      ${e.people.length
        ? html`<fieldset class="field"><legend>People who go with them</legend>
        ${e.people.map((l) => html`<label class="choice"><input type="checkbox" name="personIds" value="${l.person.id}"> ${l.person.name}</label>`)}</fieldset>`
        : ''}
      <div class="field"><label for="split-reason">Note <span class="hint">optional</span></label><input id="split-reason" name="reason" maxlength="2000"></div>
      ${errorFor(view, 'split', 'form')}
      <button type="submit">Split into a new event</button>
    </form>
  </details>`;
}

function reopenForm(view: EventView) {
  const e = view.event;
  return html`<form method="post" action="/events/${e.id}/reopen" class="action">
    ${hidden(view)}
    <p>${e.status === 'REJECTED' ? html`Rejected: ${e.rejectReason ?? ''}` : `Confirmed ${e.decidedAt ? e.decidedAt.toISOString().slice(0, 10) : ''}.`}</p>
    <div class="field"><label for="reopen-reason">Reopen: why? <span class="hint">optional</span></label><input id="reopen-reason" name="reason" maxlength="2000"></div>
    <button type="submit">Back to the inbox</button>
  </form>`;
}

function actions(view: EventView) {
  const e = view.event;
  if (e.status === 'MERGED') return html`<p class="notice">Merged into <a href="/events/${e.mergedIntoId ?? ''}">event #${e.mergedIntoId ?? '?'}</a>.</p>`;
  if (!allows(view.auth.user.role, 'REVIEWER')) return html`<p class="muted">You can read this event; deciding needs a reviewer account.</p>`;
  if (e.status === 'PENDING') return decideForms(view);
  return html`${reopenForm(view)}${e.status === 'CONFIRMED' ? mergeForm(view) : ''}`;
}

function adjacentLinks(view: EventView) {
  const { previous, next } = view.adjacent;
  return html`<nav class="adjacent" aria-label="Other events">
    ${previous ? html`<a href="/events/${previous}" rel="prev" data-key="k">← previous <kbd>k</kbd></a>` : html`<span></span>`}
    <a href="/inbox" data-key="u">inbox <kbd>u</kbd></a>
    ${next ? html`<a href="/events/${next}" rel="next" data-key="j">next <kbd>j</kbd> →</a>` : html`<span></span>`}
  </nav>`;
}

export function eventPage(view: EventView): SafeHtml {
  const e = view.event;
  const people = e.people.map((l) => l.person.name).join(', ');
  const body = html`${adjacentLinks(view)}
  <div class="event-head">
    <h1>${typeBadge(e.type)} ${e.date ?? 'no date'} <span class="people">${people || 'no named person'}</span></h1>
    <p class="meta">${statusBadge(e.status)} · event #${e.id} · version ${e.version}</p>
  </div>
  <div class="event-grid" data-event-id="${e.id}">
    <aside class="decide" aria-label="Slots and decisions">
      ${slotsList(e)}
      ${actions(view)}
    </aside>
    <div class="event-main">
      ${sourcesSection(e, view.snapshots)}
      ${historySection(e.decisions)}
    </div>
  </div>`;
  return page({ title: `${typeLabel[e.type]} ${e.date ?? ''} ${people}`.trim(), auth: view.auth, body, page: 'event', notice: view.notice, error: view.error });
}
