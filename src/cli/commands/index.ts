import type { Command } from 'commander';

type Register = (program: Command) => void;

/** A command's module: its file exports `register(program)`; it is imported only when the command runs. */
export type CommandLoader = () => Promise<{ register: Register }>;

/** The CLI's own commands. `serve` is the server's, added by the program entry (src/main.ts). */
const CLI_COMMANDS: Record<string, CommandLoader> = {
  analyze: () => import('./analyze.ts'),
  lint: () => import('./lint.ts'),
  score: () => import('./score.ts'),
  org: () => import('./org.ts'),
  user: () => import('./user.ts'),
};

/**
 * The commands `args` (argv after the script) can reach: only the one named, none for `--version`, every one for
 * help or an unknown name. Loading a command's module loads its engine or server, so `defuse --version` loads none.
 */
export async function loadCommands(
  args: readonly string[],
  extra: Record<string, CommandLoader> = {},
): Promise<Register[]> {
  const COMMANDS = { ...CLI_COMMANDS, ...extra };
  const name = args.find((arg) => !arg.startsWith('-'));
  const load = name === undefined ? undefined : COMMANDS[name];
  if (load) return [(await load()).register];
  if (name === undefined && args.some((arg) => arg === '-V' || arg === '--version')) return [];
  const modules = await Promise.all(Object.values(COMMANDS).map((loadOne) => loadOne()));
  return modules.map((module) => module.register);
}
