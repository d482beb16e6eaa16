import type { Role } from './permissions.ts';

/** Who is calling: every query is scoped by `orgId`; agents are further scoped by `teamId`. */
export interface Principal {
  orgId: string;
  userId: string;
  role: Role;
  teamId: string | null;
  email: string;
  name: string;
  /** May create organizations on this instance (`users.instance_admin`). */
  instanceAdmin: boolean;
  via: 'session' | 'token';
  /** The API token's id when `via` is `token`. */
  tokenId?: string;
  /** When the API token stops working (null: until revoked). */
  tokenExpiresAt?: Date | null;
  /** The API token's own requests-per-minute limit (null: the server's DEFUSE_API_MAX_PER_MINUTE). */
  tokenRateLimitPerMinute?: number | null;
}
