// People: search, and a person's page with spellings, merge, and the timeline of confirmed events.
import type { getPerson, listPersonEvents, listPersonTimeline, searchPeople } from '../../store/index.ts';
import { allows, type Auth } from '../context.ts';
import { day, plural, statusBadge, term, typeBadge } from '../html/format.ts';
import { externalLink, html, type SafeHtml } from '../html/html.ts';
import { csrfField, page } from '../html/layout.ts';

type Person = Awaited<ReturnType<typeof getPerson>>;
type Found = Awaited<ReturnType<typeof searchPeople>>;

export function peoplePage(auth: Auth, q: string, people: Found): SafeHtml {
  const body = html`<h1>People</h1>
  <form method="get" action="/people" role="search" class="filters">
    <div class="field"><label for="people-q">Name, any spelling</label><input id="people-q" name="q" type="search" value="${q}" autocomplete="off"></div>
    <div class="filter-actions"><button type="submit">Search</button></div>
  </form>
  ${people.length
    ? html`<ul class="people-list">${people.map(
        (p) => html`<li><a href="/people/${p.id}">${p.name}</a> <span class="muted">${plural(p._count.events, 'event')}${p.aliases.length > 1 ? ` · also ${p.aliases.map((a) => a.alias).filter((a) => a !== p.name).join(', ')}` : ''}</span></li>`,
      )}</ul>`
    : html`<p class="muted">${q ? 'Nobody by that name.' : 'No people yet.'}</p>`}`;
  return page({ title: 'People', auth, body, page: 'people' });
}

export type PersonView = {
  auth: Auth;
  person: Person;
  timeline: Awaited<ReturnType<typeof listPersonTimeline>>;
  open: Awaited<ReturnType<typeof listPersonEvents>>;
  similar: Found;
  errors: Record<string, string>;
  values: Record<string, string>;
  notice?: SafeHtml | null;
};

function timelineSection(view: PersonView) {
  if (!view.timeline.length) return html`<p class="muted">No confirmed event yet.</p>`;
  return html`<ol class="timeline">${view.timeline.map(
    (event) => html`<li>
      <p><a href="/events/${event.id}">${typeBadge(event.type)} <strong>${event.date ?? 'date unknown'}</strong></a>
        ${event.people.length > 1 ? html`<span class="muted">with ${event.people.filter((l) => l.person.id !== view.person.id).map((l) => l.person.name).join(', ')}</span>` : ''}
        ${event.charges.length ? html` · ${event.charges.join(', ')}` : ''}${event.termMonths !== null ? html` · ${term(event.termMonths)}` : ''}</p>
      <ul class="timeline-sources">${event.candidates.map(
        (c) => html`<li>${c.article.outlet?.name ?? 'unknown outlet'}, ${day(c.article.publishedAt)}: ${externalLink(c.article.canonicalUrl, c.article.title ?? '(untitled)')}</li>`,
      )}</ul>
    </li>`,
  )}</ol>`;
}

function editForms(view: PersonView) {
  if (!allows(view.auth.user.role, 'REVIEWER')) return '';
  const p = view.person;
  const error = (name: string) => (view.errors[name] ? html`<p class="field-error" id="${name}-error">${view.errors[name]}</p>` : '');
  return html`<form method="post" action="/people/${p.id}/aliases" class="action">
      ${csrfField(view.auth)}
      <div class="field"><label for="alias">Add a spelling</label>
        <input id="alias" name="alias" value="${view.values.alias ?? ''}" autocomplete="off"${view.errors.alias ? html` aria-invalid="true" aria-describedby="alias-error"` : ''}>${error('alias')}</div>
      <button type="submit">Add spelling</button>
    </form>
    <form method="post" action="/people/${p.id}/merge" class="action">
      ${csrfField(view.auth)}
      <fieldset class="field"><legend>Merge another person into ${p.name}</legend>
        <p class="hint">Their spellings and events move here; their page goes.</p>
        ${view.similar.map((s) => html`<label class="choice"><input type="radio" name="otherId" value="${s.id}"> ${s.name} <span class="muted">(#${s.id}, ${plural(s._count.events, 'event')})</span></label>`)}
        <label for="merge-other">Person number</label><input id="merge-other" name="otherId" inputmode="numeric" size="8"${view.errors.otherId ? html` aria-invalid="true" aria-describedby="otherId-error"` : ''}>
        ${error('otherId')}
      </fieldset>
      <button type="submit">Merge into this person</button>
    </form>`;
}

export function personPage(view: PersonView): SafeHtml {
  const p = view.person;
  const body = html`<h1>${p.name}</h1>
  <div class="person-grid">
    <aside>
      <h2>Spellings</h2>
      <ul class="aliases">${p.aliases.map((a) => html`<li>${a.alias}</li>`)}</ul>
      ${p.watchlists.length ? html`<p>On watchlists: ${p.watchlists.map((w) => w.watchlist.name).join(', ')}</p>` : ''}
      ${editForms(view)}
    </aside>
    <div>
      <h2>Timeline of confirmed events</h2>
      ${timelineSection(view)}
      ${view.open.length
        ? html`<h2>Not confirmed</h2><ul class="open-events">${view.open.map((e) => html`<li><a href="/events/${e.id}">${typeBadge(e.type)} ${e.date ?? 'no date'}</a> ${statusBadge(e.status)}</li>`)}</ul>
        <p><a href="/inbox?personId=${p.id}">This person in the inbox</a></p>`
        : ''}
    </div>
  </div>`;
  return page({ title: p.name, auth: view.auth, body, page: 'people', notice: view.notice });
}
