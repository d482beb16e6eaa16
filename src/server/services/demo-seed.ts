/** First start on an empty database: a clearly labelled demo organization with sample data and a printed log-in. */
import { randomBytes } from 'node:crypto';
import type { Database } from '../../store/database.ts';
import { customers } from '../../store/schema/index.ts';
import { countOrgs } from '../repositories/tenant.repository.ts';
import { createOrg, createUser } from './tenant.service.ts';

export const DEMO_ORG_NAME = 'Demo Co (sample data)';

export interface DemoLogin {
  org: string;
  password: string;
  emails: { admin: string; supervisor: string; agent: string };
}

/** Seeds the demo org only when no organization exists yet; returns the log-ins to print, or null. */
export async function seedDemoIfEmpty(db: Database, now: Date): Promise<DemoLogin | null> {
  if ((await countOrgs(db)) > 0) return null;
  // A fresh random password per install: a demo must not ship with a guessable credential.
  const password = `demo-${randomBytes(9).toString('base64url')}`;
  const emails = { admin: 'admin@demo.defuse.test', supervisor: 'supervisor@demo.defuse.test', agent: 'agent@demo.defuse.test' };
  const { org, team } = await createOrg(db, { name: DEMO_ORG_NAME, adminEmail: emails.admin, adminPassword: password }, now);
  await createUser(db, { orgId: org.id, email: emails.supervisor, password, role: 'supervisor', teamId: team.id, name: 'Sam Supervisor (demo)' }, now);
  await createUser(db, { orgId: org.id, email: emails.agent, password, role: 'agent', teamId: team.id, name: 'Alex Agent (demo)' }, now);
  const sample = { demo: true, note: 'sample data created on first start' };
  await db.insert(customers).values([
    { orgId: org.id, name: 'Dana Demo (sample customer)', email: 'dana@example.com', plan: 'business', lifetimeRevenueCents: 1_250_000, monthlyRevenueCents: 49_00, customerSince: '2021-03-01', attributes: sample, createdAt: now, updatedAt: now },
    { orgId: org.id, name: 'Robin Sample (sample customer)', email: 'robin@example.com', plan: 'basic', lifetimeRevenueCents: 18_000, monthlyRevenueCents: 9_00, customerSince: '2025-11-15', attributes: sample, createdAt: now, updatedAt: now },
  ]);
  return { org: org.name, password, emails };
}
