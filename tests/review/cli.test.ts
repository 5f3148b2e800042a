import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../review/index.ts';
import { runCli } from '../support/cli.ts';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';

let database: TestDatabase;
let env: Record<string, string>;

beforeAll(async () => {
  database = await createTestDatabase('postgres');
  env = { DATABASE_URL: database.url!, REDIS_URL: 'redis://127.0.0.1:1' };
});
afterAll(async () => database?.drop());

describe('habeas users', () => {
  it('creates the first admin with the password from stdin, hashed', async () => {
    const result = await runCli(['users', 'add', '--email', 'First.Admin@Habeas.test', '--role', 'admin', '--name', 'First Admin'], { env, input: 'a long admin password\n' });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^created admin first.admin@habeas.test \(user #\d+\)\n$/);
    const user = await database.store.db.user.findUniqueOrThrow({ where: { email: 'first.admin@habeas.test' } });
    expect(user).toMatchObject({ role: 'ADMIN', name: 'First Admin' });
    expect(await verifyPassword('a long admin password', user.passwordHash)).toBe(true);
    const list = await runCli(['users', 'list'], { env });
    expect(list.stdout).toBe('first.admin@habeas.test\tadmin\tFirst Admin\n');
  }, 120_000);

  it.each([
    [['--email', 'nope', '--role', 'boss'], 'x'.repeat(20), /--email: not an e-mail address; --role: the role is one of ADMIN, REVIEWER, VIEWER/],
    [['--email', 'a@habeas.test', '--role', 'viewer'], 'short', /password: at least 12 characters/],
    [['--email', 'first.admin@habeas.test', '--role', 'viewer'], 'x'.repeat(20), /has an account already/],
  ])('refuses %j with a usage error', async (args, password, message) => {
    const result = await runCli(['users', 'add', ...args], { env, input: `${password}\n` });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  }, 60_000);
});

describe('habeas serve', () => {
  it('serves the review app on HOST:PORT without Redis, and stops on SIGTERM', async () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'cli/main.ts'), 'serve'], {
      cwd: root, env: { ...process.env, ...env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL in time: ${stderr}`)), 30_000);
        child.stderr.on('data', () => {
          const match = /review app at (http:\/\/\S+)/.exec(stderr);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]!);
          }
        });
      });
      expect(stderr).toMatch(/serving without the queue views/);
      const login = await fetch(new URL('/login', url));
      expect(login.status).toBe(200);
      expect(await login.text()).toContain('Sign in');
      const inbox = await fetch(new URL('/inbox', url), { redirect: 'manual' });
      expect(inbox.status).toBe(303);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  }, 60_000);
});
