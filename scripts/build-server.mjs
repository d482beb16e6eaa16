#!/usr/bin/env node
// `npm run build:server`: compiles src/ to dist/src with tsc (tsconfig.build.json) and copies the SQL migrations,
// which the store reads at run time from beside its compiled files. models/*.json is emitted by tsc (it is imported).
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';

const root = new URL('..', import.meta.url);
for (const stale of ['dist/src', 'dist/models']) rmSync(new URL(stale, root), { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
});
if (result.status !== 0) process.exit(result.status ?? 1);
cpSync(new URL('src/store/migrations', root), new URL('dist/src/store/migrations', root), { recursive: true });
