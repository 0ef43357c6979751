// Benchmark (not a test): 100,000 synthetic events in a file database, then the time of
// replaceEvents, of typical API queries (p50/p95 over repeated runs) and of a full iteration.
//   node --import tsx test/store/bench-store.ts [events=100000]
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ALL_SUB_EVENT_TYPES, eventTypeOf, type ConflictEvent, type EventFilter } from '../../src/core/index.js';
import { openStore } from '../../src/store/index.js';
import { writeCsv, writeJsonl } from '../../src/export/index.js';
import { Writable } from 'node:stream';

const N = Number(process.argv[2] ?? 100_000);
const ACTORS = ['Military Forces of Syria (2000-)', 'Hayat Tahrir al-Sham', 'National Liberation Front', 'Military Forces of Russia (2000-)', 'Jaysh al-Izza', 'Islamic State (Syria)', 'Civilians (Syria)'];
const ADMIN1 = ['Hama', 'Idlib', 'Aleppo', 'Latakia', 'Homs'];

function events(n: number): ConflictEvent[] {
  const base = Date.parse('2016-01-01T00:00:00Z');
  const out: ConflictEvent[] = [];
  let seed = 42;
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let i = 0; i < n; i++) {
    const sub = ALL_SUB_EVENT_TYPES[Math.floor(rnd() * ALL_SUB_EVENT_TYPES.length)]!;
    const d0 = base + Math.floor(rnd() * 9 * 365) * 86_400_000;
    const span = rnd() < 0.05 ? Math.floor(rnd() * 30) : 0;
    const date = new Date(d0).toISOString().slice(0, 10);
    const doc = `doc-${Math.floor(rnd() * 20000)}.txt`;
    out.push({
      event_id: `ev-${i}`, event_date: date, event_date_end: span ? new Date(d0 + span * 86_400_000).toISOString().slice(0, 10) : null,
      time_precision: span ? 2 : 1, event_type: eventTypeOf(sub)!, sub_event_type: sub,
      actor1: ACTORS[i % 6]!, assoc_actor_1: i % 9 === 0 ? ['Turkistan Islamic Party'] : [], inter1: 1,
      actor2: ACTORS[(i * 7 + 3) % 7]!, assoc_actor_2: [], inter2: 2, civilian_targeting: false,
      country: 'Syria', admin1: ADMIN1[i % 5]!, admin2: null, location: `Village ${i % 3000}`, location_ar: `قرية ${i % 3000}`,
      place_id: `geonames:${i % 3000}`, latitude: 34 + rnd() * 3, longitude: 35.5 + rnd() * 3, geo_precision: 1,
      fatalities: Math.floor(rnd() * rnd() * 40),
      fatality_claims: [{ count: 5, qualifier: 'at_least', victims: 'civilians', claimant: 'SOHR', doc_id: doc }],
      sources: [{ doc_id: doc, title: 'A report', lang: 'en', published: date, evidence: { text: 'Government forces shelled the village of X in the northern countryside of Hama.', start: 120, end: 199 } }],
      notes: 'On this date, government forces shelled the village, killing at least five civilians according to SOHR.',
      confidence: 0.7,
    });
  }
  return out;
}

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const r = fn();
  return [r, performance.now() - t0];
}

const dir = mkdtempSync(join(tmpdir(), 'marsad-bench-'));
try {
  const store = openStore(join(dir, 'bench.db'));
  const evs = events(N);
  const [, tReplace] = time(() => store.replaceEvents(evs));
  console.log(`replaceEvents(${N}): ${tReplace.toFixed(0)} ms; db ${(statSync(join(dir, 'bench.db')).size / 1e6).toFixed(0)} MB (+WAL ${(statSync(join(dir, 'bench.db-wal')).size / 1e6).toFixed(0)} MB)`);
  const [, tReplace2] = time(() => store.replaceEvents(evs));
  console.log(`replaceEvents again (over ${N} existing): ${tReplace2.toFixed(0)} ms`);

  const cases: [string, EventFilter][] = [
    ['no filter, limit 100', { limit: 100 }],
    ['date range 3 months + sub_event_type, limit 100', { from: '2018-01-01', to: '2018-03-31', sub_event_type: ['Air/drone strike'], limit: 100 }],
    ['date range 1 year, limit 100', { from: '2019-01-01', to: '2019-12-31', limit: 100 }],
    ['date range 1 year, sort event_date asc', { from: '2019-01-01', to: '2019-12-31', sort: 'event_date', limit: 100 }],
    ['event_type Battles + admin1 Idlib', { event_type: ['Battles'], admin1: 'Idlib', limit: 100 }],
    ['actor HTS', { actor: 'hayat tahrir al-sham', limit: 100 }],
    ['actor + date range', { actor: 'Jaysh al-Izza', from: '2020-01-01', to: '2020-06-30', limit: 100 }],
    ['place_id', { place_id: 'geonames:1234', limit: 100 }],
    ['bbox', { bbox: [36, 35, 36.5, 35.5], limit: 100 }],
    ['min_fatalities 30, sort -fatalities', { min_fatalities: 30, sort: '-fatalities', limit: 100 }],
    ['doc_id', { doc_id: evs[0]!.sources[0]!.doc_id, limit: 100 }],
    ['sort location, limit 100 offset 5000', { sort: 'location', limit: 100, offset: 5000 }],
    ['limit 0 (count only)', { limit: 0 }],
  ];
  for (const [name, f] of cases) {
    const ms: number[] = [];
    let total = 0;
    for (let i = 0; i < 50; i++) {
      const [r, t] = time(() => store.queryEvents(f));
      total = r.total;
      ms.push(t);
    }
    ms.sort((a, b) => a - b);
    console.log(`queryEvents ${name.padEnd(48)} total ${String(total).padStart(6)}  p50 ${ms[25]!.toFixed(2)} ms  p95 ${ms[47]!.toFixed(2)} ms`);
  }
  const [, tStats] = time(() => store.stats({ from: '2018-01-01', to: '2018-12-31' }));
  console.log(`stats (1 year): ${tStats.toFixed(1)} ms`);
  const [n, tIter] = time(() => { let k = 0; for (const _ of store.iterateEvents()) k++; return k; });
  console.log(`iterateEvents all ${n}: ${tIter.toFixed(0)} ms`);
  const sink = () => new Writable({ write(_c, _e, cb) { cb(); } });
  let t0 = performance.now();
  await writeCsv(store.iterateEvents(), sink());
  console.log(`writeCsv all: ${(performance.now() - t0).toFixed(0)} ms`);
  t0 = performance.now();
  await writeJsonl(store.iterateEvents(), sink());
  console.log(`writeJsonl all: ${(performance.now() - t0).toFixed(0)} ms`);
  store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
