import { and, eq, sql, asc } from 'drizzle-orm';
import { resolvePolicy, type OrgPolicy } from '../../core/cases/types.ts';
import type { Executor } from '../database.ts';
import { organizations, users, teams } from '../schema/index.ts';
import type { USER_ROLES } from '../../core/cases/types.ts';

type Role = (typeof USER_ROLES)[number];

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

// Organizations, teams and users: the tenant set-up queries (admin-only routes and the CLI).
export const publicUserColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  teamId: users.teamId,
  active: users.active,
  instanceAdmin: users.instanceAdmin,
  createdAt: users.createdAt,
};

export async function findOrgByName(db: Executor, name: string) {
  const [row] = await db
    .select()
    .from(organizations)
    .where(sql`lower(${organizations.name}) = lower(${name}) or ${organizations.slug} = ${name}`)
    .limit(1);
  return row;
}

export async function countOrgs(db: Executor): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(organizations);
  return row?.n ?? 0;
}

export async function insertOrg(db: Executor, input: { name: string; slug: string; now: Date }) {
  const [row] = await db
    .insert(organizations)
    .values({ name: input.name, slug: input.slug, createdAt: input.now, updatedAt: input.now })
    .returning();
  return row!;
}

export async function insertTeam(db: Executor, input: { orgId: string; name: string; now: Date }) {
  const [row] = await db
    .insert(teams)
    .values({ orgId: input.orgId, name: input.name, createdAt: input.now, updatedAt: input.now })
    .returning({ id: teams.id, name: teams.name, createdAt: teams.createdAt });
  return row!;
}

export const listTeams = (db: Executor, orgId: string) =>
  db
    .select({ id: teams.id, name: teams.name, createdAt: teams.createdAt })
    .from(teams)
    .where(eq(teams.orgId, orgId))
    .orderBy(asc(teams.name));

export async function findTeam(db: Executor, orgId: string, teamId: string) {
  const [row] = await db
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.orgId, orgId), eq(teams.id, teamId)));
  return row;
}

/** Whether the organization already has a user with this e-mail (addresses are unique per organization). */
export async function emailTaken(db: Executor, orgId: string, email: string): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.orgId, orgId), sql`lower(${users.email}) = lower(${email})`))
    .limit(1);
  return row !== undefined;
}

export async function insertUser(
  db: Executor,
  input: {
    orgId: string;
    email: string;
    name: string;
    role: Role;
    teamId: string | null;
    instanceAdmin?: boolean;
    passwordHash: string;
    now: Date;
  },
) {
  const [row] = await db
    .insert(users)
    .values({ ...input, createdAt: input.now, updatedAt: input.now })
    .returning(publicUserColumns);
  return row!;
}

export const listUsers = (db: Executor, orgId: string) =>
  db.select(publicUserColumns).from(users).where(eq(users.orgId, orgId)).orderBy(asc(users.email));

export async function updateUser(
  db: Executor,
  orgId: string,
  userId: string,
  patch: {
    role?: Role | undefined;
    teamId?: string | null | undefined;
    active?: boolean | undefined;
    name?: string | undefined;
    now: Date;
  },
) {
  const { now, ...fields } = patch;
  const [row] = await db
    .update(users)
    .set({ ...fields, updatedAt: now })
    .where(and(eq(users.orgId, orgId), eq(users.id, userId)))
    .returning(publicUserColumns);
  return row;
}

/** A user's public columns, locked for update (the caller is in a transaction). */
export const lockUser = (db: Executor, orgId: string, userId: string) =>
  db
    .select(publicUserColumns)
    .from(users)
    .where(and(eq(users.orgId, orgId), eq(users.id, userId)))
    .for('update');

export async function findTeamByName(db: Executor, orgId: string, name: string) {
  const [row] = await db
    .select({ id: teams.id, name: teams.name })
    .from(teams)
    .where(and(eq(teams.orgId, orgId), sql`lower(${teams.name}) = lower(${name})`));
  return row;
}

/**
 * The team directory: every active member of the org with only what colleagues may know of each other (id, name,
 * role, team), by name. E-mails, phones, skills and account state stay with the admin-only user list.
 */
export const listDirectory = (db: Executor, orgId: string) =>
  db
    .select({ id: users.id, name: users.name, role: users.role, teamId: users.teamId, teamName: teams.name })
    .from(users)
    .leftJoin(teams, and(eq(teams.orgId, users.orgId), eq(teams.id, users.teamId)))
    .where(and(eq(users.orgId, orgId), eq(users.active, true)))
    .orderBy(asc(users.name), asc(users.id));

/** The ids of the org's teams, for checking references in the policy (routing rules). */
export async function listTeamIds(db: Executor, orgId: string): Promise<Set<string>> {
  const rows = await db.select({ id: teams.id }).from(teams).where(eq(teams.orgId, orgId));
  return new Set(rows.map((r) => r.id));
}

/** Locks the organization row until the transaction ends (policy changes are serialised on it). */
export async function lockOrganization(db: Executor, orgId: string): Promise<void> {
  await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, orgId)).for('update');
}
