/**
 * `Idempotency-Key` on every authenticated POST: the same key with the same request within 24 h answers with the
 * first response (status and body, header `idempotent-replayed: true`) and does nothing again; the same key with
 * a different request is a 409 `idempotency_conflict`. Keys are kept per org and caller (user or API token) in
 * the database, so a retry that reaches another server process is recognised too. Only successful (2xx)
 * responses are stored: after a refusal or a failure the key is freed and a retry runs again.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../core/errors.ts';
import { claimKey, completeKey, type IdempotencyRequest, releaseKey } from '../../services/idempotency.service.ts';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const TTL_MS = 24 * 3_600_000;
/** A first request still unanswered after this long died with its process: the key may be claimed again. */
const ABANDON_AFTER_MS = 5 * 60_000;
const KEY = /^[\x21-\x7e]{1,255}$/;

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: IdempotencyRequest | null;
  }
}

/** JSON with object keys sorted, so that `{"a":1,"b":2}` and `{"b":2,"a":1}` are the same request. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const applies = (request: FastifyRequest) =>
  request.method === 'POST' && request.routeOptions.config.permission !== undefined;

export function registerIdempotency(app: FastifyInstance): void {
  app.decorateRequest('idempotency', null);

  // After authentication and validation: the key is scoped by the caller and fingerprints the parsed body.
  app.addHook('preHandler', async (request, reply) => {
    const header = request.headers[IDEMPOTENCY_HEADER];
    if (header === undefined || !applies(request) || !request.principal) return;
    const key = Array.isArray(header) ? header[0] : header;
    if (key === undefined || !KEY.test(key))
      throw new AppError('invalid_input', 'the Idempotency-Key header must be 1 to 255 visible ASCII characters');
    const p = request.principal;
    const path = request.url;
    const claim: IdempotencyRequest = {
      orgId: p.orgId,
      scope: p.via === 'token' && p.tokenId ? `token:${p.tokenId}` : `user:${p.userId}`,
      key,
      method: request.method,
      path,
      requestHash: createHash('sha256')
        .update(`${request.method} ${path}\n${canonicalJson(request.body)}`)
        .digest('hex'),
    };
    const { ctx } = app;
    const outcome = await claimKey(ctx, claim, { ttlMs: TTL_MS, abandonAfterMs: ABANDON_AFTER_MS });
    switch (outcome.state) {
      case 'new':
        request.idempotency = claim;
        return;
      case 'replay':
        return reply
          .code(outcome.status)
          .header('idempotent-replayed', 'true')
          .type('application/json; charset=utf-8')
          .send(outcome.body);
      case 'running':
        throw new AppError(
          'conflict',
          'a request with this Idempotency-Key is still being processed; retry in a moment',
          'Idempotency-Key',
        );
      case 'mismatch':
        throw new AppError(
          'idempotency_conflict',
          `this Idempotency-Key was already used within 24 h for a different request (${outcome.method} ${outcome.path}); use a new key for a new request`,
          'Idempotency-Key',
        );
    }
  });

  // Stores a success for replays; frees the key after anything else so the retry runs again.
  app.addHook('onSend', async (request, reply, payload) => {
    const claim = request.idempotency;
    if (!claim) return payload;
    request.idempotency = null;
    if (reply.statusCode >= 200 && reply.statusCode < 300) {
      const body = typeof payload === 'string' ? payload : payload === null || payload === undefined ? '' : null;
      if (body !== null) {
        await completeKey(app.ctx, claim, { status: reply.statusCode, body });
        return payload;
      }
    }
    await releaseKey(app.ctx, claim);
    return payload;
  });
}

/** The header as the OpenAPI document lists it on each POST it applies to. */
export const IDEMPOTENCY_HEADER_DOC = {
  type: 'string',
  minLength: 1,
  maxLength: 255,
  description:
    'Optional. Retrying with the same key and the same request within 24 h returns the first response (status and ' +
    'body, with `idempotent-replayed: true`) and creates nothing again; the same key with a different request is ' +
    '409 `idempotency_conflict`. Keys are per caller (user or API token). Only 2xx responses are kept.',
  examples: ['6f1c2e0a-6d0b-4d8e-9a51-0c7c0d1f9b3e'],
};

/** Adds the `Idempotency-Key` header to the OpenAPI entry of each authenticated POST. */
export function documentIdempotencyKey<T extends { schema: unknown; url: string }>(
  out: T,
  route: { method: string | string[]; config?: unknown },
): T {
  const methods = [route.method].flat();
  const config = (route.config ?? {}) as { permission?: string };
  if (!methods.includes('POST') || !config.permission || !out.schema) return out;
  const schema = out.schema as { headers?: { properties?: Record<string, unknown> } } & Record<string, unknown>;
  const headers = schema.headers ?? { type: 'object', properties: {} };
  return {
    ...out,
    schema: {
      ...schema,
      headers: {
        ...headers,
        properties: { ...(headers.properties ?? {}), [IDEMPOTENCY_HEADER]: IDEMPOTENCY_HEADER_DOC },
      },
    },
  };
}
