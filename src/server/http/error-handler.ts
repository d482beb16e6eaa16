import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { AppError, type ErrorCode } from '../../core/errors.ts';
import { isDatabaseUnavailable, translateDbError } from '../../store/store-errors.ts';
import { CODE_FOR_STATUS, HTTP_STATUS } from './error-status.ts';

/** Seconds a client is asked to wait (Retry-After) when the database cannot be reached. */
export const RETRY_AFTER_SECONDS = 5;

export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}

const firstLine = (text: string): string => text.split('\n')[0] ?? text;

/** Fastify's JSON body parser errors (syntax, and keys refused against prototype poisoning), naming the body. */
const FRAMEWORK_BODY_ERRORS: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY:
    'body: is not valid JSON, or has a "__proto__" or "constructor.prototype" key (refused)',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'body: is empty, but content-type says application/json',
};

/** Renders a zod issue list as one line naming where the problem is, e.g. `body.turns.0.speaker: ...`. */
export function describeZodError(error: ZodError, where: string): string {
  const issue = error.issues[0];
  if (!issue) return `${where}: invalid`;
  const path = [where, ...issue.path.map(String)].filter(Boolean).join('.');
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : '';
  return `${path}: ${firstLine(issue.message)}${more}`;
}

/** Maps any thrown value to a status and the `{error: {code, message}}` body; client mistakes never become 5xx. */
export function toErrorResponse(error: unknown): { status: number; body: ErrorBody } {
  // A database outage (restart, refused, pool timed out) is temporary: 503, never 500 `internal`.
  if (!(error instanceof AppError) && isDatabaseUnavailable(error)) {
    return {
      status: 503,
      body: { error: { code: 'unavailable', message: 'the database cannot be reached right now; try again shortly' } },
    };
  }
  // A constraint or value the database refused (unique, foreign key, NUL byte…) is the client's, wherever it surfaced.
  if (!(error instanceof AppError)) {
    const translated = translateDbError(error);
    if (translated instanceof AppError) return toErrorResponse(translated);
  }
  if (error instanceof AppError) {
    return {
      status: HTTP_STATUS[error.code],
      body: { error: { code: error.code, message: firstLine(error.message) } },
    };
  }
  const fastifyError = error as Partial<FastifyError> & { validationContext?: string };
  if (error instanceof ZodError || fastifyError.validation !== undefined) {
    const message =
      error instanceof ZodError
        ? describeZodError(error, fastifyError.validationContext ?? 'body')
        : firstLine(fastifyError.message ?? 'invalid input');
    return { status: 400, body: { error: { code: 'invalid_input', message } } };
  }
  // The framework's JSON body errors, said as the API says every input problem: where, then what.
  const bodyProblem = FRAMEWORK_BODY_ERRORS[fastifyError.code ?? ''];
  if (bodyProblem) return { status: 400, body: { error: { code: 'invalid_input', message: bodyProblem } } };
  const status = fastifyError.statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    const code = CODE_FOR_STATUS[status] ?? 'invalid_input';
    const message = firstLine(fastifyError.message ?? 'bad request').replace(/^FST_\w+: /, '');
    return {
      status: code === 'invalid_input' && !(status in CODE_FOR_STATUS) ? 400 : status,
      body: { error: { code, message } },
    };
  }
  return { status: 500, body: { error: { code: 'internal', message: 'internal error; it has been logged' } } };
}

/** Fastify error handler: logs server faults, answers every error in the one shape. */
export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const { status, body } = toErrorResponse(error);
  if (status === 503) {
    // One warning line, no stack: an outage makes many of these and the cause is the database, not the request.
    request.log.warn({ code: (error as { code?: unknown }).code }, 'database unavailable');
    request.server.ctx?.metrics.databaseUnavailable.inc();
    reply.header('retry-after', String(RETRY_AFTER_SECONDS));
  } else if (status >= 500) request.log.error({ err: error }, 'request failed');
  return reply.status(status).send(body);
}
