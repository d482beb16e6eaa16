/** Removes what has expired: sessions past their end, log-in attempts older than the throttling needs. */
import { lt } from 'drizzle-orm';
import { deleteExpiredIdempotencyKeys } from '../store/repositories/idempotency.repository.ts';
import { loginAttempts, sessions } from '../store/schema/index.ts';
import type { JobContext } from './job-context.ts';

const KEEP_LOGIN_ATTEMPTS_DAYS = 30;

export async function removeExpired(ctx: JobContext): Promise<void> {
  const now = ctx.now();
  await ctx.db.delete(sessions).where(lt(sessions.expiresAt, now));
  await ctx.db
    .delete(loginAttempts)
    .where(lt(loginAttempts.at, new Date(now.getTime() - KEEP_LOGIN_ATTEMPTS_DAYS * 86_400_000)));
  // Idempotency-Key records older than their 24 h window.
  await deleteExpiredIdempotencyKeys(ctx.db, now);
}
