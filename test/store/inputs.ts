// Typed inputs for the services, built as a door builds them: parsed at the edge with the API's own schemas (their
// defaults filled in), so a test hands a use case exactly what the HTTP route, the seed or the CLI would.
import type { z } from 'zod';
import {
  createCaseSchema,
  createCommitmentSchema,
  parseInput,
  proposeConcessionSchema,
  updateCaseSchema,
} from '../../src/core/cases/case-input.ts';
import type { Result } from '../../src/core/errors.ts';
import { type Actor, unwrap } from '../../src/services/context.ts';

/** A user of an org as the services' actor (their team plays no part in the store's use cases). */
export const by = (orgId: string, userId: string): Actor => ({ orgId, userId, teamId: null });

/** A new case as POST /cases parses it. */
export const caseInput = (raw: z.input<typeof createCaseSchema>) => unwrap(parseInput(createCaseSchema, raw));

/** A case edit as PATCH /cases/:id parses it. */
export const caseChange = (raw: z.input<typeof updateCaseSchema>) => unwrap(parseInput(updateCaseSchema, raw));

/** A promise as POST /cases/:id/commitments parses it. */
export const commitmentInput = (raw: z.input<typeof createCommitmentSchema>) =>
  unwrap(parseInput(createCommitmentSchema, raw));

/** A concession as POST /cases/:id/concessions parses it. */
export const concessionInput = (raw: z.input<typeof proposeConcessionSchema>) =>
  unwrap(parseInput(proposeConcessionSchema, raw));

/**
 * A door in a test: parses untrusted `raw` with `schema` at the edge, so only a valid input reaches the use case;
 * a refusal at the edge comes out as the same kind of Result as the use case's own.
 */
export async function atTheEdge<S extends z.ZodType, T>(
  schema: S,
  raw: unknown,
  run: (input: z.infer<S>) => Promise<Result<T>>,
): Promise<Result<T>> {
  const parsed = parseInput(schema, raw);
  return parsed.success ? run(parsed.data) : parsed;
}
