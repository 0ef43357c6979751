// API latency benchmark: 100,000 synthetic events in a temporary store, the real server on
// loopback, autocannon against GET /api/events with a one-month + sub-event-type filter.
// Prints one JSON line. p95 is computed exactly from every response time autocannon reports
// (its own summary has p90 and p97.5 but no p95).
//   npx tsx bench/api.ts [--events 100000] [--seconds 10] [--connections 10]
// @ts-expect-error autocannon publishes no type declarations; the fields used are typed below.
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_SUB_EVENT_TYPES, eventTypeOf, type ConflictEvent, type SubEventType } from '../src/core/index.js';
import { startServer } from '../src/server/index.js';
import { openStore } from '../src/store/index.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const N = arg('events', 100_000);
const SECONDS = arg('seconds', 10);
const CONNECTIONS = arg('connections', 10);

/** Deterministic PRNG (mulberry32) so every run benchmarks the same data. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACTORS = ['Military Forces of Syria (2000-2024)', 'Military Forces of Russia (2000-)', 'Hayat Tahrir al-Sham', 'National Liberation Front', 'Islamic State (Syria)', 'Civilians (Syria)', 'Opposition Rebels (Syria)'];
const GOVS = ['Idlib', 'Hama', 'Aleppo', 'Homs', 'Daraa', 'Rural Damascus', 'Deir ez-Zor', 'Raqqa', 'Latakia'];
const TYPE_WEIGHTS: [SubEventType, number][] = ALL_SUB_EVENT_TYPES.map((s) => [s, s === 'Air/drone strike' ? 18 : s === 'Shelling/artillery/missile attack' ? 18 : s === 'Armed clash' ? 16 : 1]);
const WEIGHT_SUM = TYPE_WEIGHTS.reduce((n, [, w]) => n + w, 0);

function syntheticEvents(n: number): ConflictEvent[] {
  const r = rng(20171009);
  const start = Date.UTC(2012, 0, 1);
  const days = 13 * 365;
  const places = Array.from({ length: 600 }, (_, i) => ({
    id: `bench:${i}`, name: `Village ${i}`, name_ar: `قرية ${i}`, lat: 32.5 + r() * 4.5, lon: 35.8 + r() * 5.5, admin1: GOVS[i % GOVS.length]!,
  }));
  const out: ConflictEvent[] = [];
  for (let i = 0; i < n; i++) {
    let pick = r() * WEIGHT_SUM;
    let sub: SubEventType = TYPE_WEIGHTS[0]![0];
    for (const [s, w] of TYPE_WEIGHTS) if ((pick -= w) <= 0) { sub = s; break; }
    const p = places[Math.floor(r() * places.length)]!;
    const date = new Date(start + Math.floor(r() * days) * 86_400_000).toISOString().slice(0, 10);
    const fatalities = r() < 0.6 ? 0 : Math.floor(r() * 30);
    const doc_id = `bench-${Math.floor(i / 3)}.txt`;
    const text = `قصفت قوات النظام ${p.name_ar} في ريف ${p.admin1} ما أدى إلى مقتل ${fatalities} مدنيين، بحسب مصادر محلية.`;
    out.push({
      event_id: `ev_bench_${i.toString(36)}`, event_date: date, event_date_end: null, time_precision: 1,
      event_type: eventTypeOf(sub)!, sub_event_type: sub,
      actor1: ACTORS[Math.floor(r() * 5)]!, assoc_actor_1: [], inter1: 1, actor2: ACTORS[5 + Math.floor(r() * 2)]!, assoc_actor_2: [], inter2: 7,
      civilian_targeting: r() < 0.3, country: 'Syria', admin1: p.admin1, admin2: null, location: p.name, location_ar: p.name_ar,
      place_id: p.id, latitude: p.lat, longitude: p.lon, geo_precision: 1, fatalities,
      fatality_claims: fatalities ? [{ count: fatalities, qualifier: 'exact', victims: 'civilians', claimant: 'SOHR', doc_id }] : [],
      sources: [{ doc_id, title: `Report ${i}`, lang: 'ar', published: date, evidence: { text, start: 0, end: text.length } }],
      notes: `${sub} in ${p.name}.`, confidence: 0.7,
    });
  }
  return out;
}

interface CannonResult {
  requests: { total: number; average: number };
  latency: { mean: number; p50: number; p90: number; p97_5: number; p99: number; max: number };
  errors: number;
  non2xx: number;
}
interface CannonInstance {
  on(event: 'response', fn: (client: unknown, status: number, bytes: number, responseTime: number) => void): CannonInstance;
  on(event: 'done', fn: (r: CannonResult) => void): CannonInstance;
  on(event: 'error', fn: (e: Error) => void): CannonInstance;
}

function percentile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-bench-'));
  const store = openStore(join(dir, 'bench.db'));
  const t0 = performance.now();
  store.replaceEvents(syntheticEvents(N));
  const loadSeconds = (performance.now() - t0) / 1000;
  const srv = await startServer({ store, kb: { gazetteer: { get: () => undefined, search: () => [] }, actors: { get: () => undefined, byName: () => undefined } } as never, port: 0, host: '127.0.0.1' });
  const path = `/api/events?from=2019-05-01&to=2019-05-31&sub_event_type=${encodeURIComponent('Air/drone strike')}&limit=100`;
  const probe = (await (await fetch(srv.url + path.slice(1))).json()) as { total: number; events: unknown[] };

  const times: number[] = [];
  const instance = autocannon({ url: srv.url + path.slice(1), connections: CONNECTIONS, duration: SECONDS }) as CannonInstance;
  instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  const result = await new Promise<CannonResult>((resolve, reject) => instance.on('done', resolve).on('error', reject));
  times.sort((a, b) => a - b);

  await srv.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });

  const p95 = percentile(times, 0.95);
  console.log(JSON.stringify({
    bench: 'api-events',
    events: N,
    load_seconds: Math.round(loadSeconds * 10) / 10,
    query: path,
    matches: probe.total,
    returned: probe.events.length,
    connections: CONNECTIONS,
    seconds: SECONDS,
    cpus: cpus().length,
    load_average_1m: Math.round(loadavg()[0]! * 100) / 100, // other work on the machine inflates latency
    requests: result.requests.total,
    requests_per_s: Math.round(result.requests.average),
    errors: result.errors + result.non2xx,
    latency_ms: {
      mean: result.latency.mean, p50: result.latency.p50, p90: result.latency.p90,
      p95, p95_basis: 'exact, from every response time', p97_5: result.latency.p97_5, p99: result.latency.p99, max: result.latency.max,
    },
    target_p95_ms: 100,
    ok: p95 < 100,
  }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
