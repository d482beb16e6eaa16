// One process per PGlite data directory: a second process (CLI or server) is refused at once with one line and
// exit code 2 while a running server holds the directory; a lock left by a dead process is taken over.
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { LOCK_FILE, lockDataDir } from '../../src/store/data-dir-lock.ts';
import { openDatabase } from '../../src/store/database.ts';
import { organizations } from '../../src/store/schema/index.ts';

const cliEnv = (dir: string) => ({
  ...process.env,
  DEFUSE_DATA_DIR: dir,
  DATABASE_URL: '',
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'silent',
  DEFUSE_DEMO: 'false',
  DEFUSE_SCHEDULER: 'false',
});

const defuse = (dir: string, ...args: string[]) => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
    env: cliEnv(dir),
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

function startServer(dir: string): { child: ChildProcess; listening: Promise<string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'serve'], {
    env: cliEnv(dir),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr?.resume();
  const listening = new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening: ${output}`)));
  });
  return { child, listening };
}

const ORG_ARGS = [
  'org',
  'create',
  'Initech',
  '--admin-email',
  'boss@initech.test',
  '--admin-password',
  'a long password',
];

test('[pglite] a running server holds the data directory: org create, user create and a second serve are refused', {
  timeout: 180_000,
}, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'defuse-lock-'));
  // The operator's first tenant, with an instance admin who can add tenants while the server runs.
  const first = defuse(
    dir,
    'org',
    'create',
    'Hooli',
    '--admin-email',
    'gavin@hooli.test',
    '--admin-password',
    'a long password',
    '--instance-admin',
  );
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stdout, /admin gavin@hooli\.test \(instance admin\) can log in/);
  const server = startServer(dir);
  t.after(() => {
    server.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });
  await server.listening;
  const pid = server.child.pid!;
  const lock = JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')) as { pid: number; holder: string };
  assert.deepEqual([lock.pid, lock.holder], [pid, 'the server'], 'the lock names the server and its PID');

  const org = defuse(dir, ...ORG_ARGS);
  assert.equal(org.status, 2, org.stderr);
  assert.equal(
    org.stderr,
    `defuse: the server (PID ${pid}) is using ${dir}: stop it, or create the org through the API/web app as an instance admin (POST /api/v1/orgs)\n`,
  );
  assert.equal(org.stdout, '', 'nothing claims to be created');

  const user2 = defuse(
    dir,
    'user',
    'create',
    '--org',
    'Initech',
    '--email',
    'x@initech.test',
    '--role',
    'agent',
    '--password',
    'long enough pass',
  );
  assert.equal(user2.status, 2, user2.stderr);
  assert.match(user2.stderr, new RegExp(`^defuse: the server \\(PID ${pid}\\) is using .+: stop it, or add the user`));
  assert.equal(user2.stderr.split('\n').length, 2, 'one line');

  const second = defuse(dir, 'serve');
  assert.equal(second.status, 2, second.stderr);
  assert.match(second.stderr, new RegExp(`^defuse: the server \\(PID ${pid}\\) is using .+: stop it first`));

  // What the refusal points to: the instance admin creates the org through the running server's API.
  const base = await server.listening;
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'gavin@hooli.test', password: 'a long password' }),
  });
  assert.equal(login.status, 200, await login.text());
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const viaApi = await fetch(`${base}/api/v1/orgs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ name: 'Pied Piper', admin: { email: 'richard@piedpiper.test', password: 'middle out!!' } }),
  });
  assert.equal(viaApi.status, 201, await viaApi.text());
  const richard = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'richard@piedpiper.test', password: 'middle out!!' }),
  });
  assert.equal(richard.status, 200, 'the new admin logs in at once');

  // Stopped cleanly, the server releases the lock, and the same command now succeeds and persists.
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await exited;
  assert.equal(existsSync(join(dir, LOCK_FILE)), false, 'released on shutdown');
  const after = defuse(dir, ...ORG_ARGS);
  assert.equal(after.status, 0, after.stderr);
  assert.match(after.stdout, /created organization "Initech"/);
  assert.equal(existsSync(join(dir, LOCK_FILE)), false, 'the CLI released it too');
  const store = await openDatabase({ dataDir: dir });
  try {
    const names = (await store.db.select({ name: organizations.name }).from(organizations)).map((o) => o.name);
    assert.deepEqual(names.sort(), ['Hooli', 'Initech', 'Pied Piper'], 'every org told "created" is there');
  } finally {
    await store.close();
  }
});

test('[pglite] a lock left by a dead process is stale and taken over; a live one in this process refuses', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'defuse-lock-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const dead = spawnSync(process.execPath, ['-e', '0']).pid;
  writeFileSync(
    join(dir, LOCK_FILE),
    JSON.stringify({ pid: dead, host: hostname(), holder: 'the server', since: new Date().toISOString() }),
  );
  const store = await openDatabase({ dataDir: dir, holder: 'the test' });
  try {
    assert.equal(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid, process.pid, 'taken over');
    assert.throws(
      () => lockDataDir(dir, 'again', 'use another directory'),
      (error: Error & { code?: string }) =>
        error.code === 'conflict' && error.message === `this process is using ${dir}: use another directory`,
    );
    await assert.rejects(openDatabase({ dataDir: dir }), /this process is using/);
  } finally {
    await store.close();
  }
  assert.equal(existsSync(join(dir, LOCK_FILE)), false, 'released on close');
  // A garbled lock file (a holder killed while writing it) is stale as well.
  writeFileSync(join(dir, LOCK_FILE), '{"pi');
  const reopened = await openDatabase({ dataDir: dir });
  await reopened.close();
});
