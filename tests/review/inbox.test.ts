import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePerson } from '../../store/index.ts';
import { api, form, login, startHarness, type ReviewHarness, type Session } from './support.ts';

let h: ReviewHarness;
let reviewer: Session;

beforeAll(async () => {
  h = await startHarness();
  reviewer = await login(h.app, 'REVIEWER');
});
afterAll(async () => h?.close());

const ids = async (query = '') => (await api(h.app, reviewer, 'GET', `/api/events${query}`)).json().events.map((e: { id: number }) => e.id) as number[];

describe('the inbox', () => {
  it('lists pending events most corroborated first, then newest', async () => {
    const response = await api(h.app, reviewer, 'GET', '/api/events');
    const events = response.json().events as { id: number; corroboration: number }[];
    expect(events[0]!.id).toBe(h.seeded['arrest-herald']!.eventIds[0]); // two outlets
    expect(events[0]!.corroboration).toBe(2);
    const rest = events.slice(1).map((e) => e.id);
    expect(rest).toEqual([...rest].sort((a, b) => b - a)); // seeded in order: newer ids are newer events
    expect(response.json().counts).toEqual({ PENDING: 7, CONFIRMED: 0, REJECTED: 0, MERGED: 0 });
  });

  it('filters by type, outlet, person (any spelling), event date range and watchlist', async () => {
    expect(await ids('?type=SENTENCE')).toEqual(h.seeded.sentence!.eventIds);
    expect((await ids('?outlet=baku-observer'))).toEqual([...h.seeded['arrest-observer']!.eventIds, ...h.seeded.pardon!.eventIds]); // the grouped arrest, then the pardon
    expect(await ids('?person=Sevinc%20Mamedova')).toEqual(h.seeded['arrest-herald']!.eventIds); // folded spelling
    expect(await ids('?person=Karimov')).toEqual(h.seeded.sentence!.eventIds);
    expect(await ids('?person=Nobody%20Atall')).toEqual([]);
    expect((await ids('?from=2024-05&to=2024-05')).sort()).toEqual([...h.seeded['release-a']!.eventIds, ...h.seeded['release-b']!.eventIds, ...h.seeded.pardon!.eventIds].sort());
    expect((await ids('?from=2024-05&to=2024-05&type=PARDON'))).toEqual(h.seeded.pardon!.eventIds);
    expect(await ids('?from=2024-04-03&to=2024-04-03')).toEqual(h.seeded.sentence!.eventIds);
    const person = await h.db.person.findFirstOrThrow({ where: { name: 'Rauf Karimov' } });
    const watchlist = await h.db.watchlist.create({ data: { name: 'Bloggers', people: { create: { personId: person.id } } } });
    expect(await ids(`?watchlist=${watchlist.id}`)).toEqual(h.seeded.sentence!.eventIds);
    const page = await api(h.app, reviewer, 'GET', `/inbox?watchlist=${watchlist.id}`);
    expect(page.body).toContain(`<option value="${watchlist.id}" selected>Bloggers</option>`);
  });

  it('shows a wrong filter next to its field and keeps the others', async () => {
    const page = await api(h.app, reviewer, 'GET', '/inbox?type=SENTENCE&from=2024-13');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<p class="field-error" id="f-from-error">2024-13 has no month 13</p>');
    expect(page.body).toContain('Rauf Karimov');
    expect(page.body).not.toContain('Sevinj Mammadova');
    expect((await api(h.app, reviewer, 'GET', '/api/events?from=2024-02-30')).statusCode).toBe(422);
  });

  it('counts events per status and lists each status on its tab', async () => {
    const id = h.seeded.sentence!.eventIds[0]!;
    const e = await h.db.event.findUniqueOrThrow({ where: { id } });
    const quick = await form(h.app, reviewer, `/events/${id}/confirm`, { version: String(e.version), back: '/inbox?type=SENTENCE' });
    expect(quick.headers.location).toBe(`/inbox?type=SENTENCE&done=confirmed-${id}`);
    const counts = (await api(h.app, reviewer, 'GET', '/api/events')).json().counts;
    expect(counts).toMatchObject({ PENDING: 6, CONFIRMED: 1 });
    expect(await ids('?status=CONFIRMED')).toEqual([id]);
    const page = await api(h.app, reviewer, 'GET', `/inbox?done=confirmed-${id}`);
    expect(page.body).toContain(`Confirmed <a href="/events/${id}">event #${id}</a>.`);
    expect(page.body).toMatch(/pending <span class="count">6<\/span>/);
    const evil = await api(h.app, reviewer, 'GET', '/inbox?done=<script>alert(1)</script>-1');
    expect(evil.body).not.toContain('alert(1)');
    const away = await form(h.app, reviewer, `/events/${h.seeded['release-a']!.eventIds[0]}/reject`, { version: '1', reason: 'x', back: '//evil.example/inbox' });
    expect(away.headers.location).not.toContain('evil');
  });

  it('pages through a long inbox', async () => {
    const pending = await h.db.event.count({ where: { status: 'PENDING' } });
    for (let i = 0; i < 30; i += 1) await h.db.event.create({ data: { type: 'ARREST', date: '2020', status: 'PENDING' } });
    const first = await api(h.app, reviewer, 'GET', '/api/events');
    const second = await api(h.app, reviewer, 'GET', '/api/events?page=2');
    expect(first.json().events).toHaveLength(25);
    expect(first.json().total).toBe(pending + 30);
    expect(second.json().events).toHaveLength(pending + 5);
    const overlap = first.json().events.filter((e: { id: number }) => second.json().events.some((f: { id: number }) => f.id === e.id));
    expect(overlap).toEqual([]);
    const page = await api(h.app, reviewer, 'GET', '/inbox');
    expect(page.body).toContain('page 1 of 2');
    expect(page.body).toContain('href="/inbox?page=2" rel="next"');
  });

  it('links each event page to the previous and next pending events in inbox order', async () => {
    const order = await ids();
    const page = await api(h.app, reviewer, 'GET', `/events/${order[1]}`);
    expect(page.body).toContain(`<a href="/events/${order[0]}" rel="prev" data-key="k">`);
    expect(page.body).toContain(`<a href="/events/${order[2]}" rel="next" data-key="j">`);
  });
});

describe('people', () => {
  it('adds a spelling, finds the person by it, and merges two people into one', async () => {
    const person = await h.db.person.findFirstOrThrow({ where: { name: 'Sevinj Mammadova' } });
    const other = await ensurePerson(h.db, 'Sevindzh Mamedova');
    const empty = await form(h.app, reviewer, `/people/${person.id}/aliases`, { alias: ' ' });
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('a spelling has at least two letters');
    expect((await form(h.app, reviewer, `/people/${person.id}/aliases`, { alias: 'S. Məmmədova' })).statusCode).toBe(303);
    const page = await api(h.app, reviewer, 'GET', `/people/${person.id}`);
    expect(page.body).toContain('<li>S. Məmmədova</li>');
    expect(page.body).toContain(`value="${other.id}"`); // offered for merging: same surname, another spelling
    const merged = await api(h.app, reviewer, 'POST', `/api/people/${person.id}/merge`, { otherId: other.id });
    expect(merged.json().person.aliases).toContain('Sevindzh Mamedova');
    expect(await h.db.person.findUnique({ where: { id: other.id } })).toBeNull();
    const audit = await h.db.reviewDecision.findMany({ where: { personId: person.id }, orderBy: { id: 'asc' } });
    expect(audit.map((d) => d.action)).toEqual(['ADD_ALIAS', 'MERGE_PERSON']);
    expect((await api(h.app, reviewer, 'POST', `/api/people/${person.id}/merge`, { otherId: person.id })).statusCode).toBe(422);
  });

  it('shows a person\'s timeline of confirmed events with their sources', async () => {
    const person = await h.db.person.findFirstOrThrow({ where: { name: 'Rauf Karimov' } });
    const page = await api(h.app, reviewer, 'GET', `/people/${person.id}`);
    expect(page.body).toContain('Timeline of confirmed events');
    expect(page.body).toContain('<strong>2024-04-03</strong>');
    expect(page.body).toContain('Open Wire, 2024-04-04: <a href="https://open-wire.example/karimov-sentenced" rel="noopener noreferrer nofollow"');
    const json = (await api(h.app, reviewer, 'GET', `/api/people/${person.id}`)).json();
    expect(json.timeline).toHaveLength(1);
    expect(json.timeline[0].sources[0].url).toBe('https://open-wire.example/karimov-sentenced');
    const search = await api(h.app, reviewer, 'GET', '/people?q=K%C9%99rimov');
    expect(search.body).toContain(`<a href="/people/${person.id}">Rauf Karimov</a>`);
  });
});
