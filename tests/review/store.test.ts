// The review store functions on both databases: the embedded one is what `habeas serve`
// uses after `habeas demo`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countEventsByStatus, createSession, createUser, deleteExpiredSessions, findSession, listInboxEvents, mergeEvents, splitEvent, type Db,
} from '../../store/index.ts';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../support/databases.ts';
import { seedAll } from './support.ts';

describe.each(databaseKinds)('review store functions on %s', (kind) => {
  let database: TestDatabase;
  let db: Db;
  let seeded: Awaited<ReturnType<typeof seedAll>>;
  let userId: number;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    db = database.store.db;
    seeded = await seedAll(db);
    userId = (await createUser(db, { email: 'r@habeas.test', passwordHash: 'x', role: 'REVIEWER' })).id;
  });
  afterAll(async () => database?.drop());

  it('lists the inbox in review order with counts', async () => {
    const { rows, total } = await listInboxEvents(db, { status: 'PENDING', page: 1, pageSize: 10 });
    expect(total).toBe(7);
    expect(rows[0]!.corroboration).toBe(2);
    expect(rows[0]!.candidates[0]!.article.outlet?.name).toBe('Caspian Herald');
    expect(await countEventsByStatus(db, { type: 'RELEASE' })).toEqual({ PENDING: 2, CONFIRMED: 0, REJECTED: 0, MERGED: 0 });
  });

  it('merges and splits with row locks, keeping every candidate and writing audit rows in the same transaction', async () => {
    const candidates = await db.candidate.count();
    const source = seeded['release-b']!.eventIds[0]!;
    const target = seeded['release-a']!.eventIds[0]!;
    const merged = await mergeEvents(db, { sourceId: source, targetId: target, userId, expectedVersion: 1 });
    expect(merged.target.candidates).toHaveLength(2);
    await expect(mergeEvents(db, { sourceId: source, targetId: target, userId })).rejects.toThrow(/merged; only pending or confirmed/);
    const split = await splitEvent(db, { eventId: target, candidateIds: seeded['release-b']!.candidateIds, personIds: [], userId, expectedVersion: merged.target.version });
    expect(split.created.candidates.map((c) => c.id)).toEqual(seeded['release-b']!.candidateIds);
    await expect(splitEvent(db, { eventId: target, candidateIds: [seeded['release-a']!.candidateIds[0]!], personIds: [], userId, expectedVersion: 1 })).rejects.toThrow(/changed since it was opened/);
    expect(await db.candidate.count()).toBe(candidates);
    const actions = await db.reviewDecision.findMany({ orderBy: { id: 'asc' }, select: { action: true, eventId: true } });
    expect(actions).toEqual([
      { action: 'MERGE', eventId: source }, { action: 'MERGE', eventId: target },
      { action: 'SPLIT', eventId: target }, { action: 'SPLIT', eventId: split.created.id },
    ]);
  });

  it('finds a live session, and forgets expired ones', async () => {
    await createSession(db, { id: 'a'.repeat(64), userId, csrfSecret: 'c', expiresAt: new Date(Date.now() + 60_000) });
    await createSession(db, { id: 'b'.repeat(64), userId, csrfSecret: 'c', expiresAt: new Date(Date.now() - 60_000) });
    expect((await findSession(db, 'a'.repeat(64)))?.user.role).toBe('REVIEWER');
    expect(await findSession(db, 'b'.repeat(64))).toBeNull();
    expect(await deleteExpiredSessions(db)).toBe(0); // the expired one went when it was looked up
    expect(await db.session.count()).toBe(1);
  });
});
