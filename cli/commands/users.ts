// `habeas users add --email … --role … [--name …]` (the password from stdin, or asked for
// without echo on a terminal) and `habeas users list`.
import type { Command } from 'commander';
import { z } from 'zod';
import { createUser, findUserByEmail, listUsers, migrate } from '../../store/index.ts';
import { UsageError } from '../errors.ts';
import { withStore } from '../store.ts';

/** Reads a password: typed without echo on a terminal, else the first line of stdin. */
export async function readPassword(prompt: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    let data = '';
    for await (const chunk of stdin) data += chunk;
    return data.split(/\r?\n/)[0] ?? '';
  }
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let value = '';
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003') return done(new UsageError('cancelled'));
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.on('data', onData);
  });
}

function describe(error: z.ZodError): string {
  return error.issues.map((issue) => `--${String(issue.path[0] ?? '?')}: ${issue.message}`).join('; ');
}

export function register(program: Command): void {
  const users = program.command('users').description('accounts of the review app: add, list');

  users
    .command('add')
    .description('create a user; the password is read from stdin (or asked for, without echo)')
    .requiredOption('--email <address>', 'e-mail address, the login name')
    .requiredOption('--role <role>', 'admin, reviewer or viewer')
    .option('--name <name>', 'display name')
    .action(async (options: { email: string; role: string; name?: string }) => {
      // The review app's own schema and hashing; loaded here so other commands start without it.
      const { hashPassword, newUserSchema } = await import('../../review/index.ts');
      const head = newUserSchema.omit({ password: true }).safeParse({ email: options.email, role: options.role.toUpperCase(), name: options.name });
      if (!head.success) throw new UsageError(describe(head.error));
      const password = await readPassword(`password for ${head.data.email} (at least 12 characters): `);
      const parsed = newUserSchema.safeParse({ ...head.data, password });
      if (!parsed.success) throw new UsageError(describe(parsed.error).replace('--password', 'password'));
      await withStore(async (store) => {
        await migrate(store);
        if (await findUserByEmail(store.db, parsed.data.email)) throw new UsageError(`${parsed.data.email} has an account already`);
        const user = await createUser(store.db, { email: parsed.data.email, name: parsed.data.name ?? null, role: parsed.data.role, passwordHash: await hashPassword(parsed.data.password) });
        process.stdout.write(`created ${user.role.toLowerCase()} ${user.email} (user #${user.id})\n`);
      });
    });

  users
    .command('list')
    .description('every account with its role')
    .option('--json', 'one JSON object per line')
    .action(async (options: { json?: boolean }) => {
      await withStore(async (store) => {
        for (const user of await listUsers(store.db)) {
          process.stdout.write(options.json ? `${JSON.stringify(user)}\n` : `${user.email}\t${user.role.toLowerCase()}${user.disabled ? ' (disabled)' : ''}\t${user.name ?? ''}\n`);
        }
      });
    });
}
