import type { ErrorCode } from '../../core/errors.ts';

/** The one table from error codes to HTTP statuses. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid_transition: 409,
  rate_limited: 429,
  idempotency_conflict: 409,
  unavailable: 503,
  internal: 500,
};

/** Codes for the 4xx statuses the framework itself raises (bad JSON, unknown route, too large). */
export const CODE_FOR_STATUS: Record<number, ErrorCode> = {
  400: 'invalid_input',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'invalid_input',
  406: 'invalid_input',
  409: 'conflict',
  411: 'invalid_input',
  413: 'invalid_input',
  414: 'invalid_input',
  415: 'invalid_input',
  429: 'rate_limited',
  431: 'invalid_input',
};
