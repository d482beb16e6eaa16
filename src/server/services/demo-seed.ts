/** First start on an empty database: a clearly labelled demo organization with sample data and a printed log-in. */
import { randomBytes } from 'node:crypto';
import { addCommitment } from '../../services/commitment.service.ts';
import { createCase } from '../../services/case.service.ts';
import { insertCustomer } from '../../store/repositories/customer.repository.ts';
import type { ServerContext } from '../context.ts';
import { orThrow } from '../http/result.ts';
import { countOrgs } from '../../store/repositories/organization.repository.ts';
import { storeConversation } from './conversation.service.ts';
import { SYSTEM_ACTOR } from '../../store/repositories/audit.repository.ts';
import { createOrg, createUser } from '../../services/tenant.service.ts';

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
export async function seedDemoIfEmpty(ctx: ServerContext): Promise<DemoLogin | null> {
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
  const { org, team } = await createOrg(
    db,
    // The demo admin may create real organizations while the server runs (POST /api/v1/orgs).
    { name: DEMO_ORG_NAME, adminEmail: emails.admin, adminPassword: password, instanceAdmin: true },
    now,
    SYSTEM_ACTOR,
  );
  await createUser(
    db,
    {
      orgId: org.id,
      email: emails.supervisor,
      password,
      role: 'supervisor',
      teamId: team.id,
      name: 'Sam Supervisor (demo)',
    },
    now,
    SYSTEM_ACTOR,
  );
  const agent = await createUser(
    db,
    { orgId: org.id, email: emails.agent, password, role: 'agent', teamId: team.id, name: 'Alex Agent (demo)' },
    now,
    SYSTEM_ACTOR,
  );
  const sample = { demo: true, note: 'sample data created on first start' };
  const dana = await insertCustomer(db, org.id, {
    name: 'Dana Demo (sample customer)',
    email: 'dana@example.com',
    phone: '+1 555 0100',
    plan: 'business',
    lifetimeRevenueCents: 1_250_000,
    monthlyRevenueCents: 4_900,
    customerSince: '2021-03-01',
    attributes: sample,
    createdAt: now,
    updatedAt: now,
  });
  const robin = await insertCustomer(db, org.id, {
    name: 'Robin Sample (sample customer)',
    email: 'robin@example.com',
    plan: 'basic',
    lifetimeRevenueCents: 18_000,
    monthlyRevenueCents: 900,
    customerSince: '2025-11-15',
    attributes: sample,
    createdAt: now,
    updatedAt: now,
  });
  const principal = {
    orgId: org.id,
    userId: agent.id,
    role: 'agent' as const,
    teamId: team.id,
    email: agent.email,
    name: agent.name,
    instanceAdmin: false,
    via: 'session' as const,
  };
  const call = await storeConversation(ctx, principal, {
    conversation: SAMPLE_CALL,
    customerId: dana.id,
    channel: 'phone',
    externalRef: 'demo-call-1',
  });
  await storeConversation(ctx, principal, {
    conversation: DROPPED_CALL,
    customerId: robin.id,
    channel: 'phone',
    externalRef: 'demo-call-2',
  });
  // The seed is a door like the API: the case is opened by the same use case, so it emits case.created too.
  const opened = orThrow(
    await createCase(
      ctx,
      { orgId: org.id, userId: agent.id, teamId: team.id },
      {
        customerId: dana.id,
        conversationId: call.conversation.id,
        presentingIssue: 'Internet drops every evening (demo case)',
        underlyingIssue: 'Works from home; the drops cost her working time',
        desiredResolution: 'A stable line this week',
        severity: 'high',
        ownerId: agent.id,
        teamId: team.id,
      },
    ),
  );
  orThrow(
    await addCommitment(ctx, org.id, agent.id, opened.case.id, {
      kind: 'callback',
      dueAt: new Date(now.getTime() + 24 * 3_600_000).toISOString(),
      contact: { name: 'Dana Demo', phone: '+1 555 0100' },
      steps: ['Confirm the engineer visit time', 'Check the line after the visit'],
    }),
  );
  return { org: org.name, password, emails };
}
