// Can two events be the same real event? Place, date, sub-event type, actors, modality and
// documents, each checked by one small function; `compatible` combines them and says why not.
import type { ConflictEvent, DocEvent, SubEventType } from '../core/index.js';
import { eventInterval, intervalsOverlap, type DayInterval } from './dates.js';
import { genericActorKind, nameKey, type GenericKind } from './names.js';
import { isFailedCapture } from './rules.js';
import { regionId } from '../kb/index.js';

type KeyFn = (s: string | null | undefined) => string;

export interface MergeOptions {
  /** For places without a gazetteer id: coordinates within this distance are one place. Default 5. */
  maxDistanceKm?: number;
  /** doc_event_id → event_id from the previous run. A cluster keeps the id most of its members
   *  had, so an event's id survives a new report joining it (optional; see mergeEvents). */
  previousIds?: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
}

export const DEFAULT_MAX_DISTANCE_KM = 5;

/** Sub-event types that may describe one battle: a clash and the capture it ended in. */
const TERRITORY: ReadonlySet<string> = new Set(['Government regains territory', 'Non-state actor overtakes territory']);
const FAMILY: Readonly<Record<string, string>> = {
  'Armed clash': 'battle',
  'Government regains territory': 'battle',
  'Non-state actor overtakes territory': 'battle',
  'Peaceful protest': 'protest',
  'Protest with intervention': 'protest',
  'Excessive force against protesters': 'protest',
  'Violent demonstration': 'riot',
  'Mob violence': 'riot',
};

export function isTerritoryChange(sub: string): boolean {
  return TERRITORY.has(sub);
}

/** One event prepared for comparison: every derived key computed once. */
export interface EventRecord {
  ev: ConflictEvent;
  /** doc_event_id for per-document events, else event_id. */
  id: string;
  /** Documents that report it (sorted, unique). */
  docs: string[];
  interval: DayInterval | null;
  placeId: string | null;
  lat: number | null;
  lon: number | null;
  nameKeys: string[];
  sub: SubEventType;
  family: string;
  actor1: string;
  actor2: string;
  generic1: GenericKind;
  generic2: GenericKind;
  happened: string;
}

function isDocEvent(ev: ConflictEvent): ev is DocEvent {
  return typeof (ev as DocEvent).doc_event_id === 'string' && typeof (ev as DocEvent).doc_id === 'string';
}

export function toRecord(ev: ConflictEvent, key: KeyFn = nameKey): EventRecord {
  const docs = isDocEvent(ev)
    ? [ev.doc_id]
    : [...new Set((ev.sources ?? []).map((s) => s.doc_id))].sort();
  const keys = new Set<string>();
  for (const n of [ev.location, ev.location_ar]) {
    const k = key(n);
    if (k) keys.add(k);
  }
  const hasCoords = typeof ev.latitude === 'number' && typeof ev.longitude === 'number'
    && Number.isFinite(ev.latitude) && Number.isFinite(ev.longitude);
  const modality = ev.modality ?? 'asserted';
  return {
    ev,
    id: isDocEvent(ev) ? ev.doc_event_id : ev.event_id,
    docs,
    interval: eventInterval(ev),
    placeId: comparablePlaceId(ev),
    lat: hasCoords ? ev.latitude : null,
    lon: hasCoords ? ev.longitude : null,
    nameKeys: [...keys].sort(),
    sub: ev.sub_event_type,
    family: FAMILY[ev.sub_event_type] ?? ev.sub_event_type,
    actor1: key(ev.actor1),
    actor2: key(ev.actor2),
    generic1: genericActorKind(ev.actor1),
    generic2: genericActorKind(ev.actor2),
    // Reports that something happened (asserted or one side's claim) are one kind; a denial or
    // a plan is never merged into a report that it happened.
    happened: modality === 'asserted' || modality === 'claimed' ? 'happened' : modality,
  };
}

export interface Verdict {
  ok: boolean;
  reason: string;
}

const OK_SAME = { ok: true, reason: 'same place, overlapping dates, compatible type and actors' };

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const dLat = (lat2 - lat1) * r;
  const dLon = (lon2 - lon1) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** An OCHA governorate (`ocha:SY07`) named as a place is the whole province: the same place as
 *  the computed `marsad:region:idlib:province` another report's "محافظة إدلب" resolves to. */
const GOVERNORATE_ID = /^ocha:SY\d{2}$/;
function comparablePlaceId(ev: ConflictEvent): string | null {
  const id = ev.place_id || null;
  if (id && GOVERNORATE_ID.test(id) && ev.admin1) return regionId(ev.admin1, 'province');
  return id;
}

/** Computed regions (kb): `marsad:region:<governorate>:<direction | countryside | province>`. */
const REGION_ID = /^marsad:region:([a-z0-9-]+):([a-z]+)$/;
const COMPASS = ['north', 'northeast', 'east', 'southeast', 'south', 'southwest', 'west', 'northwest'];

/** The governorate of a computed region id, or null for any other place. */
export function regionGovernorate(placeId: string | null): string | null {
  return placeId ? REGION_ID.exec(placeId)?.[1] ?? null : null;
}

/** Region-level places that overlap: the same governorate, and the whole countryside/province
 *  contains every part, or two compass directions next to each other ("north of Hama" in one
 *  report is "northeast of Hama" in another). */
export function regionsOverlap(x: string, y: string): boolean {
  const a = REGION_ID.exec(x);
  const b = REGION_ID.exec(y);
  if (!a || !b || a[1] !== b[1]) return false;
  const i = COMPASS.indexOf(a[2]!);
  const j = COMPASS.indexOf(b[2]!);
  if (i < 0 || j < 0) return true;
  const d = Math.abs(i - j) % 8;
  return d <= 1 || d === 7;
}

/** Same place: same gazetteer id (or overlapping regions, both events region-level); or, when
 *  either has no id, coordinates within maxKm; or, when neither has id nor coordinates, the
 *  same normalized name. */
export function samePlace(a: EventRecord, b: EventRecord, maxKm: number): Verdict {
  if (a.placeId && b.placeId) {
    if (a.placeId === b.placeId) return OK_SAME;
    if (a.ev.geo_precision >= 2 && b.ev.geo_precision >= 2 && regionsOverlap(a.placeId, b.placeId)) {
      return { ok: true, reason: `overlapping regions (${a.placeId} and ${b.placeId})` };
    }
    return { ok: false, reason: `different places (${a.placeId} vs ${b.placeId})` };
  }
  if (a.lat !== null && a.lon !== null && b.lat !== null && b.lon !== null) {
    const d = haversineKm(a.lat, a.lon, b.lat, b.lon);
    return d <= maxKm ? OK_SAME : { ok: false, reason: `places ${d.toFixed(1)} km apart (limit ${maxKm} km)` };
  }
  if (!a.placeId && !b.placeId && a.lat === null && b.lat === null) {
    for (const k of a.nameKeys) if (b.nameKeys.includes(k)) return OK_SAME;
    return { ok: false, reason: `different place names (${a.ev.location} vs ${b.ev.location})` };
  }
  return { ok: false, reason: 'one place is resolved and the other cannot be compared with it' };
}

export function compatibleDates(a: EventRecord, b: EventRecord): Verdict {
  // Without a date nothing says two reports are of one event (they are kept apart).
  if (!a.interval || !b.interval) return { ok: false, reason: 'an event without a date is never merged' };
  if (!intervalsOverlap(a.interval, b.interval)) {
    return { ok: false, reason: `dates do not overlap (${a.ev.event_date} vs ${b.ev.event_date})` };
  }
  return OK_SAME;
}

export function compatibleTypes(a: EventRecord, b: EventRecord): Verdict {
  if (a.sub === b.sub) return OK_SAME;
  if (a.family !== b.family) return { ok: false, reason: `different sub-event types (${a.sub} vs ${b.sub})` };
  if (a.family === 'battle') {
    // A clash and a capture are one event only for one village on one known day.
    const day = (r: EventRecord) => (r.interval && r.interval.start === r.interval.end ? r.interval.start : null);
    if (day(a) === null || day(a) !== day(b)) {
      return { ok: false, reason: `${a.sub} and ${b.sub} merge only on the same known day` };
    }
    // A failed or repelled capture contradicts a capture; it is not the fight that won it.
    if ((isTerritoryChange(a.sub) && isFailedCapture(b.ev)) || (isTerritoryChange(b.sub) && isFailedCapture(a.ev))) {
      return { ok: false, reason: 'a failed or repelled capture is not the capture' };
    }
  }
  return OK_SAME;
}

/** actor (with its inter code) of one event against an actor of another. */
function sameActor(x: string, gx: GenericKind, ix: number, y: string, gy: GenericKind, iy: number): boolean {
  if (!x || !y || x === y) return true;
  if (gx && gy) return true;
  if (gx === 'rebels') return iy === 2;
  if (gy === 'rebels') return ix === 2;
  if (gx === 'unidentified') return iy >= 2 && iy <= 4;
  if (gy === 'unidentified') return ix >= 2 && ix <= 4;
  return false;
}

export function compatibleActors(a: EventRecord, b: EventRecord): Verdict {
  const ea = a.ev;
  const eb = b.ev;
  if (sameActor(a.actor1, a.generic1, ea.inter1, b.actor1, b.generic1, eb.inter1)) return OK_SAME;
  // Opposite sides as actor1: the same fight seen from each side (a clash, or a clash and the
  // capture it ended in) names the same two actors the other way round.
  if ((a.sub === 'Armed clash' || b.sub === 'Armed clash') && a.actor2 && b.actor2
    && sameActor(a.actor1, a.generic1, ea.inter1, b.actor2, b.generic2, eb.inter2)
    && sameActor(a.actor2, a.generic2, ea.inter2, b.actor1, b.generic1, eb.inter1)) {
    return OK_SAME;
  }
  return { ok: false, reason: `different actors (${ea.actor1} vs ${eb.actor1})` };
}

export function sharesDocument(a: EventRecord, b: EventRecord): boolean {
  const [small, big] = a.docs.length <= b.docs.length ? [a, b] : [b, a];
  for (const d of small.docs) if (big.docs.includes(d)) return true;
  return false;
}

/** Two reports in one document of the same event (extraction already coded one event per
 *  place per day, so only exact duplicates of one another are merged within a document). */
export function exactDuplicate(a: EventRecord, b: EventRecord): boolean {
  return a.sub === b.sub
    && a.actor1 === b.actor1
    && a.ev.event_date === b.ev.event_date
    && (a.ev.event_date_end ?? null) === (b.ev.event_date_end ?? null)
    && a.happened === b.happened
    && (a.placeId ?? '') === (b.placeId ?? '')
    && (a.placeId !== null || (a.lat === b.lat && a.lon === b.lon && a.nameKeys.join('|') === b.nameKeys.join('|')));
}

export function compatible(a: EventRecord, b: EventRecord, maxKm: number): Verdict {
  if (a.happened !== b.happened) {
    return { ok: false, reason: `different modality (${a.ev.modality ?? 'asserted'} vs ${b.ev.modality ?? 'asserted'})` };
  }
  if (sharesDocument(a, b)) {
    return exactDuplicate(a, b)
      ? { ok: true, reason: 'exact duplicates in one document' }
      : { ok: false, reason: 'same document (extraction codes one event per place per day)' };
  }
  let v = compatibleDates(a, b);
  if (v.ok) v = compatibleTypes(a, b);
  if (v.ok) v = samePlace(a, b, maxKm);
  if (v.ok) v = compatibleActors(a, b);
  return v;
}

/** Why two events can or cannot be one (for tests and the UI). */
export function mergeCompatibility(a: ConflictEvent, b: ConflictEvent, opts: MergeOptions = {}): Verdict {
  return compatible(toRecord(a), toRecord(b), opts.maxDistanceKm ?? DEFAULT_MAX_DISTANCE_KM);
}
