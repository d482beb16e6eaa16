import type { FastifySchema, FastifySchemaCompiler, FastifyTypeProvider } from 'fastify';
import { z, type ZodType } from 'zod';
import { EXAMPLE_TIME, FIELD_DOCS, OPERATION_DOCS } from './api-docs.ts';

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
/** Where the first string holding a NUL byte is (PostgreSQL cannot store one in text or jsonb), or undefined. */
function findNul(value: unknown, path: Array<string | number> = [], depth = 0): Array<string | number> | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (depth > 32 || value === null || typeof value !== 'object') return undefined;
  for (const [key, inner] of Object.entries(value)) {
    if (key.includes('\u0000')) return [...path, key];
    const found = findNul(inner, [...path, Array.isArray(value) ? Number(key) : key], depth + 1);
    if (found) return found;
  }
  return undefined;
}

export const zodValidatorCompiler: FastifySchemaCompiler<unknown> =
  ({ schema }) =>
  (data: unknown) => {
    if (!isZod(schema)) return { value: data };
    // Refused at the edge, naming the field, rather than by the database with no field named.
    const nul = findNul(data);
    if (nul) {
      const refused = z
        .unknown()
        .superRefine((_, ctx) =>
          ctx.addIssue({ code: 'custom', path: nul, message: 'contains a NUL byte (\\u0000), which cannot be stored' }),
        )
        .safeParse(data);
      return { error: refused.error as z.ZodError };
    }
    const result = schema.safeParse(data);
    return result.success ? { value: result.data } : { error: result.error };
  };

/**
 * The value JSON.parse(JSON.stringify(value)) gives, without writing and reading the text, following JSON.stringify's
 * steps: toJSON once (Dates become ISO strings), boxed primitives unwrapped, undefined, functions and symbols
 * dropped from objects and null in arrays (undefined at the top), -0 as 0, non-finite numbers null. It throws where
 * JSON.stringify throws (a BigInt; a cycle overflows the stack). Serialising every response twice cost more CPU than
 * the schema parse itself (measured on GET /cases, 50 rows).
 */
export function jsonValue(value: unknown, key = ''): unknown {
  let v = value;
  if ((v !== null && typeof v === 'object') || typeof v === 'bigint') {
    const toJSON = (v as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') v = toJSON.call(v, key);
  }
  if (v instanceof Number) v = Number(v);
  else if (v instanceof String) v = String(v);
  else if (v instanceof Boolean || v instanceof BigInt) v = v.valueOf();
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v + 0 : null;
  if (typeof v === 'bigint') throw new TypeError('Do not know how to serialize a BigInt');
  if (typeof v !== 'object') return undefined;
  if (Array.isArray(v)) return v.map((item, i) => jsonValue(item, String(i)) ?? null);
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(v)) {
    const inner = jsonValue((v as Record<string, unknown>)[name], name);
    if (inner === undefined) continue;
    // An own "__proto__" key (JSON.parse makes one) stays a key, as it would in the parsed text.
    if (name === '__proto__')
      Object.defineProperty(out, name, { value: inner, enumerable: true, writable: true, configurable: true });
    else out[name] = inner;
  }
  return out;
}

/** Responses are parsed by their schema before sending: undocumented fields (org ids, hashes) are stripped. */
export const jsonSerializerCompiler =
  ({ schema }: { schema: unknown }) =>
  (data: unknown): string => {
    if (!isZod(schema)) return JSON.stringify(data);
    const result = schema.safeParse(jsonValue(data));
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

type JsonNode = Record<string, unknown>;

/** Looks a field up in the glossary: `parent.field`, then `tag:field`, then `field`. */
const fieldDoc = (name: string, parent: string | undefined, tag: string): string | undefined =>
  (parent ? FIELD_DOCS[`${parent}.${name}`] : undefined) ?? FIELD_DOCS[`${tag}:${name}`] ?? FIELD_DOCS[name];

/** Fills in, in place, what a JSON Schema leaves unexplained: field descriptions and date-time examples. */
function documentSchema(node: unknown, tag: string, parent?: string): void {
  if (!node || typeof node !== 'object') return;
  const schema = node as JsonNode;
  if (schema.format === 'date-time' && schema.examples === undefined && schema.example === undefined)
    schema.examples = [EXAMPLE_TIME];
  for (const [name, property] of Object.entries((schema.properties as Record<string, JsonNode>) ?? {})) {
    if (typeof property.description !== 'string' || !property.description) {
      const doc = fieldDoc(name, parent, tag);
      if (doc) property.description = doc;
    }
    documentSchema(property, tag, name);
  }
  for (const key of ['items', 'additionalProperties'] as const) documentSchema(schema[key], tag, parent);
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const)
    for (const part of (schema[key] as unknown[] | undefined) ?? []) documentSchema(part, tag, parent);
}

/**
 * @fastify/swagger transform: turns a route's zod schemas into JSON Schema for the OpenAPI document, and fills in
 * from `api-docs.ts` the summary, description, example request and field descriptions a route leaves out.
 */
export function transformZodSchemas({
  schema,
  url,
  route,
}: {
  schema: FastifySchema;
  url: string;
  route?: { method?: string | string[] };
}) {
  if (!schema) return { schema, url };
  const out: Record<string, unknown> = { ...schema };
  const tag = (schema.tags as string[] | undefined)?.[0] ?? '';
  const method = [route?.method ?? []].flat()[0];
  const doc = method ? OPERATION_DOCS[`${method} ${url}`] : undefined;
  if (doc) {
    out.summary ??= doc.summary;
    out.description ??= doc.description;
  }
  for (const part of ['body', 'querystring', 'params', 'headers'] as const) {
    if (schema[part] === undefined) continue;
    const json = toJson(schema[part], 'input');
    documentSchema(json, tag);
    if (part === 'body' && doc?.example !== undefined && json && typeof json === 'object') {
      const body = json as JsonNode;
      body.examples ??= [doc.example];
    }
    out[part] = json;
  }
  if (schema.response && typeof schema.response === 'object') {
    out.response = Object.fromEntries(
      Object.entries(schema.response as Record<string, unknown>).map(([status, value]) => {
        const json = toJson(value, 'output');
        documentSchema(json, tag);
        return [status, json];
      }),
    );
  }
  return { schema: out as FastifySchema, url };
}
