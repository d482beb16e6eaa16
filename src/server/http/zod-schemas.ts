import type { FastifySchema, FastifySchemaCompiler, FastifyTypeProvider } from 'fastify';
import { z, type ZodType } from 'zod';

/** Types request parts from their zod schemas: `app.withTypeProvider<ZodTypeProvider>()`. */
export interface ZodTypeProvider extends FastifyTypeProvider {
  validator: this['schema'] extends ZodType ? z.output<this['schema']> : unknown;
  serializer: this['schema'] extends ZodType ? Serialized<z.input<this['schema']>> : unknown;
}

/** Handlers may return Dates where the schema documents strings: JSON.stringify writes them as ISO 8601. */
type Serialized<T> = T extends string
  ? T | Date
  : T extends ReadonlyArray<infer U>
    ? ReadonlyArray<Serialized<U>>
    : T extends object
      ? { [K in keyof T]: Serialized<T[K]> }
      : T;

const isZod = (value: unknown): value is ZodType => value instanceof z.ZodType;

/** Validates request parts with their zod schemas; the parsed (typed, defaulted) value replaces the raw one. */
export const zodValidatorCompiler: FastifySchemaCompiler<unknown> =
  ({ schema }) =>
  (data: unknown) => {
    if (!isZod(schema)) return { value: data };
    const result = schema.safeParse(data);
    return result.success ? { value: result.data } : { error: result.error };
  };

/** Responses are parsed by their schema before sending: undocumented fields (org ids, hashes) are stripped. */
export const jsonSerializerCompiler =
  ({ schema }: { schema: unknown }) =>
  (data: unknown): string => {
    if (!isZod(schema)) return JSON.stringify(data);
    const plain: unknown = JSON.parse(JSON.stringify(data));
    const result = schema.safeParse(plain);
    // A response that breaks its own schema is our bug: a 500, never a 400 blamed on the client.
    if (!result.success)
      throw new Error(
        `response does not match its schema: ${result.error.issues[0]?.path.join('.')}: ${result.error.issues[0]?.message}`,
      );
    return JSON.stringify(result.data);
  };

const toJson = (schema: unknown, io: 'input' | 'output'): unknown => {
  if (!isZod(schema)) return schema;
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    target: 'draft-2020-12',
  });
  return json;
};

/** @fastify/swagger transform: turns a route's zod schemas into JSON Schema for the OpenAPI document. */
export function transformZodSchemas({ schema, url }: { schema: FastifySchema; url: string }) {
  if (!schema) return { schema, url };
  const out: Record<string, unknown> = { ...schema };
  for (const part of ['body', 'querystring', 'params', 'headers'] as const) {
    if (schema[part] !== undefined) out[part] = toJson(schema[part], 'input');
  }
  if (schema.response && typeof schema.response === 'object') {
    out.response = Object.fromEntries(
      Object.entries(schema.response as Record<string, unknown>).map(([status, value]) => [
        status,
        toJson(value, 'output'),
      ]),
    );
  }
  return { schema: out as FastifySchema, url };
}
