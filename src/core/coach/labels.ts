import type { PrincipleId } from '../principles.ts';

/**
 * The 24 agent-reply labels (names as in shared/data/agent-replies), each with the principle it serves or violates.
 * `non_apology` and `vague_promise` are defined there but absent from its dev set.
 */
export const REPLY_LABELS = {
  apology: { principle: 'A1', polarity: 'move' },
  apology_specific: { principle: 'A2', polarity: 'move' },
  non_apology: { principle: 'A2', polarity: 'anti' },
  empathy: { principle: 'A3', polarity: 'move' },
  sympathy_agreement: { principle: 'A3', polarity: 'anti' },
  blame_company_or_colleague: { principle: 'A3', polarity: 'anti' },
  ownership: { principle: 'A4', polarity: 'move' },
  excuse: { principle: 'A4', polarity: 'anti' },
  restatement: { principle: 'C1', polarity: 'move' },
  condescension: { principle: 'C2', polarity: 'anti' },
  scolding: { principle: 'C2', polarity: 'anti' },
  ask_desired_resolution: { principle: 'R1', polarity: 'move' },
  policy_language: { principle: 'R2', polarity: 'anti' },
  let_me_check: { principle: 'R4', polarity: 'move' },
  concrete_next_step_with_time: { principle: 'F1', polarity: 'move' },
  vague_promise: { principle: 'F1', polarity: 'anti' },
  name_and_number: { principle: 'F3', polarity: 'move' },
  thanks: { principle: 'L4', polarity: 'move' },
  uses_customer_name: { principle: 'L3', polarity: 'move' },
  i_statement_boundary: { principle: 'B2', polarity: 'move' },
  you_statement_blame: { principle: 'B2', polarity: 'anti' },
  calm_down: { principle: 'L2', polarity: 'anti' },
  interrupting_solution: { principle: 'L1', polarity: 'anti' },
  refusal_rigid: { principle: 'R6', polarity: 'anti' },
} as const satisfies Record<string, { principle: PrincipleId; polarity: 'move' | 'anti' }>;

export type ReplyLabel = keyof typeof REPLY_LABELS;
export const REPLY_LABEL_NAMES = Object.keys(REPLY_LABELS) as ReplyLabel[];
