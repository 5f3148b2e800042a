import type { Auth } from '../context.ts';
import { html, type SafeHtml } from '../html/html.ts';
import { page } from '../html/layout.ts';

const titles: Record<number, string> = { 400: 'That did not work', 403: 'Not allowed', 404: 'Not found', 409: 'Changed by someone else', 429: 'Too many attempts', 500: 'Something went wrong' };

export function errorPage(auth: Auth | null, status: number, message: string): SafeHtml {
  const title = titles[status] ?? 'Error';
  const body = html`<h1>${title}</h1><p>${message}</p><p><a href="/inbox">Back to the inbox</a></p>`;
  return page({ title, auth, body });
}
