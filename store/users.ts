import type { Db } from './connect.ts';
import { wrap } from './errors.ts';
import type { Role } from './generated/client.ts';

/**
 * Creates a user and its ADD_USER audit row in one transaction. The password arrives hashed:
 * hashing belongs to the review app. actorId is the admin who added them (null from the CLI).
 */
export async function createUser(db: Db, input: { email: string; passwordHash: string; role: Role; name?: string | null; actorId?: number | null }) {
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email: input.email.trim().toLowerCase(), passwordHash: input.passwordHash, role: input.role, name: input.name ?? null } });
      await tx.userAudit.create({ data: { action: 'ADD_USER', userId: user.id, actorId: input.actorId ?? null, after: { email: user.email, name: user.name, role: user.role } } });
      return user;
    });
  } catch (cause) {
    throw wrap(`create user ${input.email}`, cause);
  }
}

export async function findUserByEmail(db: Db, email: string) {
  try {
    return await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  } catch (cause) {
    throw wrap(`look up user ${email}`, cause);
  }
}
