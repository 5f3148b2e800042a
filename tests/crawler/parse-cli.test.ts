// `habeas parse --manifest` and `habeas extract` over HTML, run the way outside checks run
// them (`npm run --silent habeas -- …`): one JSON line per input, in order, nothing else on
// stdout.
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sitesDir } from '../../fixtures/server.ts';
import { parseFixtures } from './parse-support.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const habeas = (...args: string[]) => run('npm', ['run', '--silent', 'habeas', '--', ...args], { cwd: root, env: { ...process.env, LOG_LEVEL: 'info' }, timeout: 120_000 });

describe('habeas parse --manifest', () => {
  let dir: string;
  let manifest: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'habeas-parse-cli-'));
    await copyFile(path.join(parseFixtures, 'furniture.html'), path.join(dir, 'furniture.html'));
    await writeFile(path.join(dir, 'ledger.html.gz'), gzipSync(await readFile(path.join(sitesDir, 'ledger/news/1184-lawyer-for-jailed-poet-barred-from-visiting-client/index.html'))));
    await writeFile(path.join(dir, 'report.html'), '%PDF-1.5\n1 0 obj << >> endobj\n');
    manifest = path.join(dir, 'manifest.jsonl');
    await writeFile(manifest, [
      JSON.stringify({ id: 'furniture', path: 'furniture.html', url: 'https://riverside.example/news/court-jails-three' }),
      JSON.stringify({ id: 'ledger', path: 'ledger.html.gz' }),
      '',
      JSON.stringify({ id: 'vestnik', path: path.join(sitesDir, 'vestnik/news/2026/court-extends-detention-of-teachers.html') }),
      JSON.stringify({ id: 'pdf', path: 'report.html' }),
      JSON.stringify({ id: 'missing', path: 'nowhere.html' }),
      '{"id": "broken", ',
      JSON.stringify({ path: 'furniture.html' }),
    ].join('\n'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints one JSON line per manifest line, in order, and nothing else on stdout', async () => {
    const { stdout, stderr } = await habeas('parse', '--manifest', manifest);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(7);
    const rows = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows.map((row) => row.id)).toEqual(['furniture', 'ledger', 'vestnik', 'pdf', 'missing', 'line-7', 'line-8']);
    for (const row of rows.slice(0, 3)) expect(Object.keys(row)).toEqual(['id', 'title', 'published', 'byline', 'lang', 'text']);
    for (const row of rows.slice(3)) expect(Object.keys(row)).toEqual(['id', 'error']);
    expect(stderr).toMatch(/parse: start/);
  }, 120_000);

  it('gives the fields of each article, published in ISO 8601 and the text in paragraphs', async () => {
    const rows = (await habeas('parse', '--manifest', manifest)).stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, string | null>);
    expect(rows[0]).toMatchObject({ title: 'Court jails three activists over rally', published: '2025-03-10T14:00:00+04:00', byline: 'Kamran Əliyev', lang: 'en' });
    expect(rows[0]!.text!.split('\n\n')).toHaveLength(4);
    expect(rows[1]).toMatchObject({ title: 'Lawyer for jailed poet barred from visiting client', published: '2026-11-03T10:00:00+04:00', byline: 'Anar Mirzəyev' });
    expect(rows[2]).toMatchObject({ title: "Court extends detention of two teachers accused of 'extremism'", published: '2026-11-04', byline: null });
    expect(rows[2]!.text).toContain('«Судебное заседание закрытое»');
    expect(rows.slice(3).map((row) => row.error)).toEqual([
      'not an HTML page: a PDF document',
      'cannot read nowhere.html: ENOENT',
      'manifest line is not JSON',
      expect.stringMatching(/^bad manifest line: id /),
    ]);
  }, 120_000);

  it('refuses a manifest it cannot read as a usage error', async () => {
    await expect(habeas('parse', '--manifest', path.join(dir, 'no-such.jsonl'))).rejects.toMatchObject({ code: 2, stdout: '' });
  }, 60_000);

  it('lets habeas extract read an HTML entry through the parser, with evidence offsets into headline + body', async () => {
    const extractManifest = path.join(dir, 'extract.jsonl');
    await writeFile(extractManifest, `${JSON.stringify({ id: 'ledger', path: 'ledger.html.gz' })}\n`);
    const [extracted, parsed] = await Promise.all([habeas('extract', '--manifest', extractManifest), habeas('parse', '--manifest', extractManifest)]);
    const events = (JSON.parse(extracted.stdout) as { events: Array<{ evidence: Array<{ start: number; end: number; quote: string }> }> }).events;
    const article = JSON.parse(parsed.stdout) as { title: string; text: string };
    const text = `${article.title}\n\n${article.text}`;
    expect(events.length).toBeGreaterThan(0);
    for (const evidence of events.flatMap((event) => event.evidence)) expect(text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
  }, 120_000);
});
