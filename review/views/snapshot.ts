// The archived copy of a page, as fetched: its metadata and headers, and the page itself in
// a sandboxed frame (no scripts, no forms, an opaque origin) served with its own CSP.
import type { getSnapshot } from '../../store/index.ts';
import type { Auth } from '../context.ts';
import { when } from '../html/format.ts';
import { externalLink, html, type SafeHtml } from '../html/html.ts';
import { page } from '../html/layout.ts';

type Snapshot = Awaited<ReturnType<typeof getSnapshot>>;

export function snapshotPage(auth: Auth, snapshot: Snapshot): SafeHtml {
  const headers = Object.entries((snapshot.headers ?? {}) as Record<string, unknown>);
  const body = html`<p><a href="/inbox">← inbox</a></p>
  <h1>Archived copy</h1>
  <dl class="slots-list">
    <dt>Requested</dt><dd>${externalLink(snapshot.requestUrl, snapshot.requestUrl)}</dd>
    <dt>Final URL</dt><dd>${externalLink(snapshot.finalUrl, snapshot.finalUrl)}</dd>
    <dt>Fetched</dt><dd>${when(snapshot.fetchedAt)} · HTTP ${snapshot.status} · ${snapshot.size.toLocaleString('en')} bytes</dd>
    <dt>sha256</dt><dd><code class="hash">${snapshot.sha256}</code></dd>
  </dl>
  <details><summary>Response headers</summary><table class="table">${headers.map(([k, v]) => html`<tr><th scope="row">${k}</th><td><code>${Array.isArray(v) ? v.join(', ') : String(v)}</code></td></tr>`)}</table></details>
  <p><a href="/snapshots/${snapshot.id}/source">Source as plain text</a> · <a href="/snapshots/${snapshot.id}/raw" download>Download the bytes</a></p>
  <iframe class="snapshot-frame" src="/snapshots/${snapshot.id}/frame" sandbox title="Archived page as fetched, scripts disabled" referrerpolicy="no-referrer"></iframe>`;
  return page({ title: 'Archived copy', auth, body });
}
