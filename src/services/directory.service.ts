/** The team directory: who works in the organization, readable by every member (names instead of "a teammate"). */
import type { Result } from '../core/errors.ts';
import { listDirectory } from '../store/repositories/organization.repository.ts';
import { runSingleWrite, type ServiceContext } from './context.ts';

export const readDirectory = (
  ctx: ServiceContext,
  actor: { orgId: string },
): Promise<Result<Awaited<ReturnType<typeof listDirectory>>>> =>
  runSingleWrite(ctx.db, (db) => listDirectory(db, actor.orgId));
