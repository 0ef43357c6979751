// Places (with their control history), actors, the control list and place search.
import type { FastifyInstance } from 'fastify';
import type { ControlChange } from '../../core/index.js';
import { notFound, type ServerContext } from '../context.js';
import { controlChangeSchema, errorResponses, eventSchema, placeSchema } from '../schemas.js';
import { normalizeKey } from '../../text/index.js';
import { placePrior } from '../../kb/index.js';

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
  score: number;
}

/** How well a normalized name matches a normalized query: whole name, name prefix, word prefix,
 *  anywhere; 0 when it does not contain it. */
export function nameMatchScore(key: string, needle: string): number {
  if (!needle) return 0;
  if (key === needle) return 4;
  if (key.startsWith(needle)) return 3;
  if (key.includes(` ${needle}`)) return 2;
  return key.includes(needle) ? 1 : 0;
}

/** Arabic place names are written with and without spaces (كفر نبودة / كفرنبودة): a match on the
 *  space-free forms counts too, below a real one. */
export function compactMatchScore(key: string, compactKey: string, needle: string, compactNeedle: string): number {
  return nameMatchScore(key, needle) || (compactNeedle.length >= 3 && compactKey.includes(compactNeedle) ? 1 : 0);
}

interface NameKey { key: string; compact: string; id: string }

export async function placeRoutes(app: FastifyInstance, { ctx }: { ctx: ServerContext }) {
  const { store, kb } = ctx.opts;
  // Every gazetteer name, normalized, built on the first search (the knowledge base does not
  // change while serving): a substring scan over ~50k short keys takes a few milliseconds.
  let names: NameKey[] | null = null;
  const nameIndex = (): NameKey[] => {
    if (names) return names;
    names = [];
    for (const p of kb.gazetteer.all()) {
      const seen = new Set<string>();
      for (const n of [p.name, p.name_ar, ...p.aliases]) {
        const key = n ? normalizeKey(n) : '';
        if (key && !seen.has(key)) {
          seen.add(key);
          names.push({ key, compact: key.replace(/ /g, ''), id: p.id });
        }
      }
    }
    return names;
  };

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
    const q = req.query.q.trim();
    const needle = normalizeKey(q);
    const compactNeedle = needle.replace(/ /g, '');
    const changes = new Map<string, number>();
    const controlPlaces = new Map<string, ControlChange>();
    for (const c of store.allControl()) {
      changes.set(c.place_id, (changes.get(c.place_id) ?? 0) + 1);
      controlPlaces.set(c.place_id, c);
    }
    const scores = new Map<string, number>();
    const bump = (id: string, score: number) => scores.set(id, Math.max(scores.get(id) ?? 0, score));
    // Places with a control history first: that is what the place view is for.
    for (const [id, c] of controlPlaces) {
      const m = Math.max(...[c.location, c.location_ar].map((n) => {
        const key = n ? normalizeKey(n) : '';
        return key ? compactMatchScore(key, key.replace(/ /g, ''), needle, compactNeedle) : 0;
      }));
      if (m) bump(id, 20 + m);
    }
    // The gazetteer's own lookup knows transliteration variants (Kafr Nabouda, Kafranbouda...).
    for (const { place } of kb.gazetteer.search(q, { limit: SEARCH_LIMIT })) bump(place.id, 10 + (changes.has(place.id) ? 10 : 0));
    // Partial names, in either script.
    if (needle.length >= 2) for (const { key, compact, id } of nameIndex()) {
      const m = compactMatchScore(key, compact, needle, compactNeedle);
      if (m) bump(id, m);
    }
    const items: PlaceHit[] = [];
    for (const [id, score] of scores) {
      const p = kb.gazetteer.get(id);
      const c = controlPlaces.get(id);
      items.push({
        id, name: p?.name ?? c?.location ?? id, name_ar: p?.name_ar ?? c?.location_ar ?? null, admin1: p?.admin1 ?? null,
        kind: p?.kind ?? null, control_changes: changes.get(id) ?? 0, score: score + (p ? placePrior(p) / 100 : 0),
      });
    }
    items.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
    return { items: items.slice(0, SEARCH_LIMIT).map(({ score: _s, ...hit }) => hit) };
  });

  app.get('/api/actors', {
    schema: {
      response: { 200: { type: 'object', properties: { items: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, inter: { type: 'integer' } } } } } } },
    },
  }, async () => ({ items: kb.actors.all().map((a) => ({ id: a.id, name: a.name, inter: a.inter })).sort((a, b) => a.name.localeCompare(b.name)) }));

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
