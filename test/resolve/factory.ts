// Small builders for synthetic per-document events (test values of our own; evidence sentences
// written for these tests in both languages).
import type { DocEvent, FatalityClaim, SubEventType } from '../../src/core/index.js';
import { eventTypeOf } from '../../src/core/index.js';
import { conservativeFatalities } from '../../src/resolve/index.js';

export interface DocEventInput extends Partial<Omit<DocEvent, 'fatality_claims'>> {
  doc_event_id: string;
  doc_id: string;
  sub_event_type: SubEventType;
  evidence?: string;
  lang?: 'ar' | 'en';
  claims?: Omit<FatalityClaim, 'doc_id'>[];
}

const INTER: Record<string, 0 | 1 | 2 | 7 | 8> = {
  'Military Forces of Syria': 1,
  'Military Forces of Russia': 8,
  'Hayat Tahrir al-Sham': 2,
  'Opposition Rebels (Syria)': 2,
  'Ahrar al-Sham': 2,
  'Civilians (Syria)': 7,
};

export function docEvent(input: DocEventInput): DocEvent {
  const { evidence = 'Evidence sentence.', lang = 'en', claims = [], ...rest } = input;
  const actor1 = rest.actor1 ?? null;
  const actor2 = rest.actor2 ?? null;
  const fatality_claims = claims.map((c) => ({ ...c, doc_id: input.doc_id }));
  const ev: DocEvent = {
    event_id: input.doc_event_id,
    event_date: '2017-10-06',
    event_date_end: null,
    time_precision: 1,
    event_type: eventTypeOf(input.sub_event_type)!,
    actor1,
    assoc_actor_1: [],
    inter1: actor1 ? INTER[actor1] ?? 2 : 0,
    actor2,
    assoc_actor_2: [],
    inter2: actor2 ? INTER[actor2] ?? 2 : 0,
    civilian_targeting: false,
    country: 'Syria',
    admin1: 'Hama',
    admin2: null,
    location: 'Test Village',
    location_ar: 'قرية الاختبار',
    place_id: 'marsad:test-village',
    latitude: 35.3,
    longitude: 36.9,
    geo_precision: 1,
    fatalities: 0,
    fatality_claims,
    sources: [{
      doc_id: input.doc_id,
      title: null,
      lang,
      published: null,
      evidence: { text: evidence, start: (rest.sentence_index ?? 0) * 100, end: (rest.sentence_index ?? 0) * 100 + evidence.length },
    }],
    notes: '',
    confidence: 0.8,
    modality: 'asserted',
    claimant: null,
    rule_ids: [],
    review_flags: [],
    sentence_index: 0,
    ...rest,
  };
  // Derived fields follow the overrides.
  ev.inter1 = rest.inter1 ?? (ev.actor1 ? INTER[ev.actor1] ?? 2 : 0);
  ev.inter2 = rest.inter2 ?? (ev.actor2 ? INTER[ev.actor2] ?? 2 : 0);
  if (rest.fatalities === undefined && fatality_claims.length) {
    ev.fatalities = conservativeFatalities(fatality_claims);
  }
  return ev;
}

/** Deterministic shuffle (mulberry32) so a failing order can be reproduced. */
export function shuffled<T>(items: T[], seed: number): T[] {
  let a = seed >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The same event as reported by another document (sources and claims re-pointed). */
export function reportedBy(ev: DocEvent, doc_event_id: string, doc_id: string, sentence_index = ev.sentence_index): DocEvent {
  const start = sentence_index * 100;
  return {
    ...ev,
    doc_event_id,
    event_id: doc_event_id,
    doc_id,
    sentence_index,
    sources: ev.sources.map((s) => ({ ...s, doc_id, evidence: { ...s.evidence, start, end: start + s.evidence.text.length } })),
    fatality_claims: ev.fatality_claims.map((c) => ({ ...c, doc_id })),
  };
}
