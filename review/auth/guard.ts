// Every request: who is signed in, whether their role may use the route, and for every
// mutating request whether it carries the session's CSRF token. Routes declare their
// access in config; a route without it is for admins (a forgotten declaration fails closed).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { allows, type Deps } from '../context.ts';
import { errorPage } from '../views/errors.ts';
import { loadAuth } from './session.ts';
import { tokensEqual } from './tokens.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isApi(request: FastifyRequest): boolean {
  return request.url === '/api' || request.url.startsWith('/api/');
}

function refuse(request: FastifyRequest, reply: FastifyReply, status: number, message: string) {
  if (isApi(request)) return reply.code(status).send({ error: message });
  return reply.code(status).type('text/html; charset=utf-8').send(errorPage(request.auth, status, message).value);
}

function csrfTokenOf(request: FastifyRequest): string | undefined {
  const header = request.headers['x-csrf-token'];
  if (typeof header === 'string') return header;
  const body = request.body as Record<string, unknown> | undefined;
  return body && typeof body === 'object' && typeof body._csrf === 'string' ? body._csrf : undefined;
}

export function registerGuard(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    request.auth = await loadAuth(deps, request);
  });
  app.addHook('preHandler', async (request, reply) => {
    const access = request.routeOptions.config?.access ?? 'ADMIN';
    if (access === 'public') return;
    const auth = request.auth;
    if (!auth) {
      if (isApi(request)) return reply.code(401).send({ error: 'sign in first (POST /api/login)' });
      const next = SAFE_METHODS.has(request.method) ? request.url : '/inbox';
      return reply.redirect(`/login?next=${encodeURIComponent(next)}`, 303);
    }
    if (!allows(auth.user.role, access)) {
      return refuse(request, reply, 403, `This needs the ${access.toLowerCase()} role; you are signed in as a ${auth.user.role.toLowerCase()}.`);
    }
    if (!SAFE_METHODS.has(request.method) && !tokensEqual(csrfTokenOf(request), auth.csrfToken)) {
      return refuse(request, reply, 403, 'The form was missing its security token or it is out of date (were you signed out meanwhile?). Reload the page and try again.');
    }
  });
}
