// One zod schema for every setting, read once at start-up (crawlee's configuration.ts,
// miniflux's options.go). A wrong value stops start-up with a message that names the
// setting and what it expects. Secrets are marked so that logs never print them.
import path from 'node:path';
import { z } from 'zod';

const urlWithProtocols = (protocols: string[]) =>
  z
    .string()
    .url()
    .refine((value) => protocols.includes(new URL(value).protocol), {
      message: `expected a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`,
    });

const logLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

export const configSchema = z.object({
  DATABASE_URL: urlWithProtocols(['postgres:', 'postgresql:'])
    .optional()
    .describe('secret: PostgreSQL server; unset means the embedded PGlite database'),
  HABEAS_DATA_DIR: z.string().min(1).default('./data').describe('folder for the embedded database and local files'),
  REDIS_URL: urlWithProtocols(['redis:', 'rediss:']).default('redis://127.0.0.1:6379').describe('secret: Redis for the queues'),
  HABEAS_QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_-]+$/, 'letters, digits, ":", "_" or "-"')
    .default('habeas')
    .describe('Redis key prefix of every queue'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000).describe('port of the review web app'),
  HOST: z.string().min(1).default('127.0.0.1').describe('address the review web app listens on'),
  SMTP_URL: urlWithProtocols(['smtp:', 'smtps:']).optional().describe('secret: mail server for the digest'),
  HABEAS_MAIL_FROM: z.string().min(3).default('Habeas <habeas@localhost>').describe('sender of the digest e-mail, "Name <address>" or an address'),
  HABEAS_PUBLIC_URL: urlWithProtocols(['http:', 'https:'])
    .default('http://127.0.0.1:3000')
    .describe('base URL of the review app as readers reach it; digest and export links to events and snapshots start with it'),
  SESSION_SECRET: z.string().min(32, 'at least 32 characters').optional().describe('secret: signs session cookies'),
  HABEAS_COOKIE_SECURE: z.enum(['auto', 'always', 'never']).default('auto').describe("session cookies marked Secure: auto (when the request came over HTTPS), always or never"),
  HABEAS_TRUST_PROXY: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((value) => value === 'true' || value === '1')
    .describe('trust X-Forwarded-Proto / -For from a reverse proxy in front of the review app'),
  HABEAS_OUTLETS: z.string().min(1).optional().describe('path of outlets.yaml; unset means the fixture outlets'),
  LOG_LEVEL: logLevel.optional().describe('pino level; default info, or warn on a terminal'),
  HABEAS_DIGEST_SCHEDULE: z
    .string()
    .trim()
    .regex(/^(off|(\S+\s+){4}\S+)$/, 'a cron pattern of five fields (minute hour day month weekday, e.g. "0 7 * * *") or off')
    .default('0 7 * * *')
    .describe('when habeas run sends the digest of every watchlist (cron, UTC; needs SMTP_URL), or off'),
  HABEAS_JOB_LOCK_MS: z.coerce.number().int().min(1000).default(30_000).describe('how long a job stays locked to a worker that stopped answering before another takes it'),
  HABEAS_DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000).describe('how long to wait for the database'),
});

export type Config = z.infer<typeof configSchema>;

/** Names of settings whose values must never be logged. */
export const secretSettings: ReadonlySet<string> = new Set(
  Object.entries(configSchema.shape)
    .filter(([, schema]) => schema.description?.startsWith('secret:'))
    .map(([name]) => name),
);

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses settings from an environment-like object. Throws ConfigError naming each bad setting. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  // Treat empty strings as unset: `FOO= habeas …` should mean "no FOO".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const result = configSchema.safeParse(cleaned);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? '?');
    const expected = configSchema.shape[name as keyof typeof configSchema.shape]?.description?.replace(/^secret: /, '');
    return `  ${name}: ${issue.message}${expected ? ` (${expected})` : ''}`;
  });
  throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
}

let cached: Config | undefined;

/** The process configuration, parsed from process.env once. */
export function loadConfig(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}

export function dataDir(config: Config): string {
  return path.resolve(config.HABEAS_DATA_DIR);
}

/** A copy of a URL with its password replaced, for messages and logs. */
export function redactUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '<unparseable URL>';
  }
}
