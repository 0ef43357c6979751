import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { ConflictEvent, ControlChange, EventFilter, Place } from '../../src/core/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { makeDoc, makeEvent, splitSentences, tempDir } from './helpers.js';

const AR_TEXT = 'سيطرت قوات النظام على قرية أبو دالي في ريف حماة الشمالي الشرقي. وقتل خمسة عناصر في الاشتباكات.';
const EN_TEXT = 'Government forces recaptured the village of Abu Dali in northern Hama. Five civilians were killed by shelling on Hama city.';
const ar = splitSentences(AR_TEXT);
const en = splitSentences(EN_TEXT);
const SAA = 'Military Forces of Syria (2000-)';
const HTS = 'Hayat Tahrir al-Sham';
const RUS = 'Military Forces of Russia (2000-)';

function src(doc_id: string, text: string, s: { start: number; end: number; text: string }) {
  return { doc_id, title: `Report ${doc_id}`, lang: /[\u0600-\u06FF]/.test(text) ? 'ar' : 'en', published: '2017-10-02', evidence: { text: s.text, start: s.start, end: s.end } };
}

const EVENTS: ConflictEvent[] = [
  makeEvent({ event_id: 'e1', event_date: '2017-10-01', actor1: SAA, actor2: HTS, assoc_actor_2: ['Turkistan Islamic Party'], fatalities: 5, sources: [src('ar1.txt', AR_TEXT, ar[0]!)] }),
  makeEvent({ event_id: 'e2', event_date: '2017-10-03', event_date_end: '2017-10-07', time_precision: 2, event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike', actor1: RUS, inter1: 8, actor2: 'Civilians (Syria)', inter2: 7, admin1: 'Idlib', location: 'Khan Shaykhun', place_id: 'test:khan-shaykhun', latitude: 35.44, longitude: 36.65, fatalities: 12, sources: [src('en1.txt', EN_TEXT, en[1]!)] }),
  makeEvent({ event_id: 'e3', event_date: '2017-09-20', sub_event_type: 'Government regains territory', actor1: SAA, assoc_actor_1: ['Hezbollah'], actor2: HTS, fatalities: 0, sources: [src('en1.txt', EN_TEXT, en[0]!)] }),
  makeEvent({ event_id: 'e4', event_date: '2018-01-11', sub_event_type: 'Non-state actor overtakes territory', actor1: HTS, inter1: 2, actor2: SAA, inter2: 1, admin1: 'Idlib', location: 'Abu al-Duhur', place_id: 'test:abu-al-duhur', latitude: 35.74, longitude: 37.05, fatalities: 30 }),
  makeEvent({ event_id: 'e5', event_date: '2019-08-04', event_type: 'Strategic developments', sub_event_type: 'Agreement', actor1: RUS, inter1: 8, actor2: 'Military Forces of Turkey (2016-)', inter2: 8, admin1: 'Idlib', location: 'Idlib', place_id: null, latitude: null, longitude: null, geo_precision: 3 }),
  makeEvent({ event_id: 'e6', event_date: null, event_type: 'Violence against civilians', sub_event_type: 'Attack', actor1: null, actor2: 'Civilians (Syria)', inter1: 0, inter2: 7, admin1: null, location: 'Unknown', place_id: null, latitude: null, longitude: null }),
  makeEvent({ event_id: 'e7', event_date: '2017-09-01', event_date_end: '2017-09-30', time_precision: 3, event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack', actor1: SAA, actor2: 'Civilians (Syria)', inter2: 7, civilian_targeting: true, location: 'Kafr Nabudah', place_id: 'test:kafr-nabudah', latitude: 35.44, longitude: 36.5, fatalities: 3 }),
];

function fixture(t: { after(fn: () => void): void }): Store {
  const store = openStore(join(tempDir(t), 'events.db'));
  t.after(() => store.close());
  store.saveDocument(makeDoc('ar1.txt', AR_TEXT), { sentences: ar, mentions: [], events: [] });
  store.saveDocument(makeDoc('en1.txt', EN_TEXT), { sentences: en, mentions: [], events: [] });
  store.replaceEvents(EVENTS);
  return store;
}

const ids = (store: Store, f: EventFilter) => store.queryEvents(f).events.map((e) => e.event_id);
const idSet = (store: Store, f: EventFilter) => ids(store, f).sort();

test('events round-trip and the default order is newest first, undated last', (t) => {
  const store = fixture(t);
  assert.equal(store.eventCount(), 7);
  assert.deepEqual(store.getEvent('e2'), EVENTS[1]);
  assert.equal(store.getEvent('nope'), null);
  const r = store.queryEvents({});
  assert.equal(r.total, 7);
  assert.deepEqual(r.events.map((e) => e.event_id), ['e5', 'e4', 'e2', 'e1', 'e3', 'e7', 'e6']);
});

test('date range: an event matches when its span overlaps [from, to]', (t) => {
  const store = fixture(t);
  assert.deepEqual(idSet(store, { from: '2017-09-25', to: '2017-10-02' }), ['e1', 'e7']);
  assert.deepEqual(idSet(store, { from: '2017-10-05', to: '2017-10-05' }), ['e2']);
  assert.deepEqual(idSet(store, { from: '2017-10-08', to: '2017-12-31' }), []);
  assert.deepEqual(idSet(store, { from: '2018' }), ['e4', 'e5']);
  assert.deepEqual(idSet(store, { to: '2017-09' }), ['e3', 'e7']);
  assert.deepEqual(idSet(store, { from: '2017-09-30', to: '2017-09-30' }), ['e7']);
});

test('type, sub-type, actor (incl. associated, any case), place, admin1, bbox, fatalities, doc', (t) => {
  const store = fixture(t);
  assert.deepEqual(idSet(store, { event_type: ['Battles'] }), ['e1', 'e3', 'e4']);
  assert.deepEqual(idSet(store, { event_type: ['Battles', 'Strategic developments'] }), ['e1', 'e3', 'e4', 'e5']);
  assert.deepEqual(idSet(store, { sub_event_type: ['Air/drone strike', 'Shelling/artillery/missile attack'] }), ['e2', 'e7']);
  assert.deepEqual(idSet(store, { event_type: [] }), ['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7']);
  assert.deepEqual(idSet(store, { actor: 'hayat tahrir al-sham' }), ['e1', 'e3', 'e4']);
  assert.deepEqual(idSet(store, { actor: 'Hezbollah' }), ['e3']);
  assert.deepEqual(idSet(store, { actor: 'TURKISTAN ISLAMIC PARTY' }), ['e1']);
  assert.deepEqual(idSet(store, { actor: 'Civilians (Syria)' }), ['e2', 'e6', 'e7']);
  assert.deepEqual(idSet(store, { place_id: 'test:abu-dali' }), ['e1', 'e3']);
  assert.deepEqual(idSet(store, { admin1: 'idlib' }), ['e2', 'e4', 'e5']);
  assert.deepEqual(idSet(store, { bbox: [36.9, 35.3, 37.1, 35.8] }), ['e1', 'e3', 'e4']);
  assert.deepEqual(idSet(store, { bbox: [36.0, 35.0, 36.6, 36.0] }), ['e7']);
  assert.deepEqual(idSet(store, { min_fatalities: 10 }), ['e2', 'e4']);
  assert.deepEqual(idSet(store, { min_fatalities: 0 }).length, 7);
  assert.deepEqual(idSet(store, { doc_id: 'en1.txt' }), ['e2', 'e3']);
  assert.deepEqual(idSet(store, { doc_id: 'ar1.txt' }), ['e1']);
  assert.deepEqual(idSet(store, { admin1: 'Hama', event_type: ['Battles'], from: '2017-10-01' }), ['e1']);
  assert.deepEqual(idSet(store, { actor: SAA, sub_event_type: ['Shelling/artillery/missile attack'], to: '2017-09-15' }), ['e7']);
});

test('q searches the evidence sentences of the events, in both languages', (t) => {
  const store = fixture(t);
  assert.deepEqual(idSet(store, { q: 'أبو دالي' }), ['e1']);
  assert.deepEqual(idSet(store, { q: 'حماه' }), ['e1']); // حماة in the Arabic evidence
  assert.deepEqual(idSet(store, { q: 'shelling' }), ['e2']);
  assert.deepEqual(idSet(store, { q: 'Hama' }), ['e2', 'e3']);
  assert.deepEqual(idSet(store, { q: 'recaptured OR قوات' }), ['e1', 'e3']);
  assert.deepEqual(idSet(store, { q: 'Hama', min_fatalities: 1 }), ['e2']);
  assert.deepEqual(idSet(store, { q: 'Idlib' }), []);
  assert.throws(() => store.queryEvents({ q: '((' }), (e: { code?: string }) => e.code === 'MARSAD_ERR_API_VALIDATION');
  assert.deepEqual(idSet(store, { q: 'hama" OR (shelling' }), ['e2', 'e3']);
});

test('sorting and paging', (t) => {
  const store = fixture(t);
  assert.deepEqual(ids(store, { sort: 'event_date' }), ['e7', 'e3', 'e1', 'e2', 'e4', 'e5', 'e6']);
  assert.deepEqual(ids(store, { sort: '-fatalities' }), ['e4', 'e2', 'e1', 'e7', 'e5', 'e3', 'e6']);
  assert.deepEqual(ids(store, { sort: 'fatalities' }), ['e5', 'e3', 'e6', 'e7', 'e1', 'e2', 'e4']);
  assert.deepEqual(ids(store, { sort: 'location' }), ['e4', 'e1', 'e3', 'e5', 'e7', 'e2', 'e6']);
  assert.deepEqual(ids(store, { sort: '-location' }), ['e6', 'e2', 'e7', 'e5', 'e1', 'e3', 'e4']);
  const page = store.queryEvents({ limit: 2, offset: 1 });
  assert.equal(page.total, 7);
  assert.deepEqual(page.events.map((e) => e.event_id), ['e4', 'e2']);
  assert.deepEqual(store.queryEvents({ limit: 0 }), { total: 7, events: [] });
  assert.deepEqual(store.queryEvents({ offset: 50 }), { total: 7, events: [] });
  assert.equal(store.queryEvents({ limit: 1_000_000 }).events.length, 7);
  const filtered = store.queryEvents({ event_type: ['Battles'], limit: 1, sort: 'event_date' });
  assert.equal(filtered.total, 3);
  assert.deepEqual(filtered.events.map((e) => e.event_id), ['e3']);
});

test('invalid filters are MARSAD_ERR_API_VALIDATION', (t) => {
  const store = fixture(t);
  const bad: EventFilter[] = [
    { sort: 'date' as EventFilter['sort'] }, { from: 'yesterday' }, { to: '17-10-2017' },
    { bbox: [1, 2, 3] as unknown as EventFilter['bbox'] }, { bbox: [36, 36, 37, 35] }, { limit: -1 }, { offset: Number.NaN },
    { min_fatalities: 'many' as unknown as number },
  ];
  for (const f of bad) {
    assert.throws(() => store.queryEvents(f), (e: { code?: string }) => e.code === 'MARSAD_ERR_API_VALIDATION', JSON.stringify(f));
  }
  assert.throws(() => store.iterateEvents({ sort: 'x' as EventFilter['sort'] }), (e: { code?: string }) => e.code === 'MARSAD_ERR_API_VALIDATION');
});

test('iterateEvents streams every match (oldest first) and leaves the connection free', (t) => {
  const store = fixture(t);
  assert.deepEqual([...store.iterateEvents()].map((e) => e.event_id), ['e7', 'e3', 'e1', 'e2', 'e4', 'e5', 'e6']);
  assert.deepEqual([...store.iterateEvents({ admin1: 'Idlib', sort: '-event_date' })].map((e) => e.event_id), ['e5', 'e4', 'e2']);
  assert.deepEqual([...store.iterateEvents({ limit: 2, offset: 1 })].map((e) => e.event_id), ['e3', 'e1']);
  // Other queries (and even writes) between two steps of an iteration work.
  const it = store.iterateEvents();
  assert.equal(it.next().value?.event_id, 'e7');
  assert.equal(store.queryEvents({ actor: HTS }).total, 3);
  store.replaceControl([]);
  assert.equal(it.next().value?.event_id, 'e3');
});

test('stats count by type, by day (with fatalities) and by governorate, under a filter', (t) => {
  const store = fixture(t);
  const all = store.stats();
  assert.equal(all.total, 7);
  // Every sub-type occurs once: ties are ordered by type, then sub-type.
  assert.deepEqual(all.by_type[0], { event_type: 'Battles', sub_event_type: 'Armed clash', n: 1 });
  assert.equal(all.by_type.reduce((a, b) => a + b.n, 0), 7);
  assert.deepEqual(all.by_admin1, [{ admin1: 'Hama', n: 3 }, { admin1: 'Idlib', n: 3 }, { admin1: null, n: 1 }]);
  assert.equal(all.by_day.length, 6); // e6 has no date
  const hama = store.stats({ admin1: 'Hama' });
  assert.equal(hama.total, 3);
  assert.deepEqual(hama.by_day, [
    { date: '2017-09-01', event_type: 'Explosions/Remote violence', n: 1, fatalities: 3 },
    { date: '2017-09-20', event_type: 'Battles', n: 1, fatalities: 0 },
    { date: '2017-10-01', event_type: 'Battles', n: 1, fatalities: 5 },
  ]);
  assert.deepEqual(store.stats({ from: '2030-01-01' }), { total: 0, by_type: [], by_day: [], by_admin1: [] });
});

test('replaceEvents replaces everything; a repeated event_id keeps the last one', (t) => {
  const store = fixture(t);
  const v2 = makeEvent({ event_id: 'e1', location: 'Abu Dali', actor2: 'Jaysh al-Izza', fatalities: 7 });
  store.replaceEvents([makeEvent({ event_id: 'e1', fatalities: 1 }), v2]);
  assert.equal(store.eventCount(), 1);
  assert.equal(store.getEvent('e1')!.fatalities, 7);
  assert.equal(store.queryEvents({ actor: HTS }).total, 0);
  assert.equal(store.queryEvents({ actor: 'jaysh al-izza' }).total, 1);
  assert.equal(store.queryEvents({ doc_id: 'en1.txt' }).total, 0);
  store.replaceEvents([]);
  assert.equal(store.eventCount(), 0);
  assert.deepEqual(store.queryEvents({ q: 'hama' }), { total: 0, events: [] });
});

test('odd event content is stored, not thrown on', (t) => {
  const store = fixture(t);
  const odd = { ...makeEvent({ event_id: 'odd' }), latitude: Number.NaN, fatalities: 2.7, assoc_actor_1: undefined, sources: [null, { doc_id: 'x' }] } as unknown as ConflictEvent;
  store.replaceEvents([odd]);
  assert.equal(store.eventCount(), 1);
  assert.equal(store.queryEvents({ min_fatalities: 2 }).total, 1);
  assert.equal(store.queryEvents({ doc_id: 'x' }).total, 1);
  assert.equal(store.queryEvents({ bbox: [-180, -90, 180, 90] }).total, 0);
});

test('control changes: replaced as a whole, read per place oldest first', (t) => {
  const store = fixture(t);
  const change = (date: string, controller: string, previous: string | null, place = 'test:abu-dali'): ControlChange => ({
    place_id: place, location: 'Abu Dali', location_ar: 'أبو دالي', date, controller, previous_controller: previous,
    contested: false, event_id: `c-${date}`, confidence: 0.7,
    evidence: { doc_id: 'en1.txt', text: en[0]!.text, start: en[0]!.start, end: en[0]!.end },
  });
  store.replaceControl([change('2017-10-09', SAA, HTS), change('2017-10-01', HTS, SAA), change('2017-09-01', SAA, null, 'test:other')]);
  assert.deepEqual(store.getControl('test:abu-dali').map((c) => c.date), ['2017-10-01', '2017-10-09']);
  assert.deepEqual(store.getControl('test:abu-dali')[1], change('2017-10-09', SAA, HTS));
  assert.deepEqual(store.allControl().map((c) => c.date), ['2017-09-01', '2017-10-01', '2017-10-09']);
  store.replaceControl([{ ...change('2018-01-01', HTS, SAA), contested: true }]);
  assert.equal(store.allControl().length, 1);
  assert.equal(store.allControl()[0]!.contested, true);
});

test('imported places: insert, idempotent re-import, update, invalid entry named', (t) => {
  const store = fixture(t);
  const place = (id: string, name: string, over: Partial<Place> = {}): Place => ({
    id, name, name_ar: null, aliases: [], kind: 'village', lat: 35.3, lon: 36.9, country: 'Syria', country_code: 'SY',
    admin1: 'Hama', admin2: null, source: '', ...over,
  });
  const batch = [place('geonames:1', 'Abu Dali', { name_ar: 'أبو دالي' }), place('geonames:2', 'Kafr Nabudah')];
  assert.deepEqual(store.upsertPlaces(batch, 'SY.txt'), { inserted: 2, updated: 0 });
  assert.deepEqual(store.upsertPlaces(batch, 'SY.txt'), { inserted: 0, updated: 0 });
  assert.deepEqual(store.upsertPlaces([place('geonames:2', 'Kafr Nbudah'), place('geonames:3', 'Tall Tuqan')], 'SY.txt'), { inserted: 1, updated: 1 });
  const stored = store.importedPlaces();
  assert.deepEqual(stored.map((p) => [p.id, p.name]), [['geonames:1', 'Abu Dali'], ['geonames:2', 'Kafr Nbudah'], ['geonames:3', 'Tall Tuqan']]);
  assert.equal(stored[0]!.name_ar, 'أبو دالي');
  assert.equal(stored[0]!.source, 'SY.txt');
  assert.throws(() => store.upsertPlaces([place('geonames:4', 'Ok'), place('geonames:5', 'Bad', { lat: 123 })], 'SY.txt'),
    (e: { code?: string; message: string }) => e.code === 'MARSAD_ERR_GAZETTEER_IMPORT' && /entry 1 \(geonames:5\)/.test(e.message) && /lat/.test(e.message));
  assert.equal(store.importedPlaces().length, 3);
});

test('100,000 events are stored and filtered correctly', (t) => {
  const store = openStore(join(tempDir(t), 'big.db'));
  t.after(() => store.close());
  const subs = ['Armed clash', 'Air/drone strike', 'Shelling/artillery/missile attack', 'Government regains territory'] as const;
  const types = ['Battles', 'Explosions/Remote violence', 'Explosions/Remote violence', 'Battles'] as const;
  const base = Date.parse('2017-01-01T00:00:00Z');
  const events: ConflictEvent[] = [];
  for (let i = 0; i < 100_000; i++) {
    const k = i % 4;
    const day = new Date(base + (i % 1500) * 86_400_000).toISOString().slice(0, 10);
    events.push(makeEvent({
      event_id: `big-${i}`, event_date: day, sub_event_type: subs[k], event_type: types[k],
      actor2: i % 3 === 0 ? HTS : 'Jaysh al-Izza', admin1: i % 2 ? 'Idlib' : 'Hama', fatalities: i % 50,
      place_id: `test:p${i % 700}`, latitude: 35 + (i % 100) / 100, longitude: 36 + (i % 70) / 100,
    }));
  }
  store.replaceEvents(events);
  assert.equal(store.eventCount(), 100_000);
  const f: EventFilter = { from: '2018-01-01', to: '2018-03-31', sub_event_type: ['Air/drone strike'] };
  const expected = events.filter((e) => e.event_date! >= '2018-01-01' && e.event_date! <= '2018-03-31' && e.sub_event_type === 'Air/drone strike');
  const r = store.queryEvents({ ...f, limit: 100 });
  assert.equal(r.total, expected.length);
  assert.equal(r.events.length, 100);
  assert.ok(r.events.every((e, i) => i === 0 || r.events[i - 1]!.event_date! >= e.event_date!));
  assert.equal(store.queryEvents({ actor: HTS, admin1: 'Hama', limit: 0 }).total, events.filter((e) => e.actor2 === HTS && e.admin1 === 'Hama').length);
  // A frequent actor (the EXISTS path) alone and with a date range.
  const hts = store.queryEvents({ actor: 'HAYAT TAHRIR AL-SHAM' });
  assert.equal(hts.total, events.filter((e) => e.actor2 === HTS).length);
  assert.ok(hts.events.length === 100 && hts.events.every((e) => e.actor2 === HTS));
  const htsIn2018 = store.queryEvents({ actor: HTS, from: '2018-01-01', to: '2018-12-31', limit: 10_000 });
  assert.equal(htsIn2018.total, events.filter((e) => e.actor2 === HTS && e.event_date!.startsWith('2018')).length);
  assert.equal(htsIn2018.events.length, htsIn2018.total);
  let n = 0;
  const seen = new Set<string>();
  for (const e of store.iterateEvents()) {
    n++;
    seen.add(e.event_id);
  }
  assert.equal(n, 100_000);
  assert.equal(seen.size, 100_000);
});

test('a second connection (read-only, e.g. the server) sees another process replace the events', (t) => {
  const path = join(tempDir(t), 'shared.db');
  const writer = openStore(path);
  t.after(() => writer.close());
  writer.replaceEvents([makeEvent({ event_id: 'short', event_date: '2017-10-01' })]);
  const reader = openStore(path, { readonly: true });
  t.after(() => reader.close());
  assert.equal(reader.readonly, true);
  assert.deepEqual(idSet(reader, { from: '2017-10-20', to: '2017-10-25' }), []);
  // A month-long span written after the reader opened must still match a late date range.
  writer.replaceEvents([makeEvent({ event_id: 'long', event_date: '2017-10-01', event_date_end: '2017-10-31', time_precision: 3 })]);
  assert.deepEqual(idSet(reader, { from: '2017-10-20', to: '2017-10-25' }), ['long']);
  assert.throws(() => reader.replaceEvents([]), /readonly/);
});
