// Public surface of the export stage: pure functions from events to the export formats of
// ../shared/EVENT_SCHEMA.md (JSON Lines), ACLED's CSV and GeoJSON. No database here.
// The writers never end `out`: the caller owns the stream (stdout, a file, an HTTP reply).
import { once } from 'node:events';
import { stringify } from 'csv-stringify';
import { INTER_LABELS, eventTypeOf, type ConflictEvent, type ControlChange, type InterCode } from '../core/index.js';

/** The EVENT_SCHEMA.md fields, in the documented order. */
export const SCHEMA_FIELDS = [
  'event_id', 'event_date', 'event_date_end', 'time_precision', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'civilian_targeting',
  'country', 'admin1', 'admin2', 'location', 'location_ar', 'place_id', 'latitude', 'longitude',
  'geo_precision', 'fatalities', 'fatality_claims', 'sources', 'notes', 'confidence',
] as const;

/** ACLED's 31 columns in ACLED's order. */
export const ACLED_COLUMNS: readonly string[] = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type',
  'sub_event_type', 'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2',
  'interaction', 'civilian_targeting', 'iso', 'region', 'country', 'admin1', 'admin2', 'admin3',
  'location', 'latitude', 'longitude', 'geo_precision', 'source', 'source_scale', 'notes',
  'fatalities', 'tags', 'timestamp',
];

const LIST_SEP = '; ';

// ---------------------------------------------------------------- JSON Lines

const SCHEMA_SET: ReadonlySet<string> = new Set(SCHEMA_FIELDS);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const numOr = (v: unknown, d: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : d);
const numOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const orNull = (v: unknown): unknown => (v === undefined ? null : v);

/** The event as a plain object: the schema fields in order (missing lists as [], missing
 *  values as null), then every other field the event carries. An object literal, not a loop:
 *  this runs once per exported event. */
export function eventToRecord(e: ConflictEvent): Record<string, unknown> {
  const x = (e ?? {}) as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {
    event_id: orNull(x.event_id),
    event_date: orNull(x.event_date),
    event_date_end: orNull(x.event_date_end),
    time_precision: numOr(x.time_precision, 1),
    event_type: orNull(x.event_type),
    sub_event_type: orNull(x.sub_event_type),
    actor1: orNull(x.actor1),
    assoc_actor_1: list(x.assoc_actor_1),
    inter1: numOr(x.inter1, 0),
    actor2: orNull(x.actor2),
    assoc_actor_2: list(x.assoc_actor_2),
    inter2: numOr(x.inter2, 0),
    civilian_targeting: x.civilian_targeting === true,
    country: orNull(x.country),
    admin1: orNull(x.admin1),
    admin2: orNull(x.admin2),
    location: orNull(x.location),
    location_ar: orNull(x.location_ar),
    place_id: orNull(x.place_id),
    latitude: numOrNull(x.latitude),
    longitude: numOrNull(x.longitude),
    geo_precision: numOr(x.geo_precision, 1),
    fatalities: numOr(x.fatalities, 0),
    fatality_claims: list(x.fatality_claims),
    sources: list(x.sources),
    notes: typeof x.notes === 'string' ? x.notes : '',
    confidence: numOr(x.confidence, 0),
  };
  for (const k in x) {
    if (!SCHEMA_SET.has(k) && x[k] !== undefined && Object.hasOwn(x, k)) out[k] = x[k];
  }
  return out;
}

/** JSON that never throws on odd values: the fast path is plain JSON.stringify; only when that
 *  fails (a BigInt, a cycle) does a replacer turn BigInts into numbers and cycles into null. */
function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? 'null';
  } catch {
    const seen = new WeakSet<object>();
    return JSON.stringify(v, (_k, x) => {
      if (typeof x === 'bigint') return Number(x);
      if (x && typeof x === 'object') {
        if (seen.has(x)) return null;
        seen.add(x);
      }
      return x;
    }) ?? 'null';
  }
}

/** One line of `marsad export --format jsonl` (no trailing newline). */
export function eventToJsonLine(e: ConflictEvent): string {
  return safeJson(eventToRecord(e));
}

// ---------------------------------------------------------------- ACLED CSV

/** ACLED's numeric country code (ISO 3166-1 numeric) and region, for the countries Marsad covers. */
const COUNTRIES: Record<string, { iso: number; region: string }> = {
  syria: { iso: 760, region: 'Middle East' },
  'syrian arab republic': { iso: 760, region: 'Middle East' },
  iraq: { iso: 368, region: 'Middle East' },
  lebanon: { iso: 422, region: 'Middle East' },
  jordan: { iso: 400, region: 'Middle East' },
  turkey: { iso: 792, region: 'Middle East' },
  'türkiye': { iso: 792, region: 'Middle East' },
  turkiye: { iso: 792, region: 'Middle East' },
  israel: { iso: 376, region: 'Middle East' },
  palestine: { iso: 275, region: 'Middle East' },
  iran: { iso: 364, region: 'Middle East' },
  yemen: { iso: 887, region: 'Middle East' },
  'saudi arabia': { iso: 682, region: 'Middle East' },
  egypt: { iso: 818, region: 'Northern Africa' },
  libya: { iso: 434, region: 'Northern Africa' },
  sudan: { iso: 729, region: 'Northern Africa' },
};

export function countryCodes(country: string | null | undefined): { iso: number; region: string } | null {
  if (typeof country !== 'string') return null;
  return COUNTRIES[country.trim().toLowerCase()] ?? null;
}

/** ACLED's disorder type. ACLED counts excessive force against protesters and mob violence as
 *  both political violence and demonstrations. */
export function disorderType(event_type: string | null | undefined, sub_event_type?: string | null): string {
  if (sub_event_type === 'Excessive force against protesters' || sub_event_type === 'Mob violence') {
    return 'Political violence; Demonstrations';
  }
  const type = event_type || (sub_event_type ? eventTypeOf(sub_event_type) : undefined);
  switch (type) {
    case 'Battles':
    case 'Explosions/Remote violence':
    case 'Violence against civilians':
      return 'Political violence';
    case 'Protests':
    case 'Riots':
      return 'Demonstrations';
    case 'Strategic developments':
      return 'Strategic developments';
    default:
      return '';
  }
}

const validInter = (v: unknown): InterCode => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 8 ? (v as InterCode) : 0);

/** ACLED's interaction code: the two inter codes, lower first (12); a sole actor is X0 (10). */
export function interactionCode(inter1: number, inter2: number): number | '' {
  const a = validInter(inter1);
  const b = validInter(inter2);
  if (!a && !b) return '';
  if (!a || !b) return (a || b) * 10;
  return Math.min(a, b) * 10 + Math.max(a, b);
}

const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** The day ACLED records: the middle of the span when only the span (2) or month (3) is known. */
export function acledDate(e: Pick<ConflictEvent, 'event_date' | 'event_date_end' | 'time_precision'>): string {
  const start = typeof e.event_date === 'string' && ISO_DAY.test(e.event_date) ? e.event_date : null;
  if (!start) return typeof e.event_date === 'string' ? e.event_date : '';
  const end = typeof e.event_date_end === 'string' && ISO_DAY.test(e.event_date_end) ? e.event_date_end : null;
  if (!end || (e.time_precision !== 2 && e.time_precision !== 3)) return start;
  const a = Date.parse(start + 'T00:00:00Z');
  const b = Date.parse(end + 'T00:00:00Z');
  if (!Number.isFinite(a) || !Number.isFinite(b) || b <= a) return start;
  const mid = a + Math.floor((b - a) / DAY_MS / 2) * DAY_MS;
  return new Date(mid).toISOString().slice(0, 10);
}

export interface AcledOptions {
  /** Unix seconds written in `timestamp` (default: now). */
  timestamp?: number;
  /** doc_id → outlet, so `source` names outlets ("SOHR; Enab Baladi") rather than titles. */
  outlets?: ReadonlyMap<string, string | null>;
}

const strList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x !== '') : []);
const cell = (v: unknown): string | number => (typeof v === 'number' ? (Number.isFinite(v) ? v : '') : typeof v === 'string' ? v : '');

/** The outlets (or titles, or doc ids) of an event's sources, once each, joined with `; `. */
function sourceNames(sources: unknown, outlets?: ReadonlyMap<string, string | null>): string {
  const names: string[] = [];
  if (!Array.isArray(sources)) return '';
  for (const s of sources) {
    if (!s || typeof s !== 'object') continue;
    const doc = typeof s.doc_id === 'string' ? s.doc_id : '';
    const name = outlets?.get(doc) || (typeof s.title === 'string' && s.title) || doc;
    if (name && !names.includes(name)) names.push(name);
  }
  return names.join(LIST_SEP);
}

/** One ACLED CSV row (keys are ACLED_COLUMNS). */
export function eventToAcledRow(e: ConflictEvent, opts: AcledOptions = {}): Record<string, string | number> {
  const ev = (e ?? {}) as Partial<ConflictEvent>;
  const date = acledDate(ev as ConflictEvent);
  const year = /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : '';
  const inter1 = validInter(ev.inter1);
  const inter2 = validInter(ev.inter2);
  const cc = countryCodes(ev.country);
  return {
    event_id_cnty: cell(ev.event_id),
    event_date: date,
    year,
    time_precision: cell(ev.time_precision),
    disorder_type: disorderType(ev.event_type, ev.sub_event_type),
    event_type: cell(ev.event_type),
    sub_event_type: cell(ev.sub_event_type),
    actor1: cell(ev.actor1),
    assoc_actor_1: strList(ev.assoc_actor_1).join(LIST_SEP),
    inter1: INTER_LABELS[inter1],
    actor2: cell(ev.actor2),
    assoc_actor_2: strList(ev.assoc_actor_2).join(LIST_SEP),
    inter2: INTER_LABELS[inter2],
    interaction: interactionCode(inter1, inter2),
    civilian_targeting: ev.civilian_targeting === true ? 'Civilian targeting' : '',
    iso: cc?.iso ?? '',
    region: cc?.region ?? '',
    country: cell(ev.country),
    admin1: cell(ev.admin1),
    admin2: cell(ev.admin2),
    admin3: cell(ev.admin3),
    location: cell(ev.location),
    latitude: cell(ev.latitude),
    longitude: cell(ev.longitude),
    geo_precision: cell(ev.geo_precision),
    source: sourceNames(ev.sources, opts.outlets),
    source_scale: '', // Marsad cannot know it: never guessed
    notes: cell(ev.notes),
    fatalities: cell(ev.fatalities) === '' ? 0 : cell(ev.fatalities),
    tags: '', // as source_scale
    timestamp: opts.timestamp ?? Math.floor(Date.now() / 1000),
  };
}

// ---------------------------------------------------------------- writers

/** Write `chunk`, waiting for 'drain' when the stream asks for it. */
async function write(out: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out as unknown as NodeJS.EventEmitter, 'drain');
}

/** ACLED CSV via csv-stringify; the header is always written (also for 0 events). Returns rows. */
export async function writeCsv(events: Iterable<ConflictEvent>, out: NodeJS.WritableStream, opts: AcledOptions = {}): Promise<number> {
  const rowOpts = { ...opts, timestamp: opts.timestamp ?? Math.floor(Date.now() / 1000) };
  const csv = stringify({ header: true, columns: ACLED_COLUMNS as string[] });
  const piped = new Promise<void>((resolve, reject) => {
    csv.on('data', (chunk: Buffer | string) => {
      if (!out.write(chunk)) {
        csv.pause();
        (out as unknown as NodeJS.EventEmitter).once('drain', () => csv.resume());
      }
    });
    csv.on('end', resolve);
    csv.on('error', reject);
  });
  let n = 0;
  try {
    for (const e of events) {
      if (!csv.write(eventToAcledRow(e, rowOpts))) await once(csv, 'drain');
      n++;
    }
  } finally {
    csv.end();
  }
  await piped;
  return n;
}

/** One JSON object per line per EVENT_SCHEMA.md. Nothing is written for 0 events. Returns lines. */
export async function writeJsonl(events: Iterable<ConflictEvent>, out: NodeJS.WritableStream): Promise<number> {
  let n = 0;
  let buf = '';
  for (const e of events) {
    buf += eventToJsonLine(e) + '\n';
    n++;
    if (buf.length >= 64 * 1024) {
      await write(out, buf);
      buf = '';
    }
  }
  if (buf) await write(out, buf);
  return n;
}

/** A GeoJSON Feature: a Point when the event has coordinates, else geometry null; the
 *  properties are the JSON-line fields. */
export function eventToFeature(e: ConflictEvent): Record<string, unknown> {
  const props = eventToRecord(e);
  const lat = props.latitude;
  const lon = props.longitude;
  const located = typeof lat === 'number' && typeof lon === 'number';
  return {
    type: 'Feature',
    id: props.event_id ?? null,
    geometry: located ? { type: 'Point', coordinates: [lon, lat] } : null,
    properties: props,
  };
}

/** A FeatureCollection, streamed feature by feature. Returns features. */
export async function writeGeoJson(events: Iterable<ConflictEvent>, out: NodeJS.WritableStream): Promise<number> {
  let n = 0;
  let buf = '{"type":"FeatureCollection","features":[';
  for (const e of events) {
    buf += (n ? ',\n' : '\n') + safeJson(eventToFeature(e));
    n++;
    if (buf.length >= 64 * 1024) {
      await write(out, buf);
      buf = '';
    }
  }
  buf += n ? '\n]}\n' : ']}\n';
  await write(out, buf);
  return n;
}

// ---------------------------------------------------------------- control timeline

/** One line of `marsad export --format control` (no trailing newline). */
export function controlToJsonLine(c: ControlChange): string {
  const x = (c ?? {}) as Partial<ControlChange>;
  return safeJson({
    place_id: x.place_id ?? null,
    location: x.location ?? null,
    location_ar: x.location_ar ?? null,
    date: x.date ?? null,
    controller: x.controller ?? null,
    previous_controller: x.previous_controller ?? null,
    event_id: x.event_id ?? null,
    confidence: typeof x.confidence === 'number' && Number.isFinite(x.confidence) ? x.confidence : null,
    contested: x.contested === true,
    evidence: x.evidence ?? null,
  });
}
