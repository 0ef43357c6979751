import { test } from 'node:test';
import assert from 'node:assert/strict';
import { conservativeFatalities, findContradictions, mergeEvents } from '../../src/resolve/index.js';
import type { FatalityClaim } from '../../src/core/index.js';
import { docEvent } from './factory.js';

const claim = (count: number | null, victims: FatalityClaim['victims'], claimant: string | null, doc_id = 'd.txt', qualifier: FatalityClaim['qualifier'] = 'exact'): FatalityClaim =>
  ({ count, qualifier, victims, claimant, doc_id });

test('conservative fatalities: per claimant the lowest figure per victims group, summed; then the lowest claimant', () => {
  // The ministry's single figure against the monitor's two groups.
  const rival = [claim(850, 'rebels', 'Russian Ministry of Defence'), claim(66, 'rebels', 'SOHR'), claim(38, 'government', 'SOHR')];
  assert.equal(conservativeFatalities(rival), 104);
  // One claimant, two figures for one group: the lower one counts.
  assert.equal(conservativeFatalities([claim(45, 'civilians', 'SOHR'), claim(40, 'civilians', 'SOHR', 'e.txt')]), 40);
  // Unattributed claims form one group of their own.
  assert.equal(conservativeFatalities([claim(7, 'civilians', null), claim(3, 'rebels', null), claim(20, 'civilians', 'SOHR')]), 10);
  // Vague counts as given ("dozens" = 12).
  assert.equal(conservativeFatalities([claim(12, 'rebels', null, 'd.txt', 'vague')]), 12);
  // Nothing countable.
  assert.equal(conservativeFatalities([]), 0);
  assert.equal(conservativeFatalities([claim(null, 'unspecified', null)]), 0);
});

test('a merged event keeps every claim with its claimant and source, headline most conservative', () => {
  const base = { sub_event_type: 'Armed clash' as const, actor1: 'Hayat Tahrir al-Sham', actor2: 'Military Forces of Syria', place_id: 'marsad:region:hama:north', geo_precision: 2 as const, event_date: '2017-09-19', event_date_end: '2017-09-22', time_precision: 2 as const };
  const ar = docEvent({
    ...base, doc_event_id: 'de_c0000000000000a1', doc_id: 'ar.txt', lang: 'ar',
    evidence: 'وأعلنت وزارة الدفاع الروسية مقتل 850 مسلحاً، بينما وثق المرصد مقتل 66 من المسلحين و38 من قوات النظام.',
    claims: [
      { count: 850, qualifier: 'exact', victims: 'rebels', claimant: 'Russian Ministry of Defence' },
      { count: 66, qualifier: 'exact', victims: 'rebels', claimant: 'SOHR' },
      { count: 38, qualifier: 'exact', victims: 'government', claimant: 'SOHR' },
    ],
  });
  const en = docEvent({
    ...base, doc_event_id: 'de_c0000000000000b2', doc_id: 'en.txt',
    evidence: 'Moscow said its strikes killed 850 militants; the monitor counted 66 rebels and 38 soldiers dead.',
    claims: [
      { count: 850, qualifier: 'exact', victims: 'rebels', claimant: 'Russian Ministry of Defence' },
      { count: 66, qualifier: 'exact', victims: 'rebels', claimant: 'SOHR' },
      { count: 38, qualifier: 'exact', victims: 'government', claimant: 'SOHR' },
    ],
  });
  const [ev] = mergeEvents([ar, en]);
  assert.ok(ev);
  assert.equal(ev.fatality_claims.length, 6, 'each document keeps its own claims');
  assert.deepEqual([...new Set(ev.fatality_claims.map((c) => c.doc_id))], ['ar.txt', 'en.txt']);
  assert.equal(ev.fatalities, 104);

  const found = findContradictions([ev]);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.event_id, ev.event_id);
  assert.equal(found[0]!.min, 66);
  assert.equal(found[0]!.max, 850);
  assert.equal(found[0]!.ratio, 850 / 66);
  assert.equal(found[0]!.sub_event_type, 'Armed clash');
  assert.ok(found[0]!.claims.some((c) => c.claimant === 'Russian Ministry of Defence' && c.count === 850));
});

function eventWith(claims: FatalityClaim[], id = 'ev_x') {
  const ev = docEvent({ doc_event_id: id, doc_id: 'd.txt', sub_event_type: 'Air/drone strike' });
  return { ...ev, event_id: id, fatality_claims: claims };
}

test('contradictions: more than a factor of two between different claimants of one victims group', () => {
  assert.equal(findContradictions([eventWith([claim(20, 'civilians', 'SOHR'), claim(40, 'civilians', 'Syria Civil Defence')])]).length, 0, 'exactly 2 is not more than 2');
  assert.equal(findContradictions([eventWith([claim(20, 'civilians', 'SOHR'), claim(41, 'civilians', 'Syria Civil Defence')])]).length, 1);
  assert.equal(findContradictions([eventWith([claim(20, 'civilians', 'SOHR'), claim(41, 'civilians', 'Syria Civil Defence')])], 3).length, 0, 'custom factor');
  // A claimant revising its own toll upwards is an update, not a contradiction.
  assert.equal(findContradictions([eventWith([claim(10, 'civilians', 'SOHR', 'a.txt'), claim(35, 'civilians', 'SOHR', 'b.txt')])]).length, 0);
  // Different victims groups are not comparable.
  assert.equal(findContradictions([eventWith([claim(5, 'civilians', 'SOHR'), claim(60, 'rebels', 'Russian Ministry of Defence')])]).length, 0);
  // Two unattributed figures in two documents are two reports.
  assert.equal(findContradictions([eventWith([claim(12, 'unspecified', null, 'a.txt'), claim(50, 'unspecified', null, 'b.txt')])]).length, 1);
  // A bare total against another claimant's total over its groups: 40 vs 10 + 5.
  const totals = findContradictions([eventWith([claim(40, 'unspecified', 'Syria Civil Defence'), claim(10, 'civilians', 'SOHR'), claim(5, 'rebels', 'SOHR')])]);
  assert.equal(totals.length, 1);
  assert.equal(totals[0]!.min, 15);
  assert.equal(totals[0]!.max, 40);
});

test('contradictions are listed widest first', () => {
  const found = findContradictions([
    eventWith([claim(10, 'civilians', 'A'), claim(30, 'civilians', 'B')], 'ev_small'),
    eventWith([claim(10, 'civilians', 'A'), claim(300, 'civilians', 'B')], 'ev_big'),
  ]);
  assert.deepEqual(found.map((c) => c.event_id), ['ev_big', 'ev_small']);
});

test("a toll one report gave for several towns counts, once merged, by this town's share of it", () => {
  const base = { sub_event_type: 'Air/drone strike' as const, actor1: 'Military Forces of Russia', actor2: 'Civilians (Syria)', place_id: 'ocha:C4140', geo_precision: 1 as const, event_date: '2019-05-20', time_precision: 1 as const };
  // one report: "strikes on Kafr Nabl, Maarat al-Numan and Khan Shaykhun killed 12" (a third here)
  const shared = docEvent({ ...base, doc_event_id: 'de_d0000000000000a1', doc_id: 'a.txt',
    claims: [{ count: 12, qualifier: 'exact', victims: 'civilians', claimant: 'SOHR', share: 4 }] });
  // another report gives this town's own figure
  const own = docEvent({ ...base, doc_event_id: 'de_d0000000000000b2', doc_id: 'b.txt',
    claims: [{ count: 5, qualifier: 'exact', victims: 'civilians', claimant: 'Syria Civil Defence' }] });
  assert.equal(shared.fatalities, 4);
  const [ev] = mergeEvents([shared, own]);
  assert.ok(ev);
  assert.equal(ev.fatalities, 4);
  assert.deepEqual(ev.fatality_claims.map((c) => [c.count, c.share]), [[12, 4], [5, undefined]]);
  // 4 against 5 is no contradiction (12 against 5 would be)
  assert.deepEqual(findContradictions([ev]), []);
});
