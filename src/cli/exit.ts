import { AppError, type ErrorCode } from '../core/errors.ts';
import { translateDbError } from '../store/store-errors.ts';

/** The one table from error codes to CLI exit codes. */
const EXIT_CODES: Record<ErrorCode, number> = {
  invalid_input: 2,
  invalid_transition: 2,
  not_found: 2,
  conflict: 2,
  forbidden: 2,
  unauthorized: 2,
  rate_limited: 2,
  idempotency_conflict: 2,
  unavailable: 1,
  internal: 1,
};

/** Prints a one-line message (never a stack trace) and exits with the code the error maps to. */
export function exitWithError(raw: unknown): never {
  // A constraint the database enforced reads like any other refusal, never as the raw `Failed query: …`.
  const error = translateDbError(raw);
  if (error instanceof AppError) {
    process.stderr.write(`defuse: ${error.message.split('\n')[0]}\n`);
    process.exit(EXIT_CODES[error.code]);
  }
  // Drizzle wraps driver errors as `Failed query: <sql>` with the driver's own message as the cause.
  const cause = (error as { cause?: unknown }).cause;
  const message =
    error instanceof Error && error.message.startsWith('Failed query:') && cause instanceof Error
      ? `the database refused the change: ${cause.message}`
      : error instanceof Error
        ? error.message
        : String(error);
  process.stderr.write(`defuse: ${message.split('\n')[0]}\n`);
  process.exit(1);
}

/** Wraps a command action so any failure ends in exitWithError. */
export const guarded =
  <A extends unknown[]>(action: (...args: A) => Promise<void> | void) =>
  async (...args: A): Promise<void> => {
    try {
      await action(...args);
    } catch (error) {
      exitWithError(error);
    }
  };
