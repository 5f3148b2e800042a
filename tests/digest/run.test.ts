// `habeas run` sends the daily digest on its schedule: the service as operators start it, in
// a child process, with a real SMTP server and the schedule set to every minute.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWatchlistPerson, createWatchlist, findPeopleByAlias } from '../../store/index.ts';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { waitFor } from '../support/pipeline.ts';
import { dropPrefix, REDIS_URL, testPrefix } from '../support/redis.ts';
import { seedDigestFixtures } from './seed.ts';
import { startSmtpServer, type TestSmtpServer } from './smtp.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('habeas run and the daily digest', () => {
  let database: TestDatabase;
  let smtp: TestSmtpServer;
  let child: ChildProcess | undefined;
  let stderr = '';
  const prefix = testPrefix();

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    const db = database.store.db;
    await seedDigestFixtures(db);
    // Decided ten minutes ago: settled, so the first scheduled digest carries them.
    await db.event.updateMany({ where: { decidedAt: { not: null } }, data: { decidedAt: new Date(Date.now() - 10 * 60_000) } });
    const list = await createWatchlist(db, { name: 'Sabirli bloggers', email: 'monitor@fixture.example' });
    const [person] = await findPeopleByAlias(db, 'Samir Novruzlu');
    await addWatchlistPerson(db, list.id, person!.id);
    smtp = await startSmtpServer();
  }, 120_000);
  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await smtp?.close();
    await dropPrefix(prefix);
    await database?.drop();
  });

  it('sends the digest at the scheduled minute, and stops cleanly on SIGTERM', { timeout: 150_000 }, async () => {
    child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'cli/main.ts'), 'run'], {
      cwd: root,
      env: {
        ...process.env, LOG_LEVEL: 'warn', DATABASE_URL: database.url, REDIS_URL, HABEAS_QUEUE_PREFIX: prefix, PORT: '0',
        SMTP_URL: smtp.url, HABEAS_MAIL_FROM: 'Habeas <digest@fixture.example>', HABEAS_PUBLIC_URL: 'https://review.fixture.example',
        HABEAS_DIGEST_SCHEDULE: '* * * * *',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child!.once('exit', resolve));
    await waitFor(async () => stderr.includes('worker(s) running') || child!.exitCode !== null, 60_000);
    expect(child.exitCode, stderr).toBeNull();
    // The next minute boundary, and the job's run.
    await waitFor(async () => smtp.received.length > 0, 80_000);
    const mail = smtp.received[0]!;
    expect(mail.envelope.to).toEqual(['monitor@fixture.example']);
    expect(mail.parsed.subject).toMatch(/on Sabirli bloggers/);
    expect(mail.parsed.text).toContain('Samir Novruzlu');
    expect(mail.parsed.text).toContain('https://review.fixture.example/');
    child.kill('SIGTERM');
    expect(await exited, stderr).toBe(0);
    // Once a period, however often the schedule fires: still one message.
    expect(smtp.received).toHaveLength(1);
  });
});
