/** Builds the ServerContext from config and an opened store. */
import type { Config } from '../config.ts';
import type { DomainEvent } from '../jobs/event-types.ts';
import type { OpenedDatabase } from '../store/database.ts';
import type { ServerContext } from './context.ts';
import { createMetrics } from './plugins/metrics.ts';

export function createServerContext(
  config: Config,
  store: OpenedDatabase,
  options: { now?: () => Date; publish?: (event: DomainEvent) => Promise<void> } = {},
): ServerContext {
  return {
    config,
    db: store.db,
    dbKind: store.kind,
    now: options.now ?? (() => new Date()),
    metrics: createMetrics(),
    publish: options.publish ?? (async () => undefined),
  };
}
