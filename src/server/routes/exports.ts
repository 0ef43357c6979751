// Exports of the filtered events, streamed: ACLED CSV, JSON Lines, GeoJSON.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { PassThrough, type Writable } from 'node:stream';
import type { ConflictEvent } from '../../core/index.js';
import { writeCsv, writeGeoJson, writeJsonl } from '../../export/index.js';
import type { ServerContext } from '../context.js';
import { filterQuerySchema, toEventFilter, type FilterQuery } from '../filters.js';
import { errorResponses } from '../schemas.js';

type Writer = (events: Iterable<ConflictEvent>, out: Writable) => unknown;

const FORMATS: { ext: string; type: string; write: Writer }[] = [
  { ext: 'csv', type: 'text/csv; charset=utf-8', write: writeCsv as Writer },
  { ext: 'jsonl', type: 'application/x-ndjson; charset=utf-8', write: writeJsonl as Writer },
  { ext: 'geojson', type: 'application/geo+json; charset=utf-8', write: writeGeoJson as Writer },
];

function stream(reply: FastifyReply, events: Iterable<ConflictEvent>, write: Writer) {
  const out = new PassThrough();
  // Start writing after the reply has begun piping, so back-pressure works from the first row.
  setImmediate(() => {
    Promise.resolve()
      .then(() => write(events, out))
      .then(() => {
        if (!out.writableEnded) out.end();
      })
      .catch((err: unknown) => {
        reply.log.error({ err }, 'export failed mid-stream');
        out.destroy(err instanceof Error ? err : new Error(String(err)));
      });
  });
  return out;
}

export async function exportRoutes(app: FastifyInstance, { ctx }: { ctx: ServerContext }) {
  const { store } = ctx.opts;
  for (const f of FORMATS) {
    app.get<{ Querystring: FilterQuery }>(`/api/export.${f.ext}`, {
      schema: { querystring: filterQuerySchema, response: errorResponses },
    }, async (req, reply) => {
      const filter = toEventFilter(req.query, false);
      const day = new Date().toISOString().slice(0, 10);
      reply
        .type(f.type)
        .header('content-disposition', `attachment; filename="marsad-events-${day}.${f.ext}"`)
        .header('cache-control', 'no-store');
      return reply.send(stream(reply, store.iterateEvents(filter), f.write));
    });
  }
}
