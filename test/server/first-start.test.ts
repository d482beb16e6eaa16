// The first start tells a newcomer which address to open in a browser, and that address answers with a page.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

test('[pglite] first start prints http://HOST:PORT/ to open in a browser (not a POST-only endpoint), and it serves a page', {
  timeout: 180_000,
}, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'defuse-first-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'serve'], {
    env: {
      ...process.env,
      DEFUSE_DATA_DIR: dir,
      DATABASE_URL: '',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      DEFUSE_DEMO: 'true',
      DEFUSE_SCHEDULER: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr?.resume();
  t.after(async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });
  const output = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (/password: /.test(text)) resolve(text);
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${text}`)));
  });
  const url = /Open (http:\/\/127\.0\.0\.1:\d+\/) in a browser/.exec(output)?.[1];
  assert.ok(url, `the first start names the address to open:\n${output}`);
  assert.doesNotMatch(output, /auth\/login/, 'not the POST-only log-in endpoint');
  const page = await fetch(url, { headers: { accept: 'text/html' } });
  assert.match(page.headers.get('content-type') ?? '', /text\/html/);
  assert.ok([200, 503].includes(page.status), `a page (the app, or how to build it): ${page.status}`);
});
