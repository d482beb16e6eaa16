/** The `defuse` command line: `runCli` parses argv and runs the one command named (each in src/cli/commands/). */
import { Command, CommanderError } from 'commander';
import { type CommandLoader, loadCommands } from './commands/index.ts';
import { exitWithError } from './exit.ts';
import { VERSION } from '../version.ts';

/** Runs the command line; `extra` adds commands from outside the CLI (the server's `serve`), loaded on demand. */
export async function runCli(argv: readonly string[], extra: Record<string, CommandLoader> = {}): Promise<void> {
  const program = new Command()
    .name('defuse')
    .description('Turn angry customers around: analyze conversations, lint replies, run the defuse server.')
    .version(VERSION)
    .showHelpAfterError()
    .exitOverride();

  for (const register of await loadCommands(argv.slice(2), extra)) register(program);

  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version exit 0; usage errors exit 2 (commander already printed the message).
      process.exit(error.exitCode === 0 ? 0 : 2);
    }
    // Anything else still ends as one line (with its newline) and an exit code, never a stack trace.
    exitWithError(error);
  }
}
