// The page shell: header with navigation for the user's role, main content, the help
// overlay for keyboard shortcuts. Scripts and styles are files (the CSP forbids inline).
import { allows, type Auth } from '../context.ts';
import { assetPath } from '../static.ts';
import { html, type Interpolation, type SafeHtml } from './html.ts';

export type PageOptions = { title: string; auth: Auth | null; body: SafeHtml; page?: string; notice?: Interpolation; error?: Interpolation };

function nav(auth: Auth, page: string | undefined) {
  const item = (href: string, label: string, key: string) => html`<li><a href="${href}"${page === key ? html` aria-current="page"` : ''}>${label}</a></li>`;
  const admin = allows(auth.user.role, 'ADMIN');
  const reviewer = allows(auth.user.role, 'REVIEWER');
  return html`<nav aria-label="Main"><ul>
    ${item('/inbox', 'Inbox', 'inbox')}
    ${item('/people', 'People', 'people')}
    ${reviewer ? item('/admin/outlets', 'Outlets & queues', 'outlets') : ''}
    ${admin ? [item('/admin/users', 'Users', 'users'), item('/admin/watchlists', 'Watchlists', 'watchlists'), item('/admin/queues/', 'Queue dashboard', 'queues')] : ''}
  </ul></nav>
  <form method="post" action="/logout" class="logout">
    <input type="hidden" name="_csrf" value="${auth.csrfToken}">
    <span class="who">${auth.user.name ?? auth.user.email} <span class="role">${auth.user.role.toLowerCase()}</span></span>
    <button type="submit" class="link">Log out</button>
  </form>`;
}

export function page(options: PageOptions): SafeHtml {
  const { auth } = options;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${options.title} · Habeas review</title>
<link rel="stylesheet" href="${assetPath('app.css')}">
<script src="${assetPath('app.js')}" defer></script>
</head>
<body${auth ? html` data-csrf="${auth.csrfToken}" data-role="${auth.user.role}"` : ''}>
<a class="skip" href="#main">Skip to content</a>
<header class="top">
  <a class="brand" href="/inbox">Habeas <span>review</span></a>
  ${auth ? nav(auth, options.page) : ''}
</header>
<main id="main" tabindex="-1">
${options.notice ? html`<p class="notice" role="status">${options.notice}</p>` : ''}
${options.error ? html`<p class="error-banner" role="alert">${options.error}</p>` : ''}
${options.body}
</main>
${auth ? helpDialog() : ''}
</body>
</html>`;
}

function helpDialog() {
  const keys: [string, string][] = [
    ['j / k', 'next / previous event'],
    ['Enter or o', 'open the selected event'],
    ['c', 'confirm the event as it is'],
    ['e', 'edit the slots (then confirm)'],
    ['r', 'reject (type the reason, Enter)'],
    ['m', 'merge with another event'],
    ['u', 'back to the inbox'],
    ['?', 'this help; Esc closes it'],
  ];
  return html`<dialog id="help" aria-labelledby="help-title">
  <h2 id="help-title">Keyboard shortcuts</h2>
  <dl class="keys">${keys.map(([k, what]) => html`<dt><kbd>${k}</kbd></dt><dd>${what}</dd>`)}</dl>
  <p class="hint">Shortcuts are off while you type in a field. Every action is also a button.</p>
  <form method="dialog"><button type="submit">Close</button></form>
</dialog>`;
}

/** A hidden CSRF field for a form. */
export function csrfField(auth: Auth | null): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${auth?.csrfToken ?? ''}">`;
}
