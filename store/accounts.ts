// What the admin pages and the login need from users beyond store/users.ts.
import type { Db } from './connect.ts';
import { NotFoundError, wrap } from './errors.ts';
import type { Role } from './generated/client.ts';

const publicFields = { id: true, email: true, name: true, role: true, disabled: true, createdAt: true, lastLoginAt: true } as const;

export async function getUser(db: Db, id: number) {
  try {
    const user = await db.user.findUnique({ where: { id }, select: publicFields });
    if (!user) throw new NotFoundError(`store: user ${id} does not exist`);
    return user;
  } catch (cause) {
    throw wrap(`read user ${id}`, cause);
  }
}

export async function listUsers(db: Db) {
  try {
    return await db.user.findMany({ select: publicFields, orderBy: { email: 'asc' } });
  } catch (cause) {
    throw wrap('list users', cause);
  }
}

export async function countUsers(db: Db, where: { role?: Role } = {}) {
  try {
    return await db.user.count({ where: { ...where, disabled: false } });
  } catch (cause) {
    throw wrap('count users', cause);
  }
}

type UserChange = { id: number; role?: Role; name?: string | null; disabled?: boolean; passwordHash?: string; actorId?: number | null };
type AuditRow = { action: 'CHANGE_ROLE' | 'DISABLE' | 'ENABLE' | 'RENAME' | 'SET_PASSWORD'; before: object | null; after: object | null };

/** One audit row per thing that actually changed; an unchanged field writes nothing. */
function auditRows(user: { role: Role; name: string | null; disabled: boolean }, change: UserChange): AuditRow[] {
  const rows: AuditRow[] = [];
  if (change.role !== undefined && change.role !== user.role) rows.push({ action: 'CHANGE_ROLE', before: { role: user.role }, after: { role: change.role } });
  if (change.disabled !== undefined && change.disabled !== user.disabled) rows.push({ action: change.disabled ? 'DISABLE' : 'ENABLE', before: { disabled: user.disabled }, after: { disabled: change.disabled } });
  if (change.name !== undefined && (change.name ?? null) !== user.name) rows.push({ action: 'RENAME', before: { name: user.name }, after: { name: change.name ?? null } });
  // The hash is a secret too: the trail says that the password changed, never to what.
  if (change.passwordHash !== undefined) rows.push({ action: 'SET_PASSWORD', before: null, after: null });
  return rows;
}

/**
 * Changes a user's role, name, password or disabled flag; ends their sessions when access
 * changes; writes an audit row per change (UserAudit) in the same transaction.
 */
export async function updateUser(db: Db, input: UserChange) {
  try {
    return await db.$transaction(async (tx) => {
      // Locked, so two admins changing one user at once each see the other's result as "before".
      await tx.$queryRaw`select id from "User" where id = ${input.id} for update`;
      const user = await tx.user.findUnique({ where: { id: input.id } });
      if (!user) throw new NotFoundError(`store: user ${input.id} does not exist`);
      const { id, actorId, ...data } = input;
      const updated = await tx.user.update({ where: { id }, data, select: publicFields });
      const accessChanged = (input.role && input.role !== user.role) || input.disabled === true || input.passwordHash !== undefined;
      if (accessChanged) await tx.session.deleteMany({ where: { userId: id } });
      const rows = auditRows(user, input);
      if (rows.length) {
        await tx.userAudit.createMany({
          data: rows.map((row) => ({ action: row.action, userId: id, actorId: actorId ?? null, ...(row.before ? { before: row.before } : {}), ...(row.after ? { after: row.after } : {}) })),
        });
      }
      return updated;
    });
  } catch (cause) {
    throw wrap(`update user ${input.id}`, cause);
  }
}

/** The user-administration trail, newest first: who did what to whom, before and after. */
export async function listUserAudit(db: Db, options: { userId?: number; limit?: number } = {}) {
  try {
    return await db.userAudit.findMany({
      where: options.userId ? { userId: options.userId } : {},
      include: { user: { select: { id: true, email: true } }, actor: { select: { id: true, email: true } } },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: options.limit ?? 100,
    });
  } catch (cause) {
    throw wrap('list the user-administration trail', cause);
  }
}

export async function recordLogin(db: Db, userId: number, at = new Date()) {
  try {
    await db.user.update({ where: { id: userId }, data: { lastLoginAt: at } });
  } catch (cause) {
    throw wrap(`record the login of user ${userId}`, cause);
  }
}
