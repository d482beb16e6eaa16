import type { LintRule } from './lint-rule.types.ts';
import { APOLOGY_RULES } from './rules/apology.rules.ts';
import { BOUNDARY_RULES } from './rules/boundary.rules.ts';
import { CLARIFY_RULES } from './rules/clarify.rules.ts';
import { COMMIT_RULES } from './rules/commit.rules.ts';
import { EMPATHY_RULES } from './rules/empathy.rules.ts';
import { GENERALIZED_RULES } from './rules/generalized.rules.ts';
import { ISSUE12_S8_RULES } from './rules/issue12-s8.rules.ts';
import { ISSUE12_S9_RULES } from './rules/issue12-s9.rules.ts';
import { ISSUE12_S12_RULES } from './rules/issue12-s12.rules.ts';
import { ISSUE12_S13_RULES } from './rules/issue12-s13.rules.ts';
import { LISTEN_RULES } from './rules/listen.rules.ts';
import { OWNERSHIP_RULES } from './rules/ownership.rules.ts';
import { RESOLVE_RULES } from './rules/resolve.rules.ts';

/** Every pattern rule, in playbook order (listen, apologize, clarify, resolve, commit, boundaries). */
export const LINT_RULES: readonly LintRule[] = [
  ...LISTEN_RULES,
  ...APOLOGY_RULES,
  ...EMPATHY_RULES,
  ...OWNERSHIP_RULES,
  ...CLARIFY_RULES,
  ...RESOLVE_RULES,
  ...COMMIT_RULES,
  ...BOUNDARY_RULES,
  ...GENERALIZED_RULES,
  ...ISSUE12_S8_RULES,
  ...ISSUE12_S9_RULES,
  ...ISSUE12_S12_RULES,
  ...ISSUE12_S13_RULES,
];
