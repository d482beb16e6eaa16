/** First start on an empty database: a clearly labelled demo organization with sample data and a printed log-in. */
import { randomBytes } from 'node:crypto';
import { createCaseSchema, createCommitmentSchema, parseInput } from '../core/cases/case-input.ts';
import { parseConversations } from '../core/conversation/parse.ts';
import { countOrgs } from '../store/repositories/organization.repository.ts';
import { createCase } from './case.service.ts';
import { addCommitment } from './commitment.service.ts';
import { type EventContext, type ScopedActor, SYSTEM, systemActorIn, unwrap } from './context.ts';
import { storeConversation } from './conversation.service.ts';
import { createCustomer } from './customer.service.ts';
import { createOrg, createUser } from './tenant.service.ts';

export const DEMO_ORG_NAME = 'Demo Co (sample data)';

export interface DemoLogin {
  org: string;
  password: string;
  emails: { admin: string; supervisor: string; agent: string };
}

const SAMPLE_CALL = {
  id: 'demo-call-1',
  turns: [
    {
      speaker: 'customer',
      text: 'My internet has dropped every evening this week and I work from home. This is the third time I am calling!',
    },
    {
      speaker: 'agent',
      text: 'Dana, I am so sorry the connection keeps dropping when you need it for work. Thank you for telling us.',
    },
    { speaker: 'customer', text: 'I just want it fixed, not another apology.' },
    {
      speaker: 'agent',
      text: 'So the line drops every evening and it is costing you working time. What would make this right for you?',
    },
  ],
  events: [],
};

const DROPPED_CALL = {
  id: 'demo-call-2',
  turns: [
    { speaker: 'customer', text: 'You charged me twice for March and nobody answers my emails!' },
    { speaker: 'agent', text: 'That is our billing policy, you need to wait for the cycle to close.' },
    { speaker: 'customer', text: 'Unbelievable. Forget it.' },
  ],
  events: [{ type: 'hangup', by: 'customer', afterTurn: 2 }],
};

/** Seeds the demo org only when no organization exists yet; returns the log-ins to print, or null. */
export async function seedDemoIfEmpty(ctx: EventContext): Promise<DemoLogin | null> {
  const { db } = ctx;
  if ((await countOrgs(db)) > 0) return null;
  const now = ctx.now();
  // A fresh random password per install: a demo must not ship with a guessable credential.
  const password = `demo-${randomBytes(9).toString('base64url')}`;
  const emails = {
    admin: 'admin@demo.defuse.test',
    supervisor: 'supervisor@demo.defuse.test',
    agent: 'agent@demo.defuse.test',
  };
  const { org, team } = unwrap(
    // The demo admin may create real organizations while the server runs (POST /api/v1/orgs).
    await createOrg(ctx, SYSTEM, {
      name: DEMO_ORG_NAME,
      adminEmail: emails.admin,
      adminPassword: password,
      instanceAdmin: true,
    }),
  );
  const system = systemActorIn(org.id);
  unwrap(
    await createUser(ctx, system, {
      email: emails.supervisor,
      password,
      role: 'supervisor',
      teamId: team.id,
      name: 'Sam Supervisor (demo)',
    }),
  );
  const agent = unwrap(
    await createUser(ctx, system, {
      email: emails.agent,
      password,
      role: 'agent',
      teamId: team.id,
      name: 'Alex Agent (demo)',
    }),
  );
  // The sample calls are the agent's, seen as an agent sees them (their team's and their own).
  const actor: ScopedActor = {
    orgId: org.id,
    userId: agent.id,
    teamId: team.id,
    scope: { teamId: team.id, userId: agent.id },
  };
  const sample = { demo: true, note: 'sample data created on first start' };
  const dana = unwrap(
    await createCustomer(ctx, actor, {
      name: 'Dana Demo (sample customer)',
      email: 'dana@example.com',
      phone: '+1 555 0100',
      plan: 'business',
      lifetimeRevenueCents: 1_250_000,
      monthlyRevenueCents: 4_900,
      customerSince: '2021-03-01',
      attributes: sample,
    }),
  );
  const robin = unwrap(
    await createCustomer(ctx, actor, {
      name: 'Robin Sample (sample customer)',
      email: 'robin@example.com',
      plan: 'basic',
      lifetimeRevenueCents: 18_000,
      monthlyRevenueCents: 900,
      customerSince: '2025-11-15',
      attributes: sample,
    }),
  );
  // The seed is a door: it parses its conversations at its edge, as the API does.
  const [sampleCall] = parseConversations(SAMPLE_CALL);
  const [droppedCall] = parseConversations(DROPPED_CALL);
  const call = unwrap(
    await storeConversation(ctx, actor, {
      conversation: sampleCall!,
      customerId: dana.id,
      channel: 'phone',
      externalRef: 'demo-call-1',
    }),
  );
  unwrap(
    await storeConversation(ctx, actor, {
      conversation: droppedCall!,
      customerId: robin.id,
      channel: 'phone',
      externalRef: 'demo-call-2',
    }),
  );
  // The seed is a door like the API: it parses its input at its edge with the API's schemas, and the case is opened
  // by the same use case, so it emits case.created too.
  const newCase = unwrap(
    parseInput(createCaseSchema, {
      customerId: dana.id,
      conversationId: call.conversation.id,
      presentingIssue: 'Internet drops every evening (demo case)',
      underlyingIssue: 'Works from home; the drops cost her working time',
      desiredResolution: 'A stable line this week',
      severity: 'high',
      ownerId: agent.id,
      teamId: team.id,
    }),
  );
  const opened = unwrap(await createCase(ctx, actor, newCase));
  const callback = unwrap(
    parseInput(createCommitmentSchema, {
      kind: 'callback',
      dueAt: new Date(now.getTime() + 24 * 3_600_000).toISOString(),
      contact: { name: dana.name, phone: '+1 555 0100' },
      steps: ['Confirm the engineer visit time', 'Check the line after the visit'],
    }),
  );
  unwrap(await addCommitment(ctx, actor, { ...callback, caseId: opened.case.id }));
  return { org: org.name, password, emails };
}
