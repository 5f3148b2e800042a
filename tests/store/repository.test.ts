import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addSnapshot, confirmEvent, ConflictError, createUser, editEvent, ensurePerson, findExistingUrls, findPeopleByAlias, getEvent,
  groupCandidate, latestSnapshot, recordCandidates, rejectEvent, saveParsedArticle, upsertArticle, upsertOutlet, addAlias, mergePeople,
  type CandidateInput, type Db,
} from '../../store/index.ts';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../support/databases.ts';

function candidate(slots: Partial<CandidateInput>): CandidateInput {
  return {
    type: 'ARREST', date: null, people: [], count: null, charges: [], termMonths: null,
    evidence: [{ start: 0, end: 10, quote: 'was arrested' }], ruleIds: ['test-rule'], confidence: 0.8, ...slots,
  };
}

async function article(db: Db, url: string, text: string) {
  const { article } = await upsertArticle(db, { canonicalUrl: url, outletId: 'fixture-outlet' });
  await saveParsedArticle(db, article.id, { parseStatus: 'PARSED', text, title: url });
  return article.id;
}

describe.each(databaseKinds)('store repository on %s', (kind) => {
  let database: TestDatabase;
  let db: Db;
  let reviewerId: number;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    db = database.store.db;
    await upsertOutlet(db, { id: 'fixture-outlet', name: 'Fixture Outlet', homepage: 'http://127.0.0.1/', config: {} });
    reviewerId = (await createUser(db, { email: 'Reviewer@Example.org', passwordHash: 'x', role: 'REVIEWER' })).id;
  });
  afterAll(async () => database?.drop());

  it('upserts an article by canonical URL: the second call returns the same row', async () => {
    const first = await upsertArticle(db, { canonicalUrl: 'https://news.example/a1', outletId: 'fixture-outlet' });
    const second = await upsertArticle(db, { canonicalUrl: 'https://news.example/a1', outletId: 'fixture-outlet' });
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.article.id).toBe(first.article.id);
    expect(await findExistingUrls(db, ['https://news.example/a1', 'https://news.example/other'])).toEqual(new Set(['https://news.example/a1']));
  });

  it('stores a snapshot compressed with its hash, and the same bytes only once', async () => {
    const { article } = await upsertArticle(db, { canonicalUrl: 'https://news.example/snap' });
    const body = Buffer.from('<html><body>' + 'Ä wrong-encoding-proof body '.repeat(200) + '</body></html>', 'utf8');
    const input = { articleId: article.id, requestUrl: 'https://news.example/snap?utm_source=x', finalUrl: 'https://news.example/snap', status: 200, headers: { 'content-type': 'text/html' }, contentType: 'text/html', body };
    const first = await addSnapshot(db, input);
    const again = await addSnapshot(db, input);
    expect(first.created).toBe(true);
    expect(again.created).toBe(false);
    expect(first.snapshot.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(first.snapshot.body.length).toBeLessThan(body.length / 4);
    const latest = await latestSnapshot(db, article.id);
    expect(latest?.raw.equals(body)).toBe(true);
    const changed = await addSnapshot(db, { ...input, body: Buffer.from('<html>updated</html>') });
    expect(changed.created).toBe(true);
  });

  it('records candidates idempotently: re-running the same extractor version changes nothing', async () => {
    const articleId = await article(db, 'https://news.example/cand', 'Journalist Leyla Mammadli was arrested on 3 May.');
    const found = [candidate({ people: ['Leyla Mammadli'], date: '2024-05-03' })];
    const first = await recordCandidates(db, articleId, 'v1', found);
    const second = await recordCandidates(db, articleId, 'v1', found);
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(await db.candidate.count({ where: { articleId } })).toBe(1);
    const empty = await article(db, 'https://news.example/no-events', 'Weather report.');
    await recordCandidates(db, empty, 'v1', []);
    expect((await recordCandidates(db, empty, 'v1', [])).created).toBe(false);
  });

  it('keeps older candidates, marked superseded, when a newer extractor version runs', async () => {
    const articleId = await article(db, 'https://news.example/versions', 'text');
    await recordCandidates(db, articleId, 'v1', [candidate({ people: ['Anar Guliyev'] })]);
    await recordCandidates(db, articleId, 'v2', [candidate({ people: ['Anar Guliyev'], date: '2024-01' })]);
    const rows = await db.candidate.findMany({ where: { articleId }, orderBy: { id: 'asc' } });
    expect(rows.map((row) => [row.extractorVersion, row.supersededAt === null])).toEqual([['v1', false], ['v2', true]]);
  });

  it('groups the same arrest reported by two outlets into one pending event with two sources', async () => {
    const a = await article(db, 'https://one.example/story', 'Activist Tural Hasanov was detained in Baku on Monday.');
    const b = await article(db, 'https://two.example/story', 'Police detained activist Tural Hasanov, his lawyer said.');
    const [ca] = (await recordCandidates(db, a, 'v1', [candidate({ people: ['Tural Hasanov'], date: '2024-06-10', charges: ['hooliganism'] })])).candidates;
    const [cb] = (await recordCandidates(db, b, 'v1', [candidate({ people: ['Tural Həsənov'], date: '2024-06' })])).candidates;
    const first = await groupCandidate(db, ca!.id);
    const second = await groupCandidate(db, cb!.id);
    expect(first.created).toBe(true);
    expect(second).toEqual({ eventId: first.eventId, created: false });
    expect(await groupCandidate(db, cb!.id)).toEqual({ eventId: first.eventId, created: false });
    const event = await getEvent(db, first.eventId);
    expect(event.status).toBe('PENDING');
    expect(event.corroboration).toBe(2);
    expect(event.date).toBe('2024-06-10');
    expect(event.people.map((link) => link.person.name)).toEqual(['Tural Hasanov']);
  });

  it('counts syndicated copies of one text as a single source', async () => {
    const text = 'Blogger Samir Novruzlu was sentenced to five years in prison.';
    const ids = [await article(db, 'https://wire.example/x', text), await article(db, 'https://copy.example/x', `  ${text}\n`)];
    let eventId = 0;
    for (const id of ids) {
      const [row] = (await recordCandidates(db, id, 'v1', [candidate({ type: 'SENTENCE', people: ['Samir Novruzlu'], termMonths: 60 })])).candidates;
      eventId = (await groupCandidate(db, row!.id)).eventId;
    }
    expect((await getEvent(db, eventId)).corroboration).toBe(1);
  });

  it('keeps events of different types or different dates apart', async () => {
    const a = await article(db, 'https://one.example/two-events', 'x');
    const rows = (await recordCandidates(db, a, 'v1', [
      candidate({ type: 'ARREST', people: ['Nigar Aliyeva'], date: '2023-01-05' }),
      candidate({ type: 'SENTENCE', people: ['Nigar Aliyeva'], date: '2023-09-01', termMonths: 24 }),
      candidate({ type: 'ARREST', people: ['Nigar Aliyeva'], date: '2023-11-20' }),
    ])).candidates;
    const events = new Set<number>();
    for (const row of rows) events.add((await groupCandidate(db, row.id)).eventId);
    expect(events.size).toBe(3);
  });

  it('confirms an event after edits, writing the change and its audit rows in one transaction', async () => {
    const id = await article(db, 'https://one.example/confirm', 'x');
    const [row] = (await recordCandidates(db, id, 'v1', [candidate({ type: 'DETENTION', people: ['Kamran Ismayilov'], date: '2024-02' })])).candidates;
    const { eventId } = await groupCandidate(db, row!.id);
    const event = await getEvent(db, eventId);
    const confirmed = await confirmEvent(db, { eventId, userId: reviewerId, expectedVersion: event.version, edits: { date: '2024-02-14', charges: ['smuggling'] } });
    expect(confirmed.status).toBe('CONFIRMED');
    expect(confirmed.date).toBe('2024-02-14');
    expect(confirmed.datePrecision).toBe('DAY');
    const trail = await db.reviewDecision.findMany({ where: { eventId }, orderBy: { id: 'asc' } });
    expect(trail.map((d) => d.action)).toEqual(['EDIT', 'CONFIRM']);
    expect(trail[0]?.before).toMatchObject({ date: '2024-02', charges: [] });
    expect(trail[0]?.after).toMatchObject({ date: '2024-02-14', charges: ['smuggling'] });
    expect(trail.every((d) => d.userId === reviewerId)).toBe(true);
  });

  it('refuses an impossible date and leaves both the event and the audit trail untouched', async () => {
    const id = await article(db, 'https://one.example/bad-date', 'x');
    const [row] = (await recordCandidates(db, id, 'v1', [candidate({ type: 'CHARGE', people: ['Orkhan Babayev'] })])).candidates;
    const { eventId } = await groupCandidate(db, row!.id);
    await expect(confirmEvent(db, { eventId, userId: reviewerId, edits: { date: '2015-02-30' } })).rejects.toThrow(/not a date/);
    const event = await getEvent(db, eventId);
    expect(event.status).toBe('PENDING');
    expect(event.date).toBeNull();
    expect(await db.reviewDecision.count({ where: { eventId } })).toBe(0);
  });

  it('refuses a decision taken on a stale version, and a second decision on a decided event', async () => {
    const id = await article(db, 'https://one.example/race', 'x');
    const [row] = (await recordCandidates(db, id, 'v1', [candidate({ type: 'RELEASE', people: ['Gulnara Mehdiyeva'] })])).candidates;
    const { eventId } = await groupCandidate(db, row!.id);
    const seen = (await getEvent(db, eventId)).version;
    await editEvent(db, { eventId, userId: reviewerId, expectedVersion: seen, edits: { date: '2024-03-01' } });
    await expect(rejectEvent(db, { eventId, userId: reviewerId, expectedVersion: seen, reason: 'duplicate' })).rejects.toBeInstanceOf(ConflictError);
    const rejected = await rejectEvent(db, { eventId, userId: reviewerId, reason: 'not a release: transfer between prisons' });
    expect(rejected.status).toBe('REJECTED');
    expect(rejected.rejectReason).toMatch(/transfer/);
    await expect(confirmEvent(db, { eventId, userId: reviewerId })).rejects.toBeInstanceOf(ConflictError);
    expect((await db.reviewDecision.findMany({ where: { eventId }, orderBy: { id: 'asc' } })).map((d) => d.action)).toEqual(['EDIT', 'REJECT']);
  });

  it('finds a person by any alias, across spellings and transliterations', async () => {
    const person = await ensurePerson(db, 'Khadija Ismayilova');
    await addAlias(db, { personId: person.id, alias: 'Xədicə İsmayılova', userId: reviewerId });
    for (const spelling of ['Khadija Ismailova', 'KHADIJA ISMAYILOVA', 'Xədicə İsmayılova', 'Hadija Ismayilova']) {
      expect((await findPeopleByAlias(db, spelling)).map((p) => p.id), spelling).toEqual([person.id]);
    }
    expect(await findPeopleByAlias(db, 'Ismayilova')).toEqual([]);
    expect((await ensurePerson(db, 'Khadija Ismailova')).id).toBe(person.id);
  });

  it('merges two people: aliases and events move to the one kept', async () => {
    const keep = await ensurePerson(db, 'Bakhtiyar Hajiyev');
    const other = await ensurePerson(db, 'Bahtiar Gadzhiev');
    const id = await article(db, 'https://one.example/merge-person', 'x');
    const [row] = (await recordCandidates(db, id, 'v1', [candidate({ type: 'ARREST', people: ['Bahtiar Gadzhiev'], date: '2019-02' })])).candidates;
    const { eventId } = await groupCandidate(db, row!.id);
    const merged = await mergePeople(db, { keepId: keep.id, mergeId: other.id, userId: reviewerId });
    expect(merged.aliases.map((a) => a.alias).sort()).toEqual(['Bahtiar Gadzhiev', 'Bakhtiyar Hajiyev']);
    expect((await getEvent(db, eventId)).people.map((link) => link.personId)).toEqual([keep.id]);
    expect(await db.person.findUnique({ where: { id: other.id } })).toBeNull();
  });
});
