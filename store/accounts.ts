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

/** Changes a user's role, name, password or disabled flag; ends their sessions when access changes. */
export async function updateUser(db: Db, input: { id: number; role?: Role; name?: string | null; disabled?: boolean; passwordHash?: string }) {
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { id: input.id } });
      if (!user) throw new NotFoundError(`store: user ${input.id} does not exist`);
      const { id, ...data } = input;
      const updated = await tx.user.update({ where: { id }, data, select: publicFields });
      const accessChanged = (input.role && input.role !== user.role) || input.disabled === true || input.passwordHash !== undefined;
      if (accessChanged) await tx.session.deleteMany({ where: { userId: id } });
      return updated;
    });
  } catch (cause) {
    throw wrap(`update user ${input.id}`, cause);
  }
}

export async function recordLogin(db: Db, userId: number, at = new Date()) {
  try {
    await db.user.update({ where: { id: userId }, data: { lastLoginAt: at } });
  } catch (cause) {
    throw wrap(`record the login of user ${userId}`, cause);
  }
}
