import type { Command } from 'commander';

/** Every CLI command, each in its own file exporting `register(program)`. */
export const COMMANDS: Array<(program: Command) => void> = [];
