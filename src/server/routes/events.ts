// Events: the filtered list, one event with its evidence and contradictions, stats, contradictions.
import type { FastifyInstance } from 'fastify';
import type { ConflictEvent } from '../../core/index.js';
import { findContradictions } from '../../resolve/index.js';
import { notFound, type ServerContext } from '../context.js';
import { filterQuerySchema, pagedFilterQuerySchema, toEventFilter, type FilterQuery } from '../filters.js';
import { contradictionSchema, errorResponses, eventSchema } from '../schemas.js';

const idParams = {
  type: 'object',
  properties: { id: { type: 'string', minLength: 1, maxLength: 500 } },
  required: ['id'],
} as const;

/** Contradictions are only possible between two or more figures; skip the rest cheaply. */
function contradictionsOf(events: Iterable<ConflictEvent>) {
  const candidates: ConflictEvent[] = [];
  for (const e of events) if (e.fatality_claims.length > 1) candidates.push(e);
  return candidates.length ? findContradictions(candidates) : [];
}

export async function eventRoutes(app: FastifyInstance, { ctx }: { ctx: ServerContext }) {
  const { store } = ctx.opts;

  app.get<{ Querystring: FilterQuery }>('/api/events', {
    schema: {
      querystring: pagedFilterQuerySchema,
      response: {
        200: {
          type: 'object',
          properties: { total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' }, events: { type: 'array', items: eventSchema } },
        },
        ...errorResponses,
      },
    },
  }, async (req) => {
    const filter = toEventFilter(req.query, true);
    const { total, events } = store.queryEvents(filter);
    return { total, limit: filter.limit, offset: filter.offset, events };
  });

  app.get<{ Params: { id: string } }>('/api/events/:id', {
    schema: {
      params: idParams,
      response: {
        200: {
          type: 'object',
          properties: { event: eventSchema, contradiction: { anyOf: [contradictionSchema, { type: 'null' }] } },
        },
        ...errorResponses,
      },
    },
  }, async (req) => {
    const event = store.getEvent(req.params.id);
    if (!event) throw notFound(`no event with id "${req.params.id}"`);
    const contradiction = contradictionsOf([event])[0] ?? null;
    return { event, contradiction };
  });

  app.get<{ Querystring: FilterQuery }>('/api/stats', {
    schema: {
      querystring: filterQuerySchema,
      response: {
        200: {
          type: 'object',
          properties: {
            total: { type: 'integer' },
            by_type: { type: 'array', items: { type: 'object', properties: { event_type: { type: 'string' }, sub_event_type: { type: 'string' }, n: { type: 'integer' } } } },
            by_day: { type: 'array', items: { type: 'object', properties: { date: { type: 'string' }, event_type: { type: 'string' }, n: { type: 'integer' }, fatalities: { type: 'integer' } } } },
            by_admin1: { type: 'array', items: { type: 'object', properties: { admin1: { type: ['string', 'null'] }, n: { type: 'integer' } } } },
          },
        },
        ...errorResponses,
      },
    },
  }, async (req) => store.stats(toEventFilter(req.query, false)));

  app.get<{ Querystring: FilterQuery }>('/api/contradictions', {
    schema: {
      querystring: filterQuerySchema,
      response: { 200: { type: 'object', properties: { items: { type: 'array', items: contradictionSchema } } }, ...errorResponses },
    },
  }, async (req) => {
    const items = contradictionsOf(store.iterateEvents(toEventFilter(req.query, false)));
    items.sort((a, b) => (b.ratio ?? 0) - (a.ratio ?? 0));
    return { items };
  });
}
