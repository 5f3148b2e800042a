// One line per sub-command. Each module exports register(program) and stays thin:
// parse and validate the options (zod), call the stage, print, set the exit code.
import type { Command } from 'commander';
import { register as registerDb } from './db.ts';
import { register as registerExtract } from './extract.ts';
import { register as registerCrawl } from './crawl.ts';
import { register as registerReparse } from './reparse.ts';
import { register as registerPipeline } from './pipeline.ts';
import { register as registerDemo } from './demo.ts';
import { register as registerUsers } from './users.ts';
import { register as registerServe } from './serve.ts';
import { register as registerDigest } from './digest.ts';
import { register as registerExport } from './export.ts';
import { register as registerWatchlist } from './watchlist.ts';
import { register as registerParse } from './parse.ts';

export function registerCommands(program: Command): void {
  registerDb(program);
  registerExtract(program);
  registerCrawl(program);
  registerReparse(program);
  registerPipeline(program);
  registerDemo(program);
  registerUsers(program);
  registerServe(program);
  registerDigest(program);
  registerExport(program);
  registerWatchlist(program);
  registerParse(program);
}
