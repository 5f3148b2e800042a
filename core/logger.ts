// Structured logs (pino) on stderr, so stdout stays free for machine output such as
// `habeas extract`. Quiet on a terminal unless LOG_LEVEL says otherwise; secrets redacted.
import pino, { type Logger } from 'pino';

const redactPaths = [
  'DATABASE_URL', 'REDIS_URL', 'SMTP_URL', 'SESSION_SECRET', 'password', 'passwordHash',
  '*.password', '*.passwordHash', 'headers.cookie', 'headers.authorization', 'req.headers.cookie',
  'req.headers.authorization', 'config.DATABASE_URL', 'config.REDIS_URL', 'config.SMTP_URL', 'config.SESSION_SECRET',
];

let root: Logger | undefined;

export function rootLogger(): Logger {
  if (!root) {
    const level = process.env.LOG_LEVEL || (process.stderr.isTTY ? 'warn' : 'info');
    root = pino({ level, redact: { paths: redactPaths, censor: '***' } }, pino.destination(2));
  }
  return root;
}

/** A child logger for one module, e.g. logger('store'). */
export function logger(module: string): Logger {
  return rootLogger().child({ module });
}

export type { Logger };
