// Helpers for pipeline tests: the fixture outlets, waiting for the queues to drain, and a
// canonical summary of the events in a database, to compare runs that should agree.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import { loadOutlets, type Outlet } from '../../crawler/index.ts';
import { fixtureRegistry } from '../../fixtures/server.ts';
import { queueCounts, type Queues } from '../../queue/index.ts';
import type { Db } from '../../store/index.ts';

export const pipelineRegistry = path.resolve(import.meta.dirname, '../../fixtures/pipeline-outlets.yaml');

/** The demo's fixture outlets plus the two syndication outlets, enabled ones only. */
export async function testOutlets(fixtureUrl: string): Promise<Outlet[]> {
  const vars = { FIXTURE_URL: fixtureUrl };
  const outlets = [...(await loadOutlets(fixtureRegistry, vars)), ...(await loadOutlets(pipelineRegistry, vars))];
  return outlets.filter((outlet) => outlet.enabled);
}

/** One registry file with both fixture registries' enabled outlets, for child processes. */
export async function writeCombinedRegistry(file: string): Promise<void> {
  const outlets = [];
  for (const registry of [fixtureRegistry, pipelineRegistry]) {
    const parsed = YAML.parse(await readFile(registry, 'utf8')) as { outlets: { enabled?: boolean }[] };
    outlets.push(...parsed.outlets.filter((outlet) => outlet.enabled !== false));
  }
  await writeFile(file, YAML.stringify({ outlets }));
}

export async function waitUntilIdle(queues: Queues, timeoutMs = 90_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let idleChecks = 0;
  while (idleChecks < 3) {
    if (Date.now() > until) throw new Error(`queues did not drain in ${timeoutMs / 1000} s: ${JSON.stringify(await queueCounts(queues))}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const counts = Object.values(await queueCounts(queues));
    idleChecks = counts.every((c) => c.waiting + c.active + c.delayed + c.prioritized === 0) ? idleChecks + 1 : 0;
  }
}

export async function waitFor<T>(probe: () => Promise<T | undefined | null | false>, timeoutMs = 60_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Every event with its slots and its sources (article paths: ports differ between runs), sorted. */
export async function eventSummary(db: Db): Promise<string[]> {
  const events = await db.event.findMany({ include: { people: { include: { person: true } }, candidates: { include: { article: true } } } });
  return events
    .map((event) => {
      const people = event.people.map((link) => link.person.name).sort().join('; ');
      const sources = [...new Set(event.candidates.map((c) => new URL(c.article.canonicalUrl).pathname))].sort().join(' ');
      return `${event.type} ${event.date ?? '-'} n=${event.count ?? '-'} t=${event.termMonths ?? '-'} [${event.charges.join(',')}] {${people}} c=${event.corroboration} ${event.status} <${sources}>`;
    })
    .sort();
}

export async function storeSummary(db: Db) {
  return {
    articles: (await db.article.findMany({ select: { canonicalUrl: true, parseStatus: true } })).map((a) => `${new URL(a.canonicalUrl).pathname} ${a.parseStatus}`).sort(),
    snapshots: await db.snapshot.count(),
    candidates: await db.candidate.count(),
    events: await eventSummary(db),
  };
}
