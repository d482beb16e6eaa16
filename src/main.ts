#!/usr/bin/env node
/**
 * The `defuse` program: the composition root above the doors. It runs the command line (src/cli) with the
 * server's `serve` command (src/server/serve.ts) added, so the CLI itself never imports the server.
 */
import { runCli } from './cli/index.ts';

await runCli(process.argv, { serve: () => import('./server/serve.ts') });
