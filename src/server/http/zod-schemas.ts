import type { FastifySchema, FastifySchemaCompiler, FastifyTypeProvider } from 'fastify';
import { z, type ZodType } from 'zod';

/** Types request parts from their zod schemas: `app.withTypeProvider<ZodTypeProvider>()`. */
export interface ZodTypeProvider extends FastifyTypeProvider {
  validator: this['schema'] extends ZodType ? z.output<this['schema']> : unknown;
  serializer: this['schema'] extends ZodType ? z.input<this['schema']> : unknown;
}

const isZod = (value: unknown): value is ZodType => value instanceof z.ZodType;

/** Validates request parts with their zod schemas; the parsed (typed, defaulted) value replaces the raw one. */
export const zodValidatorCompiler: FastifySchemaCompiler<unknown> =
  ({ schema }) =>
  (data: unknown) => {
    if (!isZod(schema)) return { value: data };
    const result = schema.safeParse(data);
    return result.success ? { value: result.data } : { error: result.error };
  };

/** Responses are plain JSON; their schemas exist for the OpenAPI document. */
export const jsonSerializerCompiler = () => (data: unknown) => JSON.stringify(data);

const toJson = (schema: unknown, io: 'input' | 'output'): unknown => {
  if (!isZod(schema)) return schema;
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });
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
      Object.entries(schema.response as Record<string, unknown>).map(([status, value]) => [status, toJson(value, 'output')]),
    );
  }
  return { schema: out as FastifySchema, url };
}
