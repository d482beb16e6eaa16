/** Roles and what each may do: declarations read by one guard, never if-chains in handlers. */
export const ROLES = ['agent', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { agent: 1, supervisor: 2, admin: 3 };

/** Every action a route can declare, with the least role allowed to perform it. */
export const PERMISSIONS = {
  'me:read': 'agent',
  'token:create': 'agent',
  'engine:use': 'agent',
  'conversation:create': 'agent',
  'conversation:read': 'agent',
  'case:read': 'agent',
  'case:write': 'agent',
  'commitment:read': 'agent',
  'commitment:write': 'agent',
  'concession:recommend': 'agent',
  'concession:request': 'agent',
  'concession:approve': 'supervisor',
  'customer:read': 'agent',
  'customer:write': 'agent',
  'insights:read': 'supervisor',
  'insights:read-all-teams': 'admin',
  'root-cause:read': 'agent',
  'root-cause:manage': 'supervisor',
  'live:use': 'agent',
  'live:alerts': 'supervisor',
  'case:read-all-teams': 'supervisor',
  'webhook:manage': 'admin',
  'user:manage': 'admin',
  'team:manage': 'admin',
  'policy:manage': 'admin',
  /** Also needs `instanceAdmin` (the route declares `config.instanceAdmin`). */
  'org:create': 'admin',
} as const satisfies Record<string, Role>;

export type Action = keyof typeof PERMISSIONS;

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/** True when the role is at least the least role the action declares. */
export const can = (role: Role, action: Action): boolean => RANK[role] >= RANK[PERMISSIONS[action]];

/** True when `role` may grant `target` (nobody grants a role above their own). */
export const canGrant = (role: Role, target: Role): boolean => RANK[role] >= RANK[target];
