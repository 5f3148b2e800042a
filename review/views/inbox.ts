// The inbox: review order, filters, counts per status, pages, quick confirm / reject.
import { EVENT_TYPES } from '../../extractor/index.ts';
import type { EventStatus, InboxRow } from '../../store/index.ts';
import { allows, type Auth } from '../context.ts';
import { day, percent, plural, query, statusBadge, term, typeBadge, typeLabel } from '../html/format.ts';
import { html, type SafeHtml } from '../html/html.ts';
import { csrfField, page } from '../html/layout.ts';


export type InboxView = {
  auth: Auth;
  rows: InboxRow[];
  total: number;
  counts: Record<EventStatus, number>;
  facets: { outlets: { id: string; name: string }[]; watchlists: { id: number; name: string }[] };
  filter: { status: EventStatus; type?: string | null; outlet?: string | null; person?: string | null; personId?: number | null; watchlist?: number | null; from?: string | null; to?: string | null };
  page: number;
  pageSize: number;
  errors: Record<string, string>;
  notice?: SafeHtml | string | null;
  error?: string | null;
};

const STATUSES: EventStatus[] = ['PENDING', 'CONFIRMED', 'REJECTED', 'MERGED'];

function filterParams(view: InboxView) {
  const f = view.filter;
  return { type: f.type, outlet: f.outlet, person: f.person, personId: f.personId, watchlist: f.watchlist, from: f.from, to: f.to };
}

/** The inbox URL of these filters (used as the "back" target of quick actions). */
export function inboxUrl(view: InboxView, overrides: Record<string, string | number | null> = {}): string {
  return `/inbox${query({ status: view.filter.status === 'PENDING' ? null : view.filter.status, ...filterParams(view), page: view.page > 1 ? view.page : null, ...overrides })}`;
}

function tabs(view: InboxView) {
  return html`<nav class="tabs" aria-label="Status">${STATUSES.map((status) => {
    const href = `/inbox${query({ status: status === 'PENDING' ? null : status, ...filterParams(view) })}`;
    const current = status === view.filter.status;
    return html`<a href="${href}"${current ? html` aria-current="page"` : ''}>${status.toLowerCase()} <span class="count">${view.counts[status].toLocaleString('en')}</span></a>`;
  })}</nav>`;
}

function field(name: string, label: string, control: SafeHtml, errors: Record<string, string>) {
  const error = errors[name];
  return html`<div class="field${error ? ' invalid' : ''}"><label for="f-${name}">${label}</label>${control}${error ? html`<p class="field-error" id="f-${name}-error">${error}</p>` : ''}</div>`;
}

function filters(view: InboxView) {
  const f = view.filter;
  const e = view.errors;
  const option = (value: string | number, label: string, selected: boolean) => html`<option value="${value}"${selected ? ' selected' : ''}>${label}</option>`;
  return html`<form class="filters" method="get" action="/inbox" role="search" aria-label="Filter the inbox">
    ${f.status !== 'PENDING' ? html`<input type="hidden" name="status" value="${f.status}">` : ''}
    ${f.personId ? html`<input type="hidden" name="personId" value="${f.personId}">` : ''}
    ${field('type', 'Type', html`<select id="f-type" name="type">${option('', 'any', !f.type)}${EVENT_TYPES.map((t) => option(t, typeLabel[t], f.type === t))}</select>`, e)}
    ${field('outlet', 'Outlet', html`<select id="f-outlet" name="outlet">${option('', 'any', !f.outlet)}${view.facets.outlets.map((o) => option(o.id, o.name, f.outlet === o.id))}</select>`, e)}
    ${field('person', 'Person', html`<input id="f-person" name="person" type="search" value="${f.person ?? ''}" placeholder="any spelling" autocomplete="off">`, e)}
    ${field('watchlist', 'Watchlist', html`<select id="f-watchlist" name="watchlist">${option('', 'any', !f.watchlist)}${view.facets.watchlists.map((w) => option(w.id, w.name, f.watchlist === w.id))}</select>`, e)}
    ${field('from', 'Event date from', html`<input id="f-from" name="from" value="${f.from ?? ''}" placeholder="YYYY-MM-DD" inputmode="numeric" size="10"${e.from ? html` aria-invalid="true" aria-describedby="f-from-error"` : ''}>`, e)}
    ${field('to', 'to', html`<input id="f-to" name="to" value="${f.to ?? ''}" placeholder="YYYY-MM-DD" inputmode="numeric" size="10"${e.to ? html` aria-invalid="true" aria-describedby="f-to-error"` : ''}>`, e)}
    <div class="filter-actions"><button type="submit">Filter</button> <a href="/inbox${f.status !== 'PENDING' ? `?status=${f.status}` : ''}">Clear</a></div>
  </form>`;
}

function quote(row: InboxRow): string | null {
  const evidence = row.candidates[0]?.evidence as { quote?: string }[] | undefined;
  const text = evidence?.map((span) => span.quote).filter(Boolean).join(' … ');
  return text ? (text.length > 320 ? `${text.slice(0, 317)}…` : text) : null;
}

function row(view: InboxView, event: InboxRow) {
  const first = event.candidates[0]?.article;
  const canDecide = allows(view.auth.user.role, 'REVIEWER') && event.status === 'PENDING';
  const back = inboxUrl(view);
  const people = event.people.map((link) => link.person);
  const slots = [
    event.count !== null ? plural(event.count, 'person', 'people') : null,
    event.termMonths !== null ? term(event.termMonths) : null,
    event.charges.length ? event.charges.join(', ').replaceAll('_', ' ') : null,
  ].filter(Boolean);
  const excerpt = quote(event);
  return html`<li class="event-row" data-event-id="${event.id}" data-href="/events/${event.id}">
    <div class="row-main">
      <h3><a href="/events/${event.id}" class="row-link">${typeBadge(event.type)} <span class="date">${event.date ?? 'no date'}</span>
        <span class="people">${people.length ? people.map((p) => p.name).join(', ') : event.count !== null ? plural(event.count, 'person', 'people') : 'no named person'}</span></a></h3>
      ${slots.length ? html`<p class="slots">${slots.join(' · ')}</p>` : ''}
      ${excerpt ? html`<blockquote class="excerpt">${excerpt}</blockquote>` : ''}
      <p class="meta">
        <span class="corroboration" title="independent sources">${plural(event.corroboration, 'source')}</span>
        ${first ? html` · ${first.outlet?.name ?? 'unknown outlet'}${first.publishedAt ? `, ${day(first.publishedAt)}` : ''}: <span class="title">${first.title ?? '(untitled)'}</span>` : ''}
        · confidence ${percent(event.confidence)} · #${event.id}${event.status !== 'PENDING' ? html` · ${statusBadge(event.status)}` : ''}
      </p>
    </div>
    ${canDecide
      ? html`<div class="row-actions">
      <form method="post" action="/events/${event.id}/confirm" class="quick-confirm">
        ${csrfField(view.auth)}<input type="hidden" name="version" value="${event.version}"><input type="hidden" name="back" value="${back}">
        <button type="submit" class="confirm" data-action="confirm">Confirm</button>
      </form>
      <form method="post" action="/events/${event.id}/reject" class="quick-reject">
        ${csrfField(view.auth)}<input type="hidden" name="version" value="${event.version}"><input type="hidden" name="back" value="${back}">
        <label class="visually-hidden" for="reason-${event.id}">Reason for rejecting #${event.id}</label>
        <input id="reason-${event.id}" name="reason" placeholder="reason to reject" required maxlength="2000" data-action="reason">
        <button type="submit" class="reject">Reject</button>
      </form>
    </div>`
      : ''}
  </li>`;
}

function pager(view: InboxView) {
  const pages = Math.max(1, Math.ceil(view.total / view.pageSize));
  if (pages === 1) return html``;
  const link = (n: number, label: string, rel: string) => html`<a href="${inboxUrl(view, { page: n > 1 ? n : null })}" rel="${rel}">${label}</a>`;
  return html`<nav class="pager" aria-label="Pages">
    ${view.page > 1 ? link(view.page - 1, '← Newer page', 'prev') : html`<span></span>`}
    <span>page ${view.page} of ${pages}</span>
    ${view.page < pages ? link(view.page + 1, 'Next page →', 'next') : html`<span></span>`}
  </nav>`;
}

export function inboxPage(view: InboxView): SafeHtml {
  const first = (view.page - 1) * view.pageSize + 1;
  const body = html`<div class="inbox-head">
    <h1>Inbox</h1>
    ${tabs(view)}
  </div>
  ${filters(view)}
  <p class="summary">${view.total ? `${first.toLocaleString('en')}–${Math.min(view.total, first + view.rows.length - 1).toLocaleString('en')} of ${plural(view.total, `${view.filter.status.toLowerCase()} event`)}.` : `No ${view.filter.status.toLowerCase()} events match.`}${view.filter.status === 'PENDING' ? ' Most corroborated first, then newest.' : ''} <span class="hint">Press <kbd>?</kbd> for shortcuts.</span></p>
  <ol class="events" data-keyboard-list>${view.rows.map((event) => row(view, event))}</ol>
  ${pager(view)}`;
  return page({ title: 'Inbox', auth: view.auth, body, page: 'inbox', notice: view.notice, error: view.error });
}
