// One line per sub-command. Each module exports register(program) and stays thin:
// parse and validate the options (zod), call the stage, print, set the exit code.
import type { Command } from 'commander';

export function registerCommands(program: Command): void {
  void program;
}
