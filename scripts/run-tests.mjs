#!/usr/bin/env node
// Runs every *.test.ts under src/ and test/ with Node's test runner (TypeScript through tsx).
import { spawnSync } from 'node:child_process';
import { glob } from 'tinyglobby';

const patterns = process.argv.slice(2);
const files = (
  await glob(patterns.length ? patterns : ['src/**/*.test.ts', 'test/**/*.test.ts'], {
    ignore: ['**/node_modules/**'],
  })
).sort();
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...files],
  { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : process.env.FORCE_COLOR } },
);
process.exit(result.status ?? 1);
