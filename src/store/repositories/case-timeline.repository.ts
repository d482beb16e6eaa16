/** What a case's timeline is made of: its audit trail, notes, conversations, promises and concessions. */
import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { auditEvents, conversations, users } from '../schema/index.ts';
import { listCaseNotes } from './case-note.repository.ts';
import { listCaseCommitments } from './commitment.repository.ts';
import { listCaseConcessions } from './concession.repository.ts';

/** Every row of one case's history, read in one snapshot of its own (call inside a transaction for one). */
export async function loadCaseHistory(db: Executor, orgId: string, caseId: string, conversationId: string | null) {
  const [notes, promises, concessions] = await Promise.all([
    listCaseNotes(db, orgId, caseId),
    listCaseCommitments(db, orgId, caseId),
    listCaseConcessions(db, orgId, caseId),
  ]);
  const about: SQL[] = [and(eq(auditEvents.entity, 'case'), eq(auditEvents.entityId, caseId))!];
  if (promises.length > 0)
    about.push(
      and(
        eq(auditEvents.entity, 'commitment'),
        inArray(
          auditEvents.entityId,
          promises.map((c) => c.id),
        ),
      )!,
    );
  if (concessions.length > 0)
    about.push(
      and(
        eq(auditEvents.entity, 'concession'),
        inArray(
          auditEvents.entityId,
          concessions.map((c) => c.id),
        ),
      )!,
    );
  const conversationIds = [
    ...new Set([conversationId, ...promises.map((c) => c.conversationId)].filter((id): id is string => id !== null)),
  ];
  const [audit, talks] = await Promise.all([
    db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, orgId), or(...about)))
      .orderBy(asc(auditEvents.seq)),
    conversationIds.length === 0
      ? Promise.resolve([])
      : db
          .select({
            id: conversations.id,
            agentId: conversations.agentId,
            channel: conversations.channel,
            startedAt: conversations.startedAt,
            createdAt: conversations.createdAt,
            turnCount: sql<number>`jsonb_array_length(${conversations.turns})`.mapWith(Number),
            peakAngerLevel: sql<string | null>`${conversations.analysis}->>'peakAngerLevel'`,
            abusive: conversations.abusive,
            hangup: conversations.hangup,
            score: conversations.score,
          })
          .from(conversations)
          .where(and(eq(conversations.orgId, orgId), inArray(conversations.id, conversationIds))),
  ]);
  return { audit, notes, promises, concessions, conversations: talks };
}

/** Display names of the org's users with these ids. */
export async function userNames(db: Executor, orgId: string, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.orgId, orgId), inArray(users.id, [...new Set(ids)])));
  return new Map(rows.map((r) => [r.id, r.name]));
}
