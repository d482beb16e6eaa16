import type { Role } from './permissions.ts';

/** Who is calling: every query is scoped by `orgId`; agents are further scoped by `teamId`. */
export interface Principal {
  orgId: string;
  userId: string;
  role: Role;
  teamId: string | null;
  email: string;
  name: string;
  via: 'session' | 'token';
}
