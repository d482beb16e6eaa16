import { AppError } from '../core/errors.ts';

/** PostgreSQL SQLSTATEs a bad input can cause, as the app's error codes. */
const SQLSTATE_CODES = {
  '23505': ['conflict', 'already exists'],
  '23503': ['not_found', 'refers to a row that does not exist in this organization'],
  '23514': ['invalid_input', 'breaks a rule of the data'],
  '23502': ['invalid_input', 'a required value is missing'],
  '22P02': ['invalid_input', 'a value has the wrong form'],
  // A NUL byte (or an unpaired surrogate) in text: PostgreSQL cannot store it in text or jsonb.
  '22021': ['invalid_input', 'contains a character that cannot be stored (a NUL byte?)'],
  '22P05': ['invalid_input', 'contains a character that cannot be stored (a NUL byte?)'],
  '40001': ['conflict', 'a concurrent change won; try again'],
} as const satisfies Record<string, readonly [AppError['code'], string]>;

/** Socket errors that mean the server is not there (refused, reset, unreachable, timed out). */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/** SQLSTATEs of an unavailable server: class 08 (connection exception), shutdown/restart (57P01-57P03), too many connections. */
const isUnavailableSqlState = (code: string) =>
  /^08[0-9A-Z]{3}$/.test(code) || /^57P0[123]$/.test(code) || code === '53300';

/** What node-postgres says when a connection is lost, times out, or its pool waited too long for one. */
const UNAVAILABLE_MESSAGE =
  /timeout exceeded when trying to connect|Connection terminated|connection error and is not queryable|Client was closed and is not queryable|Cannot use a pool after calling end/i;

/**
 * Whether an error (or anything in its `cause`/`errors` chain: drizzle wraps driver errors, Node wraps dual-stack
 * connect failures in an AggregateError) means the database could not be reached, as opposed to a bad query or input.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const { code, message, cause, errors } = error as {
    code?: unknown;
    message?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || isUnavailableSqlState(code))) return true;
  if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true;
  if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(cause, depth + 1);
}

/** Turns a driver error (drizzle wraps it in `cause`) into an AppError; other errors pass through. */
export function translateDbError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  if (isDatabaseUnavailable(error))
    return new AppError('unavailable', 'the database cannot be reached right now; try again shortly');
  const source = (error as { cause?: unknown }).cause ?? error;
  const { code, constraint, detail } = source as { code?: string; constraint?: string; detail?: string };
  const known = code ? (SQLSTATE_CODES as Record<string, readonly [AppError['code'], string]>)[code] : undefined;
  if (!known) return error;
  const where = constraint ? ` (${constraint})` : '';
  return new AppError(known[0], `${known[1]}${where}${detail ? `: ${detail}` : ''}`);
}
