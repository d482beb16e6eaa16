/** F6: the supervisor follow-up a case closed unresolved owes, created the same way by a close and by the sweep. */
import { supervisorFollowUp } from '../core/cases/commitment-rules.ts';
import type { OrgPolicy } from '../core/cases/types.ts';
import type { Result } from '../core/errors.ts';
import type { Executor } from '../store/database.ts';
import { appendAudit, snapshot, type AuditEntry } from '../store/repositories/audit.repository.ts';
import { listCasesOwingFollowUp, type CaseRow } from '../store/repositories/case.repository.ts';
import { insertCommitments, type CommitmentRow } from '../store/repositories/commitment.repository.ts';
import { findCustomer } from '../store/repositories/customer.repository.ts';
import { listRoutingPeople } from '../store/repositories/organization.repository.ts';
import { lockForTransaction } from '../store/repositories/promise-clock.repository.ts';
import { commitmentRow, routeByLoad } from './case.service.ts';
import { contactOf, found, requirePolicy, runInTransaction, type ServiceContext, type SYSTEM } from './context.ts';

const SWEEP_BATCH = 100;
const SWEEP_LOCK_KEY = 7_240_181_802;

/** The least-loaded active supervisor, preferring the case's team. */
async function pickSupervisor(tx: Executor, orgId: string, teamId: string | null): Promise<string | null> {
  const supervisors = (await listRoutingPeople(tx, orgId)).filter((p) => p.role === 'supervisor');
  const sameTeam = supervisors.filter((p) => p.teamId === teamId);
  const decision = await routeByLoad(
    tx,
    orgId,
    { category: null, severity: 'medium', customerMonthlyRevenueCents: 0 },
    [],
    sameTeam.length ? sameTeam : supervisors,
  );
  return decision.userId;
}

/**
 * F6: inserts the supervisor follow-up for a closed case (owner: the least-loaded supervisor; contact: the
 * customer's; due the org's hours after the close) and returns it with its audit entry, for the caller's transaction.
 */
export async function addSupervisorFollowUp(
  tx: Executor,
  policy: OrgPolicy,
  closed: CaseRow,
  actorId: string | null,
  now: Date,
): Promise<{ commitment: CommitmentRow; audit: AuditEntry }> {
  const customer = found(await findCustomer(tx, closed.orgId, closed.customerId), 'customer', 'customerId');
  const owner = await pickSupervisor(tx, closed.orgId, closed.teamId);
  const draft = supervisorFollowUp(policy, closed.closedAt ?? now, contactOf(customer), owner);
  const [row] = await insertCommitments(tx, closed.orgId, [
    commitmentRow(draft, { caseId: closed.id, conversationId: closed.conversationId }, now),
  ]);
  return {
    commitment: row!,
    audit: { entity: 'commitment', entityId: row!.id, action: 'created', actorId, at: now, after: snapshot(row!) },
  };
}

/**
 * The scheduler's safety net: creates the follow-up of every case closed unresolved without one (a close that
 * crashed), in every org, as the system (audited with actorId null).
 */
export async function createMissingFollowUps(
  ctx: ServiceContext,
  actor: typeof SYSTEM,
): Promise<Result<CommitmentRow[]>> {
  const now = ctx.now();
  return runInTransaction(ctx.db, async (tx) => {
    await lockForTransaction(tx, SWEEP_LOCK_KEY);
    const created: CommitmentRow[] = [];
    for (const closed of await listCasesOwingFollowUp(tx, SWEEP_BATCH)) {
      const policy = await requirePolicy(tx, closed.orgId);
      const { commitment, audit } = await addSupervisorFollowUp(tx, policy, closed, actor.userId, now);
      await appendAudit(tx, closed.orgId, [audit]);
      created.push(commitment);
    }
    return created;
  });
}
