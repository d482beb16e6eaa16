/** The typed API client: paths and bodies come from the server's OpenAPI document (schema.d.ts, `npm run api:types`). */
import createClient from 'openapi-fetch';
import type { paths } from './schema';

export type { paths };

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Json<T> = T extends { content: { 'application/json': infer J } } ? J : never;

/** The JSON a route answers with on success (200 or 201), e.g. `ResponseOf<'/api/v1/me', 'get'>`. */
export type ResponseOf<P extends keyof paths, M extends Method> = paths[P][M] extends { responses: infer R }
  ? R extends { 200: infer Ok }
    ? Json<Ok>
    : R extends { 201: infer Created }
      ? Json<Created>
      : never
  : never;

/** The JSON body a route takes, e.g. `BodyOf<'/api/v1/cases', 'post'>`. */
export type BodyOf<P extends keyof paths, M extends Method> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });

/** An API refusal with the server's one-line message and code (`unauthorized`, `invalid_input`, …). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Turns openapi-fetch's `{data, error}` into the data, or a thrown ApiError carrying the server's message. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await call;
  } catch {
    throw new ApiError(0, 'network', 'The server did not answer. Check your connection and try again.');
  }
  const { data, error, response } = result;
  if (error !== undefined || !response.ok) {
    const body = error as { error?: { code?: string; message?: string } } | undefined;
    throw new ApiError(
      response.status,
      body?.error?.code ?? 'error',
      body?.error?.message ?? `The server answered ${response.status} ${response.statusText}.`,
    );
  }
  return data as T;
}

/** The message to show for any thrown value. */
export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : 'Something went wrong. Try again.';
