import type { Result } from '../../core/errors.ts';

/** Store services return expected failures as values; at the HTTP edge they become the error response. */
export function orThrow<T>(result: Result<T>): T {
  if (!result.success) throw result.error;
  return result.data;
}
