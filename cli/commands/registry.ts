// Which outlet registry a command uses: HABEAS_OUTLETS, or the fixture registry with the
// fixture server running (started here on port 8765 unless FIXTURE_URL names one already
// running), so `habeas crawl --outlet caspian-wire --once` works on a fresh checkout.
import type { Config } from '../../core/index.ts';
import { fixtureRegistry, startFixtureServer, type FixtureServer } from '../../fixtures/server.ts';

export type Registry = { file: string; vars: Record<string, string | undefined>; fixtureUrl?: string };

export const FIXTURE_PORT = 8765;

export async function withRegistry<T>(config: Config, work: (registry: Registry) => Promise<T>, options: { serve?: boolean } = { serve: true }): Promise<T> {
  if (config.HABEAS_OUTLETS) return work({ file: config.HABEAS_OUTLETS, vars: process.env });
  let server: FixtureServer | undefined;
  let fixtureUrl = process.env.FIXTURE_URL;
  if (!fixtureUrl) {
    fixtureUrl = `http://127.0.0.1:${FIXTURE_PORT}`;
    if (options.serve) {
      try {
        server = await startFixtureServer({ port: FIXTURE_PORT });
        process.stderr.write(`fixture outlets served at ${server.url}\n`);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
        process.stderr.write(`port ${FIXTURE_PORT} is busy: assuming a fixture server runs there\n`);
      }
    }
  }
  try {
    return await work({ file: fixtureRegistry, vars: { ...process.env, FIXTURE_URL: fixtureUrl }, fixtureUrl });
  } finally {
    await server?.close();
  }
}
