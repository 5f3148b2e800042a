// Candidate events into the events reviewers see: all of an article's candidates in one
// transaction of a few SQL statements. Grouping one candidate at a time through the ORM took
// ~10 statements per candidate and most of a pipeline worker's CPU (bench/pipeline.ts);
// here an article costs about as many statements as it has candidates, plus eight.
import { foldName } from '../core/index.ts';
import type { CandidateInput } from './candidates.ts';
import type { Db } from './connect.ts';
import { datesCompatible } from './dates.ts';
import { NotFoundError, wrap } from './errors.ts';
import { dateFields, refreshCorroboration } from './events.ts';
import type { EventStatus, EventType, Prisma } from './generated/client.ts';

type Tx = Prisma.TransactionClient;

export type Grouped = { candidateId: number; eventId: number; created: boolean };

/** A stored candidate's slots, as grouping reads them. */
type CandidateRow = Pick<CandidateInput, 'type' | 'date' | 'people' | 'count' | 'charges' | 'termMonths' | 'confidence'> & {
  id: number;
  articleId: number;
  ordinal: number;
  fingerprint: string;
  eventId: number | null;
};

/** An event as grouping sees it: its slots and the ids of its people. */
type PoolEvent = {
  id: number;
  type: EventType;
  status: EventStatus;
  date: string | null;
  count: number | null;
  charges: string[];
  termMonths: number | null;
  confidence: number | null;
  personIds: number[];
  /** Set when a candidate filled the event in this transaction: the people it gained (its slots are written once, at the end). */
  addedPeople?: number[];
};

/**
 * How well a candidate fits an event, 0 for not at all: the same type, compatible dates and
 * counts, and a person in common (a name, or any alias, resolving to one of the event's
 * people); without people on either side, the same count or the same date.
 */
export function matchScore(event: Pick<PoolEvent, 'date' | 'count' | 'personIds'>, candidate: { personIds: number[]; people: string[]; count: number | null; date: string | null }): number {
  if (!datesCompatible(event.date, candidate.date)) return 0;
  if (event.count !== null && candidate.count !== null && event.count !== candidate.count) return 0;
  const shared = new Set(candidate.personIds.filter((id) => event.personIds.includes(id))).size;
  if (shared > 0) return 10 + shared;
  if (candidate.people.length === 0 && event.personIds.length === 0) {
    if (candidate.count !== null && candidate.count === event.count) return 5 + (candidate.date && candidate.date === event.date ? 1 : 0);
    if (candidate.count === null && event.count === null && candidate.date && candidate.date === event.date) return 3;
  }
  return 0;
}

/** A date's precision and first day, as SQL parameters. */
function dateParams(date: string | null) {
  const fields = dateFields(date);
  return { precision: fields.datePrecision, start: fields.dateStart?.toISOString() ?? null };
}

/**
 * Serialises the groupers that could open twin events or twin people, and only those (one
 * lock per event type made every grouper wait for every other: with two worker processes
 * grouping took 2.4 times as long per article, bench/pipeline.ts). Two candidates can join
 * one event only through a person they share, by a name that folds alike or a person both
 * names resolve to; candidates without people only by type. So a grouper locks each of its
 * folded names (which also keeps two groupers from creating one person twice), then each
 * person its names resolve to, then the types of its candidates without people. Locks are
 * taken in one order (key space, then key), so groupers never deadlock.
 */
async function lockNames(tx: Tx, folded: string[]) {
  if (!folded.length) return;
  await tx.$queryRaw`select pg_advisory_xact_lock(1, h)::text from (select distinct hashtext(k) as h from unnest(${folded}::text[]) as k order by 1) as keys`;
}

/** Every person each folded name resolves to, by the person's own name or any alias. */
async function resolveNames(tx: Tx, folded: string[]): Promise<Map<string, number[]>> {
  const byName = new Map<string, number[]>(folded.map((name) => [name, []]));
  if (!folded.length) return byName;
  const rows = await tx.$queryRaw<{ folded: string; id: number }[]>`
    select k as folded, p.id from unnest(${folded}::text[]) as k join "Person" p on p.folded = k
    union
    select k as folded, a."personId" as id from unnest(${folded}::text[]) as k join "PersonAlias" a on a.folded = k
    order by 2`;
  for (const row of rows) byName.get(row.folded)?.push(row.id);
  return byName;
}

async function lockPeopleAndTypes(tx: Tx, personIds: number[], peopleLessTypes: EventType[]) {
  if (personIds.length) await tx.$queryRaw`select pg_advisory_xact_lock(2, id)::text from (select distinct id from unnest(${personIds}::int[]) as id order by 1) as people`;
  for (const type of [...new Set(peopleLessTypes)].sort()) await tx.$executeRaw`select pg_advisory_xact_lock(3, hashtext(${type}))`;
}

/**
 * Where the same finding went before: for each candidate, the event that the article's
 * previous extractor version's candidate with the same slots (fingerprint) belongs to now,
 * after whatever reviewers did to it (confirmed, rejected, merged, split off). The k-th of
 * several identical findings follows the k-th before it.
 */
async function findPredecessors(tx: Tx, todo: CandidateRow[]): Promise<Map<number, number>> {
  const rows = await tx.$queryRaw<{ articleId: number; fingerprint: string; extractorVersion: string; eventId: number }[]>`
    select c."articleId", c.fingerprint, c."extractorVersion", coalesce(e."mergedIntoId", e.id) as "eventId"
    from "Candidate" c join "Event" e on e.id = c."eventId"
    where c."articleId" = any(${[...new Set(todo.map((c) => c.articleId))]}::int[]) and c.fingerprint = any(${todo.map((c) => c.fingerprint)}::text[])
      and c."supersededAt" is not null
    order by c."articleId", c.fingerprint, c."createdAt" desc, c.ordinal`;
  const before = new Map<string, number[]>();
  const version = new Map<string, string>();
  for (const row of rows) {
    const key = `${row.articleId} ${row.fingerprint}`;
    // Only the latest version that had this finding.
    if ((version.get(key) ?? row.extractorVersion) !== row.extractorVersion) continue;
    version.set(key, row.extractorVersion);
    before.set(key, [...(before.get(key) ?? []), row.eventId]);
  }
  const out = new Map<number, number>();
  for (const candidate of [...todo].sort((a, b) => a.ordinal - b.ordinal)) {
    const queue = before.get(`${candidate.articleId} ${candidate.fingerprint}`);
    if (!queue?.length) continue;
    out.set(candidate.id, queue.length > 1 ? queue.shift()! : queue[0]!);
  }
  return out;
}

/**
 * The open events (pending or confirmed) that any of the candidates could join, and the
 * events of their predecessors whatever their status, their rows locked in id order: another
 * grouper may reach the same event through another person, and a reviewer may be deciding it.
 */
async function loadPool(tx: Tx, types: EventType[], personIds: number[], peopleLess: { types: EventType[]; counts: number[]; dates: string[] }, predecessorEvents: number[]): Promise<PoolEvent[]> {
  const ids = await tx.$queryRaw<{ id: number }[]>`
    select e.id from "Event" e
    where e.id = any(${predecessorEvents}::int[]) or (e.status in ('PENDING', 'CONFIRMED') and e.type::text = any(${types}::text[]) and (
      e.id in (select ep."eventId" from "EventPerson" ep where ep."personId" = any(${personIds}::int[]))
      or (e.type::text = any(${peopleLess.types}::text[])
          and (e.count = any(${peopleLess.counts}::int[]) or e.date = any(${peopleLess.dates}::text[]))
          and not exists (select 1 from "EventPerson" ep where ep."eventId" = e.id))))
    order by e.id
    for update of e`;
  if (!ids.length) return [];
  return tx.$queryRaw<PoolEvent[]>`
    select e.id, e.type::text as type, e.status::text as status, e.date, e.count, e.charges, e."termMonths", e.confidence,
      coalesce((select array_agg(ep."personId" order by ep."personId") from "EventPerson" ep where ep."eventId" = e.id), '{}') as "personIds"
    from "Event" e where e.id = any(${ids.map((row) => row.id)}::int[]) order by e.id`;
}

/** People for names that resolve to no one yet, one statement for all of them. */
async function createPeople(tx: Tx, names: { name: string; folded: string }[]): Promise<Map<string, number>> {
  const created = new Map<string, number>();
  if (!names.length) return created;
  const rows = await tx.$queryRaw<{ id: number; folded: string }[]>`
    with people as (
      insert into "Person" (name, folded, "updatedAt")
      select name, folded, (now() at time zone 'utc') from unnest(${names.map((n) => n.name)}::text[], ${names.map((n) => n.folded)}::text[]) as t(name, folded)
      returning id, name, folded),
    aliases as (insert into "PersonAlias" ("personId", alias, folded) select id, name, folded from people)
    select id, folded from people`;
  for (const row of rows) created.set(row.folded, row.id);
  return created;
}

/**
 * Groups candidates, all of one article or any few, each into the event it reports: an
 * open event of the same type it fits (matchScore), else a new pending event. Filling a
 * pending event takes what it lacks (people, a more precise date, count, term, charges); a
 * reviewer settles real disagreements, and a confirmed event only gains the source.
 * Idempotent: a candidate already grouped keeps its event. Candidates are taken in id
 * order, so a later one may join the event an earlier one opened.
 */
export async function groupCandidates(db: Db, candidateIds: number[]): Promise<Grouped[]> {
  if (!candidateIds.length) return [];
  try {
    return await db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<CandidateRow[]>`
        select id, "articleId", ordinal, fingerprint, type::text as type, date, people, count, charges, "termMonths", confidence, "eventId"
        from "Candidate" where id = any(${candidateIds}::int[]) order by id`;
      const missing = candidateIds.find((id) => !rows.some((row) => row.id === id));
      if (missing !== undefined) throw new NotFoundError(`store: candidate ${missing} does not exist`);
      const todo = rows.filter((row) => row.eventId === null);
      const results = new Map<number, Grouped>(rows.filter((row) => row.eventId !== null).map((row) => [row.id, { candidateId: row.id, eventId: row.eventId!, created: false }]));
      if (todo.length) await groupInto(tx, todo, results);
      return candidateIds.map((id) => results.get(id)!);
    });
  } catch (cause) {
    throw wrap(`group candidate${candidateIds.length > 1 ? 's' : ''} ${candidateIds.join(', ')} into events`, cause);
  }
}

/** One candidate, as groupCandidates does it. */
export async function groupCandidate(db: Db, candidateId: number): Promise<{ eventId: number; created: boolean }> {
  const [grouped] = await groupCandidates(db, [candidateId]);
  return { eventId: grouped!.eventId, created: grouped!.created };
}

async function groupInto(tx: Tx, todo: CandidateRow[], results: Map<number, Grouped>) {
  const folded = [...new Set(todo.flatMap((c) => c.people.map(foldName)).filter(Boolean))];
  await lockNames(tx, folded);
  const resolved = await resolveNames(tx, folded);
  const peopleLess = todo.filter((c) => c.people.length === 0);
  await lockPeopleAndTypes(tx, [...resolved.values()].flat(), peopleLess.map((c) => c.type));
  const predecessors = await findPredecessors(tx, todo);
  const loaded = await loadPool(tx, [...new Set(todo.map((c) => c.type))], [...new Set([...resolved.values()].flat())], {
    types: peopleLess.map((c) => c.type),
    counts: peopleLess.flatMap((c) => (c.count === null ? [] : [c.count])),
    dates: peopleLess.flatMap((c) => (c.count === null && c.date ? [c.date] : [])),
  }, [...new Set(predecessors.values())]);
  const byId = new Map(loaded.map((event) => [event.id, event]));
  const pool = loaded.filter((event) => event.status === 'PENDING' || event.status === 'CONFIRMED');

  // The first person a name resolves to is the one it means (the oldest, as on the people page).
  const personOf = (name: string) => resolved.get(foldName(name))?.[0];
  const aliasesSeen: { personId: number; alias: string; folded: string }[] = [];
  const ensurePeople = async (names: string[]): Promise<number[]> => {
    const fresh = new Map<string, string>();
    for (const name of names) if (foldName(name) && personOf(name) === undefined && !fresh.has(foldName(name))) fresh.set(foldName(name), name);
    for (const [key, id] of await createPeople(tx, [...fresh].map(([key, name]) => ({ name, folded: key })))) resolved.set(key, [id]);
    const ids: number[] = [];
    for (const name of names) {
      const id = personOf(name);
      if (id === undefined) continue;
      // Keep each spelling as written, so the people page shows every variant seen.
      if (!fresh.has(foldName(name))) aliasesSeen.push({ personId: id, alias: name, folded: foldName(name) });
      if (!ids.includes(id)) ids.push(id);
    }
    return ids;
  };

  const touched = new Set<PoolEvent>();
  for (const candidate of todo) {
    // A finding re-extracted unchanged goes where its predecessor is, so a new extractor
    // version leaves reviewers' decisions as they were: a rejected finding stays rejected.
    const predecessor = byId.get(predecessors.get(candidate.id) ?? -1);
    if (predecessor) {
      touched.add(predecessor);
      results.set(candidate.id, { candidateId: candidate.id, eventId: predecessor.id, created: false });
      continue;
    }
    const personIds = [...new Set(candidate.people.flatMap((name) => resolved.get(foldName(name)) ?? []))];
    const best = pool
      .filter((event) => event.type === candidate.type)
      .map((event) => ({ event, score: matchScore(event, { ...candidate, personIds }) }))
      .filter((entry) => entry.score > 0)
      .sort((a, b) => b.score - a.score || a.event.id - b.event.id)[0]?.event;
    if (best) {
      if (best.status === 'PENDING') {
        // Names the event has already (by any of the people they resolve to) add nobody.
        const newNames = candidate.people.filter((name) => !(resolved.get(foldName(name)) ?? []).some((id) => best.personIds.includes(id)));
        fill(best, candidate, await ensurePeople(newNames));
      }
      touched.add(best);
      results.set(candidate.id, { candidateId: candidate.id, eventId: best.id, created: false });
      continue;
    }
    const people = await ensurePeople(candidate.people);
    const { precision, start } = dateParams(candidate.date);
    const charges = [...new Set(candidate.charges)].sort();
    const [created] = await tx.$queryRaw<{ id: number }[]>`
      with event as (
        insert into "Event" (type, date, "datePrecision", "dateStart", count, charges, "termMonths", confidence, corroboration, "updatedAt")
        values (${candidate.type}::"EventType", ${candidate.date}, ${precision}::"DatePrecision", ${start}::timestamp(3), ${candidate.count}::int,
                ${charges}::text[], ${candidate.termMonths}::int, ${candidate.confidence}::float8, 1, (now() at time zone 'utc'))
        returning id),
      people as (insert into "EventPerson" ("eventId", "personId") select event.id, p from event, unnest(${people}::int[]) as p)
      select id from event`;
    const event: PoolEvent = { id: created!.id, type: candidate.type, status: 'PENDING', date: candidate.date, count: candidate.count, charges, termMonths: candidate.termMonths, confidence: candidate.confidence, personIds: people };
    pool.push(event);
    results.set(candidate.id, { candidateId: candidate.id, eventId: event.id, created: true });
  }

  await writeBack(tx, todo, results, [...touched], aliasesSeen);
}

/** Fills what a pending event lacks from a candidate that joins it (in memory; written back once). */
function fill(event: PoolEvent, candidate: CandidateRow, newPeople: number[]) {
  event.date = event.date && (!candidate.date || event.date.length >= candidate.date.length) ? event.date : candidate.date;
  event.count = event.count ?? candidate.count;
  event.termMonths = event.termMonths ?? candidate.termMonths;
  event.charges = [...new Set([...event.charges, ...candidate.charges])].sort();
  event.confidence = Math.max(event.confidence ?? 0, candidate.confidence);
  event.personIds = [...new Set([...event.personIds, ...newPeople])];
  event.addedPeople = [...(event.addedPeople ?? []), ...newPeople];
}

/** What grouping changed, in at most five statements whatever the number of candidates. */
async function writeBack(tx: Tx, todo: CandidateRow[], results: Map<number, Grouped>, touched: PoolEvent[], aliases: { personId: number; alias: string; folded: string }[]) {
  const filled = touched.filter((event) => event.addedPeople !== undefined);
  if (filled.length) {
    const values = filled.map((event) => {
      const { precision, start } = dateParams(event.date);
      return { id: event.id, date: event.date, datePrecision: precision, dateStart: start, count: event.count, termMonths: event.termMonths, confidence: event.confidence, charges: event.charges };
    });
    await tx.$executeRaw`
      update "Event" e set date = v.date, "datePrecision" = v."datePrecision"::"DatePrecision", "dateStart" = v."dateStart", count = v.count,
        "termMonths" = v."termMonths", confidence = v.confidence, charges = v.charges, "updatedAt" = (now() at time zone 'utc')
      from jsonb_to_recordset(${JSON.stringify(values)}::jsonb)
        as v(id int, date text, "datePrecision" text, "dateStart" timestamp(3), count int, "termMonths" int, confidence float8, charges text[])
      where e.id = v.id`;
    const links = filled.flatMap((event) => (event.addedPeople ?? []).map((personId) => [event.id, personId] as const));
    if (links.length) {
      await tx.$executeRaw`
        insert into "EventPerson" ("eventId", "personId") select * from unnest(${links.map((l) => l[0])}::int[], ${links.map((l) => l[1])}::int[])
        on conflict do nothing`;
    }
  }
  await tx.$executeRaw`
    update "Candidate" c set "eventId" = v.event from unnest(${todo.map((c) => c.id)}::int[], ${todo.map((c) => results.get(c.id)!.eventId)}::int[]) as v(id, event)
    where c.id = v.id`;
  await refreshCorroboration(tx, ...touched.map((event) => event.id));
  if (aliases.length) {
    await tx.$executeRaw`
      insert into "PersonAlias" ("personId", alias, folded)
      select * from unnest(${aliases.map((a) => a.personId)}::int[], ${aliases.map((a) => a.alias)}::text[], ${aliases.map((a) => a.folded)}::text[])
      on conflict ("personId", folded) do nothing`;
  }
}
