/** The Fastify app factory: plugins, the guard, the error table, and every route module. */
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import websocket from '@fastify/websocket';
import Fastify, { type FastifyInstance } from 'fastify';
import { AppError } from '../core/errors.ts';
import { registerGuard } from './auth/guard.ts';
import type { ServerContext } from './context.ts';
import { handleError } from './http/error-handler.ts';
import { jsonSerializerCompiler, transformZodSchemas, zodValidatorCompiler } from './http/zod-schemas.ts';
import { documentIdempotencyKey, registerIdempotency } from './plugins/idempotency.ts';
import { registerMetricsHooks } from './plugins/metrics.ts';
import { registerWebApp } from './plugins/web.ts';
import { ROUTE_MODULES } from './routes/index.ts';

export interface BuildAppOptions {
  ctx: ServerContext;
  /** Pino logger options; false in tests. */
  logger?: boolean | { level: string };
}

/** Builds (does not start) the server; the caller owns the database and the scheduler. */
export async function buildApp({ ctx, logger = false }: BuildAppOptions): Promise<FastifyInstance> {
  const { config } = ctx;
  const app = Fastify({
    logger,
    bodyLimit: 2 * 1024 * 1024,
    trustProxy: false,
    // Slow clients must not hold sockets for ever (slowloris): Node closes a socket whose headers or whole request
    // are late with a 408, checking every second (its default is every 30 s); see faults/slowloris.ts.
    requestTimeout: config.DEFUSE_HTTP_REQUEST_TIMEOUT_MS,
    keepAliveTimeout: config.DEFUSE_HTTP_KEEP_ALIVE_TIMEOUT_MS,
    connectionTimeout: config.DEFUSE_HTTP_CONNECTION_TIMEOUT_MS,
    http: {
      headersTimeout: config.DEFUSE_HTTP_HEADERS_TIMEOUT_MS,
      requestTimeout: config.DEFUSE_HTTP_REQUEST_TIMEOUT_MS,
      connectionsCheckingInterval: 1_000,
    },
  });
  app.decorate('ctx', ctx);
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(jsonSerializerCompiler);
  app.setErrorHandler(handleError);

  await app.register(cookie);
  await app.register(websocket, { options: { maxPayload: 256 * 1024 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'defuse API',
        version: '1',
        description: 'Turn angry customers around: engine, cases, promises, webhooks.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'defuse_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: (input) => documentIdempotencyKey(transformZodSchemas(input), input.route),
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  registerGuard(app);
  registerIdempotency(app);
  // Registered after the guard so the limiter runs after authentication and can key by caller.
  await app.register(rateLimit, {
    global: true,
    // An API token with its own limit (set by an admin for an integration) has its own budget; every other caller
    // is limited per user (sessions and tokens together), or per IP before log-in.
    max: (request) => request.principal?.tokenRateLimitPerMinute ?? ctx.config.DEFUSE_API_MAX_PER_MINUTE,
    timeWindow: 60_000,
    keyGenerator: (request) => {
      const p = request.principal;
      if (p?.tokenRateLimitPerMinute != null && p.tokenId) return `token:${p.tokenId}`;
      return p?.userId ?? request.ip;
    },
    errorResponseBuilder: (_request, context) =>
      new AppError('rate_limited', `too many requests; try again in ${Math.ceil(context.ttl / 1000)} s`),
  });
  registerMetricsHooks(app, ctx.metrics);

  app.get('/api/v1/openapi.json', { config: { isPublic: true }, schema: { hide: true } }, async () => app.swagger());
  for (const register of ROUTE_MODULES) await app.register(register);
  // The web app at / (and the JSON 404 for unknown /api/* paths).
  await registerWebApp(app);
  return app;
}
