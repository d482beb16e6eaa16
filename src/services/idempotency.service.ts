/**
 * Idempotency keys (the HTTP edge's `Idempotency-Key`): claim a key for a request, store the answer it got, or
 * release it when the request failed so a retry runs again. Keys are kept per org and caller.
 */
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  type IdempotencyRequest,
  releaseIdempotencyKey,
} from '../store/repositories/idempotency.repository.ts';
import type { ServiceContext } from './context.ts';

export type { IdempotencyRequest };
type KeyOf = Pick<IdempotencyRequest, 'orgId' | 'scope' | 'key'>;

/** Claims the key (or finds the answer already stored, or a different request under it); see the repository. */
export const claimKey = (
  ctx: ServiceContext,
  request: IdempotencyRequest,
  options: { ttlMs: number; abandonAfterMs: number },
) => claimIdempotencyKey(ctx.db, request, ctx.now(), options.ttlMs, options.abandonAfterMs);

/** Stores the answer a claimed request got, for its repeats. */
export const completeKey = (ctx: ServiceContext, request: KeyOf, answer: { status: number; body: string }) =>
  completeIdempotencyKey(ctx.db, request, answer.status, answer.body);

/** Releases a claimed key whose request did not complete, so a retry runs again. */
export const releaseKey = (ctx: ServiceContext, request: KeyOf) => releaseIdempotencyKey(ctx.db, request);
