import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, form, login, startHarness, type ReviewHarness, type Session } from './support.ts';

let h: ReviewHarness;
let reviewer: Session;
let second: Session;

beforeAll(async () => {
  h = await startHarness();
  reviewer = await login(h.app, 'REVIEWER');
  second = await login(h.app, 'ADMIN');
});
afterAll(async () => h?.close());

const event = (id: number) => h.db.event.findUniqueOrThrow({ where: { id }, include: { people: { include: { person: true } }, candidates: true } });
const trail = (id: number) => h.db.reviewDecision.findMany({ where: { eventId: id }, orderBy: { id: 'asc' } });

describe('confirm, edit, reject, reopen', () => {
  it('confirms after an edit of the date by form: the change and both audit rows, then on to the next pending event', async () => {
    const id = h.seeded.sentence!.eventIds[0]!;
    const before = await event(id);
    const response = await form(h.app, reviewer, `/events/${id}/edit`, {
      version: String(before.version), intent: 'confirm', type: 'SENTENCE', date: '2024-04-02', people: 'Rauf Karimov', count: '', termMonths: '84', charges: ['hooliganism'],
    });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toMatch(/^\/(events\/\d+|inbox)\?done=confirmed-\d+$/);
    const after = await event(id);
    expect(after.status).toBe('CONFIRMED');
    expect(after.date).toBe('2024-04-02');
    expect(after.decidedById).toBe(h.users.REVIEWER);
    const rows = await trail(id);
    expect(rows.map((r) => r.action)).toEqual(['EDIT', 'CONFIRM']);
    expect(rows[0]!.before).toMatchObject({ date: '2024-04-03' });
    expect(rows[0]!.after).toMatchObject({ date: '2024-04-02' });
    expect(rows.every((r) => r.userId === h.users.REVIEWER)).toBe(true);
    const page = await api(h.app, reviewer, 'GET', `/events/${id}`);
    expect(page.body).toContain('date: 2024-04-03 → 2024-04-02');
  });

  it('writes no EDIT row when the edit form comes back unchanged', async () => {
    const id = h.seeded['release-a']!.eventIds[0]!;
    const e = await event(id);
    const response = await form(h.app, reviewer, `/events/${id}/edit`, { version: String(e.version), intent: 'save', type: e.type, date: e.date ?? '', people: e.people.map((l) => l.person.name).join('\n'), count: '', termMonths: '' });
    expect(response.headers.location).toContain('done=unchanged');
    expect(await trail(id)).toEqual([]);
  });

  it('refuses an impossible date with a message next to the field, and changes nothing', async () => {
    const id = h.seeded['release-a']!.eventIds[0]!;
    const e = await event(id);
    const json = await api(h.app, reviewer, 'POST', `/api/events/${id}/confirm`, { version: e.version, edits: { date: '2024-02-30' } });
    expect(json.statusCode).toBe(422);
    expect(json.json().fields.date).toBe('2024-02-30 is not a date: February 2024 has 29 days');
    const page = await form(h.app, reviewer, `/events/${id}/edit`, { version: String(e.version), intent: 'confirm', type: 'RELEASE', date: '2023-02-29', people: 'Elchin Nasirov' });
    expect(page.statusCode).toBe(422);
    expect(page.body).toMatch(/id="edit-date"[^>]*aria-invalid="true"[^>]*>\s*<p class="field-error" id="edit-date-error">2023-02-29 is not a date: February 2023 has 28 days<\/p>/);
    expect(page.body).toContain('value="2023-02-29"');
    expect((await event(id)).status).toBe('PENDING');
    expect(await trail(id)).toEqual([]);
  });

  it('refuses a charge outside EVENTS.md, a term on an arrest, and nonsense counts', async () => {
    const id = h.seeded['arrest-herald']!.eventIds[0]!;
    const e = await event(id);
    const response = await api(h.app, reviewer, 'POST', `/api/events/${id}/edit`, { version: e.version, edits: { type: 'ARREST', charges: ['smuggling', 'jaywalking'], termMonths: 12, count: -3 } });
    expect(response.statusCode).toBe(422);
    const fields = response.json().fields;
    expect(fields.charges).toMatch(/"jaywalking" is not a charge label of EVENTS.md/);
    expect(fields.count).toMatch(/cannot be negative/);
    const term = await api(h.app, reviewer, 'POST', `/api/events/${id}/edit`, { version: e.version, edits: { type: 'ARREST', termMonths: 12 } });
    expect(term.json().fields.termMonths).toMatch(/only a sentence has a term/);
    const forged = await form(h.app, reviewer, `/events/${id}/edit`, { version: String(e.version), intent: 'save', type: 'ARREST', date: '2024-03-12', people: 'Sevinj Mammadova', charges: ['smuggling', 'witchcraft'] });
    expect(forged.statusCode).toBe(422);
    expect(forged.body).toContain('&quot;witchcraft&quot; is not a charge label of EVENTS.md');
    expect((await event(id)).version).toBe(e.version);
  });

  it('rejects only with a reason, and keeps the reason in the audit trail', async () => {
    const id = h.seeded.hostile!.eventIds[0]!;
    const e = await event(id);
    const empty = await api(h.app, reviewer, 'POST', `/api/events/${id}/reject`, { version: e.version, reason: '  ' });
    expect(empty.statusCode).toBe(422);
    expect(empty.json().fields.reason).toMatch(/say why/);
    const ok = await api(h.app, reviewer, 'POST', `/api/events/${id}/reject`, { version: e.version, reason: 'test article, not news' });
    expect(ok.json().event).toMatchObject({ status: 'REJECTED', rejectReason: 'test article, not news' });
    const rows = await trail(id);
    expect(rows.map((r) => [r.action, r.reason])).toEqual([['REJECT', 'test article, not news']]);
    const reopened = await api(h.app, reviewer, 'POST', `/api/events/${id}/reopen`, { version: ok.json().event.version, reason: 'rejected by mistake' });
    expect(reopened.json().event.status).toBe('PENDING');
    expect((await trail(id)).map((r) => r.action)).toEqual(['REJECT', 'REOPEN']);
  });

  it('tells a reviewer whose form went stale that someone else changed the event, and saves nothing of theirs', async () => {
    const id = h.seeded.hostile!.eventIds[0]!;
    const seen = (await event(id)).version;
    expect((await api(h.app, second, 'POST', `/api/events/${id}/edit`, { version: seen, edits: { date: '2024-06' } })).statusCode).toBe(200);
    const stale = await api(h.app, reviewer, 'POST', `/api/events/${id}/confirm`, { version: seen });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatch(/changed by someone else while you had it open \(edit by admin tester/);
    const page = await form(h.app, reviewer, `/events/${id}/reject`, { version: String(seen), reason: 'duplicate' });
    expect(page.statusCode).toBe(409);
    expect(page.body).toContain('was changed by someone else');
    const e = await event(id);
    expect(e.status).toBe('PENDING');
    expect(e.date).toBe('2024-06');
  });

  it('lets exactly one of two simultaneous decisions on the same version through', async () => {
    const id = h.seeded.hostile!.eventIds[0]!;
    const seen = (await event(id)).version;
    const [a, b] = await Promise.all([
      api(h.app, reviewer, 'POST', `/api/events/${id}/confirm`, { version: seen }),
      api(h.app, second, 'POST', `/api/events/${id}/reject`, { version: seen, reason: 'not an arrest' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const decisions = (await trail(id)).filter((r) => r.action === 'CONFIRM' || (r.action === 'REJECT' && r.reason === 'not an arrest'));
    expect(decisions).toHaveLength(1);
    // Put it back for the tests below.
    const e = await event(id);
    await api(h.app, reviewer, 'POST', `/api/events/${id}/reopen`, { version: e.version });
  });
});

describe('merge and split', () => {
  it('merges a duplicate into another event: every source moves, the duplicate is marked merged, both get audit rows', async () => {
    const sourceId = h.seeded['release-b']!.eventIds[0]!;
    const targetId = h.seeded['release-a']!.eventIds[0]!;
    expect(sourceId).not.toBe(targetId);
    const candidatesBefore = await h.db.candidate.count();
    const source = await event(sourceId);
    const page = await api(h.app, reviewer, 'GET', `/events/${sourceId}`);
    expect(page.body).toContain(`name="targetId" value="${targetId}"`); // offered as a likely duplicate
    const response = await form(h.app, reviewer, `/events/${sourceId}/merge`, { version: String(source.version), targetId: String(targetId) });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`/events/${targetId}?done=merged-${sourceId}-${targetId}`);
    const merged = await event(sourceId);
    const target = await event(targetId);
    expect(merged).toMatchObject({ status: 'MERGED', mergedIntoId: targetId });
    expect(merged.candidates).toHaveLength(0);
    expect(target.candidates.map((c) => c.id).sort()).toEqual([...h.seeded['release-a']!.candidateIds, ...h.seeded['release-b']!.candidateIds].sort());
    expect(target.corroboration).toBe(2);
    expect(await h.db.candidate.count()).toBe(candidatesBefore);
    const sourceTrail = await trail(sourceId);
    const targetTrail = await trail(targetId);
    expect(sourceTrail.map((r) => r.action)).toEqual(['MERGE']);
    expect(sourceTrail[0]!.after).toMatchObject({ status: 'MERGED', mergedIntoId: targetId });
    expect(targetTrail.at(-1)).toMatchObject({ action: 'MERGE', userId: h.users.REVIEWER });
    expect((targetTrail.at(-1)!.after as { candidateIds: number[] }).candidateIds).toHaveLength(2);
    const history = await api(h.app, reviewer, 'GET', `/events/${targetId}`);
    expect(history.body).toContain(`took the sources of event #${sourceId}`);
  });

  it('refuses to merge events of different types, or an event into itself', async () => {
    const arrest = h.seeded['arrest-herald']!.eventIds[0]!;
    const release = h.seeded['release-a']!.eventIds[0]!;
    const a = await event(arrest);
    const wrongType = await api(h.app, reviewer, 'POST', `/api/events/${arrest}/merge`, { version: a.version, targetId: release });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error).toMatch(/arrest and event \d+ release/);
    expect((await api(h.app, reviewer, 'POST', `/api/events/${arrest}/merge`, { version: a.version, targetId: arrest })).statusCode).toBe(400);
    expect((await event(arrest)).status).toBe('PENDING');
  });

  it('splits a wrongly grouped event: the chosen source and person move to a new pending event, audit rows on both', async () => {
    const id = h.seeded['arrest-herald']!.eventIds[0]!;
    expect(h.seeded['arrest-observer']!.eventIds[0]).toBe(id); // the two reports were grouped
    const e = await event(id);
    expect(e.candidates).toHaveLength(2);
    const moving = h.seeded['arrest-observer']!.candidateIds[0]!;
    const all = await api(h.app, reviewer, 'POST', `/api/events/${id}/split`, { version: e.version, candidateIds: e.candidates.map((c) => c.id), personIds: [] });
    expect(all.statusCode).toBe(400);
    expect(all.json().error).toMatch(/leaves at least one source/);
    const none = await form(h.app, reviewer, `/events/${id}/split`, { version: String(e.version) });
    expect(none.statusCode).toBe(422);
    expect(none.body).toContain('choose at least one source article');
    const response = await api(h.app, reviewer, 'POST', `/api/events/${id}/split`, { version: e.version, candidateIds: [moving], personIds: [], reason: 'different arrest' });
    expect(response.statusCode).toBe(200);
    const created = response.json().created;
    expect(created).toMatchObject({ status: 'PENDING', type: 'ARREST', date: '2024-03', corroboration: 1 });
    expect((await event(created.id)).candidates.map((c) => c.id)).toEqual([moving]);
    expect((await event(id)).candidates.map((c) => c.id)).toEqual(h.seeded['arrest-herald']!.candidateIds);
    expect((await trail(id)).map((r) => [r.action, r.reason])).toEqual([['SPLIT', 'different arrest']]);
    expect((await trail(created.id))[0]!.after).toMatchObject({ splitFromId: id, candidateIds: [moving] });
  });

  it('moves chosen people with a split', async () => {
    // The merged release event has two sources; give it a second person, then split them apart.
    const id = h.seeded['release-a']!.eventIds[0]!;
    const e = await event(id);
    const edited = await api(h.app, reviewer, 'POST', `/api/events/${id}/edit`, { version: e.version, edits: { people: ['Elchin Nasirov', 'Anar Huseynov'] } });
    expect(edited.statusCode).toBe(200);
    const anar = (await event(id)).people.find((l) => l.person.name === 'Anar Huseynov')!.personId;
    const moving = h.seeded['release-b']!.candidateIds[0]!;
    const split = await form(h.app, reviewer, `/events/${id}/split`, { version: String(edited.json().event.version), candidateIds: [String(moving)], personIds: [String(anar)] });
    expect(split.statusCode).toBe(303);
    const createdId = Number(/split-\d+-(\d+)/.exec(split.headers.location as string)![1]);
    expect((await event(createdId)).people.map((l) => l.person.name)).toEqual(['Anar Huseynov']);
    expect((await event(id)).people.map((l) => l.person.name)).toEqual(['Elchin Nasirov']);
    expect((await event(createdId)).candidates.map((c) => c.id)).toEqual([moving]);
  });
});
