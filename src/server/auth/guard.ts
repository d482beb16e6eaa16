/** The one guard: every route declares `permission` or `isPublic`, checked before the body is read. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../core/errors.ts';
import { authenticateSession, authenticateToken } from '../../services/auth.service.ts';
import type { ServerContext } from '../context.ts';
import { can, refusalMessage, type Action } from './permissions.ts';
import type { Principal } from './principal.ts';

export const SESSION_COOKIE = 'defuse_session';

/** Every route with what it declares: the authorization matrix test walks this table. */
export interface RouteEntry {
  method: string;
  url: string;
  permission: Action | null;
  hasBody: boolean;
  isWebSocket: boolean;
}

// The docs plugin's own routes; everything else must declare who may call it.
const UNDECLARED_OK = ['/api/docs', '/api/v1/openapi.json'];

/** Resolves the caller from a bearer token or the session cookie; null when neither is valid. */
export async function resolvePrincipal(ctx: ServerContext, request: FastifyRequest): Promise<Principal | null> {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) throw new AppError('unauthorized', 'the Authorization header must be "Bearer <token>"');
    const result = await authenticateToken(ctx, match[1]);
    if (!result.success) throw result.error;
    return result.data;
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return null;
  assertSameOrigin(request);
  return authenticateSession(ctx, cookie);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF: a state-changing request (or a WebSocket upgrade) authenticated by the session cookie must come from this
 * origin. Browsers send `Sec-Fetch-Site` and `Origin` on such requests; a cross-site page cannot forge them.
 * Bearer-token callers are unaffected (a browser never attaches a token by itself), and so are clients that send
 * neither header (curl, scripts: not a browser, so not a forged request).
 */
export function assertSameOrigin(request: FastifyRequest): void {
  const upgrade = request.headers.upgrade?.toLowerCase() === 'websocket';
  if (SAFE_METHODS.has(request.method) && !upgrade) return;
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') {
    throw new AppError('forbidden', `cross-site request refused (Sec-Fetch-Site: ${site}); use an API token`);
  }
  const origin = request.headers.origin;
  if (origin === undefined) return;
  let host: string | null = null;
  try {
    host = new URL(origin).host;
  } catch {
    host = null;
  }
  if (host === null || host !== request.headers.host) {
    throw new AppError('forbidden', `cross-origin request refused (Origin: ${origin}); use an API token`);
  }
}

/** Returns the caller or throws: for handlers of routes that declare a permission. */
export function requirePrincipal(request: FastifyRequest): Principal {
  if (!request.principal) throw new AppError('unauthorized', 'log in or send an API token');
  return request.principal;
}

export function registerGuard(app: FastifyInstance): void {
  app.decorateRequest('principal', null);
  app.decorate('routeTable', [] as RouteEntry[]);
  app.addHook('onRoute', (route) => {
    const config = (route.config ?? {}) as { permission?: Action; isPublic?: boolean };
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD')
        app.routeTable.push({
          method,
          url: route.url,
          permission: config.permission ?? null,
          hasBody: Boolean(route.schema?.body),
          isWebSocket: Boolean((route as { websocket?: boolean }).websocket),
        });
    }
    const exempt = UNDECLARED_OK.some((prefix) => route.url.startsWith(prefix)) || route.method === 'HEAD';
    if (!exempt && !config.permission && !config.isPublic) {
      throw new Error(`route ${String(route.method)} ${route.url} declares neither a permission nor isPublic`);
    }
  });
  app.addHook('onRequest', async (request) => {
    const { permission } = request.routeOptions.config;
    if (!permission) return;
    const principal = await resolvePrincipal(app.ctx, request);
    if (!principal) throw new AppError('unauthorized', 'log in or send an API token');
    if (!can(principal.role, permission)) {
      throw new AppError('forbidden', refusalMessage(principal.role, permission));
    }
    if (request.routeOptions.config.instanceAdmin && !principal.instanceAdmin) {
      throw new AppError(
        'forbidden',
        'only an instance admin may do this; ask the operator (defuse org|user create --instance-admin grants it)',
      );
    }
    request.principal = principal;
  });
}
