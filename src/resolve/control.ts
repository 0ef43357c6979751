// Control timelines: for every precisely located place, who held it from when, derived from
// captures, regains, non-violent transfers and withdrawals. Conflicting reports mark the
// change `contested`; nothing is silently resolved.
import type { ConflictEvent, ControlChange } from '../core/index.js';
import { eventInterval, intervalsOverlap, type DayInterval } from './dates.js';
import { CHANGED_HANDS_RULE, FAILED_CAPTURE_RULE, REPELLED_RULE, WITHDRAWAL_RULE, hasRule } from './rules.js';

export interface ControlOptions {
  isGovernmentSide: (actor: string) => boolean;
  /** Named sites the gazetteer places only by a parent (a hill with no published coordinates):
   *  their events carry geo_precision 2, yet the site itself can be held. */
  isSitePlacedByParent?: (placeId: string) => boolean;
}

type Side = 'government' | 'opposition';
type Kind = 'capture' | 'transfer' | 'withdrawal';
const KIND_ORDER: Record<Kind, number> = { capture: 0, transfer: 1, withdrawal: 2 };
/** Widest date interval (days after the first) still compared day by day: a week. */
const NARROW_DAYS = 6;

interface Observation {
  ev: ConflictEvent;
  interval: DayInterval;
  kind: Kind;
  controller: string;
  side: Side;
  loser: string | null;
  confidence: number;
  selfContested: boolean;
}

interface Signal {
  interval: DayInterval;
  /** A report that `side` did NOT take the place (denial, failed attack); null = any side. */
  side: Side | null;
  /** A denial is answered when the losing side itself announces its withdrawal. */
  denial: boolean;
}

function happened(ev: ConflictEvent): boolean {
  const m = ev.modality ?? 'asserted';
  return m === 'asserted' || m === 'claimed';
}

/** A place one can hold: a named town, village, hill, base (geo_precision 1, or 2 for a named
 *  site placed by its parent) — not a region or an event only located near somewhere. */
function isPrecisePlace(ev: ConflictEvent, opts: ControlOptions): boolean {
  if (!ev.place_id) return false;
  if (ev.geo_precision === 1) return true;
  return ev.geo_precision === 2 && !!opts.isSitePlacedByParent?.(ev.place_id);
}

/** ACLED's generic name for the unnamed other side of a withdrawal. */
function genericName(side: Side, country: string | null): string {
  const c = country ?? 'Syria';
  return side === 'government' ? `Military Forces of ${c}` : `Opposition Rebels (${c})`;
}

function other(side: Side): Side {
  return side === 'government' ? 'opposition' : 'government';
}

function observe(ev: ConflictEvent, interval: DayInterval, sideOf: (a: string) => Side): Observation | null {
  const sub = ev.sub_event_type;
  let kind: Kind;
  let controller: string | null;
  let loser: string | null;
  let factor = 1;
  if (sub === 'Non-state actor overtakes territory' || sub === 'Government regains territory') {
    kind = 'capture';
    controller = ev.actor1;
    loser = ev.actor2;
    if (!controller) {
      // The sub-type itself says which side took the place.
      controller = genericName(sub === 'Government regains territory' ? 'government' : 'opposition', ev.country);
      factor = 0.7;
    }
  } else if (sub === 'Non-violent transfer of territory') {
    if (!ev.actor1) return null;
    kind = 'transfer';
    controller = ev.actor1;
    loser = ev.actor2;
  } else if (sub === 'Change to group/activity' && hasRule(ev, WITHDRAWAL_RULE) && ev.actor1) {
    kind = 'withdrawal';
    loser = ev.actor1;
    controller = ev.actor2 ?? genericName(other(sideOf(ev.actor1)), ev.country);
    factor = ev.actor2 ? 0.8 : 0.6;
  } else {
    return null;
  }
  if (ev.modality === 'claimed') factor *= 0.8;
  // ACLED's sub-type already says a government side regained the place (a safety net when the
  // side lookup does not know the name).
  const side: Side = sub === 'Government regains territory' ? 'government' : sideOf(controller);
  return {
    ev,
    interval,
    kind,
    controller,
    side,
    loser,
    confidence: Math.round((ev.confidence ?? 0) * factor * 1000) / 1000,
    selfContested: hasRule(ev, CHANGED_HANDS_RULE) || (kind === 'capture' && (hasRule(ev, REPELLED_RULE) || hasRule(ev, FAILED_CAPTURE_RULE))),
  };
}

/** Reports at a place that contradict a change there: a denied/negated capture, a repelled
 *  attack, a report that the place changed hands several times. */
function signalOf(ev: ConflictEvent, interval: DayInterval, sideOf: (a: string) => Side): Signal | null {
  const sub = ev.sub_event_type;
  const territory = sub === 'Non-state actor overtakes territory' || sub === 'Government regains territory'
    || sub === 'Non-violent transfer of territory';
  if (territory && !happened(ev)) {
    const side: Side = sub === 'Government regains territory' ? 'government' : ev.actor1 ? sideOf(ev.actor1) : 'opposition';
    return { interval, side, denial: true };
  }
  if (!happened(ev)) return null;
  if (hasRule(ev, CHANGED_HANDS_RULE)) return { interval, side: null, denial: false };
  if (sub === 'Armed clash' && hasRule(ev, FAILED_CAPTURE_RULE)) return { interval, side: ev.actor1 ? sideOf(ev.actor1) : null, denial: false };
  if (sub === 'Armed clash' && hasRule(ev, REPELLED_RULE)) return { interval, side: null, denial: false };
  return null;
}

function evidenceOf(ev: ConflictEvent): ControlChange['evidence'] {
  const s = ev.sources?.[0];
  if (!s) return { text: '', start: 0, end: 0, doc_id: '' };
  return { text: s.evidence.text, start: s.evidence.start, end: s.evidence.end, doc_id: s.doc_id };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function historyOfPlace(observations: Observation[], signals: Signal[]): ControlChange[] {
  observations.sort((a, b) => a.interval.start - b.interval.start || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]
    || a.interval.end - b.interval.end || b.confidence - a.confidence || cmp(a.ev.event_id, b.ev.event_id));
  // Two changes to opposite sides contradict each other when both are dated to the day or a
  // few days and those overlap. A month-level report ("the army took it in May") next to a
  // precise one (rebels retook it on 22 May) is a sequence, not a contradiction.
  const narrow = (o: Observation) => o.interval.end - o.interval.start <= NARROW_DAYS;
  // A denial ("no truth to reports the city fell") is answered when the losing side itself
  // announces its withdrawal over the same days: the concession outranks the denial.
  const conceded = (o: Observation) => observations.some((w) => w.kind === 'withdrawal' && w.side === o.side
    && intervalsOverlap(w.interval, o.interval));
  const contested = observations.map((o, i) =>
    o.selfContested
    || (narrow(o) && observations.some((p, j) => j !== i && p.side !== o.side && narrow(p) && intervalsOverlap(p.interval, o.interval)))
    || signals.some((s) => (s.side === null || s.side === o.side) && intervalsOverlap(s.interval, o.interval)
      && !(s.denial && conceded(o))));
  const out: ControlChange[] = [];
  let current: { name: string; side: Side } | null = null;
  observations.forEach((o, i) => {
    const last = out[out.length - 1];
    if (current && current.side === o.side && !(last?.contested && !contested[i])) {
      // Same side again: corroboration, not a change; a conflicting report still taints it.
      // (After a contested change, a clean report of the same side does settle it: recorded.)
      if (contested[i] && last) last.contested = true;
      return;
    }
    const ev = o.ev;
    out.push({
      place_id: ev.place_id!,
      location: ev.location,
      location_ar: ev.location_ar,
      date: ev.event_date!,
      controller: o.controller,
      previous_controller: current?.name ?? o.loser ?? null,
      contested: contested[i]!,
      event_id: ev.event_id,
      confidence: o.confidence,
      evidence: evidenceOf(ev),
    });
    current = { name: o.controller, side: o.side };
  });
  return out;
}

/** For every precisely located place (see isPrecisePlace), the ordered history of
 *  control changes its events imply: oldest first, grouped by place (places in id order).
 *  Controllers are compared by side (government vs opposition) and reported by name. */
export function deriveControlHistory(events: ConflictEvent[], opts: ControlOptions): ControlChange[] {
  const sideOf = (actor: string): Side => (opts.isGovernmentSide(actor) ? 'government' : 'opposition');
  const perPlace = new Map<string, { obs: Observation[]; signals: Signal[] }>();
  for (const ev of events) {
    if (!isPrecisePlace(ev, opts)) continue;
    const interval = eventInterval(ev);
    if (!interval) continue;
    let slot = perPlace.get(ev.place_id!);
    const o = happened(ev) ? observe(ev, interval, sideOf) : null;
    const s = signalOf(ev, interval, sideOf);
    if (!o && !s) continue;
    if (!slot) perPlace.set(ev.place_id!, (slot = { obs: [], signals: [] }));
    if (o) slot.obs.push(o);
    if (s) slot.signals.push(s);
  }
  const out: ControlChange[] = [];
  for (const placeId of [...perPlace.keys()].sort(cmp)) {
    const { obs, signals } = perPlace.get(placeId)!;
    out.push(...historyOfPlace(obs, signals));
  }
  return out;
}

/** Who held `placeId` on `date` according to `history`: the latest change on or before that
 *  day (and whether it is contested). Before the first known change, the side it was taken
 *  from (its previous controller), with `change: null`. */
export function controllerAt(
  history: ControlChange[], placeId: string, date: string,
): { controller: string | null; contested: boolean; change: ControlChange | null } {
  const changes = history.filter((c) => c.place_id === placeId)
    .sort((a, b) => cmp(a.date, b.date));
  let found: ControlChange | null = null;
  for (const c of changes) {
    if (c.date <= date) found = c;
    else break;
  }
  if (!found) return { controller: changes[0]?.previous_controller ?? null, contested: false, change: null };
  return { controller: found.controller, contested: found.contested, change: found };
}
