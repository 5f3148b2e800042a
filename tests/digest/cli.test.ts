import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../store/index.ts';
import { runCli } from '../support/cli.ts';
import { createPostgresDatabase } from '../support/databases.ts';
import { seedDigestFixtures, type Seeded } from './seed.ts';
import { startSmtpServer } from './smtp.ts';

describe('habeas watchlist, digest and export', () => {
  let database: { url: string; drop(): Promise<void> };
  let store: Store;
  let seeded: Seeded;
  let dir: string;
  let env: Record<string, string>;
  const cli = (args: string[], extra: Record<string, string> = {}) => runCli(args, { env: { ...env, ...extra } });

  beforeAll(async () => {
    database = await createPostgresDatabase();
    env = { DATABASE_URL: database.url, HABEAS_PUBLIC_URL: 'https://review.fixture.example' };
    const migrated = await runCli(['db', 'migrate'], { env });
    expect(migrated.code, migrated.stderr).toBe(0);
    store = await openStore({ databaseUrl: database.url });
    seeded = await seedDigestFixtures(store.db);
    dir = await mkdtemp(path.join(os.tmpdir(), 'habeas-digest-cli-'));
  }, 120_000);
  afterAll(async () => {
    await store?.close();
    await database?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('creates a watchlist, adds people by any spelling of their name, lists and removes them', { timeout: 120_000 }, async () => {
    const added = await cli(['watchlist', 'add', 'Sabirli bloggers', '--email', 'monitor@fixture.example']);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain('created watchlist "Sabirli bloggers"; its digest goes to monitor@fixture.example');
    const twice = await cli(['watchlist', 'add', 'sabirli BLOGGERS']);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/a watchlist named "Sabirli bloggers" exists already/);

    // "Leyla Hasanova" finds the person stored as "Leyla Həsənova" through name folding.
    const person = await cli(['watchlist', 'add-person', 'Sabirli bloggers', 'Leyla Hasanova']);
    expect(person.code, person.stderr).toBe(0);
    expect(person.stdout).toMatch(/^watching #\d+ Leyla Həsənova on "Sabirli bloggers"$/m);
    expect((await cli(['watchlist', 'add-person', 'Sabirli bloggers', 'SAMIR NOVRUZLU'])).stdout).toMatch(/watching #\d+ Samir Novruzlu/);
    expect((await cli(['watchlist', 'add-person', 'Sabirli bloggers', 'Samir Novruzlu'])).stdout).toMatch(/already watching/);

    const unknown = await cli(['watchlist', 'add-person', 'Sabirli bloggers', 'Ilaha Rzayeva']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/nobody is known as "Ilaha Rzayeva".*--create/);
    const created = await cli(['watchlist', 'add-person', 'Sabirli bloggers', 'Ilaha Rzayeva', '--create']);
    expect(created.stdout).toMatch(/watching #\d+ Ilaha Rzayeva/);

    const list = await cli(['watchlist', 'list', '--json']);
    const [row] = JSON.parse(list.stdout) as { name: string; email: string; people: { name: string }[]; lastSent: unknown }[];
    expect(row).toMatchObject({ name: 'Sabirli bloggers', email: 'monitor@fixture.example', lastSent: null });
    expect(row!.people.map((p) => p.name).sort()).toEqual(['Ilaha Rzayeva', 'Leyla Həsənova', 'Samir Novruzlu']);

    const removed = await cli(['watchlist', 'remove-person', 'Sabirli bloggers', 'Ilaha Rzayeva']);
    expect(removed.stdout).toMatch(/no longer watching #\d+ Ilaha Rzayeva/);
    const notThere = await cli(['watchlist', 'remove-person', 'Sabirli bloggers', 'Rauf Mirzayev']);
    expect(notThere.code).toBe(2);
    expect(notThere.stderr).toMatch(/nobody on the watchlist is known as "Rauf Mirzayev"/);

    const badEmail = await cli(['watchlist', 'add', 'Other', '--email', 'monitor@fixture.example, nobody']);
    expect(badEmail.code).toBe(2);
    expect(badEmail.stderr).toMatch(/--email: not an e-mail address: "nobody"/);
    const empty = await cli(['watchlist', 'add', '   ']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/watchlist name: must not be empty/);

    expect((await cli(['watchlist', 'add', 'Temporary'])).code).toBe(0);
    expect((await cli(['watchlist', 'remove', 'temporary'])).stdout).toContain('removed watchlist "Temporary"');
    const gone = await cli(['watchlist', 'remove', 'Temporary']);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toMatch(/there is no watchlist named "Temporary"/);
  });

  it('prints the digest as text, Markdown, HTML or Atom, watchlist people first', { timeout: 120_000 }, async () => {
    const since = ['--since', '7d', '--until', new Date(Date.now() + 60_000).toISOString()];
    const text = await cli(['digest', '--watchlist', 'Sabirli bloggers', ...since]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout.indexOf('On the watchlist “Sabirli bloggers” (2)')).toBeLessThan(text.stdout.indexOf('Sentences (1)'));
    expect(text.stdout).toContain(`event: https://review.fixture.example/events/${seeded.events['novruzlu-arrest']}`);
    const md = await cli(['digest', '--watchlist', 'Sabirli bloggers', '--format', 'md', ...since]);
    expect(md.stdout).toMatch(/^# Habeas digest: Sabirli bloggers$/m);
    const page = await cli(['digest', '--watchlist', 'Sabirli bloggers', '--format', 'html', ...since]);
    expect(page.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(page.stdout).not.toContain('<script>');
    const atom = await cli(['digest', '--format', 'atom', ...since]);
    expect(atom.stdout).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    const wrong = await cli(['digest', '--format', 'pdf']);
    expect(wrong.code).toBe(2);
    const both = await cli(['digest', '--watchlist', 'x', '--all']);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/exclude each other/);
    const badSince = await cli(['digest', '--since', 'last tuesday']);
    expect(badSince.code).toBe(2);
    expect(badSince.stderr).toMatch(/--since takes an ISO 8601 date/);
  });

  it('sends the digest through SMTP once, and never prints the SMTP password', { timeout: 120_000 }, async () => {
    const smtp = await startSmtpServer({ auth: { user: 'digest', pass: 'hunter2-secret' } });
    try {
      const smtpEnv = { SMTP_URL: smtp.url, HABEAS_MAIL_FROM: 'Habeas <digest@habeas.fixture.example>', LOG_LEVEL: 'debug' };
      // Absolute ends: an explicit period is sent once per exact period ("7d" moves with the clock).
      const period = ['--since', new Date(Date.now() - 7 * 86_400_000).toISOString(), '--until', new Date(Date.now() + 60_000).toISOString()];
      const first = await cli(['digest', '--all', '--send', ...period], smtpEnv);
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toMatch(/^Sabirli bloggers: sent to monitor@fixture.example: 4 confirmed events, 2 on the watchlist, 1 awaiting review$/m);
      const again = await cli(['digest', '--all', '--send', ...period], smtpEnv);
      expect(again.stdout).toMatch(/went out already/);
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]!.parsed.subject).toMatch(/^Habeas: 4 confirmed events, 2 on Sabirli bloggers/);
      for (const output of [first.stdout, first.stderr, again.stdout, again.stderr]) {
        expect(output).not.toContain('hunter2-secret');
      }
      expect(first.stderr).toContain(`smtp://127.0.0.1:${smtp.port}`); // the debug log names the server, not the login

      const noSmtp = await cli(['digest', '--watchlist', 'Sabirli bloggers', '--send'], { SMTP_URL: '' });
      expect(noSmtp.code).toBe(2);
      expect(noSmtp.stderr).toMatch(/SMTP_URL is not set/);
    } finally {
      await smtp.close();
    }
  });

  it('exports source trails to a file in each format, with progress on stderr', { timeout: 120_000 }, async () => {
    for (const format of ['json', 'csv', 'warc'] as const) {
      const out = path.join(dir, `trail.${format}`);
      const result = await cli(['export', '--format', format, '--out', out]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toMatch(/export: 4\/4 events/);
      expect(result.stderr).toContain(`exported 4 confirmed events, 5 sources, 5 snapshots to ${out}`);
      expect((await stat(out)).size).toBeGreaterThan(100);
      await expect(stat(`${out}.partial`)).rejects.toThrow();
    }
    const json = JSON.parse(await readFile(path.join(dir, 'trail.json'), 'utf8')) as { events: { url: string }[] };
    expect(json.events[0]!.url).toMatch(/^https:\/\/review\.fixture\.example\/events\/\d+$/);

    const one = await cli(['export', '--format', 'json', '--event', String(seeded.events['pardon-41'])]);
    expect(one.code, one.stderr).toBe(0);
    expect((JSON.parse(one.stdout) as { events: unknown[] }).events).toHaveLength(1);
    const pending = await cli(['export', '--format', 'csv', '--event', String(seeded.events['guliyev-arrest']), '--out', path.join(dir, 'pending.csv')]);
    expect(pending.code).toBe(1);
    expect(pending.stderr).toMatch(/is pending; only confirmed events are exported/);
    await expect(stat(path.join(dir, 'pending.csv'))).rejects.toThrow();
    await expect(stat(path.join(dir, 'pending.csv.partial'))).rejects.toThrow();
    const badFormat = await cli(['export', '--format', 'xml']);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toMatch(/--format is one of json, csv, warc/);
  });
});
