/** The one schema: every table of the store. */
export * from './enums.ts';
export * from './organizations.ts';
export * from './auth.ts';
export * from './customers.ts';
export * from './conversations.ts';
export * from './cases.ts';
export * from './commitments.ts';
export * from './audit.ts';
export * from './webhooks.ts';
export * from './idempotency.ts';
export * from './scheduler.ts';
