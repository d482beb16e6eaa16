/** Complaint domain rules: lifecycle, promises, regulatory clocks, routing, concessions, recurrence. */
export * from './types.ts';
export * from './case-input.ts';
export * from './case-lifecycle.ts';
export * from './commitment-rules.ts';
export * from './regulatory-presets.ts';
export * from './routing.ts';
export * from './concession-advisor.ts';
export * from './recurrence.ts';
