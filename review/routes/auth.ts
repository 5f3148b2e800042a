// Sign in and out, as a form and as JSON. Logins are rate-limited per address; an unknown
// e-mail costs the same scrypt time as a wrong password; the login form carries a
// double-submit token so another site cannot sign a reviewer in to an account of its own.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { findUserByEmail } from '../../store/index.ts';
import { verifyAgainstDummy, verifyPassword } from '../auth/passwords.ts';
import { endSession, startSession } from '../auth/session.ts';
import { newToken, tokensEqual } from '../auth/tokens.ts';
import type { Deps } from '../context.ts';
import { loginSchema } from '../forms.ts';
import { loginPage } from '../views/login.ts';

const LOGIN_COOKIE = 'habeas_login';

/** Only a path on this site: "/events/3", never "//evil.example" or "https://…". */
export function safeNext(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])[^\s]*$/.test(value) && !value.startsWith('/login') ? value : '/inbox';
}

async function checkCredentials(deps: Deps, email: string, password: string) {
  const user = email ? await findUserByEmail(deps.db, email) : null;
  if (!user || user.disabled) return verifyAgainstDummy(password);
  return (await verifyPassword(password, user.passwordHash)) ? user : false;
}

function showLogin(request: FastifyRequest, reply: FastifyReply, status: number, options: { next: string; email?: string; error?: string }) {
  const loginToken = newToken();
  reply.setCookie(LOGIN_COOKIE, loginToken, { path: '/login', httpOnly: true, sameSite: 'strict', secure: request.protocol === 'https', maxAge: 3600 });
  return reply.code(status).type('text/html; charset=utf-8').send(loginPage({ loginToken, ...options }).value);
}

export function registerAuth(app: FastifyInstance, deps: Deps): void {
  const rateLimit = { max: deps.settings.login.max, timeWindow: deps.settings.login.windowMs };

  app.get('/login', { config: { access: 'public' } }, async (request, reply) => {
    const next = safeNext((request.query as { next?: string }).next);
    if (request.auth) return reply.redirect(next, 303);
    return showLogin(request, reply, 200, { next });
  });

  app.post('/login', { config: { access: 'public', rateLimit } }, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const next = safeNext(body.next);
    if (!tokensEqual(typeof body._login === 'string' ? body._login : '', request.cookies[LOGIN_COOKIE])) {
      return showLogin(request, reply, 403, { next, error: 'The sign-in form had expired. Please sign in again.' });
    }
    const parsed = loginSchema.safeParse(body);
    const user = parsed.success ? await checkCredentials(deps, parsed.data.email, parsed.data.password) : false;
    if (!user) return showLogin(request, reply, 401, { next, email: parsed.success ? parsed.data.email : '', error: 'Wrong e-mail address or password.' });
    await startSession(deps, request, reply, user.id);
    reply.clearCookie(LOGIN_COOKIE, { path: '/login' });
    return reply.redirect(next, 303);
  });

  app.post('/logout', { config: { access: 'VIEWER' } }, async (request, reply) => {
    await endSession(deps, request, reply);
    return reply.redirect('/login', 303);
  });

  // JSON: a cross-site form cannot send application/json without CORS, which we never allow.
  app.post('/api/login', { config: { access: 'public', rateLimit } }, async (request, reply) => {
    const parsed = loginSchema.safeParse(request.body);
    if (!parsed.success || !request.headers['content-type']?.startsWith('application/json')) {
      return reply.code(400).send({ error: 'send {"email", "password"} as application/json' });
    }
    const user = await checkCredentials(deps, parsed.data.email, parsed.data.password);
    if (!user) return reply.code(401).send({ error: 'wrong e-mail address or password' });
    const { csrfToken, expiresAt } = await startSession(deps, request, reply, user.id);
    return { user: { id: user.id, email: user.email, name: user.name, role: user.role }, csrfToken, expiresAt };
  });

  app.get('/api/session', { config: { access: 'VIEWER' } }, async (request) => ({ user: request.auth!.user, csrfToken: request.auth!.csrfToken }));

  app.post('/api/logout', { config: { access: 'VIEWER' } }, async (request, reply) => {
    await endSession(deps, request, reply);
    return { ok: true };
  });
}
