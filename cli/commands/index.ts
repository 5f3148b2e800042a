// The sub-commands. Each module exports register(program) and stays thin: parse and
// validate the options (zod), call the stage, print, set the exit code.
//
// Modules are imported only when their command runs: loading every stage (crawlee, the
// web stack, the extractor's word lists) cost every invocation seconds, and outside checks
// start `habeas extract` and `habeas parse` once per manifest. `--help` and an unknown
// command load them all, so help lists every command.
import type { Command } from 'commander';

type CommandModule = { register(program: Command): void };

const modules = {
  db: () => import('./db.ts'),
  extract: () => import('./extract.ts'),
  parse: () => import('./parse.ts'),
  crawl: () => import('./crawl.ts'),
  reparse: () => import('./reparse.ts'),
  pipeline: () => import('./pipeline.ts'),
  demo: () => import('./demo.ts'),
  users: () => import('./users.ts'),
  serve: () => import('./serve.ts'),
  digest: () => import('./digest.ts'),
  export: () => import('./export.ts'),
  watchlist: () => import('./watchlist.ts'),
} satisfies Record<string, () => Promise<CommandModule>>;

type ModuleName = keyof typeof modules;

/** Which module registers each top-level command. */
const moduleOfCommand: Record<string, ModuleName> = {
  db: 'db',
  extract: 'extract',
  parse: 'parse',
  crawl: 'crawl',
  reparse: 'reparse',
  run: 'pipeline',
  worker: 'pipeline',
  status: 'pipeline',
  jobs: 'pipeline',
  demo: 'demo',
  users: 'users',
  serve: 'serve',
  digest: 'digest',
  export: 'export',
  watchlist: 'watchlist',
};

/** Registers the command named in argv (after node and the script), or all of them. */
export async function registerCommands(program: Command, args: string[]): Promise<void> {
  const first = args.find((arg) => !arg.startsWith('-'));
  const only = first !== undefined && Object.hasOwn(moduleOfCommand, first) ? moduleOfCommand[first] : undefined;
  const names = only ? [only] : (Object.keys(modules) as ModuleName[]);
  for (const name of names) (await modules[name]()).register(program);
}
