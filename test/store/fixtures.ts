// Seeds tenants for the store's integration tests and gives services a clock the test controls.
import type { OrgPolicy, UserRole } from '../../src/core/cases/types.ts';
import type { Database } from '../../src/store/database.ts';
import { insertCustomer, type NewCustomer } from '../../src/store/repositories/customer.repository.ts';
import { cases, organizations, teams, users } from '../../src/store/schema/index.ts';
import type { ServiceContext } from '../../src/services/context.ts';

/** A service context whose clock the test moves with `clock.set` / `clock.advance`. */
export function testContext(db: Database, start = new Date('2025-03-03T09:00:00Z')) {
  let current = start;
  const ctx: ServiceContext = { db, now: () => current };
  const clock = {
    set: (at: Date) => {
      current = at;
    },
    advance: (ms: number) => {
      current = new Date(current.getTime() + ms);
    },
    now: () => current,
  };
  return { ctx, clock };
}

let seq = 0;

/** An org with a team, an agent, a supervisor and a customer. */
export async function seedOrg(db: Database, settings: Partial<OrgPolicy> = {}, customer: Partial<NewCustomer> = {}) {
  seq += 1;
  const slug = `org-${process.pid}-${seq}`;
  const [org] = await db
    .insert(organizations)
    .values({ name: `Org ${seq}`, slug, settings })
    .returning();
  const [team] = await db
    .insert(teams)
    .values({ orgId: org!.id, name: 'Front line', categories: ['billing'] })
    .returning();
  const user = async (role: UserRole, name: string) => {
    const [row] = await db
      .insert(users)
      .values({ orgId: org!.id, email: `${name}@${slug}.example`, name, role, teamId: team!.id, phone: '+1 555 0100' })
      .returning();
    return row!;
  };
  const agent = await user('agent', 'agent');
  const supervisor = await user('supervisor', 'supervisor');
  const cust = await insertCustomer(db, org!.id, {
    name: 'Pat Customer',
    phone: '+1 555 0199',
    email: 'pat@example.com',
    monthlyRevenueCents: 5_000,
    lifetimeRevenueCents: 60_000,
    ...customer,
  });
  return { org: org!, team: team!, agent, supervisor, customer: cust };
}

/** A case's searchable texts: [presenting issue, underlying issue, category]. */
export type CaseTexts = [string, string | null, string | null];

/**
 * Inserts one case per text for the search tests. `received_at` repeats every `secondsMod` seconds, so many cases tie on
 * it and the id has to break the ties.
 */
export async function insertCaseTexts(
  db: Database,
  orgId: string,
  customerId: string,
  texts: readonly CaseTexts[],
  secondsMod: number,
): Promise<void> {
  await db.insert(cases).values(
    texts.map(([presentingIssue, underlyingIssue, category], i) => ({
      orgId,
      customerId,
      presentingIssue,
      underlyingIssue,
      category,
      receivedAt: new Date(Date.UTC(2025, 0, 1, 9, 0, i % secondsMod)),
    })),
  );
}
