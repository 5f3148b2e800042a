// `habeas worker` / `habeas run` options: how many jobs each queue's worker runs at once.
import { describe, expect, it } from 'vitest';
import { parseConcurrency } from '../../cli/commands/pipeline.ts';
import { runCli } from '../support/cli.ts';

describe('--concurrency', () => {
  it('takes queue=number pairs, and nothing means the defaults', () => {
    expect(parseConcurrency('extract=8, fetch=16')).toEqual({ extract: 8, fetch: 16 });
    expect(parseConcurrency(undefined)).toEqual({});
  });

  it.each(['extract', 'extract=0', 'extract=1.5', 'extract=300', 'parse=4', '=4'])('refuses %j with a usage error', (value) => {
    expect(() => parseConcurrency(value)).toThrow(/--concurrency takes queue=number pairs/);
  });

  it('stops habeas worker with exit code 2 before it touches Redis or the database', async () => {
    const result = await runCli(['worker', '--queues', 'extract', '--concurrency', 'extract=many'], { env: { DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none', REDIS_URL: 'redis://127.0.0.1:1' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('not "extract=many"');
  });
});
