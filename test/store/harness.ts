// Yields both store backends to integration tests: PGlite in a temp dir, PostgreSQL in a throwaway database.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type OpenedDatabase } from '../../src/store/database.ts';

/** Server the postgres variant uses; its `postgres` database is only used to create and drop scratch ones. */
export const TEST_POSTGRES_URL = process.env.DEFUSE_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface Backend {
  /** `pglite` or `postgres`: prefix test names with `[name]` so a reader sees both ran. */
  name: 'pglite' | 'postgres';
  /** Why this backend cannot run here, or undefined when it can. */
  skipReason: string | undefined;
  /** A fresh, migrated, empty store; `close()` also removes its data. */
  open(): Promise<OpenedDatabase>;
}

/** Connects to the server once; returns a reason string when it is unreachable. */
async function probePostgres(url: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return undefined;
  } catch (error) {
    return `PostgreSQL unreachable at ${redact(url)}: ${(error as Error).message}`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const redact = (url: string): string => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');

/** A URL for `database` on the same server as `adminUrl`. */
export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Creates an empty database on the test server and returns its URL and a function that drops it. */
export async function createScratchDatabase(prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  try {
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const drop = async () => {
    const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await client.connect();
    try {
      await client.query(`drop database if exists "${name}" with (force)`);
    } finally {
      await client.end();
    }
  };
  return { url: databaseUrl(TEST_POSTGRES_URL, name), drop };
}

const pgliteBackend: Backend = {
  name: 'pglite',
  skipReason: undefined,
  async open() {
    const dir = mkdtempSync(join(tmpdir(), 'defuse-pglite-'));
    const store = await openDatabase({ dataDir: dir });
    return {
      ...store,
      close: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

const postgresBackend = (skipReason: string | undefined): Backend => ({
  name: 'postgres',
  skipReason,
  async open() {
    const scratch = await createScratchDatabase('defuse_test');
    try {
      const store = await openDatabase({ databaseUrl: scratch.url, dataDir: '', maxConnections: 4 });
      return {
        ...store,
        close: async () => {
          await store.close();
          await scratch.drop();
        },
      };
    } catch (error) {
      await scratch.drop();
      throw error;
    }
  },
});

/** Both backends; the postgres one carries a visible skip reason when the server cannot be reached. */
export async function backends(): Promise<Backend[]> {
  return [pgliteBackend, postgresBackend(await probePostgres(TEST_POSTGRES_URL))];
}

/** Matches an error whose own message or whose cause's message (drizzle wraps driver errors) fits `pattern`. */
export const causedBy =
  (pattern: RegExp) =>
  (error: unknown): boolean => {
    const { message, cause } = error as { message?: string; cause?: { message?: string } };
    return pattern.test(message ?? '') || pattern.test(cause?.message ?? '');
  };
