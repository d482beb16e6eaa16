/** Sets up tenants and users: used by the CLI (`defuse org|user create`), the demo seed and admin routes. */
import { findPreset } from '../core/cases/regulatory-presets.ts';
import type { OrgPolicy, UserRole as Role } from '../core/cases/types.ts';
import { AppError, type Result } from '../core/errors.ts';
import {
  type Actor,
  auditActorOf,
  type OrgActor,
  runInTransaction,
  runSingleWrite,
  type ServiceContext,
  type SystemActor,
  unwrap,
} from './context.ts';
import type { Executor } from '../store/database.ts';
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

/** A new user of the actor's org, as a door parsed it. */
export interface NewUser {
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
 * Inserts a user after checking the e-mail is free in the organization (the same address may have an account in
 * another organization: log-in tells them apart), and audits it (`entity: 'user', action: 'created'`; never the
 * password or its hash) in one transaction (the password is hashed before it opens).
 */
async function writeUser(db: Executor, orgId: string, input: NewUser, now: Date, actor: AuditActor) {
  checkCredentials(input.email, input.password);
  if (await tenants.emailTaken(db, orgId, input.email))
    throw new AppError('conflict', `a user with e-mail ${input.email} already exists in this organization`, 'email');
  if (input.teamId && !(await tenants.findTeam(db, orgId, input.teamId))) {
    throw new AppError('invalid_input', 'no such team in this organization', 'teamId');
  }
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const user = await tenants.insertUser(tx, {
      orgId,
      email: input.email.toLowerCase(),
      name: input.name ?? input.email.split('@')[0] ?? input.email,
      role: input.role,
      teamId: input.teamId ?? null,
      instanceAdmin: input.instanceAdmin ?? false,
      passwordHash,
      now,
    });
    await appendAudit(tx, orgId, [
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

/** Inserts a team and audits it (`entity: 'team', action: 'created'`) in one transaction. */
function writeTeam(db: Executor, orgId: string, name: string, now: Date, actor: AuditActor) {
  return db.transaction(async (tx) => {
    const team = await tenants.insertTeam(tx, { orgId, name, now });
    await appendAudit(tx, orgId, [
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
 * Adds a user to the actor's org (an admin through the API, the CLI's `defuse user create`, the demo seed), audited
 * as `created` with the actor (`session`/`token`, `cli` or `system`) in the same transaction.
 */
export const createUser = (ctx: ServiceContext, actor: OrgActor, input: NewUser) =>
  runSingleWrite(ctx.db, (tx) => writeUser(tx, actor.orgId, input, ctx.now(), auditActorOf(actor)));

/** Adds a team to the actor's org (audited as `created`). */
export const createTeam = (ctx: ServiceContext, actor: OrgActor, input: { name: string }) =>
  runSingleWrite(ctx.db, (tx) => writeTeam(tx, actor.orgId, input.name, ctx.now(), auditActorOf(actor)));

/**
 * Applies a policy patch to the actor's org and audits the settings that changed (`entity: 'policy'`, `entityId` =
 * the org's id), in one transaction with the organization row locked. An unknown regulatory preset is refused and
 * writes nothing.
 */
export function changePolicy(
  ctx: ServiceContext,
  actor: OrgActor,
  changes: Partial<OrgPolicy>,
): Promise<Result<OrgPolicy>> {
  const { orgId } = actor;
  const now = ctx.now();
  return runInTransaction(ctx.db, async (tx) => {
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
        { entity: 'policy', entityId: orgId, action: 'updated', ...auditActorOf(actor), at: now, ...diff },
      ]);
    return next;
  });
}

/** A new organization and its first admin, as a door parsed them. */
export interface NewOrg {
  name: string;
  adminEmail: string;
  adminPassword: string;
  adminName?: string | undefined;
  instanceAdmin?: boolean | undefined;
}

/**
 * Creates an organization with a default team and its first admin, atomically; the organization, the team and
 * the admin are each audited in the same transaction. The actor is an instance admin (the API), the CLI or the
 * system (the demo seed); the actor's own org plays no part.
 */
export function createOrg(ctx: ServiceContext, actor: Actor | SystemActor, input: NewOrg) {
  const name = input.name.trim();
  const slug = slugify(name);
  const now = ctx.now();
  const audit = auditActorOf(actor);
  return runInTransaction(ctx.db, async (tx) => {
    if (!slug) throw new AppError('invalid_input', 'an organization needs a name with letters or digits', 'name');
    checkCredentials(input.adminEmail, input.adminPassword);
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
        ...audit,
        at: now,
        before: null,
        after: { name, slug },
      },
    ]);
    const team = await writeTeam(tx, org.id, 'Front line', now, audit);
    const admin = await writeUser(
      tx,
      org.id,
      {
        email: input.adminEmail,
        password: input.adminPassword,
        role: 'admin',
        teamId: team.id,
        name: input.adminName,
        instanceAdmin: input.instanceAdmin ?? false,
      },
      now,
      audit,
    );
    return { org, team, admin };
  });
}

/** An organization by name or slug (the CLI names one), or not_found. */
export const findOrgNamed = (ctx: ServiceContext, _actor: Actor | SystemActor, input: { name: string }) =>
  runSingleWrite(ctx.db, async (db) => {
    const org = await tenants.findOrgByName(db, input.name);
    if (!org) throw new AppError('not_found', `no organization named "${input.name}"`, 'org');
    return org;
  });

/** A team of the actor's org by name (any case), or not_found. */
export const findTeamNamed = (ctx: ServiceContext, actor: OrgActor, input: { name: string }) =>
  runSingleWrite(ctx.db, async (db) => {
    const team = await tenants.findTeamByName(db, actor.orgId, input.name);
    if (!team) throw new AppError('not_found', `no team named "${input.name}" in this organization`, 'team');
    return team;
  });

// The admin doors' reads.
type InOrg = Pick<Actor, 'orgId'>;

/** The org's users (admins). */
export const listOrgUsers = (ctx: ServiceContext, actor: InOrg) => tenants.listUsers(ctx.db, actor.orgId);

/** The org's teams. */
export const listOrgTeams = (ctx: ServiceContext, actor: InOrg) => tenants.listTeams(ctx.db, actor.orgId);

/** The org's policy (undefined for an unknown org). */
export const readPolicy = (ctx: ServiceContext, actor: InOrg) => findOrgPolicy(ctx.db, actor.orgId);

/** What an admin may change of a user. */
export interface UserChange {
  userId: string;
  role?: Role | undefined;
  teamId?: string | null | undefined;
  active?: boolean | undefined;
  name?: string | undefined;
}

/**
 * An admin changes a user of their org (role, team, name, active) and the fields that changed are audited, in one
 * transaction (the row is locked first; a patch that changes nothing writes no audit entry). Nobody demotes or
 * deactivates themselves, and a team must be one of the org's. An unknown user is not_found.
 */
export const updateUser = (ctx: ServiceContext, actor: Actor, input: UserChange) =>
  runInTransaction(ctx.db, async (tx) => {
    const { userId, ...patch } = input;
    const { orgId } = actor;
    if (userId === actor.userId && ((patch.role !== undefined && patch.role !== 'admin') || patch.active === false))
      throw new AppError('invalid_input', 'you cannot demote or deactivate yourself; ask another admin', 'body');
    if (patch.teamId && !(await tenants.findTeam(tx, orgId, patch.teamId)))
      throw new AppError('invalid_input', 'no such team in this organization', 'body.teamId');
    const now = ctx.now();
    const [current] = await tenants.lockUser(tx, orgId, userId);
    if (!current) throw new AppError('not_found', 'no user with that id');
    const updated = (await tenants.updateUser(tx, orgId, userId, { ...patch, now }))!;
    const diff = changedFields(userFields(current), userFields(updated));
    if (diff)
      await appendAudit(tx, orgId, [
        { entity: 'user', entityId: userId, action: 'updated', ...auditActorOf(actor), at: now, ...diff },
      ]);
    return updated;
  });
