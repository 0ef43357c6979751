import { test } from 'node:test';
import assert from 'node:assert/strict';
import { controllerAt, deriveControlHistory, mergeEvents } from '../../src/resolve/index.js';
import type { ConflictEvent, DocEvent } from '../../src/core/index.js';
import { docEvent } from './factory.js';

const SAA = 'Military Forces of Syria';
const HTS = 'Hayat Tahrir al-Sham';
const REBELS = 'Opposition Rebels (Syria)';
const GOVERNMENT = new Set([SAA, 'Military Forces of Russia', 'Pro-Government Militias (Syria)']);
const opts = { isGovernmentSide: (a: string) => GOVERNMENT.has(a) };

let n = 0;
function ev(partial: Partial<DocEvent> & Pick<DocEvent, 'sub_event_type'>, evidence = 'Evidence.'): ConflictEvent {
  n += 1;
  const id = `de_${String(n).padStart(16, '0')}`;
  const d = docEvent({ doc_event_id: id, doc_id: partial.doc_id ?? `doc-${n}.txt`, evidence, ...partial });
  return { ...d, event_id: `ev_${n}` };
}

const village = (slug: string, name: string, name_ar: string) => ({ place_id: `marsad:${slug}`, location: name, location_ar: name_ar });

test('a capture reported in two languages, and a counter-attack coded at the region, leave the village with the captor', () => {
  const place = village('hill-village', 'Hill Village', 'قرية التلة');
  const docEvents = [
    docEvent({ doc_event_id: 'de_aaaaaaaaaaaa0001', doc_id: 'ar.txt', lang: 'ar', ...place, event_date: '2017-10-06', sub_event_type: 'Non-state actor overtakes territory', actor1: HTS, actor2: SAA, evidence: 'سيطرت الهيئة على قرية التلة فجر الجمعة.' }),
    docEvent({ doc_event_id: 'de_bbbbbbbbbbbb0001', doc_id: 'en.txt', ...place, event_date: '2017-10-06', sub_event_type: 'Non-state actor overtakes territory', actor1: HTS, actor2: SAA, evidence: 'HTS took Hill Village at dawn on Friday.' }),
    // The next day's counter-attack is only located at the region: no history there.
    docEvent({ doc_event_id: 'de_cccccccccccc0001', doc_id: 'en.txt', place_id: 'marsad:region:hama:northeast', location: 'northeast of Hama', geo_precision: 2, event_date: '2017-10-07', sub_event_type: 'Government regains territory', actor1: SAA, actor2: HTS, sentence_index: 2 }),
  ];
  const events = mergeEvents(docEvents);
  const history = deriveControlHistory(events, opts);
  assert.equal(history.length, 1);
  const change = history[0]!;
  assert.equal(change.place_id, 'marsad:hill-village');
  assert.equal(change.date, '2017-10-06');
  assert.equal(change.controller, HTS);
  assert.equal(change.previous_controller, SAA);
  assert.equal(change.contested, false);
  assert.equal(change.evidence.doc_id, 'ar.txt');
  assert.equal(change.event_id, events.find((e) => e.place_id === 'marsad:hill-village')!.event_id);
  assert.ok(change.confidence > 0 && change.confidence <= 1);
  assert.deepEqual(controllerAt(history, 'marsad:hill-village', '2017-10-08'), { controller: HTS, contested: false, change });
  // Before the capture: the side it was taken from, no change yet.
  const before = controllerAt(history, 'marsad:hill-village', '2017-10-05');
  assert.equal(before.controller, SAA);
  assert.equal(before.change, null);
  assert.equal(controllerAt(history, 'marsad:unknown', '2017-10-08').controller, null);
});

test('a government → opposition → government sequence gives three changes, each with its previous controller', () => {
  const place = village('bridge-town', 'Bridge Town', 'بلدة الجسر');
  const history = deriveControlHistory([
    ev({ ...place, sub_event_type: 'Government regains territory', actor1: SAA, actor2: REBELS, event_date: '2019-05-09', event_date_end: '2019-05-11', time_precision: 2 }),
    ev({ ...place, sub_event_type: 'Non-state actor overtakes territory', actor1: REBELS, actor2: SAA, event_date: '2019-05-22' }, 'استعادت الفصائل السيطرة على بلدة الجسر.'),
    ev({ ...place, sub_event_type: 'Government regains territory', actor1: SAA, actor2: REBELS, event_date: '2019-05-26' }, 'The army retook Bridge Town four days later.'),
  ], opts);
  assert.deepEqual(history.map((c) => [c.date, c.controller, c.previous_controller, c.contested]), [
    ['2019-05-09', SAA, REBELS, false],
    ['2019-05-22', REBELS, SAA, false],
    ['2019-05-26', SAA, REBELS, false],
  ]);
  assert.equal(controllerAt(history, place.place_id, '2019-05-15').controller, SAA);
  assert.equal(controllerAt(history, place.place_id, '2019-05-22').controller, REBELS, 'the day of a change');
  assert.equal(controllerAt(history, place.place_id, '2019-05-24').controller, REBELS);
  assert.equal(controllerAt(history, place.place_id, '2019-06-01').controller, SAA);
});

test('opposition entering a city and the army withdrawing the same day is one change, not a contest', () => {
  const city = village('river-city', 'River City', 'مدينة النهر');
  const history = deriveControlHistory([
    ev({ ...city, sub_event_type: 'Change to group/activity', actor1: SAA, actor2: null, event_date: '2024-12-05', rule_ids: ['insihab-min'] }, 'وأعلن الجيش انسحاب قواته من المدينة وإعادة انتشارها خارجها.'),
    ev({ ...city, sub_event_type: 'Non-state actor overtakes territory', actor1: REBELS, actor2: SAA, event_date: '2024-12-05' }, 'Opposition fighters entered River City on Thursday.'),
  ], opts);
  assert.equal(history.length, 1);
  assert.equal(history[0]!.controller, REBELS);
  assert.equal(history[0]!.previous_controller, SAA);
  assert.equal(history[0]!.contested, false);
});

test('a withdrawal alone hands control to the named other side, else to the generic other side', () => {
  const a = village('camp-a', 'Camp A', 'معسكر أ');
  const b = village('camp-b', 'Camp B', 'معسكر ب');
  const history = deriveControlHistory([
    ev({ ...a, sub_event_type: 'Change to group/activity', actor1: HTS, actor2: SAA, event_date: '2018-02-01', rule_ids: ['withdraw-from'] }),
    ev({ ...b, sub_event_type: 'Change to group/activity', actor1: SAA, actor2: null, event_date: '2018-02-01', rule_ids: ['withdraw-from'] }),
    // A change to a group that is not a withdrawal implies nothing about control.
    ev({ ...b, sub_event_type: 'Change to group/activity', actor1: HTS, event_date: '2018-03-01', rule_ids: ['operations-room-formed'] }),
  ], opts);
  assert.deepEqual(history.map((c) => [c.place_id, c.controller, c.previous_controller]), [
    ['marsad:camp-a', SAA, HTS],
    ['marsad:camp-b', REBELS, SAA],
  ]);
  assert.ok(history[1]!.confidence < history[0]!.confidence, 'an unnamed new controller is less certain');
});

test('conflicting reports on the same day mark the change contested for that period', () => {
  const place = village('ridge', 'Ridge', 'الرابية');
  const history = deriveControlHistory([
    ev({ ...place, sub_event_type: 'Non-state actor overtakes territory', actor1: HTS, actor2: SAA, event_date: '2018-01-11' }, 'أعلنت الهيئة سيطرتها على الرابية.'),
    ev({ ...place, sub_event_type: 'Government regains territory', actor1: SAA, actor2: HTS, event_date: '2018-01-11' }, 'State media said the army still held Ridge and drove the attackers back.'),
    ev({ ...place, sub_event_type: 'Government regains territory', actor1: SAA, actor2: HTS, event_date: '2018-01-20' }),
  ], opts);
  // Both same-day changes are kept and flagged (neither report is silently preferred) ...
  const sameDay = history.filter((c) => c.date === '2018-01-11');
  assert.deepEqual(sameDay.map((c) => c.controller).sort(), [HTS, SAA].sort());
  assert.ok(sameDay.every((c) => c.contested));
  assert.equal(controllerAt(history, place.place_id, '2018-01-15').contested, true);
  // ... until a later report without contradiction settles who holds it.
  const later = controllerAt(history, place.place_id, '2018-01-25');
  assert.equal(later.controller, SAA);
  assert.equal(later.contested, false);
  assert.equal(later.change!.date, '2018-01-20');
});

test('a repelled attack or a "changed hands" report contests an overlapping capture; a later clean change does not inherit it', () => {
  const place = village('crossroads', 'Crossroads', 'المفرق');
  const history = deriveControlHistory([
    ev({ ...place, sub_event_type: 'Non-state actor overtakes territory', actor1: REBELS, actor2: SAA, event_date: '2019-06-01' }),
    ev({ ...place, sub_event_type: 'Armed clash', actor1: SAA, actor2: REBELS, event_date: '2019-06-01', rule_ids: ['repel-attack'] }, 'صدت قوات النظام هجوماً للفصائل على المفرق.'),
    ev({ ...place, sub_event_type: 'Government regains territory', actor1: SAA, actor2: REBELS, event_date: '2019-06-10' }),
  ], opts);
  assert.deepEqual(history.map((c) => [c.date, c.controller, c.contested]), [
    ['2019-06-01', REBELS, true],
    ['2019-06-10', SAA, false],
  ]);
  assert.equal(controllerAt(history, place.place_id, '2019-06-05').contested, true);
  assert.equal(controllerAt(history, place.place_id, '2019-06-11').contested, false);

  const hands = village('hands', 'Hands', 'الأيدي');
  const h2 = deriveControlHistory([
    ev({ ...hands, sub_event_type: 'Non-state actor overtakes territory', actor1: HTS, actor2: SAA, event_date: '2019-07-10', rule_ids: ['changed-hands-several-times'] }, 'The village changed hands several times before rebels held it.'),
  ], opts);
  assert.equal(h2[0]!.contested, true);
});

test('denied, negated and planned captures create no change; a denial contests a capture by that side', () => {
  const place = village('orchard', 'Orchard', 'البستان');
  const capture = { ...place, sub_event_type: 'Non-state actor overtakes territory' as const, actor1: HTS, actor2: SAA, event_date: '2017-11-06' };
  assert.equal(deriveControlHistory([ev({ ...capture, modality: 'planned' }), ev({ ...capture, modality: 'negated' })], opts).length, 0);
  const history = deriveControlHistory([
    ev(capture, 'Rebels said they captured Orchard.'),
    ev({ ...capture, modality: 'denied' }, 'ونفى مصدر عسكري دخول المسلحين إلى البستان.'),
  ], opts);
  assert.equal(history.length, 1);
  assert.equal(history[0]!.contested, true);
});

test('only precise places get histories; a capture by the same side is not a change', () => {
  const place = village('mill', 'Mill', 'الطاحونة');
  const history = deriveControlHistory([
    ev({ ...place, geo_precision: 2, sub_event_type: 'Non-state actor overtakes territory', actor1: HTS, actor2: SAA, event_date: '2017-10-08' }),
    ev({ place_id: null, location: 'Unknown Farm', location_ar: null, sub_event_type: 'Non-state actor overtakes territory', actor1: HTS, actor2: SAA, event_date: '2017-10-08' }),
    ev({ ...place, sub_event_type: 'Non-state actor overtakes territory', actor1: HTS, actor2: SAA, event_date: '2017-10-09' }),
    ev({ ...place, sub_event_type: 'Non-state actor overtakes territory', actor1: 'Ahrar al-Sham', actor2: HTS, event_date: '2017-10-20' }),
  ], opts);
  assert.equal(history.length, 1);
  assert.equal(history[0]!.date, '2017-10-09');
  assert.equal(controllerAt(history, place.place_id, '2017-10-25').controller, HTS);
});

test('histories are grouped by place and oldest first, whatever the input order', () => {
  const a = village('a-town', 'A Town', 'أ');
  const b = village('b-town', 'B Town', 'ب');
  const events = [
    ev({ ...b, sub_event_type: 'Government regains territory', actor1: SAA, actor2: HTS, event_date: '2018-03-01' }),
    ev({ ...a, sub_event_type: 'Government regains territory', actor1: SAA, actor2: HTS, event_date: '2018-05-01' }),
    ev({ ...b, sub_event_type: 'Non-state actor overtakes territory', actor1: HTS, actor2: SAA, event_date: '2018-01-01' }),
    ev({ ...a, sub_event_type: 'Non-state actor overtakes territory', actor1: HTS, actor2: SAA, event_date: '2018-02-01' }),
  ];
  const history = deriveControlHistory(events, opts);
  assert.deepEqual(history.map((c) => [c.place_id, c.date]), [
    ['marsad:a-town', '2018-02-01'], ['marsad:a-town', '2018-05-01'],
    ['marsad:b-town', '2018-01-01'], ['marsad:b-town', '2018-03-01'],
  ]);
  assert.deepEqual(deriveControlHistory([...events].reverse(), opts), history);
});

test('a failed capture contests a same-day capture by the same side, not one by the other side', () => {
  const place = village('olive-hill', 'Olive Hill', 'تلة الزيتون');
  const capture = { ...place, sub_event_type: 'Non-state actor overtakes territory' as const, actor1: HTS, actor2: SAA, event_date: '2019-07-10' };
  // Another report: the attackers failed to take the hill that day.
  const failedSameSide = ev({ ...place, sub_event_type: 'Armed clash', actor1: HTS, actor2: SAA, event_date: '2019-07-10', rule_ids: ['ar-hujum', 'failed-capture'] }, 'وفشلت الهيئة في السيطرة على تلة الزيتون بعد معارك عنيفة.');
  const contested = deriveControlHistory([ev(capture, 'HTS fighters captured Olive Hill.'), failedSameSide], opts);
  assert.equal(contested.length, 1);
  assert.equal(contested[0]!.contested, true);
  // The army failing to retake it the same day is consistent with HTS holding it.
  const failedOtherSide = ev({ ...place, sub_event_type: 'Armed clash', actor1: SAA, actor2: HTS, event_date: '2019-07-10', rule_ids: ['en-attack', 'failed-capture'] }, 'A counter-attack by the army failed to retake the hill.');
  const clean = deriveControlHistory([ev(capture), failedOtherSide], opts);
  assert.equal(clean[0]!.contested, false);
});

test('a month-level change followed by precise ones in that month is a sequence, not a contest', () => {
  const place = village('plain-town', 'Plain Town', 'بلدة السهل');
  const history = deriveControlHistory([
    ev({ ...place, sub_event_type: 'Government regains territory', actor1: SAA, actor2: REBELS, event_date: '2019-05-01', event_date_end: '2019-05-31', time_precision: 3 }, 'وكانت قوات النظام قد سيطرت على البلدة في أيار الماضي.'),
    ev({ ...place, sub_event_type: 'Non-state actor overtakes territory', actor1: REBELS, actor2: SAA, event_date: '2019-05-22' }),
    ev({ ...place, sub_event_type: 'Government regains territory', actor1: SAA, actor2: REBELS, event_date: '2019-05-26' }, 'Four days later the army was back in Plain Town.'),
  ], opts);
  assert.deepEqual(history.map((c) => [c.date, c.controller, c.contested]), [
    ['2019-05-01', SAA, false],
    ['2019-05-22', REBELS, false],
    ['2019-05-26', SAA, false],
  ]);
  assert.equal(controllerAt(history, place.place_id, '2019-05-24').controller, REBELS);
});

test('a government regain counts as the government side even when the side lookup does not know the name', () => {
  const place = village('quarry', 'Quarry', 'المقلع');
  const unknownSides = { isGovernmentSide: () => false };
  const history = deriveControlHistory([
    ev({ ...place, sub_event_type: 'Non-state actor overtakes territory', actor1: HTS, actor2: 'Syrian Arab Army', event_date: '2018-01-05' }),
    ev({ ...place, sub_event_type: 'Government regains territory', actor1: 'Syrian Arab Army', actor2: HTS, event_date: '2018-01-09' }),
  ], unknownSides);
  assert.deepEqual(history.map((c) => c.controller), [HTS, 'Syrian Arab Army']);
});

test('a denial is answered when the losing side itself announces its withdrawal that day', () => {
  const city = village('valley-city', 'Valley City', 'مدينة الوادي');
  const entered = { ...city, sub_event_type: 'Non-state actor overtakes territory' as const, actor1: REBELS, actor2: SAA, event_date: '2024-12-05' };
  const denial = ev({ ...entered, modality: 'denied' }, 'ونفى مصدر عسكري صحة الأنباء عن سقوط المدينة.');
  const withdrawal = ev({ ...city, sub_event_type: 'Change to group/activity', actor1: SAA, event_date: '2024-12-05', modality: 'claimed', rule_ids: ['ar-insihab'] }, 'أعلنت وزارة الدفاع انسحاب الوحدات العسكرية من مدينة الوادي.');
  const answered = deriveControlHistory([ev(entered, 'Opposition fighters entered Valley City.'), denial, withdrawal], opts);
  assert.equal(answered.length, 1);
  assert.equal(answered[0]!.controller, REBELS);
  assert.equal(answered[0]!.contested, false);
  // Without the concession the denial stands.
  const open = deriveControlHistory([ev(entered), denial], opts);
  assert.equal(open[0]!.contested, true);
});

test('a named site placed only by its parent (a hill without coordinates) still gets a history', () => {
  const hill = village('tal-example', 'Tal Example', 'تل المثال');
  const capture = { ...hill, geo_precision: 2 as const, sub_event_type: 'Non-state actor overtakes territory' as const, actor1: HTS, actor2: SAA, event_date: '2017-10-08' };
  assert.equal(deriveControlHistory([ev(capture, 'The rebels captured Tal Example.')], opts).length, 0, 'precision 2 alone is "near", not the place');
  const sites = { ...opts, isSitePlacedByParent: (id: string) => id === hill.place_id };
  const history = deriveControlHistory([ev(capture, 'استولى المتمردون على تل المثال.')], sites);
  assert.equal(history.length, 1);
  assert.equal(history[0]!.controller, HTS);
});
