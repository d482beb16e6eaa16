// A private PostgreSQL cluster for fault scripts: they stop and restart it, which they must never do to a server
// someone else uses. initdb runs once into a cache directory; each script copies nothing and starts it on a free port.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from '../../bench/lib/server.ts';

const BIN = process.env.DEFUSE_PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface PrivatePostgres {
  url: string;
  port: number;
  /** Fast shutdown (what `systemctl stop` does): open connections are terminated. */
  stop(): void;
  start(): void;
  /** Stop, wait `downMs`, start. */
  restart(downMs?: number): Promise<void>;
  /** Stops it and removes its data. */
  destroy(): void;
}

/** Runs a PostgreSQL binary, as the `postgres` user when we are root (initdb and postgres refuse root). */
function run(binary: string, args: string[]): string {
  const asRoot = userInfo().uid === 0;
  const command = asRoot ? 'runuser' : join(BIN, binary);
  const argv = asRoot ? ['-u', 'postgres', '--', join(BIN, binary), ...args] : args;
  const result = spawnSync(command, argv, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${binary} ${args.join(' ')} failed:\n${result.stderr}${result.stdout}`);
  return result.stdout;
}

export async function startPrivatePostgres(name: string): Promise<PrivatePostgres> {
  const dir = join('/tmp', `defuse-fault-pg-${name}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o777);
  if (userInfo().uid === 0) execFileSync('chown', ['postgres', dir]);
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`;
  const start = () => void run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
  const stop = () => void run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  start();
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query('create database defuse');
  await admin.end();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/defuse`,
    port,
    stop,
    start,
    async restart(downMs = 0) {
      stop();
      await new Promise((resolve) => setTimeout(resolve, downMs));
      start();
    },
    destroy() {
      if (existsSync(join(data, 'postmaster.pid'))) {
        try {
          stop();
        } catch {
          // already stopped
        }
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
