// Health and the client configuration.
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../context.js';

export async function metaRoutes(app: FastifyInstance, { ctx }: { ctx: ServerContext }) {
  app.get('/api/health', {
    schema: {
      response: {
        200: {
          type: 'object',
          properties: {
            ok: { type: 'boolean' },
            version: { type: 'string' },
            uptime_s: { type: 'number' },
            events: { type: ['integer', 'null'] },
            read_only: { type: 'boolean' },
            errors: { type: 'object', properties: { '4xx': { type: 'integer' }, '5xx': { type: 'integer' } } },
          },
        },
      },
    },
  }, async (req) => {
    // A health check must answer even when the database does not: it then says ok: false.
    let events: number | null = null;
    try {
      events = ctx.opts.store.queryEvents({ limit: 0, offset: 0 }).total;
    } catch (err) {
      req.log.error({ err }, 'health: the store failed');
    }
    return {
      ok: events !== null,
      version: ctx.version,
      uptime_s: Math.round((Date.now() - ctx.startedAt) / 1000),
      events,
      read_only: !ctx.opts.token || !ctx.opts.ingest,
      errors: { ...ctx.counters },
    };
  });

  app.get('/api/config', {
    schema: {
      response: {
        200: { type: 'object', properties: { tileUrl: { type: ['string', 'null'] }, readOnly: { type: 'boolean' }, version: { type: 'string' } } },
      },
    },
  }, async () => ({ tileUrl: ctx.opts.tileUrl ?? null, readOnly: !ctx.opts.token || !ctx.opts.ingest, version: ctx.version }));
}
