/**
 * `npm run bench:web`: the web app's three speed targets (issue #11), measured in Debian's Chromium against
 * `npm start` on a fresh data directory:
 *   - JavaScript the log-in route ships, gzipped (target ≤ 250 KB);
 *   - the Reply box's lint per keystroke, timed in the page with performance.now (`defuse:lint` measures),
 *     p50/p95 over BENCH_KEYS keystrokes (default 300; target p95 ≤ 10 ms);
 *   - turn sent → cue rendered in the console (`defuse:cue` measures), p50/p95 over BENCH_TURNS turns
 *     (default 60; target p95 ≤ 150 ms).
 */
import { gzipSync } from 'node:zlib';
import { launchBrowser, startProduct } from '../test/e2e/harness.ts';

const KEYS = Number(process.env.BENCH_KEYS ?? 300);
const TURNS = Number(process.env.BENCH_TURNS ?? 60);

const CUSTOMER_LINES = [
  "You charged me twice and nobody has called me back. I'm sick of this!",
  'I already told the last person all of this. Why do I have to repeat myself?',
  'Fine. But I want the money back today, not in ten working days.',
  'That is not good enough, this is the third time I have called.',
  'OK, thank you, that does help.',
];
const AGENT_LINES = [
  "I'm so sorry you were charged twice and that nobody called you back.",
  "Let me make sure I've got this right: the second charge is still on your account. Is that right?",
  'What would make this right for you?',
  "I'll refund the second charge now and call you back by 5 pm today. I'm Sam, on 020 7946 0000.",
];
const REPLY =
  "I'm so sorry about the double charge, that's our policy but I understand your frustration. Let me make sure I have this right: you were billed twice for one order. I'll refund it now and call you back by 4 pm today. ";

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};

const product = await startProduct();
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ baseURL: product.url, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();

  // 1. The log-in route: every script it loads (the page's own resource timing), fetched again and gzipped.
  await page.goto('/login', { waitUntil: 'networkidle' });
  const scriptUrls = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((name) => new URL(name).pathname.endsWith('.js')),
  );
  const loginScripts = new Map<string, number>();
  for (const url of scriptUrls) {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    loginScripts.set(new URL(url).pathname, gzipSync(body, { level: 9 }).length);
  }
  const loginBytes = [...loginScripts.values()].reduce((a, b) => a + b, 0);

  // Log in as the demo agent; the console is the agent's home.
  await page.getByLabel('Email').fill(product.emails.agent);
  await page.getByLabel(/^Password/).fill(product.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { name: 'Console', level: 1 }).waitFor();
  await page.waitForTimeout(1500); // the console warms the engine in idle time, as an agent's first seconds would

  // 2. Turn sent → cue rendered.
  const customer = page.getByLabel('Customer says');
  const reply = page.getByLabel('Reply', { exact: true });
  const measures = (name: string) => page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);
  for (let i = 0; i < TURNS; i++) {
    const before = (await measures('defuse:cue')).length;
    if (i % 2 === 0) {
      await customer.fill(CUSTOMER_LINES[(i / 2) % CUSTOMER_LINES.length]!);
      await customer.press('Control+Enter');
    } else {
      await reply.fill(AGENT_LINES[((i - 1) / 2) % AGENT_LINES.length]!);
      await reply.press('Control+Enter');
    }
    await page.waitForFunction((n) => performance.getEntriesByName('defuse:cue').length > n, before);
  }
  const cue = await measures('defuse:cue');

  // 3. Lint per keystroke: typed one key at a time, slower than the box's 40 ms debounce so every key is linted.
  await page.evaluate(() => performance.clearMeasures('defuse:lint'));
  await reply.fill('');
  await reply.focus();
  const text = REPLY.repeat(Math.ceil(KEYS / REPLY.length)).slice(0, KEYS);
  await page.keyboard.type(text, { delay: 60 });
  await page.waitForTimeout(200);
  const lint = await measures('defuse:lint');

  const row = (what: string, value: string, target: string) => `${what.padEnd(44)} ${value.padStart(22)}   ${target}`;
  const ms = (v: number) => `${v.toFixed(2)} ms`;
  console.log(`defuse web bench — Chromium ${browser.version()}, ${new Date().toISOString()}`);
  console.log(row('measure', 'result', 'target'));
  console.log(row('log-in route JS (gzip -9)', `${(loginBytes / 1024).toFixed(1)} KB`, '≤ 250 KB'));
  for (const [path, bytes] of loginScripts) console.log(`    ${path}  ${(bytes / 1024).toFixed(1)} KB`);
  console.log(row(`Reply lint per keystroke p50 (n=${lint.length})`, ms(percentile(lint, 50)), ''));
  console.log(row(`Reply lint per keystroke p95 (n=${lint.length})`, ms(percentile(lint, 95)), 'p95 ≤ 10 ms'));
  console.log(row(`turn sent → cue rendered p50 (n=${cue.length})`, ms(percentile(cue, 50)), ''));
  console.log(row(`turn sent → cue rendered p95 (n=${cue.length})`, ms(percentile(cue, 95)), 'p95 ≤ 150 ms'));
  await context.close();
} finally {
  await browser.close();
  await product.stop();
}
