import type { ConversationAnalysis } from '../../core/analyze.ts';
import { sql } from 'drizzle-orm';
import {
  boolean,
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { AbusiveEnding, ConversationEvent, Turn } from '../../core/conversation/types.ts';
import { at, idColumn, orgIdColumn, timestamps } from './columns.ts';
import { customers } from './customers.ts';
import { organizations, users } from './organizations.ts';

/** A conversation with its turns, events and the engine's analysis; summary columns feed insights. */
export const conversations = pgTable(
  'conversations',
  {
    orgId: orgIdColumn().references(() => organizations.id),
    id: idColumn(),
    externalRef: text('external_ref'),
    customerId: uuid('customer_id'),
    /**
     * The customer's name as the call system gave it when no customer record is linked (a live call's `start`);
     * a linked customer's own name wins wherever both exist.
     */
    customerName: text('customer_name'),
    agentId: uuid('agent_id'),
    channel: text('channel'),
    industry: text('industry'),
    turns: jsonb('turns').$type<Turn[]>().notNull().default([]),
    events: jsonb('events').$type<ConversationEvent[]>().notNull().default([]),
    /** The engine's analysis snapshot (signals, stages, QA): `ConversationAnalysis`, the type src/core owns. */
    analysis: jsonb('analysis').$type<ConversationAnalysis>(),
    peakAnger: real('peak_anger'),
    abusive: boolean('abusive').notNull().default(false),
    hangup: boolean('hangup').notNull().default(false),
    score: real('score'),
    /**
     * B3: how the agent ended a call on a directly abusive customer (reason, the boundary said first, who was
     * alerted, when); null for any other ending.
     */
    ending: jsonb('ending').$type<AbusiveEnding>(),
    startedAt: at('started_at'),
    endedAt: at('ended_at'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id] }),
    foreignKey({ columns: [t.orgId, t.agentId], foreignColumns: [users.orgId, users.id] }),
    // Keyset pages of GET /conversations (newest first).
    index('conversations_org_created_id_idx').on(t.orgId, t.createdAt, t.id),
    index('conversations_org_customer_idx').on(t.orgId, t.customerId),
    // A retried POST with the same reference finds the stored conversation instead of creating another.
    uniqueIndex('conversations_org_external_ref_unique')
      .on(t.orgId, t.externalRef)
      .where(sql`${t.externalRef} is not null`),
  ],
);
