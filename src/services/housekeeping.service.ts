/** Removes what has expired: sessions past their end, log-in attempts older than the throttling needs. */
import { deleteExpiredIdempotencyKeys } from '../store/repositories/idempotency.repository.ts';
import { deleteExpiredSessions, deleteLoginAttemptsBefore } from '../store/repositories/auth.repository.ts';
import type { ServiceContext, SYSTEM } from './context.ts';

const KEEP_LOGIN_ATTEMPTS_DAYS = 30;

/** The scheduler's housekeeping, over every org, as the system. */
export async function removeExpired(ctx: ServiceContext, _actor: typeof SYSTEM): Promise<void> {
  const now = ctx.now();
  await deleteExpiredSessions(ctx.db, now);
  await deleteLoginAttemptsBefore(ctx.db, new Date(now.getTime() - KEEP_LOGIN_ATTEMPTS_DAYS * 86_400_000));
  // Idempotency-Key records older than their 24 h window.
  await deleteExpiredIdempotencyKeys(ctx.db, now);
}
