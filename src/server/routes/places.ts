// Places (with their control history), actors, the control list and place search.
import type { FastifyInstance } from 'fastify';
import type { ControlChange } from '../../core/index.js';
import { notFound, type ServerContext } from '../context.js';
import { controlChangeSchema, errorResponses, eventSchema, placeSchema } from '../schemas.js';

const RECENT_EVENTS = 20;
const SEARCH_LIMIT = 25;

const idParams = {
  type: 'object',
  properties: { id: { type: 'string', minLength: 1, maxLength: 500 } },
  required: ['id'],
} as const;

export interface PlaceHit {
  id: string;
  name: string;
  name_ar: string | null;
  admin1: string | null;
  kind: string | null;
  control_changes: number;
}

/** Case- and diacritic-insensitive containment, enough for a search box over a few hundred names. */
function fold(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '').toLowerCase();
}

export async function placeRoutes(app: FastifyInstance, { ctx }: { ctx: ServerContext }) {
  const { store, kb } = ctx.opts;

  app.get<{ Params: { id: string } }>('/api/places/:id', {
    schema: {
      params: idParams,
      response: {
        200: {
          type: 'object',
          properties: {
            place: placeSchema,
            control: { type: 'object', properties: { history: { type: 'array', items: controlChangeSchema } } },
            events: { type: 'object', properties: { total: { type: 'integer' }, recent: { type: 'array', items: eventSchema } } },
          },
        },
        ...errorResponses,
      },
    },
  }, async (req) => {
    const id = req.params.id;
    const history = [...store.getControl(id)].sort((a, b) => a.date.localeCompare(b.date));
    const events = store.queryEvents({ place_id: id, limit: RECENT_EVENTS, offset: 0, sort: '-event_date' });
    const known = kb.gazetteer.get(id);
    const first = events.events[0];
    const place = known
      ?? (first ? { id, name: first.location, name_ar: first.location_ar, lat: first.latitude, lon: first.longitude, admin1: first.admin1, admin2: first.admin2 } : null)
      ?? (history[0] ? { id, name: history[0].location, name_ar: history[0].location_ar } : null);
    if (!place) throw notFound(`no place with id "${id}" in the gazetteer, the events or the control histories`);
    return { place, control: { history }, events: { total: events.total, recent: events.events } };
  });

  app.get<{ Querystring: { q: string } }>('/api/places', {
    schema: {
      querystring: { type: 'object', additionalProperties: false, properties: { q: { type: 'string', minLength: 1, maxLength: 200 } }, required: ['q'] },
      response: { 200: { type: 'object', properties: { items: { type: 'array', items: { type: 'object', additionalProperties: true } } } }, ...errorResponses },
    },
  }, async (req) => {
    const needle = fold(req.query.q.trim());
    const hits = new Map<string, PlaceHit>();
    const changes = new Map<string, number>();
    for (const c of store.allControl()) changes.set(c.place_id, (changes.get(c.place_id) ?? 0) + 1);
    // Places with a control history first: that is what the place view is for.
    for (const c of store.allControl()) {
      if (hits.has(c.place_id)) continue;
      if (fold(c.location).includes(needle) || (c.location_ar && fold(c.location_ar).includes(needle))) {
        const p = kb.gazetteer.get(c.place_id);
        hits.set(c.place_id, { id: c.place_id, name: c.location, name_ar: c.location_ar, admin1: p?.admin1 ?? null, kind: p?.kind ?? null, control_changes: changes.get(c.place_id) ?? 0 });
      }
    }
    for (const { place: p } of kb.gazetteer.search(req.query.q.trim(), { limit: SEARCH_LIMIT })) {
      if (hits.size >= SEARCH_LIMIT) break;
      if (!hits.has(p.id)) hits.set(p.id, { id: p.id, name: p.name, name_ar: p.name_ar, admin1: p.admin1, kind: p.kind, control_changes: changes.get(p.id) ?? 0 });
    }
    return { items: [...hits.values()].slice(0, SEARCH_LIMIT) };
  });

  app.get<{ Params: { id: string } }>('/api/actors/:id', {
    schema: {
      params: idParams,
      response: {
        200: { type: 'object', properties: { actor: { type: 'object', additionalProperties: true }, events: { type: 'object', properties: { total: { type: 'integer' } } } } },
        ...errorResponses,
      },
    },
  }, async (req) => {
    const id = req.params.id;
    const actor = kb.actors.get(id) ?? kb.actors.byName(id);
    const name = actor?.name ?? id;
    const { total } = store.queryEvents({ actor: name, limit: 0, offset: 0 });
    if (!actor && total === 0) throw notFound(`no actor with id or name "${id}"`);
    return { actor: actor ?? { id, name }, events: { total } };
  });

  app.get('/api/control', {
    schema: { response: { 200: { type: 'object', properties: { items: { type: 'array', items: controlChangeSchema } } } } },
  }, async () => {
    const items: ControlChange[] = [...store.allControl()];
    items.sort((a, b) => a.location.localeCompare(b.location) || a.date.localeCompare(b.date));
    return { items };
  });
}
