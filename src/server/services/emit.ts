/** The HTTP edge's unit of work: the services' (src/services/context.ts), with expected failures thrown as errors. */
import type { DomainEvent } from '../../jobs/event-types.ts';
import { runUnitOfWork } from '../../services/context.ts';
import type { ServerContext } from '../context.ts';
import { orThrow } from '../http/result.ts';

export { rowEvent } from '../../services/context.ts';

/**
 * Runs `work` as one unit of work (its writes, audit rows and the events it returns commit in one transaction and
 * are published after the commit); an expected failure is thrown for the error handler.
 */
export async function withEvents<T>(
  ctx: ServerContext,
  work: (tx: ServerContext) => Promise<{ value: T; events: DomainEvent[] }>,
): Promise<T> {
  return orThrow(await runUnitOfWork(ctx, work));
}
