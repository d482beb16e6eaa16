/** A case's timeline: its audit trail, notes, conversations, promises and concessions merged in time order. */
import type { Result } from '../core/errors.ts';
import type { CommitmentRow } from '../store/repositories/commitment.repository.ts';
import { findCase } from '../store/repositories/case.repository.ts';
import { loadCaseHistory, userNames } from '../store/repositories/case-timeline.repository.ts';
import { type Actor, found, runInTransaction, type ServiceContext } from './context.ts';

export interface TimelineActor {
  id: string;
  name: string;
}

interface Base {
  at: Date;
  /** The id of the audit entry, note, conversation, commitment or concession. */
  id: string;
  /** Who did it: the audit entry's actor, the note's author, the conversation's agent, whoever recorded the promise or concession; null for the system. */
  actor: TimelineActor | null;
}

export type TimelineEntry =
  | (Base & {
      kind: 'audit';
      entity: string;
      entityId: string;
      action: string;
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
    })
  | (Base & { kind: 'note'; body: string })
  | (Base & {
      kind: 'conversation';
      channel: string | null;
      turnCount: number;
      peakAngerLevel: string | null;
      abusive: boolean;
      hangup: boolean;
      qaScore: number | null;
    })
  | (Base & {
      kind: 'commitment';
      commitmentKind: string;
      dueAt: Date;
      state: CommitmentRow['state'];
      ownerId: string | null;
      source: string | null;
    })
  | (Base & {
      kind: 'concession';
      concessionKind: string;
      amountCents: number;
      currency: string;
      status: string;
    });

/**
 * The case's history oldest first (entries at the same instant keep the order: conversation, audit trail, notes,
 * promises, concessions). Another org's case is `not_found`; the caller checks team visibility first.
 */
export function caseTimeline(
  ctx: ServiceContext,
  actor: Pick<Actor, 'orgId'>,
  input: { caseId: string },
): Promise<Result<TimelineEntry[]>> {
  const { orgId } = actor;
  const { caseId } = input;
  return runInTransaction(ctx.db, async (tx) => {
    const kase = found(await findCase(tx, orgId, caseId), 'case', 'id');
    const history = await loadCaseHistory(tx, orgId, caseId, kase.conversationId);
    // Who recorded each promise: the actor of its `created` audit entry.
    const createdBy = new Map(
      history.audit
        .filter((a) => a.entity === 'commitment' && a.action === 'created')
        .map((a) => [a.entityId, a.actorId]),
    );
    const names = await userNames(tx, orgId, [
      ...history.audit.flatMap((a) => (a.actorId ? [a.actorId] : [])),
      ...history.notes.map((n) => n.authorId),
      ...history.conversations.flatMap((c) => (c.agentId ? [c.agentId] : [])),
      ...history.concessions.flatMap((c) => (c.createdBy ? [c.createdBy] : [])),
    ]);
    const actor = (id: string | null | undefined): TimelineActor | null =>
      id ? { id, name: names.get(id) ?? 'former user' } : null;
    const entries: TimelineEntry[] = [
      ...history.conversations.map((c) => ({
        kind: 'conversation' as const,
        at: c.startedAt ?? c.createdAt,
        id: c.id,
        actor: actor(c.agentId),
        channel: c.channel,
        turnCount: c.turnCount,
        peakAngerLevel: c.peakAngerLevel,
        abusive: c.abusive,
        hangup: c.hangup,
        qaScore: c.score,
      })),
      ...history.audit.map((a) => ({
        kind: 'audit' as const,
        at: a.at,
        id: a.id,
        actor: actor(a.actorId),
        entity: a.entity,
        entityId: a.entityId,
        action: a.action,
        before: a.before,
        after: a.after,
      })),
      ...history.notes.map((n) => ({
        kind: 'note' as const,
        at: n.createdAt,
        id: n.id,
        actor: { id: n.authorId, name: n.authorName },
        body: n.body,
      })),
      ...history.promises.map((c) => ({
        kind: 'commitment' as const,
        at: c.createdAt,
        id: c.id,
        actor: actor(createdBy.get(c.id)),
        commitmentKind: c.kind,
        dueAt: c.dueAt,
        state: c.state,
        ownerId: c.ownerId,
        source: c.source,
      })),
      ...history.concessions.map((c) => ({
        kind: 'concession' as const,
        at: c.createdAt,
        id: c.id,
        actor: actor(c.createdBy),
        concessionKind: c.kind,
        amountCents: c.amountCents,
        currency: c.currency,
        status: c.status,
      })),
    ];
    // Array.prototype.sort is stable: same-instant entries keep the order above.
    return entries.sort((x, y) => x.at.getTime() - y.at.getTime());
  });
}
