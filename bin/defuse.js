#!/usr/bin/env node
// Entry point of the `defuse` command: runs the compiled CLI in dist/ (`npm run build`; `npm install` builds it).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/src/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('defuse: the CLI is not built yet: run `npm run build` in the defuse folder\n');
  process.exit(1);
}
await import(entry.href);
