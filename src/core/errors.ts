/** One error vocabulary: codes are mapped to HTTP statuses and CLI exit codes at the edges. */
export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'forbidden'
  | 'unauthorized'
  | 'invalid_transition'
  | 'rate_limited'
  /** An Idempotency-Key reused for a different request. */
  | 'idempotency_conflict'
  /** The database cannot be reached right now (restart, outage, pool exhausted): retry shortly. */
  | 'unavailable'
  | 'internal';

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Where in the input the problem is, e.g. `turns[3].speaker`. */
  readonly path: string | undefined;

  constructor(code: ErrorCode, message: string, path?: string) {
    super(path ? `${path}: ${message}` : message);
    this.name = 'AppError';
    this.code = code;
    this.path = path;
  }
}

export type Result<T, E = AppError> = { success: true; data: T } | { success: false; error: E };

export const ok = <T>(data: T): Result<T, never> => ({ success: true, data });
export const fail = <E>(error: E): Result<never, E> => ({ success: false, error });
