import { randomUUID } from 'node:crypto';
import type { CreateCaseInput, CreateCommitmentInput, UpdateCaseInput } from '../core/cases/case-input.ts';
import { validateCommitmentDraft, type CommitmentDraft } from '../core/cases/commitment-rules.ts';
import { findRepeatComplaint, type RepeatComplaint } from '../core/cases/recurrence.ts';
import { findPreset, regulatoryCommitments } from '../core/cases/regulatory-presets.ts';
import {
  eligibleForRouting,
  routeCase,
  type RoutingDecision,
  type RoutingInput,
  type RoutingPerson,
  type RoutingRule,
} from '../core/cases/routing.ts';
import { resolvePolicy, type OrgPolicy } from '../core/cases/types.ts';
import { AppError, fail, ok, type Result } from '../core/errors.ts';
import type { DomainEvent } from './domain-events.ts';
import type { Executor } from '../store/database.ts';
import { appendAudit, snapshot, type AuditEntry } from '../store/repositories/audit.repository.ts';
import {
  countOpenCasesOf,
  findCase,
  insertCaseWithCommitments,
  listCases,
  updateCase,
  type CaseFilters,
  type CaseRow,
} from '../store/repositories/case.repository.ts';
import {
  linkConversationCommitments,
  listCaseCommitments,
  type CommitmentRow,
  type NewCommitment,
} from '../store/repositories/commitment.repository.ts';
import { loadCaseContext } from '../store/repositories/case-context.repository.ts';
import { findMember, listRoutingPeople } from '../store/repositories/organization.repository.ts';
import {
  contactOf,
  definedOnly,
  type EventContext,
  found,
  type OrgActor,
  requireActor,
  rowEvent,
  runInTransaction,
  runSingleWrite,
  type ScopedActor,
  unwrap,
  visibleRow,
  withCustomerContact,
  type ServiceContext,
} from './context.ts';

export interface OpenedCase {
  case: CaseRow;
  /** Promises the case starts with: the regulatory clocks of its preset. */
  commitments: CommitmentRow[];
  /** P2: set when the customer complained within the org's recurrence window. */
  recurrence: RepeatComplaint | null;
  /** R3: how the owner was chosen, when the caller did not name one. */
  routing: RoutingDecision | null;
}

/** The audit entry of a promise made (every door and rule that creates one writes this shape). */
export const commitmentCreated = (row: CommitmentRow, actorId: string | null, at: Date): AuditEntry => ({
  entity: 'commitment',
  entityId: row.id,
  action: 'created',
  actorId,
  at,
  after: snapshot(row),
});

/** A draft promise as a commitments row of this case. */
export function commitmentRow(
  draft: CommitmentDraft,
  subject: { caseId?: string | null; conversationId?: string | null },
  now: Date,
): NewCommitment {
  return {
    caseId: subject.caseId ?? null,
    conversationId: subject.conversationId ?? null,
    kind: draft.kind,
    dueAt: draft.dueAt,
    ownerId: draft.ownerId ?? null,
    contact: draft.contact ?? {},
    peopleInvolved: draft.peopleInvolved ?? [],
    steps: draft.steps ?? [],
    source: draft.source ?? null,
    createdAt: now,
    updatedAt: now,
  };
}

async function routeNewCase(
  tx: Executor,
  orgId: string,
  policy: OrgPolicy,
  input: { category?: string | undefined; severity: CaseRow['severity'] },
  monthlyRevenueCents: number,
) {
  return routeByLoad(
    tx,
    orgId,
    { category: input.category ?? null, severity: input.severity, customerMonthlyRevenueCents: monthlyRevenueCents },
    policy.routingRules,
    await listRoutingPeople(tx, orgId),
  );
}

/**
 * R3 by load: the matching rule's eligible people, and the open cases of those people only (not the org's), decide
 * who gets the case. Also picks the supervisor of an F6 follow-up.
 */
export async function routeByLoad(
  tx: Executor,
  orgId: string,
  input: RoutingInput,
  rules: readonly RoutingRule[],
  people: readonly RoutingPerson[],
): Promise<RoutingDecision> {
  const { eligible } = eligibleForRouting(input, rules, people);
  const loads = await countOpenCasesOf(
    tx,
    orgId,
    eligible.map((p) => p.userId),
  );
  return routeCase(
    input,
    rules,
    eligible.map((p) => ({ ...p, openCases: loads.get(p.userId) ?? 0 })),
  );
}

/** Checks promises sent with a new case; an error names the promise, e.g. `commitments[1].dueAt`. */
function validateDrafts(inputs: CreateCommitmentInput[], now: Date): Result<CommitmentDraft[]> {
  const drafts: CommitmentDraft[] = [];
  for (const [i, input] of inputs.entries()) {
    const draft = validateCommitmentDraft(definedOnly({ ...input, dueAt: new Date(input.dueAt) }), now);
    if (!draft.success)
      return fail(
        new AppError(
          draft.error.code,
          draft.error.message.replace(/^[^:]+: /, ''),
          `commitments[${i}].${draft.error.path ?? ''}`,
        ),
      );
    drafts.push(draft.data);
  }
  return ok(drafts);
}

/**
 * Opens a case (C3, R1, A4, P1): routes it (R3), starts its regulatory clocks and flags recurrence (P2). The input
 * was parsed at the door's edge (createCaseSchema); a door calls `createCase`, which also emits `case.created`.
 */
export async function openCase(
  ctx: ServiceContext,
  actor: OrgActor,
  input: CreateCaseInput,
  /** Events recorded in the outbox with the case, in its one write statement (createCase's `case.created`). */
  eventsOf: (opened: OpenedCase) => DomainEvent[] = () => [],
): Promise<Result<OpenedCase>> {
  const { orgId, userId: actorId } = actor;
  const now = ctx.now();
  // One read and one atomic write statement: the hot path of the agent console (see bench/store.bench.ts). A case
  // opened from a conversation also links that call's Chaser, so it runs as one transaction.
  const run = input.conversationId ? runInTransaction : runSingleWrite;
  return run(ctx.db, async (tx) => {
    const keys = {
      customerId: input.customerId,
      actorId,
      ownerId: input.ownerId ?? null,
      conversationId: input.conversationId ?? null,
      now,
    };
    const context = found(await loadCaseContext(tx, orgId, keys), 'organization', 'orgId');
    const policy = resolvePolicy(context.settings);
    if (actorId !== null && context.actorId === null) found(undefined, 'user', 'actorId');
    const customer = found(context.customer ?? undefined, 'customer', 'customerId');
    // F2: promises made on the call without a phone or e-mail use the customer's.
    const drafts = unwrap(
      validateDrafts(
        (input.commitments ?? []).map((c) => withCustomerContact(c, customer)),
        now,
      ),
    );
    if (keys.conversationId && context.conversationId === null) found(undefined, 'conversation', 'conversationId');
    if (keys.ownerId && context.ownerId === null) found(undefined, 'user', 'ownerId');
    const presetId = input.regulatoryPreset ?? policy.regulatoryPreset;
    const presetResult = presetId ? findPreset(presetId, policy.customPresets) : null;
    if (presetResult && !presetResult.success) throw presetResult.error;
    const preset = presetResult?.data ?? null;
    const routing = input.ownerId
      ? null
      : keepOrRoute(
          await routeNewCase(tx, orgId, policy, input, customer.monthlyRevenueCents),
          actorId !== null && context.conversationAgentId === actorId
            ? { userId: actorId, teamId: context.actorTeamId }
            : null,
        );
    const previous =
      context.latestCaseId && context.latestCaseAt
        ? [{ id: context.latestCaseId, receivedAt: context.latestCaseAt }]
        : [];
    const recurrence = findRepeatComplaint(now, previous, policy.recurrenceWindowDays);
    const row: CaseRow = {
      orgId,
      id: randomUUID(),
      customerId: customer.id,
      conversationId: input.conversationId ?? null,
      ownerId: input.ownerId ?? routing?.userId ?? null,
      teamId: input.teamId ?? routing?.teamId ?? null,
      state: 'received',
      outcome: null,
      category: input.category ?? null,
      presentingIssue: input.presentingIssue,
      underlyingIssue: input.underlyingIssue ?? null,
      desiredResolution: input.desiredResolution ?? null,
      resolution: null,
      severity: input.severity,
      companyAtFault: input.companyAtFault,
      rootCauseId: input.rootCauseId ?? null,
      consentToDocument: input.consentToDocument,
      regulatoryPreset: preset?.id ?? null,
      receivedAt: now,
      resolvedAt: null,
      closedAt: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    const clocks = preset
      ? regulatoryCommitments(preset, now).map((d) => ({ ...d, contact: contactOf(customer) }))
      : [];
    const created: CommitmentRow[] = [...clocks, ...drafts].map(
      (d) =>
        ({
          ...commitmentRow(
            { ...d, ownerId: d.ownerId ?? row.ownerId },
            { caseId: row.id, conversationId: row.conversationId },
            now,
          ),
          orgId,
          id: randomUUID(),
          state: 'open',
          outcome: null,
          waiveReason: null,
          completedAt: null,
        }) as CommitmentRow,
    );
    const events = eventsOf({ case: row, commitments: created, recurrence, routing });
    await insertCaseWithCommitments(
      tx,
      orgId,
      row,
      created,
      [
        { entity: 'case', entityId: row.id, action: 'opened', actorId, at: now, after: snapshot(row) },
        ...created.map((c) => commitmentCreated(c, actorId, now)),
      ],
      events,
    );
    if (row.conversationId) {
      // The call's Chaser (F5) and the case opened from the call are one story: link them.
      const linked = await linkConversationCommitments(tx, orgId, row.conversationId, row.id, now);
      if (linked.length > 0)
        await appendAudit(
          tx,
          orgId,
          linked.map((c) => ({
            entity: 'commitment',
            entityId: c.id,
            action: 'linked',
            actorId,
            at: now,
            before: { caseId: null },
            after: { caseId: row.id },
          })),
        );
      created.push(...linked);
    }
    return { case: row, commitments: created, recurrence, routing };
  });
}

/**
 * R3 decides the owner only when nobody owns the case yet: an agent opening a case from their own conversation
 * keeps it, unless a routing rule matched (then the rule's decision stands).
 */
function keepOrRoute(
  decision: RoutingDecision,
  opener: { userId: string; teamId: string | null } | null,
): RoutingDecision {
  if (!opener || decision.rule !== null) return decision;
  return {
    rule: null,
    teamId: opener.teamId,
    userId: opener.userId,
    principle: 'R3',
    reasons: ['no routing rule matched: the agent who opened it from their own conversation keeps it'],
  };
}

/**
 * Who may move a case to whom: supervisors and admins to anyone active in the org; agents to a teammate (or
 * themselves) or back to the queue (null). Throws forbidden/not_found naming `ownerId`.
 */
async function checkReassignment(tx: Executor, orgId: string, actorId: string | null, ownerId: string | null) {
  const actor = actorId === null ? null : await findMember(tx, orgId, actorId);
  if (ownerId === null) return;
  const owner = await findMember(tx, orgId, ownerId);
  if (!owner) throw new AppError('not_found', 'no user with that id in this organization', 'ownerId');
  if (!owner.active) throw new AppError('invalid_input', 'that user is deactivated; choose an active one', 'ownerId');
  if (actor && actor.role === 'agent' && (actor.teamId === null || owner.teamId !== actor.teamId))
    throw new AppError(
      'forbidden',
      'agents can hand a case to a teammate or back to the queue (ownerId null); ask a supervisor to move it to another team',
      'ownerId',
    );
}

/** What a case edit names: the case, and the details that change (updateCaseSchema, parsed at the edge). */
export type CaseDetailsChange = UpdateCaseInput & { caseId: string };

/**
 * Changes a case's details (issue, resolution, severity, fault, consent, owner); closed cases are read-only. A
 * door calls `changeCase` (handover.service.ts), which also carries promises to a new owner and emits the events.
 */
export async function updateCaseDetails(
  ctx: ServiceContext,
  actor: OrgActor,
  input: CaseDetailsChange,
): Promise<Result<CaseRow>> {
  const { orgId, userId: actorId } = actor;
  const { caseId, ...patch } = input;
  const now = ctx.now();
  return runInTransaction(ctx.db, async (tx) => {
    await requireActor(tx, orgId, actorId);
    const before = found(await findCase(tx, orgId, caseId, true), 'case', 'caseId');
    if (before.state === 'closed')
      throw new AppError('invalid_transition', 'a closed case cannot be edited; reopen it first', 'caseId');
    if (patch.ownerId !== undefined) await checkReassignment(tx, orgId, actorId, patch.ownerId);
    const after = await updateCase(tx, orgId, caseId, before.version, { ...definedOnly(patch), updatedAt: now });
    if (!after) throw new AppError('conflict', 'the case changed while it was being edited; try again', 'caseId');
    await appendAudit(tx, orgId, [
      {
        entity: 'case',
        entityId: caseId,
        action: 'updated',
        actorId,
        at: now,
        before: snapshot(before),
        after: snapshot(after),
      },
    ]);
    return after;
  });
}

/** `case.created`: what every door that opens a case (the API, the demo seed) tells webhooks and live consoles. */
const caseCreatedEvent = (ctx: ServiceContext, actor: OrgActor, opened: OpenedCase): DomainEvent =>
  rowEvent(ctx, actor, 'case.created', opened.case, opened.case.version, {
    caseId: opened.case.id,
    state: opened.case.state,
    severity: opened.case.severity,
    customerId: opened.case.customerId,
  });

/**
 * Opens a case as one unit of work: the case, its promises, their audit entries and `case.created` commit
 * together, and the event is published after the commit. Every door that creates a case calls this.
 */
export async function createCase(
  ctx: EventContext,
  actor: OrgActor,
  input: CreateCaseInput,
): Promise<Result<OpenedCase>> {
  // A unit of work in one statement: the case's own write carries its event to the outbox, so BEGIN, COMMIT and the
  // outbox's own INSERT (3 of the 7 round trips of POST /cases, measured) are gone; the event is published once
  // that statement has succeeded.
  let events: DomainEvent[] = [];
  const opened = await openCase(ctx, actor, input, (o) => {
    events = [caseCreatedEvent(ctx, actor, o)];
    return events;
  });
  if (opened.success) for (const event of events) await ctx.publish(event);
  return opened;
}

/** A case the actor may see, or not_found (other orgs' and other teams' cases look absent). */
export const readVisibleCase = (ctx: ServiceContext, actor: ScopedActor, caseId: string): Promise<Result<CaseRow>> =>
  runSingleWrite(ctx.db, async (db) => visibleRow(actor, await findCase(db, actor.orgId, caseId), 'case'));

/** A case the actor may see with its promises (soonest due first). */
export const readCaseDetail = (ctx: ServiceContext, actor: ScopedActor, caseId: string) =>
  runSingleWrite(ctx.db, async (db) => {
    const kase = visibleRow(actor, await findCase(db, actor.orgId, caseId), 'case');
    return { ...kase, commitments: await listCaseCommitments(db, actor.orgId, kase.id) };
  });

/** The cases the actor may see, filtered, searched and paged (keyset). */
export const listVisibleCases = (ctx: ServiceContext, actor: ScopedActor, filters: CaseFilters) =>
  listCases(ctx.db, { orgId: actor.orgId, teamOf: actor.scope }, filters);
