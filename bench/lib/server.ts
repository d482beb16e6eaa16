// Starts `defuse serve` as a child process (what an operator runs), waits until it listens, and stops it.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Everything the process printed (stdout and stderr). */
  output(): string;
  /** SIGTERM (or `signal`) and wait for exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/**
 * Runs the server from source (tsx), so no build is needed, or with `dist` the compiled `bin/defuse.js` (after
 * `npm run build:server`; it starts in about half the time, which matters to scripts that restart it often);
 * `env` adds to or overrides the defaults.
 */
export async function startServer(
  env: Record<string, string>,
  options: { port?: number; dist?: boolean } = {},
): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  if (options.dist && !existsSync(`${ROOT}/dist/src/main.js`))
    throw new Error('--dist: run `npm run build:server` first');
  // The program's entry from source (src/main.ts; older trees: src/cli/index.ts).
  const entry = existsSync(`${ROOT}/src/main.ts`) ? 'src/main.ts' : 'src/cli/index.ts';
  const argv = options.dist ? ['bin/defuse.js', 'serve'] : ['--import', 'tsx', entry, 'serve'];
  const child = spawn(process.execPath, argv, {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DEFUSE_DEMO: 'false',
      DEFUSE_COOKIE_SECURE: 'false',
      DEFUSE_API_MAX_PER_MINUTE: '1000000',
      DEFUSE_LOGIN_MAX_PER_MINUTE: '10000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = once(child, 'exit');
  const deadline = Date.now() + 120_000;
  // A first start with the demo prints its log-ins just after the listening line: wait for those too.
  const ready = env.DEFUSE_DEMO === 'true' ? /defuse listening on[\s\S]*password: \S+\s/ : /defuse listening on/;
  while (!ready.test(output)) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not start in 120 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    child,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** The demo log-ins a first start prints (DEFUSE_DEMO=true on an empty database). */
export function demoLogins(output: string): { admin: string; supervisor: string; agent: string; password: string } {
  const logins = /\s(\S+@\S+) \(admin[^,]*, (\S+@\S+) \(supervisor\), (\S+@\S+) \(agent\)/.exec(output);
  const password = /password: (\S+)/.exec(output);
  if (!logins || !password) throw new Error(`no demo log-ins in the server's output:\n${output}`);
  return { admin: logins[1]!, supervisor: logins[2]!, agent: logins[3]!, password: password[1]! };
}

/** Logs in and creates an API token; returns the bearer header value. */
export async function apiToken(url: string, email: string, password: string): Promise<string> {
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!login.ok) throw new Error(`log-in failed: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const created = await fetch(`${url}/api/v1/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ name: 'bench' }),
  });
  if (!created.ok) throw new Error(`token failed: ${created.status} ${await created.text()}`);
  return `Bearer ${((await created.json()) as { token: string }).token}`;
}

/** Percentile of a sorted or unsorted list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** CPU seconds (user + system) and RSS of a process, from /proc (Linux). */
export async function processUsage(pid: number): Promise<{ cpuSeconds: number; rssMb: number }> {
  const { readFile } = await import('node:fs/promises');
  const stat = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]!.split(' ');
  const ticks = Number(stat[11]) + Number(stat[12]);
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return { cpuSeconds: ticks / 100, rssMb: rssKb / 1024 };
}

/** `--name value` and `--flag` from argv. */
export function args(argv = process.argv.slice(2)) {
  const flag = (name: string) => argv.includes(`--${name}`);
  const value = (name: string, fallback: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1]! : fallback;
  };
  return { flag, value, number: (name: string, fallback: number) => Number(value(name, String(fallback))) };
}
