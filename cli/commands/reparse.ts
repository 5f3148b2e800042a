// `habeas reparse [--outlet ID]`: parse the stored snapshots again, fetching nothing.
import type { Command } from 'commander';
import { loadConfig } from '../../core/index.ts';
import { loadOutlets, parseArticle, reparseSnapshots, storeSink, type Outlet } from '../../crawler/index.ts';
import { withStore } from '../store.ts';
import { withRegistry } from './registry.ts';

export function register(program: Command): void {
  program
    .command('reparse')
    .description('run the article parser again over stored snapshots (the newest of each article)')
    .option('--outlet <id>', 'only this outlet\'s articles')
    .action(async (options: { outlet?: string }) => {
      // The registry gives the outlets' selector profiles; no fetching, so no fixture server.
      const outlets: Outlet[] = await withRegistry(loadConfig(), (registry) => loadOutlets(registry.file, registry.vars), { serve: false }).catch(() => []);
      await withStore(async (store) => {
        const counts = await reparseSnapshots(storeSink(store.db), parseArticle, {
          outletId: options.outlet,
          outlets,
          onProgress: (c) => {
            if (c.snapshots % 100 === 0) process.stderr.write(`reparse: ${c.snapshots} snapshots, ${c.parsed} parsed, ${c.failed} failed\n`);
          },
        });
        process.stdout.write(
          `reparsed ${counts.snapshots} snapshots${options.outlet ? ` of ${options.outlet}` : ''}: ${counts.parsed} parsed, ${counts.notArticle} not articles, ${counts.failed} failed\n`,
        );
        if (counts.failed) process.exitCode = 1;
      });
    });
}
