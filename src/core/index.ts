/** The pure conversation engine and complaint rules: no I/O, runs in Node and the browser. */
export * from './principles.ts';
export * from './errors.ts';
export * from './conversation/types.ts';
export * from './signals/types.ts';
export * from './coach/labels.ts';
export * from './coach/lint-types.ts';
export * from './signals/anger/index.ts';
export * from './cases/index.ts';
export * from './coach/lint/index.ts';
export { detectVenting, type VentingEstimate } from './signals/venting.ts';
