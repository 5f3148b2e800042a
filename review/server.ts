// Starts the review app on a port: used by `habeas serve` and by `habeas run`.
import type { FastifyInstance } from 'fastify';
import { logger } from '../core/index.ts';
import { deleteExpiredSessions } from '../store/index.ts';
import { buildReviewApp, type ReviewAppOptions } from './app.ts';

export type ReviewServer = { app: FastifyInstance; url: string; close(): Promise<void> };

export async function startReviewServer(options: ReviewAppOptions & { host: string; port: number }): Promise<ReviewServer> {
  const log = logger('review');
  const app = await buildReviewApp({ logger: false, ...options });
  await app.listen({ host: options.host, port: options.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  const url = `http://${host}:${port}/`;
  // Expired sessions are refused when seen; this only keeps the table small.
  const sweep = setInterval(() => void deleteExpiredSessions(options.db).catch((err: Error) => log.warn({ err: err.message }, 'could not delete expired sessions')), 3600_000);
  sweep.unref();
  log.info({ url }, 'review app listening');
  return {
    app,
    url,
    async close() {
      clearInterval(sweep);
      await app.close();
    },
  };
}
