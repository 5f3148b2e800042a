// The session cookie: a random token (signed with SESSION_SECRET when one is set, so forged
// cookies are refused before any database look-up), HttpOnly, SameSite=Lax, Secure over
// HTTPS, with an expiry; the Session row holds the token's sha256 and the CSRF secret.
import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createSession, deleteSession, findSession, recordLogin } from '../../store/index.ts';
import type { Auth, Deps } from '../context.ts';
import { newToken, sessionIdOf } from './tokens.ts';

export const SESSION_COOKIE = 'habeas_session';

function secure(deps: Deps, request: FastifyRequest): boolean {
  const mode = deps.settings.cookieSecure;
  return mode === 'always' || (mode === 'auto' && request.protocol === 'https');
}

export function cookieOptions(deps: Deps, request: FastifyRequest, expires?: Date) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: secure(deps, request), signed: request.server.hasSessionSecret, ...(expires ? { expires } : {}) };
}

/** The cookie's token, or null when there is none or its signature is wrong. */
function tokenOf(request: FastifyRequest): string | null {
  const value = request.cookies[SESSION_COOKIE];
  if (!value) return null;
  if (!request.server.hasSessionSecret) return value;
  const unsigned = request.unsignCookie(value);
  return unsigned.valid ? unsigned.value : null;
}

export async function loadAuth(deps: Deps, request: FastifyRequest): Promise<Auth | null> {
  const token = tokenOf(request);
  if (!token || token.length > 100) return null;
  const session = await findSession(deps.db, sessionIdOf(token));
  if (!session) return null;
  const { id, email, name, role } = session.user;
  return { user: { id, email, name, role }, sessionId: session.id, csrfToken: session.csrfSecret };
}

export async function startSession(deps: Deps, request: FastifyRequest, reply: FastifyReply, userId: number): Promise<{ csrfToken: string; expiresAt: Date }> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(Date.now() + deps.settings.sessionHours * 3600_000);
  await createSession(deps.db, { id: sessionIdOf(token), userId, csrfSecret: csrfToken, expiresAt, userAgent: request.headers['user-agent'] ?? null });
  await recordLogin(deps.db, userId);
  reply.setCookie(SESSION_COOKIE, token, cookieOptions(deps, request, expiresAt));
  return { csrfToken, expiresAt };
}

export async function endSession(deps: Deps, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (request.auth) await deleteSession(deps.db, request.auth.sessionId);
  reply.clearCookie(SESSION_COOKIE, cookieOptions(deps, request));
}

declare module 'fastify' {
  interface FastifyInstance {
    hasSessionSecret: boolean;
  }
}
