// `habeas demo`: the README's main job. Serves the fixture outlets locally, runs the whole
// pipeline over them (discover → fetch → extract → pending events) on the embedded
// database, shows per-stage progress, and ends with a summary.
import type { Command } from 'commander';
import { loadConfig } from '../../core/index.ts';
import { discoverJob, enqueue, listFailedJobs, startPipeline, QUEUE_NAMES } from '../../queue/index.ts';
import { isIdle, progressLine, readProgress, withPipelineContext, type Progress } from '../pipeline-context.ts';

const POLL_MS = 250;

export function register(program: Command): void {
  program
    .command('demo')
    .description('serve the fixture outlets, run the whole pipeline over them, show progress, and summarise')
    .option('--timeout <seconds>', 'give up waiting after this long', '300')
    .action(async (options: { timeout: string }) => {
      const config = loadConfig();
      const timeoutMs = Math.max(10, Number(options.timeout) || 300) * 1000;
      await withPipelineContext(async ({ store, outlets }) => {
        const enabled = outlets.filter((outlet) => outlet.enabled);
        const pipeline = await startPipeline({ db: store.db, redisUrl: config.REDIS_URL, prefix: config.HABEAS_QUEUE_PREFIX, workers: [...QUEUE_NAMES], outlets });
        const tty = process.stderr.isTTY;
        try {
          const before = await readProgress(pipeline.queues, store.db);
          const runId = new Date().toISOString().replace(/[^0-9]/g, '');
          for (const outlet of enabled) await enqueue(pipeline.queues, discoverJob, { v: 1, outletId: outlet.id, runId });
          process.stderr.write(`demo: ${enabled.length} outlets (${enabled.map((o) => o.id).join(', ')}), ${store.kind} database at ${store.location}\n`);
          const started = Date.now();
          let progress: Progress = before;
          let lastPrinted = 0;
          let idleFor = 0;
          while (Date.now() - started < timeoutMs) {
            await new Promise((resolve) => setTimeout(resolve, POLL_MS));
            progress = await readProgress(pipeline.queues, store.db);
            if (tty) process.stderr.write(`\r\x1b[K${progressLine(progress)}`);
            else if (Date.now() - lastPrinted > 2000) {
              process.stderr.write(`${progressLine(progress)}\n`);
              lastPrinted = Date.now();
            }
            idleFor = isIdle(progress) ? idleFor + 1 : 0;
            if (idleFor >= 3) break;
          }
          if (tty) process.stderr.write('\n');
          const seconds = ((Date.now() - started) / 1000).toFixed(1);
          const failed = await listFailedJobs(pipeline.queues, { limit: 20 });
          const s = progress.store;
          const lines = [
            '',
            `Habeas demo finished in ${seconds} s${isIdle(progress) ? '' : ' (timed out: some jobs are still queued)'}`,
            `  articles stored:  ${s.articles} (${s.articles - before.store.articles} new this run), ${s.parsed} parsed`,
            `  candidates:       ${s.candidates}`,
            `  pending events:   ${s.events.pending} (confirmed ${s.events.confirmed}, rejected ${s.events.rejected})`,
            `  failed jobs:      ${failed.length}${failed.length ? ` (see 'npm run habeas -- jobs failed')` : ''}`,
          ];
          if (s.articles === before.store.articles) lines.push('  nothing new: every article was already stored (a second run fetches nothing new)');
          lines.push(`  review app:       http://${config.HOST}:${config.PORT}/ (start it with 'npm run habeas -- serve')`);
          process.stdout.write(`${lines.join('\n')}\n`);
        } finally {
          await pipeline.close();
        }
      });
    });
}
