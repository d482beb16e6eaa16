/** Sessions and log-in attempts: what housekeeping removes once it has expired. */
import { lt } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { loginAttempts, sessions } from '../schema/index.ts';

/** Deletes sessions (every org) whose end has passed. */
export async function deleteExpiredSessions(db: Executor, now: Date): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

/** Deletes log-in attempts older than `before` (the throttling no longer needs them). */
export async function deleteLoginAttemptsBefore(db: Executor, before: Date): Promise<void> {
  await db.delete(loginAttempts).where(lt(loginAttempts.at, before));
}
