// buildServer: one Fastify instance, one plugin per resource, coded JSON errors, strict headers.
import Fastify, { type FastifyError, type FastifyInstance, type FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, isMarsadError } from '../core/index.js';
import { sendError, statusOf, type ServerContext, type ServerOptions } from './context.js';
import { securityHeaders } from './security.js';
import { eventRoutes } from './routes/events.js';
import { documentRoutes } from './routes/documents.js';
import { placeRoutes } from './routes/places.js';
import { exportRoutes } from './routes/exports.js';
import { metaRoutes } from './routes/meta.js';

export const DEFAULT_BODY_LIMIT = 5 * 1024 * 1024;

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const bodyLimit = opts.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit,
    routerOptions: { ignoreTrailingSlash: true },
    // Fastify's ajv coerces a single `?x=a` into ['a'] for list parameters (coerceTypes: 'array').
    // Unknown parameters are errors, not silently dropped: a mistyped filter must not look applied.
    ajv: { customOptions: { allErrors: false, removeAdditional: false } },
    schemaErrorFormatter: (errors, dataVar) => {
      const e = errors[0];
      if (!e) return new Error(`${dataVar} is invalid`);
      if (e.keyword === 'additionalProperties') {
        return new Error(`unknown ${dataVar === 'querystring' ? 'parameter' : 'field'} "${String((e.params as { additionalProperty?: string }).additionalProperty)}"`);
      }
      const field = e.instancePath.replace(/^\//, '').replace(/\/\d+$/, '') || dataVar;
      const params = e.params as { allowedValues?: unknown[]; pattern?: string };
      if (e.keyword === 'pattern' && params.pattern?.includes('\\d{4}-\\d{2}-\\d{2}')) return new Error(`${field} must be a date as YYYY-MM-DD`);
      const allowed = params.allowedValues;
      return new Error(`${field} ${e.message ?? 'is invalid'}${allowed ? `: ${allowed.join(', ')}` : ''}`);
    },
  });
  const ctx: ServerContext = {
    opts: { ...opts, bodyLimit },
    counters: { '4xx': 0, '5xx': 0 },
    startedAt: Date.now(),
    version: packageVersion(),
  };
  const headers = securityHeaders(opts.tileUrl);

  app.addHook('onRequest', async (_req, reply) => {
    reply.headers(headers);
  });
  app.addHook('onResponse', async (req, reply) => {
    const s = reply.statusCode;
    if (s >= 500) ctx.counters['5xx']++;
    else if (s >= 400) {
      ctx.counters['4xx']++;
      req.log.info({ status: s, url: req.url }, 'client error');
    }
  });

  // Never silent: without a configured logger, server faults still reach stderr.
  const fault = (req: FastifyRequest, err: Error) => {
    req.log.error({ err }, 'request failed');
    if (!opts.logger) process.stderr.write(`marsad serve: 500 ${req.method} ${req.url.split('?')[0]}: ${err.stack ?? err.message}\n`);
  };

  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (isMarsadError(err)) {
      const status = statusOf(err.code);
      if (status >= 500) fault(req, err);
      return sendError(reply, err.code, err.message, status);
    }
    if (err.validation) return sendError(reply, 'MARSAD_ERR_API_VALIDATION', err.message);
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return sendError(reply, 'MARSAD_ERR_API_TOO_LARGE', `the request body is larger than ${ctx.opts.bodyLimit} bytes`, 413);
    }
    const status = err.statusCode ?? 500;
    if (status < 500) return sendError(reply, 'MARSAD_ERR_API_VALIDATION', err.message, status);
    fault(req, err);
    return sendError(reply, 'MARSAD_ERR_API_INTERNAL', 'the server failed to answer the request', 500);
  });
  app.setNotFoundHandler((req, reply) =>
    sendError(reply, 'MARSAD_ERR_API_NOT_FOUND', `no route ${req.method} ${req.url.split('?')[0]}`, 404),
  );

  await app.register(metaRoutes, { ctx });
  await app.register(eventRoutes, { ctx });
  await app.register(documentRoutes, { ctx });
  await app.register(placeRoutes, { ctx });
  await app.register(exportRoutes, { ctx });

  const webDir = opts.webDir ?? join(PROJECT_ROOT, 'dist', 'web');
  if (existsSync(join(webDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: webDir, prefix: '/', index: ['index.html'], wildcard: true });
  } else {
    app.get('/', async (_req, reply) =>
      reply.type('text/plain; charset=utf-8').send(`The web app is not built (no ${webDir}/index.html). Run: npm run build\n`),
    );
  }
  return app;
}

export async function startServer(
  opts: ServerOptions & { port: number; host: string },
): Promise<{ url: string; close: () => Promise<void> }> {
  const app = await buildServer(opts);
  await app.listen({ port: opts.port, host: opts.host });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : opts.port;
  const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  // A URL's href form, with the trailing slash: `${url}api/events`.
  return { url: `http://${host}:${port}/`, close: () => app.close() };
}
