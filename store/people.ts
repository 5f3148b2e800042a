import { foldName } from '../core/index.ts';
import type { Db } from './connect.ts';
import { NotFoundError, wrap } from './errors.ts';
import type { Prisma } from './generated/client.ts';

type Tx = Prisma.TransactionClient | Db;

/** People whose name or any alias folds to the same form as `name`. */
export async function findPeopleByAlias(db: Tx, name: string) {
  const folded = foldName(name);
  if (!folded) return [];
  try {
    return await db.person.findMany({
      where: { OR: [{ folded }, { aliases: { some: { folded } } }] },
      include: { aliases: true },
      orderBy: { id: 'asc' },
    });
  } catch (cause) {
    throw wrap(`look up person ${JSON.stringify(name)}`, cause);
  }
}

/**
 * The person a name refers to, created when no name or alias matches. Where two people
 * share a spelling the oldest wins: a reviewer splits them by hand (people page).
 */
export async function ensurePerson(db: Tx, name: string) {
  const [existing] = await findPeopleByAlias(db, name);
  if (existing) {
    if (!existing.aliases.some((alias) => alias.alias === name)) {
      // Keep each spelling as written, so the people page shows every variant seen.
      await db.personAlias.upsert({
        where: { personId_folded: { personId: existing.id, folded: foldName(name) } },
        create: { personId: existing.id, alias: name, folded: foldName(name) },
        update: {},
      });
    }
    return existing;
  }
  try {
    return await db.person.create({
      data: { name, folded: foldName(name), aliases: { create: { alias: name, folded: foldName(name) } } },
      include: { aliases: true },
    });
  } catch (cause) {
    throw wrap(`create person ${JSON.stringify(name)}`, cause);
  }
}

/** Adds a spelling to a person, with its audit row, in one transaction. */
export async function addAlias(db: Db, input: { personId: number; alias: string; userId?: number | null }) {
  const folded = foldName(input.alias);
  try {
    return await db.$transaction(async (tx) => {
      const person = await tx.person.findUnique({ where: { id: input.personId } });
      if (!person) throw new NotFoundError(`store: person ${input.personId} does not exist`);
      const alias = await tx.personAlias.upsert({
        where: { personId_folded: { personId: input.personId, folded } },
        create: { personId: input.personId, alias: input.alias, folded },
        update: {},
      });
      await tx.reviewDecision.create({
        data: { action: 'ADD_ALIAS', personId: input.personId, userId: input.userId ?? null, after: { alias: input.alias } },
      });
      return alias;
    });
  } catch (cause) {
    throw wrap(`add alias ${JSON.stringify(input.alias)} to person ${input.personId}`, cause);
  }
}

/** Folds person `mergeId` into `keepId`: aliases and events move, the merged row goes. */
export async function mergePeople(db: Db, input: { keepId: number; mergeId: number; userId?: number | null }) {
  if (input.keepId === input.mergeId) throw new NotFoundError('store: cannot merge a person into itself');
  try {
    return await db.$transaction(async (tx) => {
      // One query at a time: a transaction is one connection.
      const keep = await tx.person.findUnique({ where: { id: input.keepId }, include: { aliases: true } });
      const merge = await tx.person.findUnique({ where: { id: input.mergeId }, include: { aliases: true, events: true, watchlists: true } });
      if (!keep || !merge) throw new NotFoundError(`store: person ${keep ? input.mergeId : input.keepId} does not exist`);
      for (const alias of merge.aliases) {
        await tx.personAlias.upsert({
          where: { personId_folded: { personId: keep.id, folded: alias.folded } },
          create: { personId: keep.id, alias: alias.alias, folded: alias.folded },
          update: {},
        });
      }
      for (const link of merge.events) {
        await tx.eventPerson.upsert({
          where: { eventId_personId: { eventId: link.eventId, personId: keep.id } },
          create: { eventId: link.eventId, personId: keep.id },
          update: {},
        });
      }
      for (const link of merge.watchlists) {
        await tx.watchlistPerson.upsert({
          where: { watchlistId_personId: { watchlistId: link.watchlistId, personId: keep.id } },
          create: { watchlistId: link.watchlistId, personId: keep.id },
          update: {},
        });
      }
      // The fuller spelling becomes the display name.
      const name = merge.name.length > keep.name.length ? merge.name : keep.name;
      await tx.person.update({ where: { id: keep.id }, data: { name, folded: foldName(name) } });
      await tx.person.delete({ where: { id: merge.id } });
      await tx.reviewDecision.create({
        data: {
          action: 'MERGE_PERSON',
          personId: keep.id,
          userId: input.userId ?? null,
          before: { kept: { id: keep.id, name: keep.name }, merged: { id: merge.id, name: merge.name, aliases: merge.aliases.map((a) => a.alias) } },
          after: { id: keep.id, name },
        },
      });
      return tx.person.findUniqueOrThrow({ where: { id: keep.id }, include: { aliases: true } });
    });
  } catch (cause) {
    throw wrap(`merge person ${input.mergeId} into ${input.keepId}`, cause);
  }
}
