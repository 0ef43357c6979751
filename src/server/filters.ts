// Query strings → EventFilter. JSON schema (ajv) checks shapes; this module checks meaning
// (real calendar dates, a bbox of four finite numbers in range) and splits comma lists.
import type { EventFilter } from '../core/index.js';
import { ALL_SUB_EVENT_TYPES, EVENT_TYPES, MarsadError } from '../core/index.js';

const KNOWN_TYPES = new Set<string>(Object.keys(EVENT_TYPES));
const KNOWN_SUBS = new Set<string>(ALL_SUB_EVENT_TYPES);

export const SORTS = ['event_date', '-event_date', 'fatalities', '-fatalities', 'location', '-location'] as const;
export const MAX_LIMIT = 1000;

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
const stringList = { type: 'array', items: { type: 'string', maxLength: 200 }, maxItems: 50 } as const;

/** JSON schema of the event filters, shared by /api/events, /api/stats and the exports. */
export const filterProperties = {
  from: { type: 'string', pattern: DATE_PATTERN },
  to: { type: 'string', pattern: DATE_PATTERN },
  event_type: stringList,
  sub_event_type: stringList,
  actor: { type: 'string', minLength: 1, maxLength: 200 },
  place_id: { type: 'string', minLength: 1, maxLength: 200 },
  admin1: { type: 'string', minLength: 1, maxLength: 200 },
  bbox: { type: 'string', maxLength: 200 },
  q: { type: 'string', minLength: 1, maxLength: 500 },
  min_fatalities: { type: 'integer', minimum: 0 },
  doc_id: { type: 'string', minLength: 1, maxLength: 500 },
} as const;

export const pageProperties = {
  limit: { type: 'integer', minimum: 0, maximum: MAX_LIMIT, default: 100 },
  offset: { type: 'integer', minimum: 0, default: 0 },
  sort: { type: 'string', enum: [...SORTS] },
} as const;

export const filterQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: filterProperties,
} as const;

export const pagedFilterQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: { ...filterProperties, ...pageProperties },
} as const;

export interface FilterQuery {
  from?: string;
  to?: string;
  event_type?: string[];
  sub_event_type?: string[];
  actor?: string;
  place_id?: string;
  admin1?: string;
  bbox?: string;
  q?: string;
  min_fatalities?: number;
  doc_id?: string;
  limit?: number;
  offset?: number;
  sort?: EventFilter['sort'];
}

function invalid(message: string): MarsadError {
  return new MarsadError('MARSAD_ERR_API_VALIDATION', message);
}

/** A YYYY-MM-DD string that names a real day (2017-02-30 is rejected). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

/** `a,b` and repeated parameters both become one de-duplicated list. */
export function splitList(values: string[] | undefined): string[] | undefined {
  if (!values) return undefined;
  const out = new Set<string>();
  for (const v of values) for (const part of v.split(',')) if (part.trim()) out.add(part.trim());
  return out.size ? [...out] : undefined;
}

export function parseBbox(s: string): [number, number, number, number] {
  const parts = s.split(',').map((p) => p.trim());
  const nums = parts.map(Number);
  if (parts.length !== 4 || parts.some((p) => p === '') || nums.some((n) => !Number.isFinite(n))) {
    throw invalid('bbox must be four numbers: minLon,minLat,maxLon,maxLat');
  }
  const [minLon, minLat, maxLon, maxLat] = nums as [number, number, number, number];
  if (minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90) throw invalid('bbox is outside -180..180 / -90..90');
  if (minLon > maxLon || minLat > maxLat) throw invalid('bbox minimum must not exceed its maximum');
  return [minLon, minLat, maxLon, maxLat];
}

/** Validated query → EventFilter. Throws MARSAD_ERR_API_VALIDATION with a message a user can act on. */
export function toEventFilter(q: FilterQuery, paged: boolean): EventFilter {
  const f: EventFilter = {};
  for (const key of ['from', 'to'] as const) {
    const v = q[key];
    if (v === undefined) continue;
    if (!isCalendarDate(v)) throw invalid(`${key} must be a real date as YYYY-MM-DD, got "${v}"`);
    f[key] = v;
  }
  if (f.from && f.to && f.from > f.to) throw invalid(`from (${f.from}) is after to (${f.to})`);
  const types = splitList(q.event_type);
  const badType = types?.find((t) => !KNOWN_TYPES.has(t));
  if (badType) throw invalid(`unknown event_type "${badType}"; expected one of: ${[...KNOWN_TYPES].join(', ')}`);
  if (types) f.event_type = types;
  const subs = splitList(q.sub_event_type);
  const badSub = subs?.find((t) => !KNOWN_SUBS.has(t));
  if (badSub) throw invalid(`unknown sub_event_type "${badSub}" (ACLED sub-event types, e.g. "Air/drone strike")`);
  if (subs) f.sub_event_type = subs;
  if (q.actor) f.actor = q.actor;
  if (q.place_id) f.place_id = q.place_id;
  if (q.admin1) f.admin1 = q.admin1;
  if (q.bbox !== undefined) f.bbox = parseBbox(q.bbox);
  if (q.q) f.q = q.q;
  if (q.min_fatalities !== undefined) f.min_fatalities = q.min_fatalities;
  if (q.doc_id) f.doc_id = q.doc_id;
  if (paged) {
    f.limit = q.limit ?? 100;
    f.offset = q.offset ?? 0;
    if (q.sort) f.sort = q.sort;
  }
  return f;
}
