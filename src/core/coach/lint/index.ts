/** The reply linter: playbook moves and anti-patterns in an agent's reply, with spans, principles and rewrites. */
export { lint, lintLabels } from './lint-engine.ts';
export { LINT_RULES } from './lint-rules.ts';
export { findCustomerNames } from './customer-name.ts';
export type { LintRule } from './lint-rule.types.ts';
