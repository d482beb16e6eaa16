/**
 * `defuse serve` (added to the command line by src/main.ts): the HTTP API, live WebSocket and promise scheduler on
 * the embedded database (or DATABASE_URL).
 */
import type { Command } from 'commander';
import { readConfig } from '../config.ts';
import { lint } from '../core/coach/lint/index.ts';
import { startScheduler, type Scheduler } from '../jobs/scheduler.ts';
import { buildApp } from './app.ts';
import { startAlertBridge } from './live/alert-bridge.ts';
import { createServerContext } from './server-context.ts';
import { seedDemoIfEmpty, type DemoLogin } from '../services/demo-seed.service.ts';
import { openDatabase } from '../store/database.ts';
import { guarded } from '../cli/exit.ts';

/** The address a person opens in a browser: the web app at `/` (a wildcard host is reached as localhost). */
const browserUrl = (address: string): string => {
  const url = new URL(address);
  if (url.hostname === '0.0.0.0' || url.hostname === '[::]') url.hostname = 'localhost';
  return `${url.origin}/`;
};

const printDemo = (url: string, demo: DemoLogin) =>
  process.stdout.write(
    [
      `First start: created the demo organization "${demo.org}" with sample data.`,
      `  Open ${url} in a browser and log in with one of`,
      `    ${demo.emails.admin} (admin and instance admin), ${demo.emails.supervisor} (supervisor), ${demo.emails.agent} (agent)`,
      `  password: ${demo.password}   (shown once)`,
      '  Add real tenants while the server runs: POST /api/v1/orgs as an instance admin (or stop it and run `defuse org create`).',
      '',
    ].join('\n'),
  );

export function register(program: Command): void {
  program
    .command('serve')
    .description('run the defuse server (PORT, HOST, DEFUSE_DATA_DIR, DATABASE_URL configure it)')
    .option('--port <port>', 'port to listen on (overrides PORT)')
    .option('--host <host>', 'interface to listen on (overrides HOST)')
    .action(
      guarded(async (options: { port?: string; host?: string }) => {
        const config = readConfig({
          ...(options.port ? { PORT: options.port } : {}),
          ...(options.host ? { HOST: options.host } : {}),
        });
        const store = await openDatabase({
          databaseUrl: config.DATABASE_URL,
          dataDir: config.DEFUSE_DATA_DIR,
          holder: 'the server',
          lockedHint: 'stop it first, or point DEFUSE_DATA_DIR at another directory',
        });
        const ctx = createServerContext(config, store);
        const demo = config.DEFUSE_DEMO ? await seedDemoIfEmpty(ctx) : null;
        const app = await buildApp({
          ctx,
          logger: config.LOG_LEVEL === 'silent' ? false : { level: config.LOG_LEVEL },
        });
        // With several processes on one PostgreSQL, supervisors get alerts raised on any of them.
        const bridge = config.DATABASE_URL
          ? await startAlertBridge(ctx, config.DATABASE_URL, (error) =>
              app.log.warn({ err: error }, 'alert bridge (reconnects by itself; /healthz says degraded meanwhile)'),
            )
          : null;
        // The linter builds its rule dispatch table on first use (a few hundred ms cold): pay that before the first live turn.
        lint('Thanks for waiting.');
        const address = await app.listen({ port: config.PORT, host: config.HOST });
        const scheduler: Scheduler | null = config.DEFUSE_SCHEDULER
          ? startScheduler(
              {
                db: store.db,
                config,
                now: ctx.now,
                publish: ctx.publish,
                onAttempt: (outcome) => ctx.metrics.webhookAttempts.inc({ outcome }),
              },
              {
                intervalMs: config.DEFUSE_SCHEDULER_INTERVAL_MS,
                onError: (error) => app.log.error({ err: error }, 'scheduler tick failed'),
              },
            )
          : null;
        const open = browserUrl(address);
        process.stdout.write(
          `defuse listening on ${address} (${store.kind})\n  Open ${open} in a browser; API docs at ${open}api/docs\n`,
        );
        if (demo) printDemo(open, demo);
        let closing = false;
        const shutdown = async () => {
          if (closing) return;
          closing = true;
          await scheduler?.stop();
          await app.close();
          await bridge?.close();
          await store.close();
          process.exit(0);
        };
        process.once('SIGINT', () => void shutdown());
        process.once('SIGTERM', () => void shutdown());
      }),
    );
}
