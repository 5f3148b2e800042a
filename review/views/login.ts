import { html, type SafeHtml } from '../html/html.ts';
import { page } from '../html/layout.ts';

export function loginPage(options: { loginToken: string; next: string; email?: string; error?: string | null }): SafeHtml {
  const body = html`<div class="login">
    <h1>Sign in</h1>
    <form method="post" action="/login">
      <input type="hidden" name="_login" value="${options.loginToken}">
      <input type="hidden" name="next" value="${options.next}">
      ${options.error ? html`<p class="field-error" role="alert" id="login-error">${options.error}</p>` : ''}
      <div class="field"><label for="email">E-mail</label>
        <input id="email" name="email" type="email" autocomplete="username" required value="${options.email ?? ''}" autofocus${options.error ? html` aria-describedby="login-error"` : ''}></div>
      <div class="field"><label for="password">Password</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required></div>
      <button type="submit" class="confirm">Sign in</button>
    </form>
    <p class="hint">No account? An admin creates one (<code>habeas users add</code>).</p>
  </div>`;
  return page({ title: 'Sign in', auth: null, body });
}
