// Small builders for store tests: documents and events written for these tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConflictEvent, RawDocument, Sentence } from '../../src/core/index.js';

export function tempDir(t: { after(fn: () => void): void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-store-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function makeDoc(doc_id: string, text: string, over: Partial<RawDocument> = {}): RawDocument {
  return {
    doc_id,
    text,
    title: null,
    url: null,
    outlet: null,
    published: null,
    published_basis: null,
    lang: /[\u0600-\u06FF]/.test(text) ? 'ar' : 'en',
    lang_supported: true,
    source_path: null,
    encoding: 'UTF-8',
    format: 'txt',
    hash: `h-${text.length}-${text.slice(0, 12)}`,
    ...over,
  };
}

/** Sentences split on . ؟ ! and the Arabic full stop, with exact offsets. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!؟?]+[.!؟?]?/g;
  for (const m of text.matchAll(re)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (!body) continue;
    const start = m.index! + lead;
    out.push({ index: out.length, start, end: start + body.length, text: body });
  }
  return out;
}

export function makeEvent(over: Partial<ConflictEvent> & { event_id: string }): ConflictEvent {
  return {
    event_date: '2017-10-01',
    event_date_end: null,
    time_precision: 1,
    event_type: 'Battles',
    sub_event_type: 'Armed clash',
    actor1: 'Military Forces of Syria (2000-)',
    assoc_actor_1: [],
    inter1: 1,
    actor2: 'Hayat Tahrir al-Sham',
    assoc_actor_2: [],
    inter2: 2,
    civilian_targeting: false,
    country: 'Syria',
    admin1: 'Hama',
    admin2: null,
    location: 'Abu Dali',
    location_ar: 'أبو دالي',
    place_id: 'test:abu-dali',
    latitude: 35.33,
    longitude: 36.95,
    geo_precision: 1,
    fatalities: 0,
    fatality_claims: [],
    sources: [],
    notes: '',
    confidence: 0.8,
    ...over,
  };
}
