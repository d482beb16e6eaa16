/**
 * `defuse serve` (added to the command line by src/main.ts): the HTTP API, live WebSocket and promise scheduler on
 * the embedded database (or DATABASE_URL).
 */
import type { Command } from 'commander';
import { readConfig } from '../config.ts';
import type { JobContext } from '../jobs/job-context.ts';
import { startScheduler, type Scheduler } from '../jobs/scheduler.ts';
import type { DemoLogin } from '../services/demo-seed.service.ts';
import type { DomainEvent } from '../services/domain-events.ts';
import { openDatabase } from '../store/database.ts';
import { guarded } from '../cli/exit.ts';
import type { ServerContext } from './context.ts';

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

/**
 * The scheduler's view of the server context, usable before that context exists: events and attempts made before
 * `bind` are kept and handed over when it is called (nobody can be connected for live alerts before the server
 * listens anyway).
 */
function lateJobContext(config: JobContext['config'], store: { db: JobContext['db'] }) {
  let server: ServerContext | null = null;
  const early: DomainEvent[] = [];
  const attempts: Parameters<NonNullable<JobContext['onAttempt']>>[0][] = [];
  const jobs: JobContext = {
    db: store.db,
    config,
    now: () => (server ? server.now() : new Date()),
    publish: async (event) => {
      if (server) await server.publish(event);
      else early.push(event);
    },
    onAttempt: (outcome) => {
      if (server) server.metrics.webhookAttempts.inc({ outcome });
      else attempts.push(outcome);
    },
  };
  return {
    jobs,
    async bind(ctx: ServerContext) {
      server = ctx;
      for (const outcome of attempts.splice(0)) ctx.metrics.webhookAttempts.inc({ outcome });
      for (const event of early.splice(0)) await ctx.publish(event);
    },
  };
}

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
        // The scheduler needs only the store: it starts before the HTTP side is imported and built (the analysis
        // models, routes and the linter's warm-up take most of a start), so a restarted process sends what it owes
        // and sweeps the clocks within a few hundred ms of starting. With the demo, the demo data comes first.
        const late = lateJobContext(config, store);
        const schedule = () =>
          startScheduler(late.jobs, {
            intervalMs: config.DEFUSE_SCHEDULER_INTERVAL_MS,
            onError: (error) =>
              logError ? logError(error) : process.stderr.write(`scheduler tick failed: ${String(error)}\n`),
          });
        let logError: ((error: unknown) => void) | null = null;
        let scheduler: Scheduler | null = config.DEFUSE_SCHEDULER && !config.DEFUSE_DEMO ? schedule() : null;
        // Importing the HTTP side blocks the event loop for a second or more: let the first tick (owed deliveries
        // first) run before it, for up to a second, so a process that is killed again and again still sends.
        if (scheduler) await Promise.race([scheduler.first, new Promise((resolve) => setTimeout(resolve, 1_000))]);
        const [{ createServerContext }, { buildApp }, { startAlertBridge }, { lint }] = await Promise.all([
          import('./server-context.ts'),
          import('./app.ts'),
          import('./live/alert-bridge.ts'),
          import('../core/coach/lint/index.ts'),
        ]);
        const ctx = createServerContext(config, store);
        await late.bind(ctx);
        const demo = config.DEFUSE_DEMO
          ? await (await import('../services/demo-seed.service.ts')).seedDemoIfEmpty(ctx)
          : null;
        const app = await buildApp({
          ctx,
          logger: config.LOG_LEVEL === 'silent' ? false : { level: config.LOG_LEVEL },
        });
        logError = (error) => app.log.error({ err: error }, 'scheduler tick failed');
        // With several processes on one PostgreSQL, supervisors get alerts raised on any of them.
        const bridge = config.DATABASE_URL
          ? await startAlertBridge(ctx, config.DATABASE_URL, (error) =>
              app.log.warn({ err: error }, 'alert bridge (reconnects by itself; /healthz says degraded meanwhile)'),
            )
          : null;
        // The linter builds its rule dispatch table on first use (a few hundred ms cold): pay that before the first live turn.
        lint('Thanks for waiting.');
        const address = await app.listen({ port: config.PORT, host: config.HOST });
        if (config.DEFUSE_SCHEDULER && !scheduler) scheduler = schedule();
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
