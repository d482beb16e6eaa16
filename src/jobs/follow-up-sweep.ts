/** F6: every case closed unresolved gets a supervisor follow-up promise, even if the closing request crashed. */
import { and, eq, sql } from 'drizzle-orm';
import { resolvePolicy, supervisorFollowUp } from '../core/cases/index.ts';
import { auditEvents, cases, commitments, customers, organizations } from '../store/schema/index.ts';
import type { JobContext } from './job-context.ts';

const BATCH = 100;
const LOCK_KEY = 7_240_181_802;

/** Creates the missing supervisor follow-ups; returns how many were created. */
export async function sweepSupervisorFollowUps(ctx: JobContext): Promise<number> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_KEY})`);
    const orphans = await tx
      .select({ kase: cases, settings: organizations.settings, customer: customers })
      .from(cases)
      .innerJoin(organizations, eq(organizations.id, cases.orgId))
      .innerJoin(customers, and(eq(customers.orgId, cases.orgId), eq(customers.id, cases.customerId)))
      .where(
        and(
          eq(cases.state, 'closed'),
          eq(cases.outcome, 'unresolved'),
          sql`not exists (select 1 from ${commitments} c where c.org_id = ${cases.orgId} and c.case_id = ${cases.id} and c.kind = 'supervisor_follow_up')`,
        ),
      )
      .limit(BATCH);
    for (const { kase, settings, customer } of orphans) {
      const policy = resolvePolicy(settings);
      const draft = supervisorFollowUp(policy, kase.closedAt ?? now, {
        name: customer.name,
        ...(customer.phone ? { phone: customer.phone } : {}),
        ...(customer.email ? { email: customer.email } : {}),
      });
      const [created] = await tx
        .insert(commitments)
        .values({
          orgId: kase.orgId,
          caseId: kase.id,
          kind: draft.kind,
          dueAt: draft.dueAt,
          contact: draft.contact,
          steps: draft.steps ?? [],
          source: draft.source ?? 'F6',
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: commitments.id });
      await tx
        .insert(auditEvents)
        .values({
          orgId: kase.orgId,
          entity: 'commitment',
          entityId: created!.id,
          action: 'created',
          actorId: null,
          at: now,
          after: { kind: draft.kind, caseId: kase.id, source: 'F6' },
        });
    }
    return orphans.length;
  });
}
