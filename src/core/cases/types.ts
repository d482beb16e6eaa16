import type { RegulatoryPreset } from './regulatory-presets.ts';
import type { RoutingRule } from './routing.ts';

/** The complaint domain's vocabulary: shared by the pure rules, the store schema and the API. */
export const CASE_STATES = [
  'received',
  'acknowledged',
  'investigating',
  'resolution_proposed',
  'resolved',
  'closed',
] as const;
export type CaseState = (typeof CASE_STATES)[number];

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** How a case ended: resolved for the customer, or closed without a resolution (F6). */
export const CASE_OUTCOMES = ['resolved', 'unresolved'] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

/** Promise kinds (F1, F2, F4, F5, F6) plus the regulatory clocks that become promises. */
export const COMMITMENT_KINDS = [
  'callback',
  'corrective_step',
  'supervisor_follow_up',
  'chaser',
  'report_back',
  'acknowledgement',
  'final_response',
] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];

export const COMMITMENT_STATES = ['open', 'done', 'missed', 'waived'] as const;
export type CommitmentState = (typeof COMMITMENT_STATES)[number];

/** Concession ladder of R5, from nothing to goodwill beyond the loss. */
export const CONCESSION_KINDS = ['none', 'apology', 'service_credit', 'refund', 'goodwill'] as const;
export type ConcessionKind = (typeof CONCESSION_KINDS)[number];

export const CONCESSION_STATUSES = ['proposed', 'approved', 'rejected', 'granted'] as const;
export type ConcessionStatus = (typeof CONCESSION_STATUSES)[number];

export const USER_ROLES = ['agent', 'supervisor', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const PROCESS_FIX_STATUSES = ['planned', 'in_progress', 'done'] as const;
export type ProcessFixStatus = (typeof PROCESS_FIX_STATUSES)[number];

/** How to reach the customer for a promise (F2). */
export interface ContactDetails {
  name?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  channel?: 'phone' | 'email' | 'chat' | 'sms' | undefined;
}

/** Policy settings an organization chooses; every field has a default in `DEFAULT_ORG_POLICY`. */
export interface OrgPolicy {
  /** F5: minutes within which a Chaser call-back is due after a customer hang-up. */
  chaserMinutes: number;
  /** F6: hours within which a supervisor follows up a case closed unresolved. */
  supervisorFollowUpHours: number;
  /** R5: concessions above this amount (minor units) need supervisor approval. */
  concessionApprovalThresholdCents: number;
  /** ISO 4217 code for amounts. */
  currency: string;
  /** Regulatory preset id (see regulatory-presets.ts), or null for none. */
  regulatoryPreset: string | null;
  /** P2: a new case from the same customer within this many days is a recurrence. */
  recurrenceWindowDays: number;
  /** The org's own regulatory presets, beside the built-in ones. */
  customPresets: RegulatoryPreset[];
  /** R3: ordered routing rules; the first match wins. */
  routingRules: RoutingRule[];
}

export const DEFAULT_ORG_POLICY: OrgPolicy = {
  chaserMinutes: 10,
  supervisorFollowUpHours: 24,
  concessionApprovalThresholdCents: 10_000,
  currency: 'USD',
  regulatoryPreset: null,
  recurrenceWindowDays: 90,
  customPresets: [],
  routingRules: [],
};

/** An org's stored settings over the defaults. */
export const resolvePolicy = (settings: Partial<OrgPolicy> | null | undefined): OrgPolicy => ({
  ...DEFAULT_ORG_POLICY,
  ...settings,
});
