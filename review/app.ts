// The review app: Fastify with cookies, forms, security headers, rate-limited login, the
// role and CSRF guard, the pages, the JSON API and the queue dashboard.
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import qs from 'node:querystring';
import type { Queues } from '../queue/index.ts';
import type { Db } from '../store/index.ts';
import { registerGuard, isApi } from './auth/guard.ts';
import type { Deps, ReviewSettings } from './context.ts';
import { toHttpError } from './errors.ts';
import { registerAdmin } from './routes/admin.ts';
import { registerApi } from './routes/api.ts';
import { registerAuth } from './routes/auth.ts';
import { registerEventPages } from './routes/events.ts';
import { registerFeeds } from './routes/feeds.ts';
import { registerInbox } from './routes/inbox.ts';
import { registerPeople } from './routes/people.ts';
import { registerQueueBoard } from './routes/queues.ts';
import { registerSnapshots } from './routes/snapshots.ts';
import { registerStatic } from './routes/static.ts';
import { registerWatchlists } from './routes/watchlists.ts';
import { errorPage } from './views/errors.ts';

export type ReviewAppOptions = {
  db: Db;
  /** The pipeline's queues, for counts and the dashboard; null when Redis is not in use. */
  queues?: Queues | null;
  /** SESSION_SECRET: when set, session cookies are signed. */
  sessionSecret?: string | undefined;
  cookieSecure?: ReviewSettings['cookieSecure'];
  /** Behind a reverse proxy that sets X-Forwarded-Proto / -For. */
  trustProxy?: boolean;
  sessionHours?: number;
  login?: Partial<ReviewSettings['login']>;
  /** HABEAS_PUBLIC_URL, for links in the feeds. */
  publicUrl?: string;
  logger?: boolean | object;
};

export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameSrc: ["'self'"],
};

export async function buildReviewApp(options: ReviewAppOptions): Promise<FastifyInstance> {
  const settings: ReviewSettings = {
    cookieSecure: options.cookieSecure ?? 'auto',
    sessionHours: options.sessionHours ?? 12,
    login: { max: options.login?.max ?? 10, windowMs: options.login?.windowMs ?? 15 * 60_000 },
    publicUrl: options.publicUrl ?? 'http://127.0.0.1:3000',
  };
  const deps: Deps = { db: options.db, queues: options.queues ?? null, settings };
  const app = Fastify({ logger: options.logger ?? false, trustProxy: options.trustProxy ?? false, bodyLimit: 256 * 1024 });

  app.decorate('hasSessionSecret', Boolean(options.sessionSecret));
  await app.register(cookie, options.sessionSecret ? { secret: options.sessionSecret } : {});
  // Repeated fields (charges=a&charges=b) become arrays, as the zod schemas expect.
  await app.register(formbody, { parser: (body) => qs.parse(body) });
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => ({ statusCode: 429, message: `Too many sign-in attempts: wait ${Math.ceil(context.ttl / 1000)} s and try again.` }),
  });

  registerGuard(app, deps);

  app.setErrorHandler(async (error, request, reply) => {
    const http = toHttpError(error);
    const status = http?.status ?? ((error as { statusCode?: number }).statusCode && (error as { statusCode: number }).statusCode < 500 ? (error as { statusCode: number }).statusCode : 500);
    const message = http?.message ?? (status < 500 ? (error as Error).message : 'Something went wrong on our side; it is logged. Try again, and tell an admin if it goes on.');
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    if (isApi(request)) return reply.code(status).send({ error: message, ...(http && Object.keys(http.fields).length ? { fields: http.fields } : {}) });
    return reply.code(status).type('text/html; charset=utf-8').send(errorPage(request.auth, status, message).value);
  });
  app.setNotFoundHandler({ preHandler: async () => {} }, async (request, reply) => {
    if (isApi(request)) return reply.code(404).send({ error: 'not found' });
    return reply.code(404).type('text/html; charset=utf-8').send(errorPage(request.auth, 404, 'There is nothing at this address.').value);
  });

  registerStatic(app);
  registerAuth(app, deps);
  registerInbox(app, deps);
  registerEventPages(app, deps);
  registerPeople(app, deps);
  registerSnapshots(app, deps);
  registerAdmin(app, deps);
  registerFeeds(app, deps);
  registerWatchlists(app, deps);
  registerApi(app, deps);
  if (deps.queues) await registerQueueBoard(app, deps.queues);
  return app;
}
