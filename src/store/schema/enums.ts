import { pgEnum } from 'drizzle-orm/pg-core';
import {
  CASE_OUTCOMES,
  CASE_STATES,
  COMMITMENT_KINDS,
  COMMITMENT_STATES,
  CONCESSION_KINDS,
  CONCESSION_STATUSES,
  PROCESS_FIX_STATUSES,
  SEVERITIES,
  USER_ROLES,
} from '../../core/cases/types.ts';

// Enum values come from the pure core so the rules and the database cannot drift apart.
export const userRole = pgEnum('user_role', USER_ROLES);
export const caseState = pgEnum('case_state', CASE_STATES);
export const caseOutcome = pgEnum('case_outcome', CASE_OUTCOMES);
export const severity = pgEnum('severity', SEVERITIES);
export const commitmentKind = pgEnum('commitment_kind', COMMITMENT_KINDS);
export const commitmentState = pgEnum('commitment_state', COMMITMENT_STATES);
export const concessionKind = pgEnum('concession_kind', CONCESSION_KINDS);
export const concessionStatus = pgEnum('concession_status', CONCESSION_STATUSES);
export const processFixStatus = pgEnum('process_fix_status', PROCESS_FIX_STATUSES);
export const deliveryStatus = pgEnum('delivery_status', ['pending', 'delivered', 'failed', 'dead']);
