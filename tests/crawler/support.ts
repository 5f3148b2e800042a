// Shared by the crawler suites: a fixture server per suite and the fixture registry on it.
// Crawl logs (one line per failed URL) are the point in production and noise in tests.
process.env.LOG_LEVEL ??= 'error';
import { fixtureRegistry, startFixtureServer, type FixtureServer } from '../../fixtures/server.ts';
import { findOutlet, loadOutlets, type Outlet } from '../../crawler/index.ts';

export async function fixtureOutlet(server: FixtureServer, id: string): Promise<Outlet> {
  return findOutlet(await loadOutlets(fixtureRegistry, { FIXTURE_URL: server.url }), id);
}

export { startFixtureServer, type FixtureServer };

/** How many times the server was asked for paths under a prefix. */
export function hitsUnder(server: FixtureServer, prefix: string): number {
  let total = 0;
  for (const [path, count] of server.hits) if (path.startsWith(prefix)) total += count;
  return total;
}
