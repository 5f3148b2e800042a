// Admin pages: users and roles; outlets' health and the queues.
import type { FailedJob, QueueCounts } from '../../queue/index.ts';
import { SILENCE_RULES, type listDeliveries, type listUserAudit, type listUsers, type OutletHealth } from '../../store/index.ts';
import { allows, type Auth } from '../context.ts';
import { ROLES } from '../forms.ts';
import { when } from '../html/format.ts';
import { html, type SafeHtml } from '../html/html.ts';
import { csrfField, page } from '../html/layout.ts';

type User = Awaited<ReturnType<typeof listUsers>>[number];
type AuditRow = Awaited<ReturnType<typeof listUserAudit>>[number];

const AUDIT_WORDS: Record<AuditRow['action'], string> = {
  ADD_USER: 'added',
  CHANGE_ROLE: 'changed the role of',
  DISABLE: 'disabled',
  ENABLE: 'enabled again',
  RENAME: 'renamed',
  SET_PASSWORD: 'set the password of',
};

/** A before/after value as a short text: `reviewer → admin`. The password never appears. */
function change(row: AuditRow): string {
  const show = (value: unknown) => (value && typeof value === 'object' ? Object.values(value as Record<string, unknown>).map((v) => (typeof v === 'string' ? v.toLowerCase() : String(v))).join(', ') : '');
  if (row.action === 'ADD_USER') return `as ${show(row.after && { role: (row.after as { role?: string }).role })}`;
  if (row.action === 'SET_PASSWORD') return '';
  return `${show(row.before)} → ${show(row.after)}`;
}

function auditTable(rows: AuditRow[]): SafeHtml {
  if (!rows.length) return html`<p class="muted">No changes recorded yet.</p>`;
  return html`<table class="table audit"><thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">User</th><th scope="col">Change</th></tr></thead>
  <tbody>${rows.map((r) => html`<tr><td>${when(r.createdAt)}</td><td>${r.actor?.email ?? html`<span class="muted">command line</span>`}</td><td>${AUDIT_WORDS[r.action]}</td><td>${r.user.email}</td><td>${change(r)}</td></tr>`)}</tbody></table>`;
}

export function usersPage(auth: Auth, users: User[], audit: AuditRow[], form: { errors: Record<string, string>; values: Record<string, string> }, notice?: SafeHtml | null): SafeHtml {
  const error = (name: string) => (form.errors[name] ? html`<p class="field-error" id="new-${name}-error">${form.errors[name]}</p>` : '');
  const aria = (name: string) => (form.errors[name] ? html` aria-invalid="true" aria-describedby="new-${name}-error"` : '');
  const body = html`<h1>Users</h1>
  <table class="table">
    <thead><tr><th scope="col">E-mail</th><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Last login</th><th scope="col"><span class="visually-hidden">Change</span></th></tr></thead>
    <tbody>${users.map(
      (u) => html`<tr${u.disabled ? html` class="disabled"` : ''}><td>${u.email}</td><td>${u.name ?? ''}</td><td>${u.role.toLowerCase()}${u.disabled ? ' (disabled)' : ''}</td><td>${when(u.lastLoginAt)}</td>
        <td><form method="post" action="/admin/users/${u.id}" class="inline-form">${csrfField(auth)}
          <label class="visually-hidden" for="role-${u.id}">Role of ${u.email}</label>
          <select id="role-${u.id}" name="role">${ROLES.map((r) => html`<option value="${r}"${u.role === r ? ' selected' : ''}>${r.toLowerCase()}</option>`)}</select>
          <label><input type="checkbox" name="disabled" value="on"${u.disabled ? ' checked' : ''}${u.id === auth.user.id ? ' disabled' : ''}> disabled</label>
          <button type="submit">Save</button></form></td></tr>`,
    )}</tbody>
  </table>
  <h2>Add a user</h2>
  <form method="post" action="/admin/users" class="action narrow" novalidate>
    ${csrfField(auth)}
    <div class="field"><label for="new-email">E-mail</label><input id="new-email" name="email" type="email" value="${form.values.email ?? ''}" autocomplete="off"${aria('email')}>${error('email')}</div>
    <div class="field"><label for="new-name">Name <span class="hint">optional</span></label><input id="new-name" name="name" value="${form.values.name ?? ''}">${error('name')}</div>
    <div class="field"><label for="new-role">Role</label><select id="new-role" name="role"${aria('role')}>${ROLES.map((r) => html`<option value="${r}"${(form.values.role ?? 'REVIEWER') === r ? ' selected' : ''}>${r.toLowerCase()}</option>`)}</select>${error('role')}</div>
    <div class="field"><label for="new-password">Password <span class="hint">at least 12 characters; tell it to them in person</span></label><input id="new-password" name="password" type="password" autocomplete="new-password"${aria('password')}>${error('password')}</div>
    ${error('form')}
    <button type="submit">Add user</button>
  </form>
  <p class="hint">Admins manage users, retry failed jobs and open the queue dashboard; reviewers decide on events and see outlets and queues; viewers read.</p>
  <h2 id="audit">Changes to users</h2>
  ${auditTable(audit)}
  <p class="hint">The latest ${audit.length} changes, newest first; each is written in the same transaction as the change.</p>`;
  return page({ title: 'Users', auth, body, page: 'users', notice });
}

export type QueueOverview = { counts: QueueCounts; failed: FailedJob[]; digest: { pattern: string; next: Date | null } | null };
type Delivery = Awaited<ReturnType<typeof listDeliveries>>[number];

function digestSection(queues: QueueOverview | null, deliveries: Delivery[]): SafeHtml {
  const schedule = !queues
    ? ''
    : queues.digest
      ? html`<p>Sent daily by <code>habeas run</code> at <code>${queues.digest.pattern}</code> (cron, UTC); next run ${when(queues.digest.next)}.</p>`
      : html`<p class="muted">Not scheduled: <code>habeas run</code> schedules it when <code>SMTP_URL</code> is set (<code>HABEAS_DIGEST_SCHEDULE</code>), or run <code>habeas digest --all --send</code> from cron.</p>`;
  const rows = deliveries.length
    ? html`<table class="table"><thead><tr><th scope="col">Watchlist</th><th scope="col">Period up to</th><th scope="col">Status</th><th scope="col">Events</th><th scope="col">Attempts</th><th scope="col">Sent / last error</th></tr></thead>
      <tbody>${deliveries.map((d) => html`<tr><th scope="row">${d.watchlistName}</th><td>${when(d.periodEnd)}</td><td${d.status === 'FAILED' ? html` class="bad"` : ''}>${d.status.toLowerCase()}</td><td>${d.eventIds.length}</td><td>${d.attempts}</td><td>${d.sentAt ? when(d.sentAt) : html`<span class="bad">${(d.lastError ?? '').slice(0, 200)}</span>`}</td></tr>`)}</tbody></table>`
    : html`<p class="muted">No digest sent yet.</p>`;
  return html`<h2>Digest</h2>${schedule}${rows}`;
}

/** Outlets' health and the queues: admins may retry failed jobs and open the dashboard; reviewers read. */
export function outletsPage(auth: Auth, outlets: OutletHealth[], queues: QueueOverview | null, deliveries: Delivery[], notice?: SafeHtml | null): SafeHtml {
  const admin = allows(auth.user.role, 'ADMIN');
  const silent = outlets.filter((o) => o.silent);
  const body = html`<h1>Outlets &amp; queues</h1>
  ${silent.length ? html`<p class="warning" role="status">Silent: ${silent.map((o, i) => html`${i ? ', ' : ''}<a href="#outlet-${o.id}">${o.name}</a> (${o.silent})`)}</p>` : ''}
  <h2>Queues</h2>
  ${queues
    ? html`<table class="table"><thead><tr><th scope="col">Queue</th><th scope="col">Waiting</th><th scope="col">Active</th><th scope="col">Delayed</th><th scope="col">Completed</th><th scope="col">Failed</th></tr></thead>
      <tbody>${Object.entries(queues.counts).map(([name, c]) => html`<tr><th scope="row">${name}</th><td>${c.waiting + c.prioritized}</td><td>${c.active}</td><td>${c.delayed}</td><td>${c.completed}</td><td${c.failed ? html` class="bad"` : ''}>${c.failed}</td></tr>`)}</tbody></table>
      ${admin ? html`<p><a href="/admin/queues/">Open the queue dashboard</a> (read-only; jobs, payloads and errors)</p>` : ''}
      ${queues.failed.length
        ? html`<h3>Failed jobs</h3><ul class="failed">${queues.failed.map((j) => html`<li><code>${j.queue}/${j.id}</code> after ${j.attempts} attempt(s), ${when(j.failedAt)}: ${j.reason.slice(0, 300)}</li>`)}</ul>
        ${admin ? html`<form method="post" action="/admin/queues/retry">${csrfField(auth)}<button type="submit">Retry every failed job</button></form>` : html`<p class="hint">An admin can retry them.</p>`}`
        : html`<p class="muted">No failed jobs.</p>`}`
    : html`<p class="warning">Redis cannot be reached: queue counts are unavailable. The review app works without it.</p>`}
  <h2>Outlets</h2>
  <table class="table"><thead><tr><th scope="col">Outlet</th><th scope="col">Last success</th><th scope="col">Last article</th><th scope="col">Articles 24 h</th><th scope="col">All</th><th scope="col">Last error</th></tr></thead>
  <tbody>${outlets.map(
    (o) => html`<tr id="outlet-${o.id}"${o.silent ? html` class="silent"` : ''}><th scope="row">${o.name} <span class="muted">${o.id}</span></th><td${o.silent ? html` class="bad"` : ''}>${when(o.lastSuccessAt)}${o.silent ? html` <span class="bad">(silent: ${o.silent})</span>` : ''}</td><td>${when(o.lastArticleAt)}</td><td>${o.articlesLast24h}</td><td>${o.articlesTotal}</td><td>${o.failing ? html`<span class="bad">${(o.lastError ?? '').slice(0, 200)}</span>` : ''}</td></tr>`,
  )}</tbody></table>
  <p class="hint">Silent: no successful fetch, or no new article, for ${SILENCE_RULES.noSuccessHours} hours. The same figures: <code>habeas status</code>.</p>
  ${digestSection(queues, deliveries)}`;
  return page({ title: 'Outlets & queues', auth, body, page: 'outlets', notice });
}
