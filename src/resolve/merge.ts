// Cross-document merging: per-document events that describe one real event become one
// ConflictEvent citing every report. Blocking (place id / coordinate grid cell / name, then
// a sweep over date intervals) keeps it near-linear; greedy best-pair-first clustering with
// complete linkage and "never two events of one document" keeps it deterministic and safe.
import { eventTypeOf, type ConflictEvent, type DocEvent, type EventSource, type FatalityClaim } from '../core/index.js';
import {
  compatible, exactDuplicate, isTerritoryChange, regionGovernorate, toRecord,
  DEFAULT_MAX_DISTANCE_KM, type EventRecord, type MergeOptions,
} from './compat.js';
import { conservativeFatalities } from './fatalities.js';
import { isFailedCapture } from './rules.js';
import { genericActorKind, nameKeyMemo } from './names.js';

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

// ---------------------------------------------------------------- ids

const SEGMENTS = /[A-Za-z0-9]+/g;

/** The hash part of a per-document event id (`de_3f9a0c1b2d…` → `3f9a0c1b2d…`): its last
 *  alphanumeric run when that is hash-like (≥ 8 chars), else the whole id made id-safe. */
export function hashPart(docEventId: string): string {
  const runs = docEventId.match(SEGMENTS) ?? [];
  const last = runs[runs.length - 1];
  if (last && last.length >= 8) return last;
  return runs.join('_') || 'x';
}

// ---------------------------------------------------------------- union-find

class Clusters {
  private parent: Int32Array;
  /** Members and documents of merged roots only (a singleton's are its own record's). */
  private readonly merged = new Map<number, { members: number[]; docs: Set<string> }>();
  constructor(private readonly records: EventRecord[]) {
    this.parent = new Int32Array(records.length);
    for (let i = 0; i < records.length; i++) this.parent[i] = i;
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[i] !== r) {
      const next = this.parent[i]!;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }
  members(root: number): number[] {
    return this.merged.get(root)?.members ?? [root];
  }
  /** Do two clusters hold an event of one document? (Singletons are checked without a Set.) */
  shareDocument(a: number, b: number): boolean {
    const da = this.merged.get(a)?.docs;
    const db = this.merged.get(b)?.docs;
    if (da && db) {
      const [few, many] = da.size <= db.size ? [da, db] : [db, da];
      for (const d of few) if (many.has(d)) return true;
      return false;
    }
    if (da) return this.records[b]!.docs.some((d) => da.has(d));
    if (db) return this.records[a]!.docs.some((d) => db.has(d));
    const xa = this.records[a]!.docs;
    return this.records[b]!.docs.some((d) => xa.includes(d));
  }
  /** Union of two roots, keeping the smaller index as root (roots do not depend on pair order). */
  union(a: number, b: number): void {
    const [root, child] = a < b ? [a, b] : [b, a];
    const into = this.merged.get(root) ?? { members: [root], docs: new Set(this.records[root]!.docs) };
    for (const m of this.members(child)) into.members.push(m);
    for (const d of this.merged.get(child)?.docs ?? this.records[child]!.docs) into.docs.add(d);
    this.parent[child] = root;
    this.merged.delete(child);
    this.merged.set(root, into);
  }
}

// ---------------------------------------------------------------- candidate pairs

/** Pairs within one block whose date intervals overlap (sweep over start days). Undated
 *  events never merge across documents, so they pair only within their own document (where
 *  exact duplicates are joined). */
function pairsInBlock(block: number[], records: EventRecord[], emit: (i: number, j: number) => void): void {
  if (block.length < 2) return;
  const dated: number[] = [];
  const undatedByDoc = new Map<string, number[]>();
  for (const i of block) {
    const r = records[i]!;
    if (r.interval) dated.push(i);
    else pushTo(undatedByDoc, r.docs.join('\u0001'), i);
  }
  for (const same of undatedByDoc.values()) {
    for (let x = 0; x < same.length; x++) for (let y = x + 1; y < same.length; y++) emit(same[x]!, same[y]!);
  }
  dated.sort((a, b) => records[a]!.interval!.start - records[b]!.interval!.start || a - b);
  const active: number[] = [];
  for (const i of dated) {
    const start = records[i]!.interval!.start;
    let kept = 0;
    for (const k of active) if (records[k]!.interval!.end >= start) active[kept++] = k;
    active.length = kept;
    for (const k of active) emit(k, i);
    active.push(i);
  }
}

function pushTo<K>(map: Map<K, number[]>, key: K, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

/** Month-sized date buckets for the coordinate grid (undated events share bucket -1). */
const BUCKET_DAYS = 30;
const bucketOf = (day: number) => Math.floor(day / BUCKET_DAYS);

function candidatePairs(records: EventRecord[], maxKm: number, emit: (i: number, j: number) => void): void {
  const byPlace = new Map<string, number[]>();
  const byName = new Map<string, number[]>();
  // Grid of the (few) events whose place has coordinates but no gazetteer id, keyed by
  // (cell, date bucket) as one number; every event with coordinates probes the cells around it.
  const grid = new Map<number, number[]>();
  const cellDeg = Math.max(maxKm, 0.001) / 111.2;
  const gridKey = (y: number, x: number, b: number) => ((y + 50_000) * 100_000 + (x + 50_000)) * 10_000 + (b + 1);
  const buckets = (r: EventRecord): [number, number] =>
    r.interval ? [bucketOf(r.interval.start), bucketOf(r.interval.end)] : [-1, -1];
  records.forEach((r, i) => {
    // Region-level events block by governorate: overlapping regions may be one event.
    const gov = r.ev.geo_precision >= 2 ? regionGovernorate(r.placeId) : null;
    if (gov) pushTo(byPlace, `\u0000region:${gov}`, i);
    else if (r.placeId) pushTo(byPlace, r.placeId, i);
    if (r.lat !== null && r.lon !== null) {
      if (r.placeId) return;
      const y = Math.floor(r.lat / cellDeg);
      const x = Math.floor(r.lon / cellDeg);
      const [b0, b1] = buckets(r);
      for (let b = b0; b <= b1; b++) pushTo(grid, gridKey(y, x, b), i);
    } else if (!r.placeId) {
      for (const k of r.nameKeys) pushTo(byName, k, i);
    }
  });
  for (const block of byPlace.values()) pairsInBlock(block, records, emit);
  // A name block can hold one pair twice when both events carry both names: dedupe there only.
  const seen = new Set<string>();
  for (const block of byName.values()) {
    pairsInBlock(block, records, (i, j) => {
      const key = i < j ? `${i},${j}` : `${j},${i}`;
      if (!seen.has(key)) {
        seen.add(key);
        emit(i, j);
      }
    });
  }
  if (grid.size === 0) return;
  records.forEach((r, i) => {
    if (r.lat === null || r.lon === null) return;
    const cy = Math.floor(r.lat / cellDeg);
    const cx = Math.floor(r.lon / cellDeg);
    const dx = Math.min(50, Math.ceil(1 / Math.max(Math.cos((Math.abs(r.lat) + cellDeg) * Math.PI / 180), 0.02)));
    const [rb0, rb1] = buckets(r);
    const a = r.interval;
    for (let b = rb0; b <= rb1; b++) {
      for (let y = cy - 1; y <= cy + 1; y++) {
        for (let x = cx - dx; x <= cx + dx; x++) {
          const cell = grid.get(gridKey(y, x, b));
          if (!cell) continue;
          for (const j of cell) {
            // Two id-less events find each other: emit from the smaller index only.
            if (j === i || (!r.placeId && j < i)) continue;
            const q = records[j]!.interval;
            if ((a === null) !== (q === null)) continue;
            if (a && q) {
              if (!(a.start <= q.end && q.start <= a.end)) continue;
              // A pair sharing several date buckets is emitted in the first one only.
              if (b !== Math.max(rb0, bucketOf(q.start))) continue;
            }
            emit(i, j);
          }
        }
      }
    }
  });
}

/** Everything blocking, compatible() and pairScore() read of a record except its documents:
 *  two records with one signature are interchangeable for merging. */
function mergeSignature(r: EventRecord): string {
  const ev = r.ev;
  const claims = (ev.fatality_claims ?? []).map((c) => `${c.count}:${c.victims}`).sort();
  return JSON.stringify([
    r.happened, r.interval?.start ?? null, r.interval?.end ?? null, ev.event_date ?? null, ev.event_date_end ?? null,
    r.sub, isFailedCapture(ev), r.placeId, ev.geo_precision, r.lat, r.lon, r.nameKeys, r.actor1, r.actor2,
    r.generic1, r.generic2, ev.inter1, ev.inter2, claims,
  ]);
}

/** One member per distinct signature (sigId: the first record of each signature). */
function distinctFrames(members: readonly number[], sigId: Int32Array): number[] {
  if (members.length === 1) return members as number[];
  const seen = new Set<number>();
  const out: number[] = [];
  for (const m of members) {
    const f = sigId[m]!;
    if (!seen.has(f)) {
      seen.add(f);
      out.push(m);
    }
  }
  return out;
}

const MAX_SCORE = 31;

/** How alike two compatible events are: the best pairs are merged first (at most MAX_SCORE). */
function pairScore(a: EventRecord, b: EventRecord): number {
  let s = 0;
  if (a.sub === b.sub) s += 8;
  if (a.interval && b.interval) {
    if (a.interval.start === b.interval.start && a.interval.end === b.interval.end) s += 4;
    else if (a.interval.start === b.interval.start || a.interval.end === b.interval.end) s += 1;
  }
  if (a.actor1 && a.actor1 === b.actor1) s += 3;
  if (a.actor2 && a.actor2 === b.actor2) s += 1;
  if (a.placeId && a.placeId === b.placeId) s += a.ev.geo_precision === b.ev.geo_precision ? 3 : 2;
  const ca = a.ev.fatality_claims ?? [];
  const cb = b.ev.fatality_claims ?? [];
  if (ca.length && cb.length && ca.some((x) => cb.some((y) => x.count === y.count && x.victims === y.victims))) s += 2;
  return s;
}

// ---------------------------------------------------------------- combining a cluster

function subRank(sub: string): number {
  if (isTerritoryChange(sub) || sub === 'Non-violent transfer of territory') return 0;
  return sub === 'Armed clash' ? 2 : 1;
}

function modalityRank(ev: ConflictEvent): number {
  const m = ev.modality ?? 'asserted';
  return m === 'asserted' ? 0 : m === 'claimed' ? 1 : 2;
}

/** The member whose frame leads: territory change > other > clash, asserted > claimed,
 *  most confident, most precise date and place. */
function byPrimary(a: EventRecord, b: EventRecord): number {
  return subRank(a.sub) - subRank(b.sub)
    || modalityRank(a.ev) - modalityRank(b.ev)
    || (b.ev.confidence ?? 0) - (a.ev.confidence ?? 0)
    || a.ev.time_precision - b.ev.time_precision
    || a.ev.geo_precision - b.ev.geo_precision
    || cmp(a.id, b.id);
}

function intervalWidth(r: EventRecord): number {
  return r.interval ? r.interval.end - r.interval.start : Number.MAX_SAFE_INTEGER;
}

function byDate(a: EventRecord, b: EventRecord): number {
  return intervalWidth(a) - intervalWidth(b) || a.ev.time_precision - b.ev.time_precision || cmp(a.id, b.id);
}

function byPlace(a: EventRecord, b: EventRecord): number {
  const score = (r: EventRecord) => (r.placeId ? 0 : 2) + (r.lat !== null ? 0 : 1);
  return a.ev.geo_precision - b.ev.geo_precision || score(a) - score(b) || cmp(a.id, b.id);
}

interface Side {
  name: string | null;
  inter: ConflictEvent['inter1'];
  assoc: string[];
}

/** Each member's (actor1, actor2) in the primary's orientation (a clash coded from the other
 *  side has them the other way round). */
function orientedSides(m: EventRecord, primary: EventRecord): [Side, Side] {
  const e = m.ev;
  const one: Side = { name: e.actor1, inter: e.inter1, assoc: e.assoc_actor_1 ?? [] };
  const two: Side = { name: e.actor2, inter: e.inter2, assoc: e.assoc_actor_2 ?? [] };
  const swapped = m !== primary && !!m.actor1 && !!primary.actor1 && m.actor1 !== primary.actor1
    && m.actor1 === primary.actor2;
  return swapped ? [two, one] : [one, two];
}

/** The most specific name for one side: the first named, non-generic one in primary order. */
function chooseSide(sides: Side[]): Side {
  const named = sides.find((s) => s.name && !genericActorKind(s.name));
  const chosen = named ?? sides.find((s) => s.name) ?? sides[0]!;
  const assoc = new Set<string>();
  for (const s of sides) for (const a of s.assoc) assoc.add(a);
  for (const s of sides) if (s.name) assoc.delete(s.name);
  return { name: chosen.name, inter: chosen.inter, assoc: [...assoc].sort() };
}

function mergedClaims(members: EventRecord[]): FatalityClaim[] {
  const seen = new Map<string, FatalityClaim>();
  for (const m of members) {
    for (const c of m.ev.fatality_claims ?? []) {
      const key = `${c.doc_id}\u0001${c.count}\u0001${c.share ?? ''}\u0001${c.victims}\u0001${c.claimant ?? ''}`;
      if (!seen.has(key)) seen.set(key, c);
    }
  }
  return [...seen.values()].sort((a, b) =>
    cmp(a.doc_id, b.doc_id) || cmp(a.victims, b.victims) || (a.count ?? -1) - (b.count ?? -1)
    || cmp(a.claimant ?? '', b.claimant ?? ''));
}

/** ACLED's lowest figure over the merged claims. A member whose own headline is below its
 *  claims (extraction split a multi-day total over the days) keeps that lower share. */
function mergedFatalities(members: EventRecord[], claims: FatalityClaim[]): number {
  let headline = claims.length ? conservativeFatalities(claims) : Number.POSITIVE_INFINITY;
  for (const m of members) {
    const own = m.ev.fatalities ?? 0;
    const ownClaims = m.ev.fatality_claims ?? [];
    if (ownClaims.length === 0) {
      if (!claims.length && own > 0) headline = Math.min(headline, own);
    } else if (own < conservativeFatalities(ownClaims)) {
      headline = Math.min(headline, own);
    }
  }
  return Number.isFinite(headline) ? headline : 0;
}

function mergedSources(members: EventRecord[]): EventSource[] {
  const seen = new Map<string, EventSource>();
  for (const m of members) {
    for (const s of m.ev.sources ?? []) {
      const key = `${s.doc_id}\u0001${s.evidence?.start ?? ''}`;
      if (!seen.has(key)) seen.set(key, s);
    }
  }
  return [...seen.values()].sort((a, b) => cmp(a.doc_id, b.doc_id) || (a.evidence?.start ?? 0) - (b.evidence?.start ?? 0));
}

function unionSorted(lists: (string[] | undefined)[]): string[] | undefined {
  const all = new Set<string>();
  let any = false;
  for (const l of lists) {
    if (!l) continue;
    any = true;
    for (const x of l) all.add(x);
  }
  return any ? [...all].sort() : undefined;
}

function memberIds(members: EventRecord[]): string[] {
  const ids = new Set<string>();
  for (const m of members) {
    const own = m.ev.members;
    if (own && own.length && !(m.ev as DocEvent).doc_event_id) for (const x of own) ids.add(x);
    else ids.add(m.id);
  }
  return [...ids].sort();
}

function combine(members: EventRecord[], eventId: string): ConflictEvent {
  const ranked = [...members].sort(byPrimary);
  const primary = ranked[0]!;
  const dateFrom = [...members].sort(byDate)[0]!.ev;
  const placeFrom = [...members].sort(byPlace)[0]!.ev;
  const oriented = ranked.map((m) => orientedSides(m, primary));
  const side1 = chooseSide(oriented.map((s) => s[0]));
  const side2 = chooseSide(oriented.map((s) => s[1]));
  const modalFrom = ranked.find((m) => modalityRank(m.ev) === 0)?.ev ?? primary.ev;
  const claims = mergedClaims(members);
  const p = primary.ev;
  const out: ConflictEvent = {
    event_id: eventId,
    event_date: dateFrom.event_date,
    event_date_end: dateFrom.event_date_end ?? null,
    time_precision: dateFrom.time_precision,
    event_type: eventTypeOf(p.sub_event_type) ?? p.event_type,
    sub_event_type: p.sub_event_type,
    actor1: side1.name,
    assoc_actor_1: side1.assoc.filter((a) => a !== side2.name),
    inter1: side1.inter,
    actor2: side2.name,
    assoc_actor_2: side2.assoc.filter((a) => a !== side1.name),
    inter2: side2.inter,
    civilian_targeting: members.some((m) => m.ev.civilian_targeting),
    country: placeFrom.country,
    admin1: placeFrom.admin1,
    admin2: placeFrom.admin2,
    ...(placeFrom.admin3 !== undefined ? { admin3: placeFrom.admin3 } : {}),
    location: placeFrom.location,
    location_ar: placeFrom.location_ar,
    place_id: placeFrom.place_id,
    latitude: placeFrom.latitude,
    longitude: placeFrom.longitude,
    geo_precision: placeFrom.geo_precision,
    fatalities: mergedFatalities(members, claims),
    fatality_claims: claims,
    sources: mergedSources(members),
    notes: p.notes,
    confidence: Math.max(...members.map((m) => m.ev.confidence ?? 0)),
    members: memberIds(members),
  };
  if (modalFrom.modality !== undefined) out.modality = modalFrom.modality;
  if (modalFrom.claimant !== undefined) out.claimant = modalFrom.claimant;
  const rules = unionSorted(members.map((m) => m.ev.rule_ids));
  if (rules) out.rule_ids = rules;
  const flags = unionSorted(members.map((m) => m.ev.review_flags));
  if (flags) out.review_flags = flags;
  return out;
}

// ---------------------------------------------------------------- ids for clusters

function previousIdOf(prev: MergeOptions['previousIds'], id: string): string | undefined {
  if (!prev) return undefined;
  if (prev instanceof Map) return prev.get(id);
  return Object.prototype.hasOwnProperty.call(prev, id) ? (prev as Record<string, string>)[id] : undefined;
}

/** `ev_` + the hash part of the smallest member id; with `previousIds`, a cluster first keeps
 *  the previous id most of its members had (largest share wins, ties to the smallest member). */
function assignIds(clusters: string[][], prev: MergeOptions['previousIds']): string[] {
  const ids: (string | null)[] = clusters.map(() => null);
  const taken = new Set<string>();
  if (prev) {
    const claims: { c: number; id: string; n: number }[] = [];
    clusters.forEach((members, c) => {
      const counts = new Map<string, number>();
      for (const m of members) {
        const p = previousIdOf(prev, m);
        if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
      }
      for (const [id, n] of counts) claims.push({ c, id, n });
    });
    claims.sort((a, b) => b.n - a.n || cmp(clusters[a.c]![0]!, clusters[b.c]![0]!) || cmp(a.id, b.id));
    for (const { c, id } of claims) {
      if (ids[c] !== null || taken.has(id)) continue;
      ids[c] = id;
      taken.add(id);
    }
  }
  // Fresh ids, in cluster order (clusters are sorted by smallest member, so this is stable).
  clusters.forEach((members, c) => {
    if (ids[c] !== null) return;
    for (const m of members) {
      const candidate = `ev_${hashPart(m)}`;
      if (!taken.has(candidate)) {
        ids[c] = candidate;
        break;
      }
    }
    for (let k = 2; ids[c] === null; k++) {
      const candidate = `ev_${hashPart(members[0]!)}_${k}`;
      if (!taken.has(candidate)) ids[c] = candidate;
    }
    taken.add(ids[c]!);
  });
  return ids as string[];
}

// ---------------------------------------------------------------- entry point

function eventKey(ev: ConflictEvent): string {
  return (ev as DocEvent).doc_event_id ?? ev.event_id;
}

/** Cluster per-document events that describe the same real event. Deterministic: the same
 *  input in any order gives the same output.
 *  - Same event: same place (place id; or coordinates within maxDistanceKm when either has no id;
 *    or the same normalized name when neither has id nor coordinates), overlapping dates at each
 *    one's precision (undated events never merge), the same sub-event type (or a clash with a
 *    capture of the same place on the same known day), compatible actor1 (equal, missing, or a
 *    generic "Opposition Rebels"/"Unidentified Armed Group" for a matching group; a clash may
 *    name the two sides the other way round), the same modality kind, and never two events of
 *    one document (except exact duplicates: same sub-type, place, date, actor1).
 *  - Clustering: candidate pairs from blocks (place id / coordinate cell × month / name, swept by
 *    date), merged best-scoring pair first, a merge only when every member pair is compatible.
 *  - Output: `event_id` = `ev_` + hashPart(smallest member id) (or the previous id most members
 *    had, with `opts.previousIds`); every source and claim kept; `fatalities` most conservative;
 *    other fields from the most specific member (territory change > other > clash; narrowest
 *    date; most precise place; a named actor over a generic one). */
export function mergeEvents(docEvents: DocEvent[], opts: MergeOptions = {}): ConflictEvent[] {
  const maxKm = opts.maxDistanceKm ?? DEFAULT_MAX_DISTANCE_KM;
  // One record per id; a repeated id keeps a deterministic representative.
  const byId = new Map<string, DocEvent>();
  for (const ev of docEvents) {
    const key = eventKey(ev);
    const had = byId.get(key);
    if (!had || JSON.stringify(ev) < JSON.stringify(had)) byId.set(key, ev);
  }
  const ordered = [...byId.keys()].sort(cmp).map((k) => byId.get(k)!);
  const keyOf = nameKeyMemo();
  const records = ordered.map((ev) => toRecord(ev, keyOf));
  const clusters = new Clusters(records);

  // Candidate pairs that could be one event, packed as numbers (best score first, then the
  // smaller indices) so sorting allocates nothing. Exact duplicates within one document are
  // joined on sight: they are one event whatever else merges.
  // (score, i, j) in one float64: 5 bits of score leave 24 bits per index (16M events).
  const PAIR_SCALE = 2 ** Math.max(1, Math.ceil(Math.log2(records.length + 1)));
  // Identical reports (the same frame from several documents: syndicated copies, wire
  // stories) are a best-scoring pair with each other whatever else is near, so they are one
  // cluster before any pair is scored, and complete linkage compares each distinct frame once.
  const sigs = records.map(mergeSignature);
  const sigId = new Int32Array(records.length);
  const reps: number[] = [];
  {
    const firstOf = new Map<string, number>();
    for (let i = 0; i < records.length; i++) {
      const f = firstOf.get(sigs[i]!);
      if (f === undefined) {
        firstOf.set(sigs[i]!, i);
        sigId[i] = i;
        reps.push(i);
        continue;
      }
      sigId[i] = f;
      const a = records[f]!;
      const b = records[i]!;
      const sameDoc = a.docs.length === 1 && b.docs.length === 1 && a.docs[0] === b.docs[0];
      if (sameDoc ? exactDuplicate(a, b) : compatible(a, b, maxKm).ok) clusters.union(clusters.find(f), clusters.find(i));
      else reps.push(i); // e.g. undated: never merged across documents, so it pairs on its own
    }
  }
  const repRecords = reps.map((i) => records[i]!);

  const packed: number[] = [];
  candidatePairs(repRecords, maxKm, (rx, ry) => {
    const x = reps[rx]!;
    const y = reps[ry]!;
    const i = x < y ? x : y;
    const j = x < y ? y : x;
    const a = records[i]!;
    const b = records[j]!;
    if (a.docs.length === 1 && b.docs.length === 1 && a.docs[0] === b.docs[0]) {
      if (exactDuplicate(a, b)) {
        const ri = clusters.find(i);
        const rj = clusters.find(j);
        if (ri !== rj) clusters.union(ri, rj);
      }
      return;
    }
    if (!compatible(a, b, maxKm).ok) return;
    packed.push((MAX_SCORE - pairScore(a, b)) * PAIR_SCALE * PAIR_SCALE + i * PAIR_SCALE + j);
  });
  const order = Float64Array.from(packed).sort();

  for (const packedPair of order) {
    const j = packedPair % PAIR_SCALE;
    const i = Math.floor(packedPair / PAIR_SCALE) % PAIR_SCALE;
    const ri = clusters.find(i);
    const rj = clusters.find(j);
    if (ri === rj) continue;
    if (clusters.shareDocument(ri, rj)) continue;
    // Complete linkage: every member must be compatible with every member of the other side.
    // No two members across the sides share a document (checked above), so the verdict
    // depends on the frames alone: one check per pair of distinct frames.
    const fi = distinctFrames(clusters.members(ri), sigId);
    const fj = distinctFrames(clusters.members(rj), sigId);
    let ok = true;
    for (let x = 0; ok && x < fi.length; x++) {
      for (let y = 0; ok && y < fj.length; y++) ok = compatible(records[fi[x]!]!, records[fj[y]!]!, maxKm).ok;
    }
    if (ok) clusters.union(ri, rj);
  }

  const groups: number[][] = [];
  for (let i = 0; i < records.length; i++) if (clusters.find(i) === i) groups.push([...clusters.members(i)].sort((a, b) => a - b));
  // Indices follow sorted ids, so the first member is the smallest id.
  groups.sort((a, b) => a[0]! - b[0]!);
  const ids = assignIds(groups.map((g) => g.map((i) => records[i]!.id)), opts.previousIds);
  const merged = groups.map((g, c) => combine(g.map((i) => records[i]!), ids[c]!));
  return merged.sort((a, b) => cmp(a.event_date ?? '', b.event_date ?? '') || cmp(a.event_id, b.event_id));
}

