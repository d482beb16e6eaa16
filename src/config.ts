/** The one configuration: a single schema parsed at start-up; nothing else reads process.env. */
import { z } from 'zod';
import { AppError } from './core/errors.ts';

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .default(fallback ? 'true' : 'false')
    .transform((value) => value === 'true' || value === '1' || value === 'yes');

const int = (fallback: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(fallback);

const ConfigSchema = z.object({
  PORT: int(3000, 0, 65535),
  HOST: z.string().min(1).default('127.0.0.1'),
  DEFUSE_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Session cookies carry the Secure attribute; browsers accept it on http://localhost too. */
  DEFUSE_COOKIE_SECURE: flag(true),
  DEFUSE_SESSION_TTL_HOURS: int(12, 1, 24 * 30),
  DEFUSE_LOGIN_MAX_PER_MINUTE: int(10, 1, 10_000),
  DEFUSE_API_MAX_PER_MINUTE: int(1200, 1, 1_000_000),
  /** Live engine sessions kept in memory, least recently used out; evicted ones keep a compact checkpoint. */
  DEFUSE_LIVE_SESSIONS: int(5000, 1, 1_000_000),
  /** On a first start with an empty database, create a clearly labelled demo org. */
  DEFUSE_DEMO: flag(true),
  DEFUSE_SCHEDULER: flag(true),
  DEFUSE_SCHEDULER_INTERVAL_MS: int(15_000, 100, 3_600_000),
  DEFUSE_REMINDER_LEAD_MINUTES: int(60, 0, 7 * 24 * 60),
  /** An open promise this many hours past due (escalated at its due time) is marked missed by the scheduler. */
  DEFUSE_MISSED_AFTER_HOURS: int(24, 0, 24 * 30),
  DEFUSE_WEBHOOK_TIMEOUT_MS: int(10_000, 100, 120_000),
  DEFUSE_WEBHOOK_RETRY_HOURS: int(24, 1, 24 * 7),
  DEFUSE_WEBHOOK_FIRST_RETRY_SECONDS: int(30, 1, 3600),
  /**
   * Slow clients (slowloris): a request's headers must all arrive within DEFUSE_HTTP_HEADERS_TIMEOUT_MS and the
   * whole request within DEFUSE_HTTP_REQUEST_TIMEOUT_MS of its first byte, or the socket is closed (408); an idle
   * keep-alive socket closes after DEFUSE_HTTP_KEEP_ALIVE_TIMEOUT_MS, any socket silent for
   * DEFUSE_HTTP_CONNECTION_TIMEOUT_MS (upgraded live sockets excepted). 0 turns one off.
   */
  DEFUSE_HTTP_HEADERS_TIMEOUT_MS: int(10_000, 0, 600_000),
  DEFUSE_HTTP_REQUEST_TIMEOUT_MS: int(30_000, 0, 3_600_000),
  DEFUSE_HTTP_KEEP_ALIVE_TIMEOUT_MS: int(72_000, 0, 3_600_000),
  DEFUSE_HTTP_CONNECTION_TIMEOUT_MS: int(120_000, 0, 3_600_000),
});

// Node refuses to start a server whose headers may take longer than the whole request.
const CheckedConfigSchema = ConfigSchema.superRefine((config, check) => {
  const { DEFUSE_HTTP_HEADERS_TIMEOUT_MS: headers, DEFUSE_HTTP_REQUEST_TIMEOUT_MS: request } = config;
  if (headers > 0 && request > 0 && headers > request)
    check.addIssue({
      code: 'custom',
      path: ['DEFUSE_HTTP_HEADERS_TIMEOUT_MS'],
      message: `must not exceed DEFUSE_HTTP_REQUEST_TIMEOUT_MS (${request})`,
    });
});

export type Config = z.output<typeof ConfigSchema>;

/** Parses an environment into a Config, naming every problem at once. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const result = CheckedConfigSchema.safeParse(present);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new AppError('invalid_input', `invalid configuration: ${problems.join('; ')}`);
}

/** Reads the process environment once; the only place in the product that touches process.env. */
export const readConfig = (overrides: Partial<Record<keyof Config, string>> = {}): Config =>
  parseConfig({ ...process.env, ...overrides });
