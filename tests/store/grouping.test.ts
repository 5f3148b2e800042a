// Grouping candidates into events, an article at a time (store/grouping.ts), on both
// databases; and on PostgreSQL, many groupers at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldName } from '../../core/index.ts';
import { addAlias, confirmEvent, ensurePerson, getEvent, groupCandidates, recordCandidates, rejectEvent, saveParsedArticle, upsertArticle, type CandidateInput, type Db } from '../../store/index.ts';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../support/databases.ts';

function candidate(slots: Partial<CandidateInput>): CandidateInput {
  return { type: 'ARREST', date: null, people: [], count: null, charges: [], termMonths: null, evidence: [{ start: 0, end: 5, quote: 'held' }], ruleIds: ['test'], confidence: 0.7, ...slots };
}

let articles = 0;
async function recorded(db: Db, found: CandidateInput[], text = `article ${++articles}`) {
  const { article } = await upsertArticle(db, { canonicalUrl: `https://grouping.example/${++articles}` });
  await saveParsedArticle(db, article.id, { parseStatus: 'PARSED', text });
  return (await recordCandidates(db, article.id, 'v1', found)).candidates.map((row) => row.id);
}

describe.each(databaseKinds)('grouping an article at a time on %s', (kind) => {
  let database: TestDatabase;
  let db: Db;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    db = database.store.db;
  });
  afterAll(async () => database?.drop());

  it("puts an article's candidates into events in one call: a later candidate joins the event an earlier one opened", async () => {
    const ids = await recorded(db, [
      candidate({ type: 'ARREST', people: ['Ilkin Rustamzade'], date: '2024-05' }),
      candidate({ type: 'SENTENCE', people: ['Ilkin Rustamzade'], termMonths: 96 }),
      candidate({ type: 'ARREST', people: ['ILKIN RUSTAMZADE', 'Giyas Ibrahimov'], date: '2024-05-12', charges: ['hooliganism'] }),
    ]);
    const grouped = await groupCandidates(db, ids);
    expect(grouped.map((g) => g.candidateId)).toEqual(ids);
    expect(grouped.map((g) => g.created)).toEqual([true, true, false]);
    expect(grouped[2]!.eventId).toBe(grouped[0]!.eventId);
    const arrest = await getEvent(db, grouped[0]!.eventId);
    // The joining candidate filled what the event lacked: the day, the charge, the second person.
    expect(arrest).toMatchObject({ date: '2024-05-12', datePrecision: 'DAY', charges: ['hooliganism'], corroboration: 1, status: 'PENDING' });
    expect(arrest.dateStart?.toISOString()).toBe('2024-05-12T00:00:00.000Z');
    // Timestamps written by SQL are UTC, as Prisma's own are, whatever the server's time zone.
    expect(Math.abs(arrest.updatedAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(Math.abs(arrest.candidates[0]!.article.extractedAt!.getTime() - Date.now())).toBeLessThan(60_000);
    expect(arrest.people.map((link) => link.person.name).sort()).toEqual(['Giyas Ibrahimov', 'Ilkin Rustamzade']);
    expect(arrest.candidates.map((c) => c.id)).toEqual([ids[0], ids[2]]);
    // One person for both spellings; the second spelling folds alike, so no alias row of its own.
    expect(await db.person.count({ where: { folded: foldName('Ilkin Rustamzade') } })).toBe(1);
    // Again: nothing changes.
    expect(await groupCandidates(db, ids)).toEqual(grouped.map((g) => ({ ...g, created: false })));
    expect((await getEvent(db, grouped[0]!.eventId)).updatedAt).toEqual(arrest.updatedAt);
  });

  it("joins an event through a reviewer's alias that folds differently from the name", async () => {
    const [first] = await recorded(db, [candidate({ type: 'DETENTION', people: ['Bakhtiyar Hajiyev'], date: '2023-03' })]);
    const { eventId } = (await groupCandidates(db, [first!]))[0]!;
    const person = await ensurePerson(db, 'Bakhtiyar Hajiyev');
    await addAlias(db, { personId: person.id, alias: 'Bahtiar Gadzhiev' });
    const [second] = await recorded(db, [candidate({ type: 'DETENTION', people: ['Bahtiar Gadzhiev'], date: '2023-03-02' })], 'another text');
    expect(await groupCandidates(db, [second!])).toEqual([{ candidateId: second, eventId, created: false }]);
    const event = await getEvent(db, eventId);
    expect(event.people.map((link) => link.personId)).toEqual([person.id]);
    expect(event.corroboration).toBe(2);
  });

  it('groups reports without names by their count, and keeps different counts apart', async () => {
    const a = await recorded(db, [candidate({ type: 'AMNESTY', count: 154, date: '2025-05' })]);
    const b = await recorded(db, [candidate({ type: 'AMNESTY', count: 154 })], 'a second report');
    const c = await recorded(db, [candidate({ type: 'AMNESTY', count: 37, date: '2025-05' })], 'a third report');
    const [ga, gb, gc] = [...(await groupCandidates(db, a)), ...(await groupCandidates(db, b)), ...(await groupCandidates(db, c))];
    expect(gb!.eventId).toBe(ga!.eventId);
    expect(gc!.eventId).not.toBe(ga!.eventId);
    expect((await getEvent(db, ga!.eventId)).corroboration).toBe(2);
  });

  it('adds a source to a confirmed event without changing its slots', async () => {
    const [first] = await recorded(db, [candidate({ type: 'RELEASE', people: ['Afgan Sadigov'], date: '2024-08' })]);
    const { eventId } = (await groupCandidates(db, [first!]))[0]!;
    await db.event.update({ where: { id: eventId }, data: { status: 'CONFIRMED' } });
    const [second] = await recorded(db, [candidate({ type: 'RELEASE', people: ['Afgan Sadigov', 'Someone Else'], date: '2024-08-20', charges: ['extortion'] })], 'release text');
    expect((await groupCandidates(db, [second!]))[0]!.eventId).toBe(eventId);
    const event = await getEvent(db, eventId);
    expect(event).toMatchObject({ status: 'CONFIRMED', date: '2024-08', charges: [], corroboration: 2 });
    expect(event.people).toHaveLength(1);
  });

  it("leaves reviewers' decisions as they were when a new extractor version finds the same things again", async () => {
    const { article } = await upsertArticle(db, { canonicalUrl: 'https://grouping.example/reextracted' });
    await saveParsedArticle(db, article.id, { parseStatus: 'PARSED', text: 'a re-extracted article' });
    const wrong = candidate({ type: 'RELEASE', people: ['Tofig Yagublu'], date: '2025-01' });
    const right = candidate({ type: 'SENTENCE', people: ['Tofig Yagublu'], termMonths: 108 });
    const v1 = (await recordCandidates(db, article.id, 'v1', [wrong, right])).candidates.map((c) => c.id);
    const [rejected, confirmed] = (await groupCandidates(db, v1)).map((g) => g.eventId) as [number, number];
    await rejectEvent(db, { eventId: rejected, userId: null, reason: 'not a release: a transfer' });
    await confirmEvent(db, { eventId: confirmed, userId: null });
    // v2 finds both again, unchanged, and one new thing.
    const fresh = candidate({ type: 'ARREST', people: ['Tofig Yagublu'], date: '2023-12' });
    const v2 = (await recordCandidates(db, article.id, 'v2', [right, wrong, fresh])).candidates.map((c) => c.id);
    const grouped = await groupCandidates(db, v2);
    expect(grouped.map((g) => g.eventId).slice(0, 2)).toEqual([confirmed, rejected]);
    expect(grouped[2]!.created).toBe(true);
    expect((await getEvent(db, rejected)).status).toBe('REJECTED');
    expect(await getEvent(db, confirmed)).toMatchObject({ status: 'CONFIRMED', corroboration: 1 });
    // A finding the new version changes is a new finding: it is grouped as any other.
    const changed = (await recordCandidates(db, article.id, 'v3', [{ ...wrong, date: '2025-01-14' }])).candidates.map((c) => c.id);
    const [again] = await groupCandidates(db, changed);
    expect(again!.eventId).not.toBe(rejected);
    expect((await getEvent(db, again!.eventId)).status).toBe('PENDING');
  });

  it('names a candidate that does not exist', async () => {
    await expect(groupCandidates(db, [987_654])).rejects.toThrow(/candidate 987654 does not exist/);
  });
});

describe('many groupers at once on PostgreSQL', () => {
  let database: TestDatabase;
  let db: Db;
  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    db = database.store.db;
  });
  afterAll(async () => database?.drop());

  it('opens one event and one person per name however the articles race', { timeout: 60_000 }, async () => {
    // Every article names Leyla Yunus with one other person, in both orders, some twice.
    const others = ['Arif Yunus', 'Intigam Aliyev', 'Rasul Jafarov', 'Anar Mammadli', 'Emin Huseynov', 'Hasan Huseynli'];
    const batches: number[][] = [];
    for (let i = 0; i < 24; i++) {
      const other = others[i % others.length]!;
      const people = i % 2 ? ['Leyla Yunus', other] : [other, 'LEYLA YUNUS'];
      batches.push(await recorded(db, [candidate({ type: 'CHARGE', people, date: '2014-08', charges: i % 3 ? ['treason'] : ['tax evasion'] }), candidate({ type: 'ARREST', people: [other], date: '2014-07' })], `race ${i}`));
    }
    const results = await Promise.all(batches.map((ids) => groupCandidates(db, ids)));
    const charges = new Set(results.map((grouped) => grouped[0]!.eventId));
    expect(charges.size).toBe(1);
    const charge = await getEvent(db, [...charges][0]!);
    // Whichever spelling came first names the person.
    expect(charge.people.map((link) => link.person.folded).sort()).toEqual([...others, 'Leyla Yunus'].map(foldName).sort());
    expect(charge.charges).toEqual(['tax evasion', 'treason']);
    expect(charge.corroboration).toBe(24);
    // One ARREST event per other person, and exactly one Person row per name.
    expect(new Set(results.map((grouped) => grouped[1]!.eventId)).size).toBe(others.length);
    for (const name of [...others, 'Leyla Yunus']) expect(await db.person.count({ where: { folded: foldName(name) } }), name).toBe(1);
  });
});
