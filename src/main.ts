#!/usr/bin/env node
/**
 * The `defuse` program: the composition root above the doors. It runs the command line (src/cli) with the
 * server's `serve` command (src/server/serve.ts) added, so the CLI itself never imports the server.
 * `defuse --version` answers before anything else loads (not even the argument parser).
 */
import { VERSION } from './version.ts';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${VERSION}\n`);
} else {
  const { runCli } = await import('./cli/index.ts');
  await runCli(process.argv, { serve: () => import('./server/serve.ts') });
}
