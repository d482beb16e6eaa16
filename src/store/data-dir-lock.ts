/**
 * One process per PGlite data directory: PGlite is an embedded single-process PostgreSQL, and two processes
 * writing one directory lose each other's commits. The holder writes `defuse.lock` (its PID, what it is, since
 * when) with O_EXCL; a lock whose PID is no longer running is stale and taken over; the lock is removed on
 * close and on exit.
 */
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../core/errors.ts';

export const LOCK_FILE = 'defuse.lock';

interface LockContent {
  pid: number;
  host: string;
  /** What holds it, in words: `the server`, `defuse org create`. */
  holder: string;
  since: string;
}

export interface DataDirLock {
  path: string;
  release(): void;
}

// Locks this process holds: a lock file naming our own PID that is not in here is left from an earlier process
// that had the same PID (a container restarting as PID 1), so it is stale.
const held = new Set<string>();

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(path: string): LockContent | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockContent>;
    return typeof parsed.pid === 'number' ? (parsed as LockContent) : null;
  } catch {
    return null;
  }
}

function isStale(path: string, lock: LockContent | null): boolean {
  if (!lock) return true; // unreadable or half-written by a process that died while writing it
  if (lock.host !== hostname()) return false; // another machine's PID cannot be checked: trust it
  if (lock.pid === process.pid) return !held.has(path);
  return !isRunning(lock.pid);
}

/**
 * Takes the exclusive lock on `dataDir` or throws a one-line `conflict` naming the holder and its PID, followed
 * by `hint` (what the caller can do instead).
 */
export function lockDataDir(dataDir: string, holder: string, hint: string): DataDirLock {
  const path = join(dataDir, LOCK_FILE);
  const content: LockContent = { pid: process.pid, host: hostname(), holder, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(path, JSON.stringify(content), { flag: 'wx' });
      held.add(path);
      const onExit = () => release();
      const release = () => {
        process.off('exit', onExit);
        if (!held.delete(path)) return;
        // Remove it only while it is still ours.
        if (readLock(path)?.pid === process.pid) unlinkSync(path);
      };
      process.on('exit', onExit);
      return { path, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const existing = readLock(path);
    if (!isStale(path, existing)) {
      const who = existing!.pid === process.pid ? 'this process' : `${existing!.holder} (PID ${existing!.pid})`;
      throw new AppError('conflict', `${who} is using ${dataDir}: ${hint}`);
    }
    try {
      unlinkSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  throw new AppError('conflict', `could not take the lock on ${dataDir}: another process keeps taking it`);
}
