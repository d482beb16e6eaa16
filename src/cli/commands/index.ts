import type { Command } from 'commander';

type Register = (program: Command) => void;

/** Every CLI command, each in its own file exporting `register(program)`, imported only when it runs. */
const COMMANDS: Record<string, () => Promise<{ register: Register }>> = {
  analyze: () => import('./analyze.ts'),
  lint: () => import('./lint.ts'),
  score: () => import('./score.ts'),
  serve: () => import('./serve.ts'),
  org: () => import('./org.ts'),
  user: () => import('./user.ts'),
};

/**
 * The commands `args` (argv after the script) can reach: only the one named, none for `--version`, every one for
 * help or an unknown name. Loading a command's module loads its engine or server, so `defuse --version` loads none.
 */
export async function loadCommands(args: readonly string[]): Promise<Register[]> {
  const name = args.find((arg) => !arg.startsWith('-'));
  const load = name === undefined ? undefined : COMMANDS[name];
  if (load) return [(await load()).register];
  if (name === undefined && args.some((arg) => arg === '-V' || arg === '--version')) return [];
  const modules = await Promise.all(Object.values(COMMANDS).map((loadOne) => loadOne()));
  return modules.map((module) => module.register);
}
