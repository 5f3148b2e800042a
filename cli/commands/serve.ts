// `habeas serve`: the review web app on its own (the pipeline may run elsewhere, or
// `habeas run` serves it too). Redis is optional here: without it the queue views say so.
import type { Command } from 'commander';
import { loadConfig, logger } from '../../core/index.ts';
import { closeQueues, connectRedis, createQueues, type Queues } from '../../queue/index.ts';
import { countUsers, migrate, type Db } from '../../store/index.ts';
import { withStore } from '../store.ts';

export type ServeContext = { db: Db; queues: Queues | null };

/** Starts the review app with the configured host, port and cookie settings. */
export async function serveReview(ctx: ServeContext) {
  const config = loadConfig();
  // Loaded here, not at start-up: the other commands need none of the web stack.
  const { startReviewServer } = await import('../../review/index.ts');
  const server = await startReviewServer({
    db: ctx.db,
    queues: ctx.queues,
    host: config.HOST,
    port: config.PORT,
    sessionSecret: config.SESSION_SECRET,
    cookieSecure: config.HABEAS_COOKIE_SECURE,
    trustProxy: config.HABEAS_TRUST_PROXY,
    publicUrl: config.HABEAS_PUBLIC_URL,
  });
  process.stderr.write(`habeas: review app at ${server.url}\n`);
  if ((await countUsers(ctx.db)) === 0) {
    process.stderr.write("habeas: no user yet: create the first admin with 'npm run habeas -- users add --email you@example.org --role admin'\n");
  }
  return server;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('the review web app (HOST, PORT); Ctrl-C stops it')
    .action(async () => {
      const config = loadConfig();
      await withStore(async (store) => {
        await migrate(store);
        let queues: Queues | null = null;
        let disconnect = () => {};
        try {
          const connection = await connectRedis(config.REDIS_URL, 2_000);
          queues = createQueues({ connection, prefix: config.HABEAS_QUEUE_PREFIX });
          disconnect = () => connection.disconnect();
        } catch (error) {
          logger('cli').warn({ err: (error as Error).message }, 'Redis unreachable: serving without queue views');
          process.stderr.write(`habeas: ${(error as Error).message}; serving without the queue views\n`);
        }
        // Listen for the signal before the URL is printed: whoever reads it may stop us at once.
        const stopped = new Promise<string>((resolve) => {
          process.once('SIGINT', () => resolve('SIGINT'));
          process.once('SIGTERM', () => resolve('SIGTERM'));
        });
        const server = await serveReview({ db: store.db, queues });
        const signal = await stopped;
        process.stderr.write(`habeas: ${signal}: stopping the review app\n`);
        await server.close();
        if (queues) await closeQueues(queues);
        disconnect();
      });
    });
}
