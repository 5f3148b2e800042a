// What every route gets: the store, the queues (when Redis is reachable), the settings, and
// the signed-in user of the request.
import type {} from 'fastify';
import type { Queues } from '../queue/index.ts';
import type { Db, Role } from '../store/index.ts';

export type Access = 'public' | Role;

export type AuthUser = { id: number; email: string; name: string | null; role: Role };
export type Auth = { user: AuthUser; sessionId: string; csrfToken: string };

export type ReviewSettings = {
  /** Secure cookies: 'auto' sets Secure when the request came over HTTPS. */
  cookieSecure: 'auto' | 'always' | 'never';
  sessionHours: number;
  login: { max: number; windowMs: number };
  /** HABEAS_PUBLIC_URL: the base of links in the feeds (never the request's Host header). */
  publicUrl: string;
};

export type Deps = { db: Db; queues: Queues | null; settings: ReviewSettings };

const rank: Record<Role, number> = { VIEWER: 1, REVIEWER: 2, ADMIN: 3 };

export function allows(role: Role, needed: Role): boolean {
  return rank[role] >= rank[needed];
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: Auth | null;
  }
  interface FastifyContextConfig {
    /** Who may call the route; routes without it are for admins only (fail closed). */
    access?: Access;
  }
}
