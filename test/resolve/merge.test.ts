import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashPart, mergeCompatibility, mergeEvents } from '../../src/resolve/index.js';
import type { DocEvent } from '../../src/core/index.js';
import { docEvent, reportedBy, shuffled } from './factory.js';

const HTS = 'Hayat Tahrir al-Sham';
const SAA = 'Military Forces of Syria';

/** The capture of one village reported by an Arabic and an English outlet. */
function captureInTwoLanguages(): DocEvent[] {
  return [
    docEvent({
      doc_event_id: 'de_a1b2c3d4e5f60001', doc_id: 'ar-report.txt', lang: 'ar',
      sub_event_type: 'Non-state actor overtakes territory', actor1: HTS, actor2: SAA,
      evidence: 'وسيطرت هيئة تحرير الشام يوم الجمعة على قرية الاختبار بعد معارك مع قوات النظام قتل فيها 12 عنصراً من الهيئة.',
      claims: [{ count: 12, qualifier: 'exact', victims: 'rebels', claimant: 'SOHR' }],
    }),
    docEvent({
      doc_event_id: 'de_f0e1d2c3b4a50002', doc_id: 'en-report.txt', lang: 'en',
      sub_event_type: 'Non-state actor overtakes territory', actor1: HTS, actor2: SAA,
      evidence: 'HTS fighters seized Test Village on Friday; eight soldiers were killed, according to the monitor.',
      claims: [{ count: 8, qualifier: 'exact', victims: 'government', claimant: 'SOHR' }],
    }),
  ];
}

test('the same capture reported in Arabic and English becomes one event citing both, all claims kept', () => {
  const merged = mergeEvents(captureInTwoLanguages());
  assert.equal(merged.length, 1);
  const ev = merged[0]!;
  assert.deepEqual(ev.sources.map((s) => s.lang).sort(), ['ar', 'en']);
  assert.deepEqual(ev.sources.map((s) => s.doc_id), ['ar-report.txt', 'en-report.txt']);
  assert.equal(ev.fatality_claims.length, 2);
  // One claimant (SOHR) spoke about two victim groups: 12 rebels + 8 soldiers.
  assert.equal(ev.fatalities, 20);
  assert.deepEqual(ev.members, ['de_a1b2c3d4e5f60001', 'de_f0e1d2c3b4a50002']);
  assert.equal(ev.event_id, 'ev_a1b2c3d4e5f60001');
  assert.equal(ev.sub_event_type, 'Non-state actor overtakes territory');
  assert.equal('doc_event_id' in ev, false, 'merged events are not per-document events');
});

test('two different villages on the same day stay two events', () => {
  const [a, b] = captureInTwoLanguages();
  const other = { ...b!, place_id: 'marsad:other-village', location: 'Other Village', location_ar: 'قرية أخرى', latitude: 35.31, longitude: 36.91 };
  assert.equal(mergeEvents([a!, other]).length, 2);
  const why = mergeCompatibility(a!, other);
  assert.equal(why.ok, false);
  assert.match(why.reason, /different places/);
});

test('the same village a week apart stays two events; two day events must be the same day', () => {
  const [a, b] = captureInTwoLanguages();
  assert.equal(mergeEvents([a!, { ...b!, event_date: '2017-10-13' }]).length, 2);
  assert.equal(mergeEvents([a!, { ...b!, event_date: '2017-10-07' }]).length, 2);
  assert.match(mergeCompatibility(a!, { ...b!, event_date: '2017-10-07' }).reason, /dates do not overlap/);
});

test('a day inside a span, or inside a week-precision event, overlaps it', () => {
  const [a, b] = captureInTwoLanguages();
  const span = { ...b!, event_date: '2017-10-05', event_date_end: '2017-10-07', time_precision: 2 as const };
  const merged = mergeEvents([a!, span]);
  assert.equal(merged.length, 1);
  // Day precision beats a span.
  assert.equal(merged[0]!.event_date, '2017-10-06');
  assert.equal(merged[0]!.time_precision, 1);
  const week = { ...b!, event_date: '2017-10-02', event_date_end: null, time_precision: 2 as const };
  assert.equal(mergeEvents([a!, week]).length, 1);
  const weekBefore = { ...week, event_date: '2017-09-25' };
  assert.equal(mergeEvents([a!, weekBefore]).length, 2);
});

test('a clash and the recapture of the same village on the same day are one event', () => {
  const clash = docEvent({
    doc_event_id: 'de_1111111111111111', doc_id: 'ar-clash.txt', lang: 'ar', event_date: '2019-05-26',
    sub_event_type: 'Armed clash', actor1: 'Opposition Rebels (Syria)', actor2: SAA,
    evidence: 'ودارت اشتباكات عنيفة بين الفصائل وقوات النظام في البلدة صباح الأحد.',
  });
  const regain = docEvent({
    doc_event_id: 'de_2222222222222222', doc_id: 'en-regain.txt', event_date: '2019-05-26',
    sub_event_type: 'Government regains territory', actor1: SAA, actor2: 'Opposition Rebels (Syria)',
    evidence: 'Government troops retook the town on Sunday after heavy fighting.',
  });
  const merged = mergeEvents([clash, regain]);
  assert.equal(merged.length, 1);
  const ev = merged[0]!;
  assert.equal(ev.sub_event_type, 'Government regains territory', 'a territory change beats a clash');
  assert.equal(ev.event_type, 'Battles');
  assert.equal(ev.actor1, SAA);
  assert.equal(ev.actor2, 'Opposition Rebels (Syria)');
  assert.equal(ev.sources.length, 2);
  // Not a clash whose report says the capture failed: that contradicts the capture.
  const failed = { ...clash, rule_ids: ['ar-hujum', 'failed-capture'] };
  assert.equal(mergeEvents([failed, regain]).length, 2);
  assert.match(mergeCompatibility(failed, regain).reason, /failed or repelled/);
  // Not when the clash is only known as a span of days.
  const spanClash = { ...clash, event_date: '2019-05-25', event_date_end: '2019-05-27', time_precision: 2 as const };
  assert.equal(mergeEvents([spanClash, regain]).length, 2);
});

test('an air strike and shelling of the same place the same day are two events; an Agreement merges only with an Agreement', () => {
  const strike = docEvent({
    doc_event_id: 'de_3333333333333333', doc_id: 'a.txt', sub_event_type: 'Air/drone strike', actor1: SAA,
    evidence: 'Warplanes struck the village at dawn.',
  });
  const shelling = docEvent({
    doc_event_id: 'de_4444444444444444', doc_id: 'b.txt', lang: 'ar', sub_event_type: 'Shelling/artillery/missile attack', actor1: SAA,
    evidence: 'واستهدفت قوات النظام القرية بقذائف المدفعية.',
  });
  assert.equal(mergeEvents([strike, shelling]).length, 2);
  assert.match(mergeCompatibility(strike, shelling).reason, /different sub-event types/);
  const agreement = docEvent({
    doc_event_id: 'de_5555555555555555', doc_id: 'c.txt', sub_event_type: 'Agreement',
    actor1: 'Military Forces of Russia', actor2: 'Military Forces of Turkey', geo_precision: 3,
  });
  const otherStrategic = { ...agreement, doc_event_id: 'de_6666666666666666', doc_id: 'd.txt', sub_event_type: 'Headquarters or base established' as const, event_type: 'Strategic developments' as const };
  assert.equal(mergeEvents([agreement, otherStrategic]).length, 2);
  assert.equal(mergeEvents([agreement, reportedBy(agreement, 'de_7777777777777777', 'e.txt')]).length, 1);
});

test('actors: a generic rebel name matches any rebel group; opposite sides as actor1 do not merge', () => {
  const [a, b] = captureInTwoLanguages();
  const generic = { ...b!, actor1: 'Opposition Rebels (Syria)', inter1: 2 as const };
  const merged = mergeEvents([a!, generic]);
  assert.equal(merged.length, 1);
  assert.equal(merged[0]!.actor1, HTS, 'the specific name wins');
  const governmentCapture = { ...b!, sub_event_type: 'Government regains territory' as const, actor1: SAA, inter1: 1 as const, actor2: HTS, inter2: 2 as const };
  assert.equal(mergeEvents([a!, governmentCapture]).length, 2);
  assert.match(mergeCompatibility(a!, governmentCapture).reason, /different actors/);
  // A clash between the same two sides, coded from either side, is one clash.
  const clashA = { ...a!, sub_event_type: 'Armed clash' as const };
  const clashB = { ...b!, sub_event_type: 'Armed clash' as const, actor1: SAA, inter1: 1 as const, actor2: HTS, inter2: 2 as const };
  assert.equal(mergeEvents([clashA, clashB]).length, 1);
});

test('events of one document are never merged, unless they are exact duplicates', () => {
  const [a] = captureInTwoLanguages();
  const clashSameDoc = { ...a!, doc_event_id: 'de_a1b2c3d4e5f60009', sub_event_type: 'Armed clash' as const, sentence_index: 3 };
  assert.equal(mergeEvents([a!, clashSameDoc]).length, 2);
  assert.match(mergeCompatibility(a!, clashSameDoc).reason, /same document/);
  const duplicate = reportedBy(a!, 'de_a1b2c3d4e5f60008', a!.doc_id, 5);
  const merged = mergeEvents([a!, duplicate]);
  assert.equal(merged.length, 1);
  assert.equal(merged[0]!.sources.length, 2, 'both sentences are cited');
  assert.equal(merged[0]!.fatality_claims.length, 1, 'the same claim is kept once');
});

test('a denial is not merged into a report that the event happened', () => {
  const [a, b] = captureInTwoLanguages();
  const denied = { ...b!, modality: 'denied' as const };
  assert.equal(mergeEvents([a!, denied]).length, 2);
  assert.match(mergeCompatibility(a!, denied).reason, /modality/);
});

test('unresolved places: coordinates within the distance limit, or the same normalized name', () => {
  const [a, b] = captureInTwoLanguages();
  // ~2.2 km north, no gazetteer id.
  const near = { ...b!, place_id: null, latitude: 35.32, longitude: 36.9 };
  assert.equal(mergeEvents([a!, near]).length, 1);
  // ~8.9 km north.
  const far = { ...b!, place_id: null, latitude: 35.38, longitude: 36.9 };
  assert.equal(mergeEvents([a!, far]).length, 2);
  assert.equal(mergeEvents([a!, far], { maxDistanceKm: 10 }).length, 1);
  // Neither id nor coordinates: the same name, spelled with and without hamza/ta marbuta variants.
  const n1 = { ...a!, place_id: null, latitude: null, longitude: null, location: 'تلة الأسود', location_ar: 'تلة الأسود' };
  const n2 = { ...b!, place_id: null, latitude: null, longitude: null, location: 'Tal al-Aswad', location_ar: 'تله الاسود' };
  assert.equal(mergeEvents([n1, n2]).length, 1);
  const n3 = { ...n2, location_ar: 'تلة أخرى', location: 'Another Hill' };
  assert.equal(mergeEvents([n1, n3]).length, 2);
});

test('claims pick the right partner: two similar strikes in each report pair by their figures', () => {
  const base = { sub_event_type: 'Air/drone strike' as const, actor1: SAA, actor2: 'Civilians (Syria)', geo_precision: 3 as const, place_id: 'marsad:region:idlib', event_date: '2017-09-19', event_date_end: '2017-09-22', time_precision: 2 as const };
  const events = [
    docEvent({ ...base, doc_event_id: 'de_aaaa000000000001', doc_id: 'ar.txt', lang: 'ar', sentence_index: 1, claims: [{ count: 40, qualifier: 'exact', victims: 'civilians', claimant: 'SOHR' }] }),
    // Perpetrator not named in this sentence: compatible with both strikes of the other report.
    docEvent({ ...base, actor1: null, doc_event_id: 'de_aaaa000000000002', doc_id: 'ar.txt', lang: 'ar', sentence_index: 2 }),
    docEvent({ ...base, actor1: null, doc_event_id: 'de_bbbb000000000001', doc_id: 'en.txt', sentence_index: 1 }),
    docEvent({ ...base, doc_event_id: 'de_bbbb000000000002', doc_id: 'en.txt', sentence_index: 2, claims: [{ count: 40, qualifier: 'more_than', victims: 'civilians', claimant: 'SOHR' }] }),
  ];
  const merged = mergeEvents(events);
  assert.equal(merged.length, 2);
  const withClaims = merged.find((e) => e.fatality_claims.length > 0)!;
  assert.deepEqual(withClaims.members, ['de_aaaa000000000001', 'de_bbbb000000000002']);
  assert.equal(withClaims.fatalities, 40);
  assert.deepEqual(merged.find((e) => e !== withClaims)!.members, ['de_aaaa000000000002', 'de_bbbb000000000001']);
});

test('region-level events: the whole countryside contains its parts, neighbouring directions overlap', () => {
  const region = (doc: string, id: string, rel: string, lang: 'ar' | 'en', evidence: string) => docEvent({
    doc_event_id: id, doc_id: doc, lang, evidence, sub_event_type: 'Government regains territory', actor1: SAA, actor2: HTS,
    event_date: '2017-11-07', place_id: `marsad:region:hama:${rel}`, location: `${rel} Hama countryside`, geo_precision: 2,
  });
  const north = region('ar.txt', 'de_d000000000000001', 'north', 'ar', 'واستعادت قوات النظام السيطرة على قرى في ريف حماة الشمالي.');
  const northeast = region('en.txt', 'de_d000000000000002', 'northeast', 'en', 'Government forces retook villages northeast of Hama.');
  const countryside = region('en2.txt', 'de_d000000000000003', 'countryside', 'en', 'The army regained ground in the Hama countryside.');
  const south = region('en3.txt', 'de_d000000000000004', 'south', 'en', 'The army regained ground south of Hama.');
  assert.equal(mergeCompatibility(north, northeast).ok, true);
  assert.equal(mergeCompatibility(north, countryside).ok, true);
  assert.equal(mergeCompatibility(north, south).ok, false);
  assert.equal(mergeCompatibility(northeast, south).ok, false);
  // The same directions in another governorate are another place.
  const idlibNorth = { ...north, doc_event_id: 'de_d000000000000005', doc_id: 'x.txt', place_id: 'marsad:region:idlib:north' };
  assert.equal(mergeCompatibility(northeast, idlibNorth).ok, false);
  // A precise village is never merged into a region.
  const village = { ...northeast, doc_event_id: 'de_d000000000000006', doc_id: 'y.txt', place_id: 'marsad:test-village', geo_precision: 1 as const };
  assert.equal(mergeCompatibility(north, village).ok, false);
  const merged = mergeEvents([north, northeast, south]);
  assert.equal(merged.length, 2);
  assert.deepEqual(merged.find((e) => e.members!.length === 2)!.members, ['de_d000000000000001', 'de_d000000000000002']);
});

function corpus(): DocEvent[] {
  const out: DocEvent[] = [];
  const subs = ['Armed clash', 'Air/drone strike', 'Non-state actor overtakes territory'] as const;
  for (let v = 0; v < 12; v++) {
    for (let d = 0; d < 3; d++) {
      const day = `2018-01-${String(10 + v % 4).padStart(2, '0')}`;
      out.push(docEvent({
        doc_event_id: `de_${(v * 7919 + d * 104729).toString(16).padStart(12, '0')}${d}${v}`, doc_id: `doc-${d}.txt`,
        sub_event_type: subs[v % 3]!, actor1: v % 3 === 1 ? SAA : HTS, actor2: v % 3 === 1 ? null : SAA,
        place_id: `marsad:village-${v % 6}`, event_date: day, sentence_index: v,
        claims: d === 1 ? [{ count: v + 1, qualifier: 'exact', victims: 'unspecified', claimant: null }] : [],
      }));
    }
  }
  return out;
}

test('the output does not depend on input order', () => {
  const events = corpus();
  const reference = JSON.stringify(mergeEvents(events));
  for (const seed of [1, 2, 3, 42]) {
    assert.equal(JSON.stringify(mergeEvents(shuffled(events, seed))), reference, `seed ${seed}`);
  }
  // Every input event is in exactly one merged event.
  const members = mergeEvents(events).flatMap((e) => e.members ?? []);
  assert.equal(members.length, events.length);
  assert.equal(new Set(members).size, events.length);
});

test('ids: stable when a new report joins a cluster and when an unrelated document is added', () => {
  const events = corpus();
  const before = new Map(mergeEvents(events).map((e) => [e.members!.join(','), e.event_id]));
  // An unrelated document: another village.
  const unrelated = docEvent({ doc_event_id: 'de_000000000000unrel', doc_id: 'unrelated.txt', sub_event_type: 'Arrests', place_id: 'marsad:elsewhere' });
  const after = mergeEvents([...events, unrelated]);
  for (const e of after) {
    if (e.members!.includes('de_000000000000unrel')) continue;
    assert.equal(e.event_id, before.get(e.members!.join(',')));
  }
  // A new report of the capture joins its cluster; the smallest member is unchanged, so is the id.
  const [a, b] = captureInTwoLanguages();
  const first = mergeEvents([a!, b!])[0]!;
  const joining = reportedBy(b!, 'de_ffff000000000003', 'third-report.txt');
  const joined = mergeEvents([a!, b!, joining]);
  assert.equal(joined.length, 1);
  assert.equal(joined[0]!.event_id, first.event_id);
  assert.equal(joined[0]!.sources.length, 3);
  // A joining report with a SMALLER id would take over the default id; previousIds keeps it.
  const early = reportedBy(b!, 'de_0000000000000004', 'fourth-report.txt');
  assert.equal(mergeEvents([a!, b!, early])[0]!.event_id, 'ev_0000000000000004');
  const previousIds = new Map(first.members!.map((m) => [m, first.event_id]));
  assert.equal(mergeEvents([a!, b!, early], { previousIds })[0]!.event_id, first.event_id);
});

test('hashPart takes the hash-like tail of a per-document event id', () => {
  assert.equal(hashPart('de_3f9a0c1b2d4e5f60'), '3f9a0c1b2d4e5f60');
  assert.equal(hashPart('004_bf52346a42550460.txt#e3'), '004_bf52346a42550460_txt_e3');
});

test('garbage in: an empty list, and events without dates or places, do not throw', () => {
  assert.deepEqual(mergeEvents([]), []);
  const undated = docEvent({ doc_event_id: 'de_9999999999999999', doc_id: 'x.txt', sub_event_type: 'Other', event_date: null, place_id: null, latitude: null, longitude: null, location: '' , location_ar: null });
  const merged = mergeEvents([undated, reportedBy(undated, 'de_9999999999999998', 'y.txt')]);
  assert.equal(merged.length, 2, 'no date, no place: nothing says they are one event');
  // Undated reports of the same capture in two documents stay apart; within one document an
  // exact duplicate is still one event.
  const [a, b] = captureInTwoLanguages();
  const undatedA = { ...a!, event_date: null };
  const undatedB = { ...b!, event_date: null };
  assert.equal(mergeEvents([undatedA, undatedB]).length, 2);
  assert.match(mergeCompatibility(undatedA, undatedB).reason, /without a date/);
  assert.equal(mergeEvents([undatedA, reportedBy(undatedA, 'de_a1b2c3d4e5f60007', undatedA.doc_id, 4)]).length, 1);
});

test('inputs are not mutated', () => {
  const events = corpus();
  const before = JSON.stringify(events);
  mergeEvents(shuffled(events, 9));
  assert.equal(JSON.stringify(events), before);
});

test('identical reports from many documents (a wire story syndicated) are one event citing every copy; undated copies are not merged', () => {
  const copies = (n: number, date: string | null) => Array.from({ length: n }, (_, k) => docEvent({
    doc_event_id: `de_${date ?? 'undated'}_${String(k).padStart(12, '0')}`, doc_id: `outlet-${k}.txt`,
    sub_event_type: 'Air/drone strike', actor1: 'Military Forces of Russia', event_date: date,
    evidence: 'Russian warplanes struck Test Village on Friday.',
  }));
  const dated = mergeEvents(shuffled(copies(60, '2017-10-06'), 7));
  assert.equal(dated.length, 1);
  assert.equal(dated[0]!.sources.length, 60);
  // a copy that differs in actor stays its own event, whatever else it shares
  const other = docEvent({ doc_event_id: 'de_other_000000000001', doc_id: 'outlet-0.txt', sub_event_type: 'Air/drone strike', actor1: SAA });
  const withOther = mergeEvents([...copies(5, '2017-10-06'), other]);
  assert.equal(withOther.length, 2, 'the Syrian strike in outlet-0 is not merged into the Russian one');
  const undated = mergeEvents(copies(4, null));
  assert.equal(undated.length, 4);
});
