/** Sets up tenants and users: used by the CLI (`defuse org|user create`), the demo seed and admin routes. */
import { findPreset } from '../core/cases/regulatory-presets.ts';
import type { OrgPolicy, UserRole as Role } from '../core/cases/types.ts';
import { AppError } from '../core/errors.ts';
import { type Actor, auditActorOf, runSingleWrite, type ServiceContext, unwrap } from './context.ts';
import type { Database, Executor } from '../store/database.ts';
import { appendAudit, type AuditActor, changedFields } from '../store/repositories/audit.repository.ts';
import { findOrgPolicy, lockOrganization, updateOrgSettings } from '../store/repositories/organization.repository.ts';
import { hashPassword, MIN_PASSWORD_LENGTH } from './password.ts';
import * as tenants from '../store/repositories/organization.repository.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const slugify = (name: string): string =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

function checkCredentials(email: string, password: string): void {
  if (!EMAIL.test(email)) throw new AppError('invalid_input', `"${email}" is not an e-mail address`, 'email');
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new AppError('invalid_input', `must be at least ${MIN_PASSWORD_LENGTH} characters`, 'password');
  }
}

export interface NewUser {
  orgId: string;
  email: string;
  password: string;
  role: Role;
  name?: string | undefined;
  teamId?: string | null | undefined;
  /** May create organizations on this instance: granted only explicitly (CLI `--instance-admin`, the demo seed). */
  instanceAdmin?: boolean | undefined;
}

/** What the audit trail keeps of a user: never the password hash (an instance-admin grant is named when given). */
const userFields = (u: {
  email: string;
  name: string;
  role: string;
  teamId: string | null;
  active: boolean;
  instanceAdmin?: boolean;
}) => ({
  email: u.email,
  name: u.name,
  role: u.role,
  teamId: u.teamId,
  active: u.active,
  ...(u.instanceAdmin ? { instanceAdmin: true } : {}),
});

/**
 * Creates a user after checking the e-mail is free in the organization (the same address may have an account in
 * another organization: log-in tells them apart), and audits it
 * (`entity: 'user', action: 'created'`; never the password or its hash) in the same transaction.
 */
export async function createUser(db: Executor, input: NewUser, now: Date, actor: AuditActor) {
  checkCredentials(input.email, input.password);
  if (await tenants.emailTaken(db, input.orgId, input.email))
    throw new AppError('conflict', `a user with e-mail ${input.email} already exists in this organization`, 'email');
  if (input.teamId && !(await tenants.findTeam(db, input.orgId, input.teamId))) {
    throw new AppError('invalid_input', 'no such team in this organization', 'teamId');
  }
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const user = await tenants.insertUser(tx, {
      orgId: input.orgId,
      email: input.email.toLowerCase(),
      name: input.name ?? input.email.split('@')[0] ?? input.email,
      role: input.role,
      teamId: input.teamId ?? null,
      instanceAdmin: input.instanceAdmin ?? false,
      passwordHash,
      now,
    });
    await appendAudit(tx, input.orgId, [
      {
        entity: 'user',
        entityId: user.id,
        action: 'created',
        ...actor,
        at: now,
        before: null,
        after: userFields(user),
      },
    ]);
    return user;
  });
}

/**
 * Changes a user's role, team, name or active flag and audits the fields that changed, in one transaction (the
 * row is locked first). A patch that changes nothing writes no audit entry. Undefined for an unknown user.
 */
export async function changeUser(
  db: Database,
  orgId: string,
  userId: string,
  patch: {
    role?: Role | undefined;
    teamId?: string | null | undefined;
    active?: boolean | undefined;
    name?: string | undefined;
  },
  now: Date,
  actor: AuditActor,
) {
  return db.transaction(async (tx) => {
    const [current] = await tenants.lockUser(tx, orgId, userId);
    if (!current) return undefined;
    const updated = (await tenants.updateUser(tx, orgId, userId, { ...patch, now }))!;
    const diff = changedFields(userFields(current), userFields(updated));
    if (diff)
      await appendAudit(tx, orgId, [
        { entity: 'user', entityId: userId, action: 'updated', ...actor, at: now, ...diff },
      ]);
    return updated;
  });
}

/** Creates a team and audits it (`entity: 'team', action: 'created'`) in one transaction. */
export async function createTeam(db: Executor, input: { orgId: string; name: string }, now: Date, actor: AuditActor) {
  return db.transaction(async (tx) => {
    const team = await tenants.insertTeam(tx, { orgId: input.orgId, name: input.name, now });
    await appendAudit(tx, input.orgId, [
      {
        entity: 'team',
        entityId: team.id,
        action: 'created',
        ...actor,
        at: now,
        before: null,
        after: { name: team.name },
      },
    ]);
    return team;
  });
}

/**
 * Applies a policy patch and audits the settings that changed (`entity: 'policy'`, `entityId` = the org's id), in
 * one transaction with the organization row locked. An unknown regulatory preset is refused and writes nothing.
 */
export async function changePolicy(
  db: Database,
  orgId: string,
  changes: Partial<OrgPolicy>,
  now: Date,
  actor: AuditActor,
): Promise<OrgPolicy> {
  return db.transaction(async (tx) => {
    await lockOrganization(tx, orgId);
    const current = await findOrgPolicy(tx, orgId);
    if (!current) throw new AppError('not_found', 'no such organization');
    if (changes.regulatoryPreset) unwrap(findPreset(changes.regulatoryPreset, current.customPresets));
    const next: OrgPolicy = { ...current, ...changes };
    await updateOrgSettings(tx, orgId, next, now);
    const diff = changedFields(
      current as unknown as Record<string, unknown>,
      next as unknown as Record<string, unknown>,
    );
    if (diff)
      await appendAudit(tx, orgId, [
        { entity: 'policy', entityId: orgId, action: 'updated', ...actor, at: now, ...diff },
      ]);
    return next;
  });
}

/**
 * Creates an organization with a default team and its first admin, atomically; the organization, the team and
 * the admin are each audited in the same transaction.
 */
export async function createOrg(
  db: Database,
  input: { name: string; adminEmail: string; adminPassword: string; adminName?: string; instanceAdmin?: boolean },
  now: Date,
  actor: AuditActor,
) {
  const name = input.name.trim();
  const slug = slugify(name);
  if (!slug) throw new AppError('invalid_input', 'an organization needs a name with letters or digits', 'name');
  checkCredentials(input.adminEmail, input.adminPassword);
  return db.transaction(async (tx) => {
    if (await tenants.findOrgByName(tx, name))
      throw new AppError('conflict', `an organization named "${name}" already exists`, 'name');
    if (await tenants.findOrgByName(tx, slug))
      throw new AppError('conflict', `an organization with slug "${slug}" already exists`, 'name');
    const org = await tenants.insertOrg(tx, { name, slug, now });
    await appendAudit(tx, org.id, [
      {
        entity: 'organization',
        entityId: org.id,
        action: 'created',
        ...actor,
        at: now,
        before: null,
        after: { name, slug },
      },
    ]);
    const team = await createTeam(tx, { orgId: org.id, name: 'Front line' }, now, actor);
    const admin = await createUser(
      tx,
      {
        orgId: org.id,
        email: input.adminEmail,
        password: input.adminPassword,
        role: 'admin',
        teamId: team.id,
        name: input.adminName,
        instanceAdmin: input.instanceAdmin ?? false,
      },
      now,
      actor,
    );
    return { org, team, admin };
  });
}

/** A team of the org by name (any case), or undefined. */
export const findTeamNamed = (db: Executor, orgId: string, name: string) => tenants.findTeamByName(db, orgId, name);

/** The audit trail's actor for a change made from the command line. */
export { CLI_ACTOR } from '../store/repositories/audit.repository.ts';

/** Finds an organization by name or slug, or explains that it does not exist. */
export async function requireOrg(db: Executor, name: string) {
  const org = await tenants.findOrgByName(db, name);
  if (!org) throw new AppError('not_found', `no organization named "${name}"`, 'org');
  return org;
}

// The admin doors' use cases (one signature: context, actor, parsed input; a Result).
type OrgActor = Pick<Actor, 'orgId'>;

/** The org's users (admins). */
export const listOrgUsers = (ctx: ServiceContext, actor: OrgActor) => tenants.listUsers(ctx.db, actor.orgId);

/** The org's teams. */
export const listOrgTeams = (ctx: ServiceContext, actor: OrgActor) => tenants.listTeams(ctx.db, actor.orgId);

/** The org's policy (undefined for an unknown org). */
export const readPolicy = (ctx: ServiceContext, actor: OrgActor) => findOrgPolicy(ctx.db, actor.orgId);

/** An admin adds a user to their org (audited as `created`). */
export const addUser = (ctx: ServiceContext, actor: Actor, input: Omit<NewUser, 'orgId'>) =>
  runSingleWrite(ctx.db, (db) => createUser(db, { ...input, orgId: actor.orgId }, ctx.now(), auditActorOf(actor)));

/** An admin adds a team to their org (audited as `created`). */
export const addTeam = (ctx: ServiceContext, actor: Actor, input: { name: string }) =>
  runSingleWrite(ctx.db, (db) =>
    createTeam(db, { orgId: actor.orgId, name: input.name }, ctx.now(), auditActorOf(actor)),
  );

/**
 * An admin changes a user of their org (role, team, name, active); nobody demotes or deactivates themselves, and
 * a team must be one of the org's. An unknown user is not_found.
 */
export const updateUser = (
  ctx: ServiceContext,
  actor: Actor,
  input: { userId: string } & Parameters<typeof changeUser>[3],
) =>
  runSingleWrite(ctx.db, async (db) => {
    const { userId, ...patch } = input;
    if (userId === actor.userId && ((patch.role !== undefined && patch.role !== 'admin') || patch.active === false))
      throw new AppError('invalid_input', 'you cannot demote or deactivate yourself; ask another admin', 'body');
    if (patch.teamId && !(await tenants.findTeam(db, actor.orgId, patch.teamId)))
      throw new AppError('invalid_input', 'no such team in this organization', 'body.teamId');
    const updated = await changeUser(db, actor.orgId, userId, patch, ctx.now(), auditActorOf(actor));
    if (!updated) throw new AppError('not_found', 'no user with that id');
    return updated;
  });
