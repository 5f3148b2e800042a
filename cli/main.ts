#!/usr/bin/env node
// The `habeas` command. Thin: each sub-command lives in cli/commands/<name>.ts and
// calls into the stage folders; this file only wires them to commander.
import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands/index.ts';
import { exitCodeFor, printError } from './errors.ts';

const program = new Command('habeas')
  .description('Habeas: news monitoring for people who track political prisoners')
  .showHelpAfterError()
  .exitOverride();

await registerCommands(program, process.argv.slice(2));

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    // --help and --version end here with exit code 0; usage errors with 2.
    process.exitCode = err.exitCode === 0 ? 0 : 2;
  } else {
    printError(err);
    process.exitCode = exitCodeFor(err);
  }
}
