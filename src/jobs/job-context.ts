import type { Config } from '../config.ts';
import type { Database } from '../store/database.ts';
import type { DomainEvent } from '../services/domain-events.ts';

/** What the scheduler needs: the store, the config, a clock, and where live alerts go after commit. */
export interface JobContext {
  db: Database;
  config: Config;
  now: () => Date;
  publish: (event: DomainEvent) => Promise<void>;
  onAttempt?: (outcome: 'delivered' | 'retry' | 'dead') => void;
}
