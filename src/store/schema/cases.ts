import { type SQL, sql } from 'drizzle-orm';
import {
  boolean,
  foreignKey,
  index,
  integer,
  type PgColumn,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { at, idColumn, orgIdColumn, timestamps } from './columns.ts';
import { conversations } from './conversations.ts';
import { customers } from './customers.ts';
import { caseOutcome, caseState, processFixStatus, severity } from './enums.ts';
import { organizations, teams, users } from './organizations.ts';

/** A named root cause that complaints are traced to (P3). */
export const rootCauses = pgTable(
  'root_causes',
  {
    orgId: orgIdColumn().references(() => organizations.id),
    id: idColumn(),
    name: text('name').notNull(),
    description: text('description'),
    ...timestamps(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), uniqueIndex('root_causes_org_name_unique').on(t.orgId, t.name)],
);

/** A change to the process so a root cause does not recur (P2). */
export const processFixes = pgTable(
  'process_fixes',
  {
    orgId: orgIdColumn().references(() => organizations.id),
    id: idColumn(),
    rootCauseId: uuid('root_cause_id').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    ownerId: uuid('owner_id'),
    status: processFixStatus('status').notNull().default('planned'),
    dueAt: at('due_at'),
    doneAt: at('done_at'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.rootCauseId], foreignColumns: [rootCauses.orgId, rootCauses.id] }),
    foreignKey({ columns: [t.orgId, t.ownerId], foreignColumns: [users.orgId, users.id] }),
  ],
);

/** The texts GET /cases?q= searches, in the order `cases.search_text` joins them. */
export const caseSearchColumns = (t: { presentingIssue: PgColumn; underlyingIssue: PgColumn; category: PgColumn }) => [
  t.presentingIssue,
  t.underlyingIssue,
  t.category,
];

/**
 * `cases.search_text` (migration 0020): `lower(searchableText(caseSearchColumns(cases)))`, generated and stored by
 * PostgreSQL when a case is written. It is not a drizzle column on purpose: rows read, written and snapshotted never
 * carry it; only the search (pagination.ts containsAnyText) and its trigram index read it.
 */
export const caseSearchText = sql`"cases"."search_text"`;

/**
 * The week a case was received in (weeks start on Mondays, 00:00 UTC), as the trigram index `cases_search_trgm_idx`
 * holds it beside the search text (migration 0021: the SQL there must stay this expression, so the planner matches it).
 */
export const caseWeek = (receivedAt: SQL | PgColumn) =>
  sql`date_bin('7 days'::interval, ${receivedAt}, '2000-01-03 00:00:00+00'::timestamptz)`;

/** A complaint case (C3, R1, A4, P1) moving through the ISO 10002-style lifecycle. */
export const cases = pgTable(
  'cases',
  {
    orgId: orgIdColumn().references(() => organizations.id),
    id: idColumn(),
    customerId: uuid('customer_id').notNull(),
    conversationId: uuid('conversation_id'),
    ownerId: uuid('owner_id'),
    teamId: uuid('team_id'),
    state: caseState('state').notNull().default('received'),
    outcome: caseOutcome('outcome'),
    category: text('category'),
    presentingIssue: text('presenting_issue').notNull(),
    underlyingIssue: text('underlying_issue'),
    desiredResolution: text('desired_resolution'),
    resolution: text('resolution'),
    severity: severity('severity').notNull().default('medium'),
    /** A4: null while not yet known. */
    companyAtFault: boolean('company_at_fault'),
    rootCauseId: uuid('root_cause_id'),
    /** P1: without consent the text stays out of learning and insights exports. */
    consentToDocument: boolean('consent_to_document').notNull().default(false),
    regulatoryPreset: text('regulatory_preset'),
    receivedAt: at('received_at').notNull(),
    resolvedAt: at('resolved_at'),
    closedAt: at('closed_at'),
    /** Optimistic concurrency: bumped on every change. */
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id] }),
    foreignKey({ columns: [t.orgId, t.conversationId], foreignColumns: [conversations.orgId, conversations.id] }),
    foreignKey({ columns: [t.orgId, t.ownerId], foreignColumns: [users.orgId, users.id] }),
    foreignKey({ columns: [t.orgId, t.teamId], foreignColumns: [teams.orgId, teams.id] }),
    foreignKey({ columns: [t.orgId, t.rootCauseId], foreignColumns: [rootCauses.orgId, rootCauses.id] }),
    index('cases_org_customer_received_idx').on(t.orgId, t.customerId, t.receivedAt),
    index('cases_org_root_cause_received_idx').on(t.orgId, t.rootCauseId, t.receivedAt),
    // Routing by load (R3) counts one person's open cases (case.repository.ts countOpenCasesOf, migration 0019).
    index('cases_org_open_owner_idx').on(t.orgId, t.ownerId).where(sql`${t.state} <> 'closed'`),
    // Keyset pages of GET /cases (newest first), with and without a state filter.
    index('cases_org_received_id_idx').on(t.orgId, t.receivedAt, t.id),
    index('cases_org_state_received_id_idx').on(t.orgId, t.state, t.receivedAt, t.id),
    // GET /cases?q= is `search_text LIKE lower('%q%')` (pagination.ts containsAnyText): the trigram index on the
    // stored, lower-cased text answers a rare term without a scan (migrations 0015, 0017, 0020), and with each case's
    // week (btree_gin, migration 0021) it answers a rare term's pieces in the newest weeks only.
    index('cases_search_trgm_idx').using('gin', sql`"search_text" gin_trgm_ops`, caseWeek(sql`"received_at"`)),
  ],
);

/** A note on a case: what someone learned or did, in their words (part of the case's timeline). */
export const caseNotes = pgTable(
  'case_notes',
  {
    orgId: orgIdColumn().references(() => organizations.id),
    id: idColumn(),
    caseId: uuid('case_id').notNull(),
    /** The user who wrote it. */
    authorId: uuid('author_id').notNull(),
    body: text('body').notNull(),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.caseId], foreignColumns: [cases.orgId, cases.id] }),
    foreignKey({ columns: [t.orgId, t.authorId], foreignColumns: [users.orgId, users.id] }),
    index('case_notes_org_case_created_idx').on(t.orgId, t.caseId, t.createdAt),
  ],
);
