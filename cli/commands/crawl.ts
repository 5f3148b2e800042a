// `habeas crawl --outlet ID --once` / `--all --once`: discover, fetch, snapshot and parse.
// Progress per stage on stderr, the summary on stdout. With no HABEAS_OUTLETS the fixture
// registry is used and the fixture server is started here (port 8765, or FIXTURE_URL).
import type { Command } from 'commander';
import { loadConfig, logger } from '../../core/index.ts';
import { crawlOutlet, findOutlet, loadOutlets, parseArticle, progressLine, storeSink, summaryLines, type CrawlCounts, type Outlet } from '../../crawler/index.ts';
import { migrationStatus, recordOutletResult } from '../../store/index.ts';
import { UsageError } from '../errors.ts';
import { withStore } from '../store.ts';
import { withRegistry } from './registry.ts';

type Options = { outlet?: string; all?: boolean; once?: boolean };

function progressPrinter(): { update(counts: CrawlCounts): void; done(): void } {
  let last = 0;
  let pending: CrawlCounts | undefined;
  const tty = process.stderr.isTTY;
  const print = (counts: CrawlCounts) => process.stderr.write(tty ? `\r\x1b[K${progressLine(counts)}` : `${progressLine(counts)}\n`);
  return {
    update(counts) {
      pending = counts;
      if (Date.now() - last < (tty ? 200 : 1000)) return;
      last = Date.now();
      print(counts);
      pending = undefined;
    },
    done() {
      if (pending) print(pending);
      if (tty) process.stderr.write('\n');
      pending = undefined;
      last = 0;
    },
  };
}

export function register(program: Command): void {
  program
    .command('crawl')
    .description('discover and fetch new articles of one outlet (--outlet ID) or all (--all), store their snapshots and parse them')
    .option('--outlet <id>', 'outlet id from the registry')
    .option('--all', 'every enabled outlet in the registry, one after another')
    .option('--once', 'one pass, then exit (scheduled crawling runs through the queue)')
    .action(async (options: Options) => {
      if (!options.once) throw new UsageError('crawl needs --once (scheduled crawling is the queue worker\'s job)');
      if (!options.outlet === !options.all) throw new UsageError('crawl needs exactly one of --outlet ID or --all');
      await withRegistry(loadConfig(), async (registry) => {
        const outlets = await loadOutlets(registry.file, registry.vars);
        const chosen: Outlet[] = options.all ? outlets.filter((outlet) => outlet.enabled) : [findOutlet(outlets, options.outlet!)];
        await withStore(async (store) => {
          if (!(await migrationStatus(store)).upToDate) throw new UsageError("the database is not up to date: run 'habeas db migrate' first");
          const sink = storeSink(store.db);
          let failedOutlets = 0;
          for (const outlet of chosen) {
            const printer = progressPrinter();
            const counts = await crawlOutlet(outlet, { sink, parse: parseArticle, onProgress: (c) => printer.update(c) });
            printer.done();
            process.stdout.write(`${summaryLines(counts).join('\n')}\n`);
            const allSourcesFailed = counts.sources > 0 && counts.sourcesFailed >= counts.sources;
            if (allSourcesFailed) failedOutlets++;
            await recordOutletResult(store.db, outlet.id, allSourcesFailed ? { ok: false, error: counts.failed.map((f) => `${f.url}: ${f.message}`).join('; ') } : { ok: true });
          }
          if (failedOutlets) {
            logger('cli').warn({ failedOutlets }, 'some outlets could not be crawled');
            process.exitCode = 1;
          }
        });
      });
    });
}
