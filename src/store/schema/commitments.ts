import { sql } from 'drizzle-orm';
import { bigint, boolean, check, foreignKey, index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import type { ContactDetails } from '../../core/cases/types.ts';
import { cases } from './cases.ts';
import { at, idColumn, orgIdColumn, timestamps } from './columns.ts';
import { conversations } from './conversations.ts';
import { customers } from './customers.ts';
import { commitmentKind, commitmentState, concessionKind, concessionStatus } from './enums.ts';
import { organizations, users } from './organizations.ts';

/** A promise to the customer (F1, F2, F4, F5, F6): who, how to reach them, what, by when, and how it went. */
export const commitments = pgTable(
  'commitments',
  {
    orgId: orgIdColumn().references(() => organizations.id),
    id: idColumn(),
    caseId: uuid('case_id'),
    conversationId: uuid('conversation_id'),
    kind: commitmentKind('kind').notNull(),
    ownerId: uuid('owner_id'),
    contact: jsonb('contact').$type<ContactDetails>().notNull().default({}),
    peopleInvolved: jsonb('people_involved').$type<string[]>().notNull().default([]),
    steps: jsonb('steps').$type<string[]>().notNull().default([]),
    dueAt: at('due_at').notNull(),
    state: commitmentState('state').notNull().default('open'),
    outcome: text('outcome'),
    waiveReason: text('waive_reason'),
    /** Playbook principle or regulatory clock that created it, e.g. `F5` or `uk-fca-disp:final_response`. */
    source: text('source'),
    completedAt: at('completed_at'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.caseId], foreignColumns: [cases.orgId, cases.id] }),
    foreignKey({ columns: [t.orgId, t.conversationId], foreignColumns: [conversations.orgId, conversations.id] }),
    foreignKey({ columns: [t.orgId, t.ownerId], foreignColumns: [users.orgId, users.id] }),
    check('commitments_has_subject', sql`${t.caseId} is not null or ${t.conversationId} is not null`),
    check('commitments_waive_has_reason', sql`${t.state} <> 'waived' or ${t.waiveReason} is not null`),
    index('commitments_org_case_idx').on(t.orgId, t.caseId),
    index('commitments_open_due_idx').on(t.orgId, t.dueAt).where(sql`${t.state} = 'open'`),
    // Keyset pages of GET /commitments (soonest due first).
    index('commitments_org_due_id_idx').on(t.orgId, t.dueAt, t.id),
    // GET /insights/promises counts settled promises due later than now (done or waived early) without walking the
    // open ones due in the future (migration 0015; insights.repository.ts countPromisesByKind).
    index('commitments_org_settled_due_idx').on(t.orgId, t.dueAt).where(sql`${t.state} <> 'open'`),
  ],
);

/** A concession offered or granted (R5, V1), with the advisor's explainable recommendation. */
export const concessions = pgTable(
  'concessions',
  {
    orgId: orgIdColumn().references(() => organizations.id),
    id: idColumn(),
    caseId: uuid('case_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    kind: concessionKind('kind').notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull().default(0),
    currency: text('currency').notNull(),
    recommendedMinCents: bigint('recommended_min_cents', { mode: 'number' }),
    recommendedMaxCents: bigint('recommended_max_cents', { mode: 'number' }),
    recommendation: jsonb('recommendation').$type<Record<string, unknown>>(),
    /** Why it is offered, in the agent's words (R5): what it makes good. Null only on rows from before 0007. */
    reason: text('reason'),
    requiresApproval: boolean('requires_approval').notNull().default(false),
    /** Why a supervisor must approve it: the case's total (approved + pending + this one) against the threshold. */
    approvalReason: text('approval_reason'),
    status: concessionStatus('status').notNull().default('proposed'),
    createdBy: uuid('created_by'),
    approvedBy: uuid('approved_by'),
    decidedAt: at('decided_at'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.caseId], foreignColumns: [cases.orgId, cases.id] }),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id] }),
    foreignKey({ columns: [t.orgId, t.createdBy], foreignColumns: [users.orgId, users.id] }),
    foreignKey({ columns: [t.orgId, t.approvedBy], foreignColumns: [users.orgId, users.id] }),
    check('concessions_amount_not_negative', sql`${t.amountCents} >= 0`),
    index('concessions_org_customer_created_idx').on(t.orgId, t.customerId, t.createdAt),
    // Supervisors' queue: concessions awaiting a decision, oldest first.
    index('concessions_org_status_created_idx').on(t.orgId, t.status, t.createdAt, t.id),
  ],
);
