// Admin pages: users and roles, outlets' health and the queues (counts, failed jobs, retry).
import type { FastifyInstance } from 'fastify';
import { digestSchedule, listFailedJobs, queueCounts, retryFailedJobs } from '../../queue/index.ts';
import { createUser, findUserByEmail, listDeliveries, listUserAudit, listUsers, outletHealth, updateUser } from '../../store/index.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { Auth, Deps } from '../context.ts';
import { HttpError, invalidInput } from '../errors.ts';
import { newUserSchema, updateUserSchema } from '../forms.ts';
import { outletsPage, usersPage } from '../views/admin.ts';
import { noticeOf, withDone } from './notices.ts';

export async function addUser(deps: Deps, auth: Auth, input: unknown) {
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  if (await findUserByEmail(deps.db, parsed.data.email)) throw new HttpError(409, `${parsed.data.email} has an account already.`, { email: 'has an account already' });
  const passwordHash = await hashPassword(parsed.data.password);
  return createUser(deps.db, { email: parsed.data.email, name: parsed.data.name ?? null, role: parsed.data.role, passwordHash, actorId: auth.user.id });
}

export async function changeUser(deps: Deps, auth: Auth, id: number, input: unknown) {
  const parsed = updateUserSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  if (id === auth.user.id && (parsed.data.disabled || (parsed.data.role && parsed.data.role !== 'ADMIN'))) {
    throw new HttpError(400, 'You cannot disable yourself or give up your own admin role: ask another admin.');
  }
  return updateUser(deps.db, { id, ...parsed.data, actorId: auth.user.id });
}

export async function queueOverview(deps: Deps) {
  if (!deps.queues) return null;
  try {
    const [counts, failed, digest] = await Promise.all([queueCounts(deps.queues), listFailedJobs(deps.queues, { limit: 20 }), digestSchedule(deps.queues)]);
    return { counts, failed, digest };
  } catch {
    return null; // Redis is down: the page says so instead of failing
  }
}

/** How many user-administration changes the Users page shows. */
const AUDIT_SHOWN = 50;
/** How many digest deliveries the Outlets & queues page shows. */
const DELIVERIES_SHOWN = 10;

export function registerAdmin(app: FastifyInstance, deps: Deps): void {
  const config = { access: 'ADMIN' as const };

  app.get('/admin/users', { config }, async (request, reply) => {
    const notice = noticeOf((request.query as { done?: string }).done);
    return reply.type('text/html; charset=utf-8').send(usersPage(request.auth!, await listUsers(deps.db), await listUserAudit(deps.db, { limit: AUDIT_SHOWN }), { errors: {}, values: {} }, notice).value);
  });

  app.post('/admin/users', { config }, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, string>;
    try {
      const user = await addUser(deps, request.auth!, body);
      return reply.redirect(withDone('/admin/users', 'user-added', user.id), 303);
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      const values = { email: body.email ?? '', name: body.name ?? '', role: body.role ?? '' };
      const errors = Object.keys(error.fields).length ? error.fields : { form: error.message };
      return reply.code(error.status).type('text/html; charset=utf-8').send(usersPage(request.auth!, await listUsers(deps.db), await listUserAudit(deps.db, { limit: AUDIT_SHOWN }), { errors, values }).value);
    }
  });

  app.post('/admin/users/:id', { config }, async (request, reply) => {
    const id = Number((request.params as { id: string }).id);
    const body = { disabled: 'false', ...((request.body ?? {}) as Record<string, string>) };
    await changeUser(deps, request.auth!, id, body);
    return reply.redirect(withDone('/admin/users', 'user-saved', id), 303);
  });

  // Reviewers see the pipeline's health too (read-only): a silent outlet explains an empty inbox.
  app.get('/admin/outlets', { config: { access: 'REVIEWER' } }, async (request, reply) => {
    const [outlets, queues, deliveries] = await Promise.all([outletHealth(deps.db), queueOverview(deps), listDeliveries(deps.db, { take: DELIVERIES_SHOWN })]);
    return reply.type('text/html; charset=utf-8').send(outletsPage(request.auth!, outlets, queues, deliveries, noticeOf((request.query as { done?: string }).done)).value);
  });

  app.post('/admin/queues/retry', { config }, async (_request, reply) => {
    if (!deps.queues) throw new HttpError(503, 'Redis cannot be reached: nothing to retry.');
    const retried = await retryFailedJobs(deps.queues);
    return reply.redirect(withDone('/admin/outlets', 'retried', retried), 303);
  });
}
