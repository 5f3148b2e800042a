// The `habeas extract --manifest` contract (../shared/EVENTS.md), run as outside checks run it:
// one JSON line per manifest line, in order, nothing else on stdout; an unreadable file or a bad
// line gives {"id", "error"} on its line and the run goes on.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractedEventSchema } from '../../extractor/index.ts';
import { runCli } from '../support/cli.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'habeas-extract-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ARTICLE = 'Blogger detained in the capital\n\nPolice detained blogger Ramil Gasimzade on Monday, his lawyer said. He was charged with hooliganism.';

describe('habeas extract --manifest', () => {
  it('prints one JSON line per manifest line, in order, with an error line for each line it cannot read', async () => {
    await writeFile(path.join(dir, 'a.txt'), ARTICLE);
    await writeFile(path.join(dir, 'b.txt.gz'), gzipSync(Buffer.from(ARTICLE)));
    await writeFile(path.join(dir, 'empty.txt'), '');
    await writeFile(path.join(dir, 'garbage.txt'), Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256)));
    const lines = [
      JSON.stringify({ id: 'a1', path: 'a.txt', published: '2024-03-06', url: 'https://example.org/a1' }),
      JSON.stringify({ id: 'missing', path: 'no-such-file.txt' }),
      '{"id": "broken", "path": ',
      JSON.stringify({ id: 'gz', path: 'b.txt.gz', published: '2024-03-06' }),
      JSON.stringify({ id: 'nopath' }),
      JSON.stringify({ id: 'abs', path: path.join(dir, 'a.txt') }),
      JSON.stringify({ id: 'empty', path: 'empty.txt' }),
      JSON.stringify({ id: 'garbage', path: 'garbage.txt', published: null }),
      JSON.stringify(['not', 'an', 'object']),
    ];
    const manifest = path.join(dir, 'manifest.jsonl');
    await writeFile(manifest, lines.join('\n') + '\n\n');
    const run = await runCli(['extract', '--manifest', manifest], { env: { LOG_LEVEL: 'silent' } });
    expect(run.code).toBe(0);
    const out = run.stdout.split('\n');
    expect(out.pop()).toBe('');
    expect(out).toHaveLength(lines.length);
    const rows = out.map((l) => JSON.parse(l) as { id: string; events?: unknown[]; error?: string });
    expect(rows.map((r) => r.id)).toEqual(['a1', 'missing', 'line-3', 'gz', 'nopath', 'abs', 'empty', 'garbage', 'line-9']);
    for (const r of rows) expect(Object.keys(r).sort()).toEqual(r.error !== undefined ? ['error', 'id'] : ['events', 'id']);
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId.missing!.error).toMatch(/cannot read no-such-file\.txt: ENOENT/);
    expect(byId['line-3']!.error).toMatch(/not JSON/);
    expect(byId.nopath!.error).toMatch(/path/);
    expect(byId['line-9']!.error).toMatch(/bad manifest line/);
    expect(byId.empty!.events).toEqual([]);
    expect(byId.garbage!.events).toEqual([]);
    for (const id of ['a1', 'gz']) {
      const events = byId[id]!.events!.map((e) => extractedEventSchema.parse(e));
      expect(events.map((e) => [e.type, e.people, e.date])).toEqual([
        ['ARREST', ['Ramil Gasimzade'], '2024-03-04'],
        ['CHARGE', ['Ramil Gasimzade'], null],
      ]);
      for (const e of events) for (const ev of e.evidence) expect(ARTICLE.slice(ev.start, ev.end)).toBe(ev.quote);
    }
    // without a publication date "on Monday" cannot be resolved
    expect((byId.abs!.events as { date: string | null }[])[0]!.date).toBeNull();
  });

  it('writes nothing to stdout and exits 2 when the manifest itself cannot be read', async () => {
    const run = await runCli(['extract', '--manifest', path.join(dir, 'nowhere.jsonl')], { env: { LOG_LEVEL: 'silent' } });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/cannot read manifest/);
  });
});
