/** The health check's use case: whether the database answers a query in time (never a hanging probe). */
import { ping } from '../store/database.ts';
import { isDatabaseUnavailable } from '../store/store-errors.ts';
import type { ServiceContext } from './context.ts';

/**
 * True when the database answers `select 1` within `timeoutMs`; false when it cannot be reached (or is too slow).
 * Any other error is a bug and is thrown. Asked by nobody in particular: the health check needs no actor.
 */
export async function databaseAnswers(ctx: ServiceContext, input: { timeoutMs: number }): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('Connection terminated: health probe timed out')), input.timeoutMs);
  });
  try {
    await Promise.race([ping(ctx.db), timeout]);
    return true;
  } catch (error) {
    if (isDatabaseUnavailable(error)) return false;
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
