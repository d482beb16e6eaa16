/**
 * End-to-end harness: starts the product exactly as a user does (`npm start` on a free port and a fresh data
 * directory), reads the demo log-ins it prints, and drives Debian's Chromium through playwright-core.
 *
 *   const e2e = await startE2E();
 *   const page = await e2e.newPage();
 *   await e2e.login(page, 'agent');
 *   await screenshot(page, 'console');
 *   await checkA11y(page, 'console');
 *   await e2e.close();
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';

export type Role = 'admin' | 'supervisor' | 'agent';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const SCREENS_DIR = join(ROOT, 'test-artifacts', 'screens');
export const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
] as const;

export interface Product {
  url: string;
  emails: Record<Role, string>;
  password: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** The newest modification time of any file under `dirs` (skipping node_modules and tests). */
function newest(dirs: string[]): number {
  let latest = 0;
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!entry.name.endsWith('.test.ts')) latest = Math.max(latest, statSync(path).mtimeMs);
    }
  };
  for (const dir of dirs) walk(join(ROOT, dir));
  return latest;
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const mtime = (path: string): number => (existsSync(join(ROOT, path)) ? statSync(join(ROOT, path)).mtimeMs : 0);

/**
 * `npm install` builds the product (prepare → build). In a working tree the build can be older than the sources, so
 * rebuild what is stale — under a lock, since test files run in parallel processes.
 */
export async function ensureBuilt(): Promise<void> {
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
    .scripts;
  const lock = join(ROOT, 'dist', '.e2e-build-lock');
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  const deadline = Date.now() + 900_000;
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch {
      // A lock whose process is gone was left by a killed run.
      let holder = 0;
      try {
        holder = Number(readFileSync(lock, 'utf8'));
      } catch {
        continue; // released meanwhile
      }
      if (holder && !isAlive(holder)) rmSync(lock, { force: true });
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock} (held by pid ${holder})`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    const builds: Array<[string, string, string[]]> = [
      ['build:server', 'dist/src/main.js', ['src', 'models']],
      ['build:web', 'dist/web/index.html', ['web', 'src/core', 'models']],
    ];
    for (const [script, output, sources] of builds) {
      if (!scripts[script]) continue;
      if (mtime(output) > newest(sources)) continue;
      const result = spawnSync('npm', ['run', '--silent', script], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(result.status, 0, `npm run ${script} failed:\n${result.stdout}\n${result.stderr}`);
    }
  } finally {
    rmSync(lock, { force: true });
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts `npm start` on a free port with a fresh data directory; resolves once the demo log-ins are printed. */
export async function startProduct(env: Record<string, string> = {}): Promise<Product> {
  await ensureBuilt();
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'defuse-e2e-'));
  const child: ChildProcess = spawn('npm', ['start', '--silent'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEFUSE_DATA_DIR: dataDir,
      DEFUSE_COOKIE_SECURE: 'false',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      // npm runs the server in a child: signal the whole process group we started.
      process.kill(-child.pid, 'SIGTERM');
      const timer = setTimeout(() => child.pid !== undefined && process.kill(-child.pid, 'SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const started = Date.now();
  for (;;) {
    const password = /password: (\S+)/.exec(output)?.[1];
    const email = (role: Role) => new RegExp(`(\\S+@\\S+) \\(${role}\\b[^)]*\\)`).exec(output)?.[1];
    const emails = { admin: email('admin'), supervisor: email('supervisor'), agent: email('agent') };
    if (password && emails.admin && emails.supervisor && emails.agent) {
      return {
        url: `http://127.0.0.1:${port}`,
        emails: emails as Record<Role, string>,
        password,
        dataDir,
        stop,
      };
    }
    if (child.exitCode !== null || Date.now() - started > 180_000) {
      await stop();
      throw new Error(`npm start did not print the demo log-ins:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function launchBrowser(): Promise<Browser> {
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} missing: apt-get install -y chromium`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

export interface E2E {
  product: Product;
  browser: Browser;
  /** A fresh browser context (its own cookies) at 1280×800; page errors and CSP violations are collected. */
  newPage(): Promise<Page>;
  /** Logs in through the log-in form as the demo user of this role and waits for the app shell. */
  login(page: Page, role: Role): Promise<void>;
  /** Uncaught errors and console errors (CSP violations among them) the pages reported. */
  errors: string[];
  close(): Promise<void>;
}

export async function startE2E(env: Record<string, string> = {}): Promise<E2E> {
  const product = await startProduct(env);
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    await product.stop();
    throw error;
  }
  const errors: string[] = [];
  return {
    product,
    browser,
    errors,
    async newPage() {
      const context = await browser.newContext({ baseURL: product.url, viewport: VIEWPORTS[0] });
      const page = await context.newPage();
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      return page;
    },
    async login(page, role) {
      await page.goto('/login');
      await page.getByLabel('Email').fill(product.emails[role]);
      await page.getByLabel(/^Password/).fill(product.password);
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.getByTestId('me-role').waitFor();
    },
    async close() {
      await browser.close();
      await product.stop();
    },
  };
}

/** Writes test-artifacts/screens/<name>-<width>.png at 1280×800 and 1024×768 (then restores 1280×800). */
export async function screenshot(page: Page, name: string): Promise<string[]> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  const paths: string[] = [];
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(150);
    const path = join(SCREENS_DIR, `${name}-${viewport.width}.png`);
    await page.screenshot({ path });
    paths.push(path);
  }
  await page.setViewportSize(VIEWPORTS[0]);
  return paths;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/** Runs axe-core in the page (evaluated over the DevTools protocol, so the page's CSP stays on); fails on any
 * serious or critical violation, listing each with the elements it found. */
export async function checkA11y(page: Page, name: string): Promise<void> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations;
  });
  const serious = (violations as AxeViolation[]).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help}\n${v.nodes
          .slice(0, 5)
          .map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n').join(' ') ?? ''}`)
          .join('\n')}`,
    )
    .join('\n');
  assert.equal(serious.length, 0, `axe on ${name}: ${serious.length} serious/critical violations\n${report}`);
}
