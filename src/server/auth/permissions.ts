/** Roles and what each may do: declarations read by one guard, never if-chains in handlers. */
export const ROLES = ['agent', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { agent: 1, supervisor: 2, admin: 3 };

/** Every action a route can declare, with the least role allowed to perform it. */
export const PERMISSIONS = {
  'me:read': 'agent',
  'token:create': 'agent',
  'password:change': 'agent',
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
  'directory:read': 'agent',
  'audit:read': 'supervisor',
  'audit:read-admin': 'admin',
  'webhook:manage': 'admin',
  'user:manage': 'admin',
  'team:manage': 'admin',
  'policy:manage': 'admin',
  /** Also needs `instanceAdmin` (the route declares `config.instanceAdmin`). */
  'org:create': 'admin',
} as const satisfies Record<string, Role>;

export type Action = keyof typeof PERMISSIONS;

/** True when the role is at least the least role the action declares. */
export const can = (role: Role, action: Action): boolean => RANK[role] >= RANK[PERMISSIONS[action]];

/** Each action in words, for refusals: "<role>s cannot <words>; ask <the least role>". */
const ACTION_WORDS: Record<Action, string> = {
  'me:read': 'read their profile',
  'token:create': 'create API tokens',
  'password:change': 'change their password',
  'engine:use': 'use the engine',
  'conversation:create': 'store conversations',
  'conversation:read': 'read conversations',
  'case:read': 'read cases',
  'case:write': 'open or change cases',
  'commitment:read': 'read promises',
  'commitment:write': 'record or change promises',
  'concession:recommend': 'ask for concession advice',
  'concession:request': 'propose concessions',
  'concession:approve': 'approve or reject concessions',
  'customer:read': 'read customers',
  'customer:write': 'create or change customers',
  'insights:read': 'read insights',
  'insights:read-all-teams': "read other teams' insights",
  'root-cause:read': 'read root causes',
  'root-cause:manage': 'create or change root causes',
  'live:use': 'use live coaching',
  'live:alerts': 'subscribe to team alerts',
  'case:read-all-teams': "read other teams' cases",
  'directory:read': "read the organization's team directory",
  'audit:read': 'read the audit trail',
  'audit:read-admin': 'read the audit trail of users, tokens, webhooks and policy',
  'webhook:manage': 'manage webhooks',
  'user:manage': 'manage users',
  'team:manage': 'manage teams',
  'policy:manage': "change the organization's policy",
  'org:create': 'create organizations',
};

const withArticle = (role: Role) => (role === 'admin' ? 'an admin' : `a ${role}`);

/** The refusal for a role below an action's least role, as a sentence: "agents cannot approve or reject concessions; ask a supervisor". */
export const refusalMessage = (role: Role, action: Action): string =>
  `${role}s cannot ${ACTION_WORDS[action]}; ask ${withArticle(PERMISSIONS[action])}`;
