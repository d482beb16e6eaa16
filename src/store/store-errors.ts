import { AppError } from '../core/errors.ts';

/** PostgreSQL SQLSTATEs a bad input can cause, as the app's error codes. */
const SQLSTATE_CODES = {
  '23505': ['conflict', 'already exists'],
  '23503': ['not_found', 'refers to a row that does not exist in this organization'],
  '23514': ['invalid_input', 'breaks a rule of the data'],
  '23502': ['invalid_input', 'a required value is missing'],
  '22P02': ['invalid_input', 'a value has the wrong form'],
  '40001': ['conflict', 'a concurrent change won; try again'],
} as const satisfies Record<string, readonly [AppError['code'], string]>;

/** Turns a driver error (drizzle wraps it in `cause`) into an AppError; other errors pass through. */
export function translateDbError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const source = (error as { cause?: unknown }).cause ?? error;
  const { code, constraint, detail } = source as { code?: string; constraint?: string; detail?: string };
  const known = code ? (SQLSTATE_CODES as Record<string, readonly [AppError['code'], string]>)[code] : undefined;
  if (!known) return error;
  const where = constraint ? ` (${constraint})` : '';
  return new AppError(known[0], `${known[1]}${where}${detail ? `: ${detail}` : ''}`);
}
