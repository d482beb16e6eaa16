#!/usr/bin/env node
/** The `defuse` command line. Each command registers itself from src/cli/commands/. */
import { Command, CommanderError } from 'commander';
import { loadCommands } from './commands/index.ts';
import { exitWithError } from './exit.ts';

const program = new Command()
  .name('defuse')
  .description('Turn angry customers around: analyze conversations, lint replies, run the defuse server.')
  .version('0.1.0')
  .showHelpAfterError()
  .exitOverride();

for (const register of await loadCommands(process.argv.slice(2))) register(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // help and version exit 0; usage errors exit 2 (commander already printed the message).
    process.exit(error.exitCode === 0 ? 0 : 2);
  }
  // Anything else still ends as one line (with its newline) and an exit code, never a stack trace.
  exitWithError(error);
}
