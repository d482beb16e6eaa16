/** Sets up tenants and users: used by the CLI (`defuse org|user create`), the demo seed and admin routes. */
import { AppError } from '../../core/errors.ts';
import type { Database, Executor } from '../../store/database.ts';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../auth/password.ts';
import type { Role } from '../auth/permissions.ts';
import * as tenants from '../repositories/tenant.repository.ts';

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
}

/** Creates a user after checking the e-mail is free (e-mail is the log-in, unique across tenants). */
export async function createUser(db: Executor, input: NewUser, now: Date) {
  checkCredentials(input.email, input.password);
  if (await tenants.emailTaken(db, input.email)) throw new AppError('conflict', `a user with e-mail ${input.email} already exists`, 'email');
  if (input.teamId && !(await tenants.findTeam(db, input.orgId, input.teamId))) {
    throw new AppError('invalid_input', 'no such team in this organization', 'teamId');
  }
  return tenants.insertUser(db, {
    orgId: input.orgId,
    email: input.email.toLowerCase(),
    name: input.name ?? input.email.split('@')[0] ?? input.email,
    role: input.role,
    teamId: input.teamId ?? null,
    passwordHash: await hashPassword(input.password),
    now,
  });
}

/** Creates an organization with a default team and its first admin, atomically. */
export async function createOrg(db: Database, input: { name: string; adminEmail: string; adminPassword: string }, now: Date) {
  const name = input.name.trim();
  const slug = slugify(name);
  if (!slug) throw new AppError('invalid_input', 'an organization needs a name with letters or digits', 'name');
  checkCredentials(input.adminEmail, input.adminPassword);
  return db.transaction(async (tx) => {
    if (await tenants.findOrgByName(tx, name)) throw new AppError('conflict', `an organization named "${name}" already exists`, 'name');
    if (await tenants.findOrgByName(tx, slug)) throw new AppError('conflict', `an organization with slug "${slug}" already exists`, 'name');
    const org = await tenants.insertOrg(tx, { name, slug, now });
    const team = await tenants.insertTeam(tx, { orgId: org.id, name: 'Front line', now });
    const admin = await createUser(tx, { orgId: org.id, email: input.adminEmail, password: input.adminPassword, role: 'admin', teamId: team.id }, now);
    return { org, team, admin };
  });
}

/** Finds an organization by name or slug, or explains that it does not exist. */
export async function requireOrg(db: Executor, name: string) {
  const org = await tenants.findOrgByName(db, name);
  if (!org) throw new AppError('not_found', `no organization named "${name}"`, 'org');
  return org;
}
