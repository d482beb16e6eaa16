import type { Command } from 'commander';
import { register as score } from './score.ts';

/** Every CLI command, each in its own file exporting `register(program)`. */
export const COMMANDS: Array<(program: Command) => void> = [score];
