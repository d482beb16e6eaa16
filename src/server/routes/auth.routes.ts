/** /auth/login, /auth/logout, /me, /tokens. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from '../http/zod-schemas.ts';
import { requirePrincipal, SESSION_COOKIE } from '../auth/guard.ts';
import * as authService from '../../services/auth.service.ts';
import { actorOf } from '../auth/actor.ts';
import { orThrow } from '../http/result.ts';
import { IdParams } from './common.schemas.ts';
import {
  ChangePasswordBody,
  CreatedToken,
  CreateTokenBody,
  LoginBody,
  Me,
  OwnedTokenList,
  OwnedTokenOut,
  TokenLimitBody,
  TokenList,
} from './auth.schemas.ts';

export async function authRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { config } = app.ctx;
  app.post(
    '/api/v1/auth/login',
    {
      config: {
        isPublic: true,
        rateLimit: { max: config.DEFUSE_LOGIN_MAX_PER_MINUTE, timeWindow: 60_000, keyGenerator: (r) => r.ip },
      },
      schema: {
        tags: ['auth'],
        summary: 'Log in; sets an HttpOnly session cookie',
        body: LoginBody,
        response: { 200: Me },
      },
    },
    async (request, reply) => {
      const { secret, expiresAt, user } = await authService
        .login(app.ctx, { ...request.body, ip: request.ip })
        .then(orThrow)
        .catch((error: unknown) => {
          // Every refusal is also in login_attempts; the log line lets operators alert on bursts.
          request.log.warn(
            { email: request.body.email, ip: request.ip, reason: (error as Error).message },
            'log-in refused',
          );
          throw error;
        });
      reply.setCookie(SESSION_COOKIE, secret, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: config.DEFUSE_COOKIE_SECURE,
        expires: expiresAt,
      });
      return {
        id: user.userId,
        orgId: user.orgId,
        orgName: user.orgName,
        email: user.email,
        name: user.name,
        role: user.role,
        teamId: user.teamId,
        via: 'session' as const,
      };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    { config: { permission: 'me:read' }, schema: { tags: ['auth'], summary: 'End the current session' } },
    async (request, reply) => {
      await authService.logout(app.ctx, actorOf(requirePrincipal(request)), request.cookies[SESSION_COOKIE]);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/me',
    { config: { permission: 'me:read' }, schema: { tags: ['auth'], response: { 200: Me } } },
    async (request) => {
      const p = requirePrincipal(request);
      const orgName = await authService.organizationName(app.ctx, p);
      return {
        id: p.userId,
        orgId: p.orgId,
        orgName,
        email: p.email,
        name: p.name,
        role: p.role,
        teamId: p.teamId,
        via: p.via,
      };
    },
  );

  app.post(
    '/api/v1/tokens',
    {
      config: { permission: 'token:create' },
      schema: {
        tags: ['auth'],
        summary: 'Create an API token (shown once)',
        body: CreateTokenBody,
        response: { 201: CreatedToken },
      },
    },
    async (request, reply) => {
      const actor = actorOf(requirePrincipal(request));
      return reply.status(201).send(orThrow(await authService.createToken(app.ctx, actor, request.body)));
    },
  );

  app.post(
    '/api/v1/me/password',
    {
      config: { permission: 'password:change' },
      schema: {
        tags: ['auth'],
        summary: 'Change my password',
        description:
          'Needs the current password. Every other session of yours ends (the one making this request stays; API ' +
          'tokens keep working: revoke them with DELETE /tokens/{id}). Audited as `password_changed`, never the password.',
        body: ChangePasswordBody,
      },
    },
    async (request, reply) => {
      const input = { ...request.body, sessionSecret: request.cookies[SESSION_COOKIE] };
      orThrow(await authService.changeOwnPassword(app.ctx, actorOf(requirePrincipal(request)), input));
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/tokens',
    {
      config: { permission: 'token:create' },
      schema: { tags: ['auth'], summary: 'My API tokens', response: { 200: TokenList } },
    },
    async (request) => {
      return { items: await authService.listOwnTokens(app.ctx, actorOf(requirePrincipal(request))) };
    },
  );

  app.delete(
    '/api/v1/tokens/:id',
    {
      config: { permission: 'token:create' },
      schema: { tags: ['auth'], summary: 'Revoke one of my API tokens', params: IdParams },
    },
    async (request, reply) => {
      orThrow(await authService.revokeOwnToken(app.ctx, actorOf(requirePrincipal(request)), request.params.id));
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/users/:id/tokens',
    {
      config: { permission: 'user:manage' },
      schema: {
        tags: ['auth'],
        summary: "A user's API tokens (admins)",
        description:
          'Every API token the user created, revoked ones included, with its own rate limit: what an admin looks at ' +
          'before raising an integration’s limit. Never the token itself.',
        params: IdParams,
        response: { 200: OwnedTokenList },
      },
    },
    async (request) => {
      return {
        items: orThrow(await authService.listUserTokens(app.ctx, requirePrincipal(request), request.params.id)),
      };
    },
  );

  app.patch(
    '/api/v1/tokens/:id',
    {
      config: { permission: 'user:manage' },
      schema: {
        tags: ['auth'],
        summary: "Set an API token's rate limit (admins)",
        description:
          'Gives one token (an integration) its own requests-per-minute limit instead of the server default ' +
          '(`DEFUSE_API_MAX_PER_MINUTE`); `null` puts it back on the default. A token has its own budget, apart ' +
          "from its owner's browser session. Over the limit: 429 `rate_limited` with Retry-After. Audited as " +
          '`rate_limit_set` with the old and new limit.',
        params: IdParams,
        body: TokenLimitBody,
        response: { 200: OwnedTokenOut },
      },
    },
    async (request) => {
      const input = { tokenId: request.params.id, rateLimitPerMinute: request.body.rateLimitPerMinute };
      return orThrow(await authService.setTokenRateLimit(app.ctx, actorOf(requirePrincipal(request)), input));
    },
  );
}
