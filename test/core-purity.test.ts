import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { build } from 'esbuild';
import { glob } from 'tinyglobby';

const FORBIDDEN = [
  /from\s+['"](node:)?(fs|fs\/promises|net|http|https|child_process|worker_threads|os|dgram|tls|path)['"]/,
  /from\s+['"](pg|fastify|drizzle-orm[^'"]*|@electric-sql\/pglite[^'"]*|pg-boss)['"]/,
  /\bprocess\.(env|argv|exit|stdout|stderr)\b/,
  /\bDate\.now\(\)/,
  /new Date\(\s*\)/,
  /\bMath\.random\(\)/,
];

test('src/core imports no I/O, no clock and no randomness (now and seeds are passed in)', async () => {
  const files = await glob(['src/core/**/*.ts'], { ignore: ['**/*.test.ts'] });
  assert.ok(files.length > 0);
  const offenders: string[] = [];
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (FORBIDDEN.some((re) => re.test(line))) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
    });
  }
  assert.deepEqual(offenders, []);
});

test('src/core bundles for the browser', async () => {
  const entries = await glob(['src/core/index.ts']);
  assert.equal(entries.length, 1, 'src/core/index.ts exists');
  const result = await build({
    entryPoints: entries,
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  assert.equal(result.errors.length, 0);
  assert.ok(result.outputFiles[0]!.text.length > 0);
});
