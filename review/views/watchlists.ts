// The watchlists page (admins): people, e-mail, last feed address made, and the forms that
// make a new feed address or revoke it.
import type { listWatchlists } from '../../store/index.ts';
import type { Auth } from '../context.ts';
import { when } from '../html/format.ts';
import { html, type SafeHtml } from '../html/html.ts';
import { csrfField, page } from '../html/layout.ts';

type Watchlist = Awaited<ReturnType<typeof listWatchlists>>[number];
export type MadeFeed = { watchlistId: number; address: string; replaced: boolean };

export function watchlistsPage(auth: Auth, lists: Watchlist[], options: { notice?: SafeHtml | null; made?: MadeFeed } = {}): SafeHtml {
  const made = options.made;
  const madeFor = made ? lists.find((list) => list.id === made.watchlistId) : undefined;
  const body = html`<h1>Watchlists</h1>
  ${made && madeFor
    ? html`<section class="notice-box" aria-labelledby="feed-made">
      <h2 id="feed-made">Feed address of ${madeFor.name}</h2>
      <p>Give it to the monitor's feed reader. It is shown this once: Habeas keeps only a hash of it${made.replaced ? '; the previous address no longer works' : ''}.</p>
      <p><label for="feed-address" class="visually-hidden">Feed address</label><input id="feed-address" class="wide" readonly value="${made.address}"></p>
    </section>`
    : ''}
  ${lists.length
    ? html`<table class="table"><thead><tr><th scope="col">Watchlist</th><th scope="col">People</th><th scope="col">Digest to</th><th scope="col">Atom feed</th><th scope="col"><span class="visually-hidden">Feed actions</span></th></tr></thead>
    <tbody>${lists.map(
      (list) => html`<tr id="watchlist-${list.id}"><th scope="row">${list.name}</th><td>${list.people.map((link, i) => html`${i ? ', ' : ''}<a href="/people/${link.person.id}">${link.person.name}</a>`)}</td><td>${list.email ?? html`<span class="muted">no e-mail</span>`}</td>
        <td>${list.feedTokenAt ? html`on since ${when(list.feedTokenAt)}` : html`<span class="muted">none</span>`}</td>
        <td><form method="post" action="/admin/watchlists/${list.id}/feed" class="inline-form">${csrfField(auth)}<button type="submit">${list.feedTokenAt ? 'New feed address' : 'Make a feed address'}</button></form>
        ${list.feedTokenAt ? html`<form method="post" action="/admin/watchlists/${list.id}/feed/revoke" class="inline-form">${csrfField(auth)}<button type="submit">Revoke</button></form>` : ''}</td></tr>`,
    )}</tbody></table>`
    : html`<p class="muted">No watchlists yet: <code>habeas watchlist add NAME --email ADDRESS</code>.</p>`}
  <p class="hint">A feed reader cannot sign in, so each watchlist's feed opens with a secret in its address. A new address ends the old one. Watchlists and their people are managed with <code>habeas watchlist</code>.</p>`;
  return page({ title: 'Watchlists', auth, body, page: 'watchlists', notice: options.notice });
}
