/** Organizations, teams and users: the tenant set-up queries (admin-only routes and the CLI). */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../store/database.ts';
import { organizations, teams, users } from '../../store/schema/index.ts';
import type { Role } from '../auth/permissions.ts';

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
