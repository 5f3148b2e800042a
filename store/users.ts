import type { Db } from './connect.ts';
import { wrap } from './errors.ts';
import type { Role } from './generated/client.ts';

/** Creates a user. The password arrives hashed: hashing belongs to the review app. */
export async function createUser(db: Db, input: { email: string; passwordHash: string; role: Role; name?: string | null }) {
  try {
    return await db.user.create({ data: { email: input.email.trim().toLowerCase(), passwordHash: input.passwordHash, role: input.role, name: input.name ?? null } });
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
