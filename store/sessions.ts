// Login sessions. The cookie holds a random token; the table holds only its sha256 (the id),
// so a copy of the database cannot be replayed as a login. Hashing the token is the review
// app's job: the store sees ids only.
import type { Db } from './connect.ts';
import { wrap } from './errors.ts';

export type SessionInput = { id: string; userId: number; csrfSecret: string; expiresAt: Date; userAgent?: string | null };

export async function createSession(db: Db, input: SessionInput) {
  try {
    return await db.session.create({ data: { ...input, userAgent: input.userAgent?.slice(0, 300) ?? null } });
  } catch (cause) {
    throw wrap(`create a session for user ${input.userId}`, cause);
  }
}

/** The live session with this id and its user, or null (expired sessions and disabled users count as none). */
export async function findSession(db: Db, id: string, now = new Date()) {
  try {
    const session = await db.session.findUnique({
      where: { id },
      include: { user: { select: { id: true, email: true, name: true, role: true, disabled: true } } },
    });
    if (!session) return null;
    if (session.expiresAt <= now || session.user.disabled) {
      await db.session.deleteMany({ where: { id } });
      return null;
    }
    return session;
  } catch (cause) {
    throw wrap('look up a session', cause);
  }
}

export async function deleteSession(db: Db, id: string) {
  try {
    await db.session.deleteMany({ where: { id } });
  } catch (cause) {
    throw wrap('delete a session', cause);
  }
}

/** Ends every session of a user (disabled, role changed, password reset). */
export async function deleteUserSessions(db: Db, userId: number) {
  try {
    return (await db.session.deleteMany({ where: { userId } })).count;
  } catch (cause) {
    throw wrap(`end the sessions of user ${userId}`, cause);
  }
}

export async function deleteExpiredSessions(db: Db, now = new Date()) {
  try {
    return (await db.session.deleteMany({ where: { expiresAt: { lte: now } } })).count;
  } catch (cause) {
    throw wrap('delete expired sessions', cause);
  }
}
