/** Opaque secrets (session ids, API tokens): random, shown once, stored only as a SHA-256 digest. */
import { createHash, randomBytes } from 'node:crypto';

export const API_TOKEN_PREFIX = 'dfs_';

/** A new random secret with a recognisable prefix (so leaked tokens can be found by scanners). */
export const generateSecret = (prefix = ''): string => `${prefix}${randomBytes(32).toString('base64url')}`;

/** The digest stored in the database; high-entropy secrets need no salt or slow hash. */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('hex');
