import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { buildReviewApp } from '../../review/index.ts';
import { createWatchlist } from '../../store/index.ts';
import { seedDigestFixtures, type Seeded } from './seed.ts';
import { startSmtpServer } from './smtp.ts';

// Each command runs in a child process, as a user runs it; a start-up costs seconds of CPU
// (the whole command tree loads), so each test runs only the commands its behaviour needs and
// the rest is tested in process (digest.test.ts, send.test.ts, export.test.ts).
const timeout = 300_000;

describe('habeas watchlist, digest and export', () => {
  let database: TestDatabase;
  let seeded: Seeded;
  let dir: string;
  let env: Record<string, string>;
  const cli = (args: string[], extra: Record<string, string> = {}) => runCli(args, { env: { ...env, ...extra } });

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    env = { DATABASE_URL: database.url!, HABEAS_PUBLIC_URL: 'https://review.fixture.example' };
    seeded = await seedDigestFixtures(database.store.db);
    dir = await mkdtemp(path.join(os.tmpdir(), 'habeas-digest-cli-'));
  }, 120_000);
  afterAll(async () => {
    await database?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('creates a watchlist, adds people by any spelling of their name, lists and removes them', { timeout }, async () => {
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

    const unknown = await cli(['watchlist', 'add-person', 'Sabirli bloggers', 'Ilaha Rzayeva']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/nobody is known as "Ilaha Rzayeva".*--create/);
    const created = await cli(['watchlist', 'add-person', 'Sabirli bloggers', 'Ilaha Rzayeva', '--create']);
    expect(created.stdout).toMatch(/watching #\d+ Ilaha Rzayeva/);

    const removed = await cli(['watchlist', 'remove-person', 'Sabirli bloggers', 'ILAHA RZAYEVA']);
    expect(removed.stdout).toMatch(/no longer watching #\d+ Ilaha Rzayeva/);

    const list = await cli(['watchlist', 'list', '--json']);
    const [row] = JSON.parse(list.stdout) as { name: string; email: string; people: { name: string }[]; lastSent: unknown }[];
    expect(row).toMatchObject({ name: 'Sabirli bloggers', email: 'monitor@fixture.example', lastSent: null });
    expect(row!.people.map((p) => p.name)).toEqual(['Leyla Həsənova']);

    const badEmail = await cli(['watchlist', 'add', 'Other', '--email', 'monitor@fixture.example, nobody']);
    expect(badEmail.code).toBe(2);
    expect(badEmail.stderr).toMatch(/--email: not an e-mail address: "nobody"/);
  });

  it('prints the digest as text or HTML, watchlist people first, and refuses contradictory options', { timeout }, async () => {
    const since = ['--since', '7d', '--until', new Date(Date.now() + 60_000).toISOString()];
    const text = await cli(['digest', '--watchlist', 'sabirli bloggers', ...since]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^Habeas digest: Sabirli bloggers$/m);
    expect(text.stdout.indexOf('On the watchlist “Sabirli bloggers” (1)')).toBeLessThan(text.stdout.indexOf('Sentences (1)'));
    expect(text.stdout).toContain(`event: https://review.fixture.example/events/${seeded.events['hasanova-release']}`);
    const page = await cli(['digest', '--format', 'html', ...since]);
    expect(page.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(page.stdout).not.toContain('<script>');
    const both = await cli(['digest', '--watchlist', 'x', '--all', '--since', 'last tuesday']);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/exclude each other/);
  });

  it('sends the digest through SMTP once, and never prints the SMTP password', { timeout }, async () => {
    const smtp = await startSmtpServer({ auth: { user: 'digest', pass: 'hunter2-secret' } });
    try {
      const smtpEnv = { SMTP_URL: smtp.url, HABEAS_MAIL_FROM: 'Habeas <digest@habeas.fixture.example>', LOG_LEVEL: 'debug' };
      // Absolute ends: an explicit period is sent once per exact period ("7d" moves with the clock).
      const period = ['--since', new Date(Date.now() - 7 * 86_400_000).toISOString(), '--until', new Date(Date.now() + 60_000).toISOString()];
      const first = await cli(['digest', '--all', '--send', ...period], smtpEnv);
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toMatch(/^Sabirli bloggers: sent to monitor@fixture.example: 4 confirmed events, 1 on the watchlist, 1 awaiting review$/m);
      const again = await cli(['digest', '--all', '--send', ...period], smtpEnv);
      expect(again.stdout).toMatch(/went out already/);
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]!.parsed.subject).toMatch(/^Habeas: 4 confirmed events, 1 on Sabirli bloggers/);
      for (const output of [first.stdout, first.stderr, again.stdout, again.stderr]) {
        expect(output).not.toContain('hunter2-secret');
      }
      expect(first.stderr).toContain(`smtp://127.0.0.1:${smtp.port}`); // the debug log names the server, not the login
    } finally {
      await smtp.close();
    }
  });

  it('exports source trails to a file or standard output, with progress on stderr, and refuses an unconfirmed event', { timeout }, async () => {
    const out = path.join(dir, 'trail.warc.gz');
    const warc = await cli(['export', '--format', 'warc', '--out', out]);
    expect(warc.code, warc.stderr).toBe(0);
    expect(warc.stderr).toMatch(/export: 4\/4 events/);
    expect(warc.stderr).toContain(`exported 4 confirmed events, 5 sources, 5 snapshots to ${out}`);
    expect((await readFile(out)).subarray(0, 2).toString('hex')).toBe('1f8b');
    await expect(stat(`${out}.partial`)).rejects.toThrow();

    const one = await cli(['export', '--format', 'json', '--event', String(seeded.events['pardon-41'])]);
    expect(one.code, one.stderr).toBe(0);
    const doc = JSON.parse(one.stdout) as { events: { url: string; count: number }[] };
    expect(doc.events).toEqual([expect.objectContaining({ count: 41, url: `https://review.fixture.example/events/${seeded.events['pardon-41']}` })]);

    const pending = await cli(['export', '--format', 'csv', '--event', String(seeded.events['guliyev-arrest']), '--out', path.join(dir, 'pending.csv')]);
    expect(pending.code).toBe(1);
    expect(pending.stderr).toMatch(/is pending; only confirmed events are exported/);
    await expect(stat(path.join(dir, 'pending.csv'))).rejects.toThrow();
    await expect(stat(path.join(dir, 'pending.csv.partial'))).rejects.toThrow();
  });

  it('makes a secret feed address that the review app serves, lists it, and revokes it', { timeout }, async () => {
    await createWatchlist(database.store.db, { name: 'Feed desk' });
    const made = await cli(['watchlist', 'feed', 'feed DESK']);
    expect(made.code, made.stderr).toBe(0);
    const address = made.stdout.trim();
    expect(address).toMatch(/^https:\/\/review\.fixture\.example\/watchlists\/\d+\/digest\.atom\?token=[A-Za-z0-9_-]{43}$/);
    expect(made.stderr).toMatch(/feed address; give it to a feed reader, keep it private/);
    const app = await buildReviewApp({ db: database.store.db, publicUrl: env.HABEAS_PUBLIC_URL });
    try {
      const path = address.slice(env.HABEAS_PUBLIC_URL!.length);
      const served = await app.inject({ method: 'GET', url: path });
      expect(served.statusCode).toBe(200);
      expect(served.headers['content-type']).toMatch(/^application\/atom\+xml/);
      const list = await cli(['watchlist', 'list']);
      expect(list.stdout).toMatch(/Feed desk \(no e-mail\)\n.*\n  feed: on since \d{4}-/);
      const revoked = await cli(['watchlist', 'feed', 'Feed desk', '--revoke']);
      expect(revoked.stdout).toBe('watchlist "Feed desk": feed revoked\n');
      expect((await app.inject({ method: 'GET', url: path })).statusCode).toBe(403);
    } finally {
      await app.close();
    }
  });
});
