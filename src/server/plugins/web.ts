/** Serves the built web app (dist/web): hashed assets cached for a year, index.html for every page URL, strict CSP. */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../core/errors.ts';

/** The placeholder Vite writes where the per-response CSP nonce goes (`html.cspNonce` in web/vite.config.ts). */
export const CSP_NONCE_PLACEHOLDER = 'DEFUSE_CSP_NONCE';

/** The package root: the first folder above this file with a package.json (works from src/ and from a compiled dist/). */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above src/server/plugins');
    dir = parent;
  }
  return dir;
}

export const WEB_ROOT = join(packageRoot(), 'dist', 'web');

/** The Content-Security-Policy of every HTML page: only this origin's scripts, styles only with the page's nonce. */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const NOT_BUILT = `<!doctype html><html lang="en"><meta charset="utf-8"><title>defuse</title>
<p>The web app is not built yet. Run <code>npm run build:web</code> (or <code>npm install</code>) and reload.</p>
<p>The API is at <a href="/api/docs">/api/docs</a>.</p></html>`;

const wantsHtml = (request: FastifyRequest): boolean =>
  (request.method === 'GET' || request.method === 'HEAD') &&
  !request.url.startsWith('/api/') &&
  request.url !== '/api' &&
  !request.url.startsWith('/assets/') &&
  /text\/html|\*\/\*/.test(request.headers.accept ?? '');

export async function registerWebApp(app: FastifyInstance): Promise<void> {
  // serve: false — only reply.sendFile; the routes below declare isPublic for the guard.
  await app.register(fastifyStatic, { root: WEB_ROOT, serve: false });
  const indexPath = join(WEB_ROOT, 'index.html');
  let indexHtml: string | null = null;
  const readIndex = (): string | null => {
    // Read once when present; retried while missing so a build finishing after start is picked up.
    if (indexHtml === null && existsSync(indexPath)) indexHtml = readFileSync(indexPath, 'utf8');
    return indexHtml;
  };
  if (readIndex() === null) app.log.warn(`web app not built (${indexPath} missing): run npm run build:web`);

  const sendIndex = (reply: FastifyReply) => {
    const html = readIndex();
    const nonce = randomBytes(16).toString('base64');
    reply
      .code(html === null ? 503 : 200)
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('content-security-policy', contentSecurityPolicy(nonce))
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'same-origin')
      .header('x-frame-options', 'DENY');
    return reply.send(html === null ? NOT_BUILT : html.replaceAll(CSP_NONCE_PLACEHOLDER, nonce));
  };

  app.get('/', { config: { isPublic: true }, schema: { hide: true } }, (_request, reply) => sendIndex(reply));
  app.get('/assets/*', { config: { isPublic: true }, schema: { hide: true } }, (request, reply) => {
    const file = (request.params as { '*': string })['*'];
    reply.header('x-content-type-options', 'nosniff');
    // Vite names every asset by its content hash: a changed file has a new name, so it can be cached for good.
    return reply.sendFile(join('assets', file), { maxAge: '365d', immutable: true });
  });
  app.get('/favicon.svg', { config: { isPublic: true }, schema: { hide: true } }, (_request, reply) =>
    reply.sendFile('favicon.svg', { maxAge: '1d' }),
  );

  // History-API fallback: any other page URL a browser asks for gets the app; /api/* keeps its JSON 404.
  app.setNotFoundHandler((request, reply) => {
    if (wantsHtml(request)) return sendIndex(reply);
    throw new AppError('not_found', `no route ${request.method} ${request.url.split('?')[0]}`);
  });
}
