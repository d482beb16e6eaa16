/** Roles as the server ranks them: agent < supervisor < admin. */
export type Role = 'agent' | 'supervisor' | 'admin';

const RANK: Record<Role, number> = { agent: 0, supervisor: 1, admin: 2 };

/** True when `role` is at least `least` (a supervisor may do what an agent may). */
export const atLeast = (role: Role, least: Role): boolean => RANK[role] >= RANK[least];

export const ROLE_LABEL: Record<Role, string> = { agent: 'Agent', supervisor: 'Supervisor', admin: 'Admin' };
