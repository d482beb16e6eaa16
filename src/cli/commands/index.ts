import type { Command } from 'commander';
import { register as analyze } from './analyze.ts';
import { register as lint } from './lint.ts';
import { register as org } from './org.ts';
import { register as score } from './score.ts';
import { register as serve } from './serve.ts';
import { register as user } from './user.ts';

/** Every CLI command, each in its own file exporting `register(program)`. */
export const COMMANDS: Array<(program: Command) => void> = [analyze, lint, score, serve, org, user];
