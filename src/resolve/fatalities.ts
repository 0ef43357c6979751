// Fatality claims: the ACLED headline figure (most conservative) and the claims that
// contradict each other. Claims are never averaged or dropped; these only read them.
import type { ConflictEvent, FatalityClaim, Victims } from '../core/index.js';
import { claimFigure, conservativeFatalities } from '../extract/index.js';

/** Who a claim speaks for: the named claimant, or (unattributed) the document that printed it. */
function claimantKey(c: FatalityClaim): string {
  return c.claimant ?? `\u0000doc:${c.doc_id}`;
}

/** ACLED's headline figure — one rule for the whole pipeline: extraction applies it to each
 *  document's event, merging to the claims of all the reports of one event. */
export { conservativeFatalities };

export interface Contradiction {
  event_id: string;
  location: string;
  event_date: string | null;
  sub_event_type: string;
  min: number;
  max: number;
  ratio: number;
  claims: FatalityClaim[];
}

interface Comparison {
  min: number;
  max: number;
}

/** The widest disagreement among comparable figures of DIFFERENT claimants (a claimant
 *  revising its own toll is an update, not a contradiction): same victims group, or a bare
 *  total ("40 killed") against another claimant's total. Zero figures are not compared. */
function widestDisagreement(claims: FatalityClaim[]): Comparison | null {
  const byGroup = new Map<Victims, Map<string, number>>(); // group → claimant → lowest
  for (const c of claims) {
    // (a toll reported for several events is compared by this event's share of it)
    const n = claimFigure(c);
    if (n === null || !Number.isFinite(n) || n <= 0) continue;
    let m = byGroup.get(c.victims);
    if (!m) byGroup.set(c.victims, (m = new Map()));
    const k = claimantKey(c);
    const prev = m.get(k);
    if (prev === undefined || n < prev) m.set(k, n);
  }
  let best: Comparison | null = null;
  const consider = (a: number, b: number) => {
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    if (!best || hi / lo > best.max / best.min) best = { min: lo, max: hi };
  };
  for (const perClaimant of byGroup.values()) {
    const values = [...perClaimant.values()];
    if (values.length < 2) continue;
    consider(Math.min(...values), Math.max(...values));
  }
  // Totals: a claimant that only gives an unspecified figure against each other claimant's sum.
  const totals = new Map<string, { total: number; onlyUnspecified: boolean }>();
  for (const [group, perClaimant] of byGroup) {
    for (const [k, v] of perClaimant) {
      const t = totals.get(k) ?? { total: 0, onlyUnspecified: true };
      t.total += v;
      if (group !== 'unspecified') t.onlyUnspecified = false;
      totals.set(k, t);
    }
  }
  const entries = [...totals.entries()];
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const [, a] = entries[i]!;
      const [, b] = entries[j]!;
      if (a.onlyUnspecified !== b.onlyUnspecified) consider(a.total, b.total);
    }
  }
  return best;
}

/** Events whose comparable claims disagree by more than `factor` (default 2), with every
 *  claim of the event so the reader sees who said what. Widest disagreement first. */
export function findContradictions(events: ConflictEvent[], factor = 2): Contradiction[] {
  const out: Contradiction[] = [];
  for (const ev of events) {
    if (!ev.fatality_claims || ev.fatality_claims.length < 2) continue;
    const d = widestDisagreement(ev.fatality_claims);
    if (!d) continue;
    const ratio = d.max / d.min;
    if (ratio <= factor) continue;
    out.push({
      event_id: ev.event_id,
      location: ev.location,
      event_date: ev.event_date,
      sub_event_type: ev.sub_event_type,
      min: d.min,
      max: d.max,
      ratio,
      claims: ev.fatality_claims,
    });
  }
  return out.sort((a, b) => b.ratio - a.ratio || (a.event_id < b.event_id ? -1 : a.event_id > b.event_id ? 1 : 0));
}
