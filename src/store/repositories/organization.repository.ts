import { and, eq, sql } from 'drizzle-orm';
import { resolvePolicy, type OrgPolicy } from '../../core/cases/types.ts';
import type { Executor } from '../database.ts';
import { organizations, users } from '../schema/index.ts';

/** The org's policy over the defaults, or undefined when the org does not exist. */
export async function findOrgPolicy(db: Executor, orgId: string): Promise<OrgPolicy | undefined> {
  const [row] = await db
    .select({ settings: organizations.settings })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  return row ? resolvePolicy(row.settings) : undefined;
}

/** Replaces the org's stored policy settings. */
export async function updateOrgSettings(
  db: Executor,
  orgId: string,
  settings: Partial<OrgPolicy>,
  now: Date,
): Promise<void> {
  await db.update(organizations).set({ settings, updatedAt: now }).where(eq(organizations.id, orgId));
}

/** A user of the org with what the case rules need (role for approvals, team for routing). */
export async function findMember(db: Executor, orgId: string, userId: string) {
  const [row] = await db
    .select({
      id: users.id,
      role: users.role,
      teamId: users.teamId,
      name: users.name,
      phone: users.phone,
      active: users.active,
    })
    .from(users)
    .where(and(eq(users.orgId, orgId), eq(users.id, userId)));
  return row;
}

/** Active users of the org with team, role and skills: the people routing can choose from (R3). */
export const listRoutingPeople = (db: Executor, orgId: string) =>
  db
    .select({ userId: users.id, teamId: users.teamId, role: users.role, skills: users.skills, active: users.active })
    .from(users)
    .where(and(eq(users.orgId, orgId), eq(users.active, true)));

/** Supervisors (and admins) of a team: who an overdue promise is escalated to. */
export const listTeamSupervisors = (db: Executor, orgId: string, teamId: string | null) =>
  db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(
      and(
        eq(users.orgId, orgId),
        eq(users.active, true),
        teamId
          ? sql`(${users.teamId} = ${teamId} and ${users.role} = 'supervisor') or ${users.role} = 'admin'`
          : sql`${users.role} in ('supervisor', 'admin')`,
      ),
    );
