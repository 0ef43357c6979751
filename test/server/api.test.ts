// The HTTP API against a real server on a loopback port and a real SQLite database.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ACLED_COLUMNS } from '../../src/export/index.js';
import { startServer } from '../../src/server/index.js';
import type { Store } from '../../src/store/index.js';
import { CONTROL, EVENTS, fixtureKb, fixtureStore } from './fixtures.js';

let base = '';
let close: () => Promise<void> = async () => {};
let store: Store;

before(async () => {
  ({ store } = fixtureStore());
  const srv = await startServer({ store, kb: fixtureKb(), port: 0, host: '127.0.0.1', token: null });
  base = srv.url.replace(/\/$/, '');
  close = srv.close;
});

after(async () => {
  await close();
  store.close();
});

async function getJson(path: string): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(base + path);
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
}

function ids(body: { events: { event_id: string }[] }): string[] {
  return body.events.map((e) => e.event_id);
}

async function expectError(path: string, status: number, code: string, messagePart?: RegExp) {
  const r = await getJson(path);
  assert.equal(r.status, status, `${path} → ${r.status} ${JSON.stringify(r.body)}`);
  assert.equal(r.body.error.code, code);
  assert.equal(typeof r.body.error.message, 'string');
  if (messagePart) assert.match(r.body.error.message, messagePart);
}

describe('GET /api/events', () => {
  it('lists every event, newest first, with paging metadata', async () => {
    const r = await getJson('/api/events');
    assert.equal(r.status, 200);
    assert.equal(r.body.total, EVENTS.length);
    assert.equal(r.body.limit, 100);
    assert.equal(r.body.offset, 0);
    const dates = r.body.events.map((e: { event_date: string }) => e.event_date);
    assert.deepEqual(dates, [...dates].sort().reverse());
    const ks = r.body.events.find((e: { event_id: string }) => e.event_id === 'EV-KS-20190512');
    assert.equal(ks.fatality_claims.length, 3);
    assert.equal(ks.sources[0].evidence.start >= 0, true);
    assert.equal(ks.location_ar, 'خان شيخون');
  });

  it('filters by date range, inclusive', async () => {
    const r = await getJson('/api/events?from=2019-05-08&to=2019-05-12');
    assert.deepEqual(ids(r.body).sort(), ['EV-KN-20190508', 'EV-KS-20190512', 'EV-LAT-20190508']);
  });

  it('filters by event type, comma-separated or repeated', async () => {
    const a = await getJson('/api/events?event_type=Battles,Protests');
    const b = await getJson('/api/events?event_type=Battles&event_type=Protests');
    assert.equal(a.body.total, 4);
    assert.deepEqual(ids(a.body).sort(), ids(b.body).sort());
    const sub = await getJson(`/api/events?sub_event_type=${encodeURIComponent('Air/drone strike')}`);
    assert.deepEqual(ids(sub.body), ['EV-KS-20190512']);
  });

  it('filters by actor, place, admin1, bbox, fatalities and document', async () => {
    assert.equal((await getJson('/api/events?actor=Hayat%20Tahrir%20al-Sham')).body.total, 2);
    assert.deepEqual(ids((await getJson('/api/events?place_id=test:kafr-nabudah&sort=event_date')).body), ['EV-KN-20190508', 'EV-KN-20190513']);
    assert.equal((await getJson('/api/events?admin1=Idlib')).body.total, 2);
    // A box around Khan Shaykhun and Ma'arrat an-Nu'man only.
    assert.deepEqual(ids((await getJson('/api/events?bbox=36.64,35.40,36.70,35.70')).body).sort(), ['EV-KS-20190512', 'EV-MN-20190531']);
    assert.deepEqual(ids((await getJson('/api/events?min_fatalities=10')).body).sort(), ['EV-AD-20171009', 'EV-KN-20190508']);
    assert.deepEqual(ids((await getJson('/api/events?doc_id=test-en-maarat.txt')).body).sort(), ['EV-LAT-20190531', 'EV-MN-20190531']);
  });

  it('searches the evidence in Arabic and English (FTS)', async () => {
    const ar = await getJson(`/api/events?q=${encodeURIComponent('اللطامنة')}`);
    assert.deepEqual(ids(ar.body), ['EV-LAT-20190508']);
    const en = await getJson('/api/events?q=warplanes');
    assert.deepEqual(ids(en.body), ['EV-KS-20190512']);
  });

  it('sorts and pages', async () => {
    const top = await getJson('/api/events?sort=-fatalities&limit=2');
    assert.deepEqual(ids(top.body), ['EV-KN-20190508', 'EV-AD-20171009']);
    assert.equal(top.body.total, EVENTS.length);
    const page2 = await getJson('/api/events?sort=-fatalities&limit=2&offset=2');
    assert.equal(page2.body.offset, 2);
    assert.equal(page2.body.events[0].event_id, 'EV-KS-20190512');
    const byLoc = await getJson('/api/events?sort=location&limit=1');
    assert.equal(byLoc.body.events[0].location, 'Abu Dali');
  });

  it('rejects invalid filters with 400 and a clear message', async () => {
    await expectError('/api/events?from=2019-02-30', 400, 'MARSAD_ERR_API_VALIDATION', /real date/);
    await expectError('/api/events?from=yesterday', 400, 'MARSAD_ERR_API_VALIDATION', /from/);
    await expectError('/api/events?from=2019-06-01&to=2019-05-01', 400, 'MARSAD_ERR_API_VALIDATION', /after/);
    await expectError('/api/events?sort=date', 400, 'MARSAD_ERR_API_VALIDATION', /sort/);
    await expectError('/api/events?bbox=36,35,37', 400, 'MARSAD_ERR_API_VALIDATION', /four numbers/);
    await expectError('/api/events?bbox=a,b,c,d', 400, 'MARSAD_ERR_API_VALIDATION', /four numbers/);
    await expectError('/api/events?limit=1001', 400, 'MARSAD_ERR_API_VALIDATION', /limit/);
    await expectError('/api/events?limit=-1', 400, 'MARSAD_ERR_API_VALIDATION', /limit/);
    await expectError('/api/events?event_type=Skirmish', 400, 'MARSAD_ERR_API_VALIDATION', /event_type/);
    await expectError('/api/events?min_fatalities=many', 400, 'MARSAD_ERR_API_VALIDATION', /min_fatalities/);
    await expectError('/api/events?evnt_type=Battles', 400, 'MARSAD_ERR_API_VALIDATION', /unknown parameter "evnt_type"/);
    await expectError('/api/events?sort=date', 400, 'MARSAD_ERR_API_VALIDATION', /sort must be equal to one of the allowed values: event_date, -event_date/);
    await expectError('/api/events?from=2019-01-01&from=2019-02-01', 400, 'MARSAD_ERR_API_VALIDATION', /from/);
  });
});

describe('single resources', () => {
  it('GET /api/events/:id gives sources, claims and the contradiction', async () => {
    const r = await getJson('/api/events/EV-KS-20190512');
    assert.equal(r.status, 200);
    assert.equal(r.body.event.sub_event_type, 'Air/drone strike');
    assert.deepEqual(r.body.event.fatality_claims.map((c: { claimant: string }) => c.claimant), ['local rescuers', 'Russian Ministry of Defence', 'SOHR']);
    assert.equal(r.body.event.sources[0].title, 'Air strikes hit Khan Shaykhun');
    assert.equal(r.body.event.sources[0].lang, 'en');
    assert.match(r.body.event.sources[0].evidence.text, /Russian warplanes struck/);
    assert.equal(r.body.contradiction.min, 9);
    // Civilian tolls are compared with civilian tolls: 9 (rescuers) against 21 (SOHR).
    assert.equal(r.body.contradiction.max, 21);
    const calm = await getJson('/api/events/EV-KN-20190508');
    assert.equal(calm.body.contradiction, null);
    await expectError('/api/events/EV-NOPE', 404, 'MARSAD_ERR_API_NOT_FOUND', /EV-NOPE/);
  });

  it('GET /api/documents/:id gives the text, sentences and spans (events and mentions)', async () => {
    const r = await getJson('/api/documents/test-ar-kafr-nabudah.txt');
    assert.equal(r.status, 200);
    const doc = r.body.document;
    assert.equal(doc.lang, 'ar');
    assert.equal(doc.title, 'قوات النظام تتقدم في ريف حماة الشمالي');
    assert.equal(r.body.sentences.length, 3);
    const eventSpans = r.body.spans.filter((s: { kind: string }) => s.kind === 'event');
    assert.deepEqual(eventSpans.map((s: { event_id: string }) => s.event_id).sort(), ['EV-KN-20190508', 'EV-LAT-20190508']);
    for (const s of eventSpans) assert.ok(doc.text.slice(s.start, s.end).length > 10);
    const place = r.body.spans.find((s: { kind: string; ref: string }) => s.kind === 'place' && s.ref === 'test:kafr-nabudah');
    assert.equal(doc.text.slice(place.start, place.end), 'كفرنبودة');
    await expectError('/api/documents/none.txt', 404, 'MARSAD_ERR_API_NOT_FOUND');
    const list = await getJson('/api/documents');
    assert.deepEqual(list.body.items.map((d: { doc_id: string }) => d.doc_id).sort(), ['test-ar-abu-dali.txt', 'test-ar-kafr-nabudah.txt', 'test-en-khan-shaykhun.txt', 'test-en-maarat.txt']);
    assert.equal(list.body.items.find((d: { doc_id: string }) => d.doc_id === 'test-ar-abu-dali.txt').lang, 'ar');
  });

  it('GET /api/places/:id gives the place, its control history and events', async () => {
    const r = await getJson('/api/places/test:kafr-nabudah');
    assert.equal(r.status, 200);
    assert.equal(r.body.place.name_ar, 'كفرنبودة');
    assert.deepEqual(r.body.control.history.map((c: { date: string; contested: boolean }) => [c.date, c.contested]), [['2019-05-08', false], ['2019-05-13', true]]);
    assert.equal(r.body.control.history[1].controller, 'National Liberation Front');
    assert.equal(r.body.events.total, 2);
    assert.equal(r.body.events.recent[0].event_id, 'EV-KN-20190513');
    await expectError('/api/places/test:nowhere', 404, 'MARSAD_ERR_API_NOT_FOUND');
  });

  it('GET /api/places?q= finds places in both scripts, places with control changes first', async () => {
    const en = await getJson('/api/places?q=kafr');
    assert.equal(en.body.items[0].id, 'test:kafr-nabudah');
    assert.equal(en.body.items[0].control_changes, 2);
    const ar = await getJson(`/api/places?q=${encodeURIComponent('أبو دالي')}`);
    assert.equal(ar.body.items[0].id, 'test:abu-dali');
    // Partial names in either script, also for places without any control change.
    const partialAr = await getJson(`/api/places?q=${encodeURIComponent('كفرن')}`);
    assert.equal(partialAr.body.items[0].id, 'test:kafr-nabudah');
    const partial = await getJson('/api/places?q=latam');
    assert.deepEqual(partial.body.items.map((p: { id: string }) => p.id), ['test:latamneh']);
    assert.equal(partial.body.items[0].control_changes, 0);
    assert.deepEqual((await getJson('/api/places?q=zzzz')).body.items, []);
    await expectError('/api/places', 400, 'MARSAD_ERR_API_VALIDATION');
  });

  it('GET /api/actors/:id by id or canonical name', async () => {
    const a = await getJson('/api/actors/hts');
    assert.equal(a.body.actor.name, 'Hayat Tahrir al-Sham');
    assert.equal(a.body.events.total, 2);
    const b = await getJson(`/api/actors/${encodeURIComponent('National Liberation Front')}`);
    assert.equal(b.body.actor.id, 'nlf');
    assert.equal(b.body.events.total, 1);
    await expectError('/api/actors/nobody', 404, 'MARSAD_ERR_API_NOT_FOUND');
    const list = await getJson('/api/actors');
    assert.deepEqual(list.body.items.map((a: { id: string }) => a.id), ['hts', 'military-forces-of-russia', 'military-forces-of-syria', 'nlf']);
    assert.equal(list.body.items[0].inter, 2);
  });
});

describe('aggregates', () => {
  it('GET /api/stats honours the filters', async () => {
    const all = await getJson('/api/stats');
    assert.equal(all.body.total, EVENTS.length);
    const battles = all.body.by_type.filter((t: { event_type: string }) => t.event_type === 'Battles').reduce((n: number, t: { n: number }) => n + t.n, 0);
    assert.equal(battles, 3);
    const day = all.body.by_day.find((d: { date: string; event_type: string }) => d.date === '2019-05-08' && d.event_type === 'Battles');
    assert.equal(day.fatalities, 23);
    const hama = (await getJson('/api/stats?admin1=Hama')).body;
    assert.equal(hama.total, 5);
    assert.deepEqual(hama.by_admin1, [{ admin1: 'Hama', n: 5 }]);
    await expectError('/api/stats?to=2019-13-01', 400, 'MARSAD_ERR_API_VALIDATION');
  });

  it('GET /api/contradictions lists events whose claims disagree', async () => {
    const r = await getJson('/api/contradictions');
    assert.deepEqual(r.body.items.map((c: { event_id: string }) => c.event_id), ['EV-KS-20190512']);
    assert.equal(r.body.items[0].claims.length, 3);
    assert.equal(r.body.items[0].min, 9);
    const none = await getJson('/api/contradictions?event_type=Battles');
    assert.deepEqual(none.body.items, []);
  });

  it('GET /api/control lists every change', async () => {
    const r = await getJson('/api/control');
    assert.equal(r.body.items.length, CONTROL.length);
    assert.ok(r.body.items.every((c: { evidence: { doc_id: string } }) => typeof c.evidence.doc_id === 'string'));
  });

  it('GET /api/health and /api/config', async () => {
    const h = await getJson('/api/health');
    assert.equal(h.body.ok, true);
    assert.equal(h.body.events, EVENTS.length);
    assert.equal(h.body.read_only, true);
    assert.ok(h.body.errors['4xx'] > 0, 'the 4xx requests above are counted');
    assert.equal(h.body.errors['5xx'], 0);
    const c = await getJson('/api/config');
    assert.deepEqual(c.body.tileUrl, null);
    assert.equal(c.body.readOnly, true);
  });
});

describe('exports', () => {
  it('CSV: ACLED columns in order, attachment, filtered rows', async () => {
    const res = await fetch(`${base}/api/export.csv?event_type=Battles`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /^text\/csv/);
    assert.match(res.headers.get('content-disposition')!, /^attachment; filename="marsad-events-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = (await res.text()).trim().split(/\r?\n/);
    assert.deepEqual(lines[0]!.split(','), [...ACLED_COLUMNS]);
    assert.equal(lines.length, 1 + 3);
  });

  it('JSON Lines: one event per line with the schema fields', async () => {
    const res = await fetch(`${base}/api/export.jsonl?admin1=Idlib`);
    assert.match(res.headers.get('content-type')!, /^application\/x-ndjson/);
    const rows = (await res.text()).trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(rows.map((r) => r.event_id).sort(), ['EV-KS-20190512', 'EV-MN-20190531']);
    assert.ok(rows.every((r) => Array.isArray(r.sources) && 'fatality_claims' in r));
  });

  it('GeoJSON: a FeatureCollection of points', async () => {
    const res = await fetch(`${base}/api/export.geojson?place_id=test:kafr-nabudah`);
    assert.match(res.headers.get('content-type')!, /^application\/geo\+json/);
    const fc = JSON.parse(await res.text());
    assert.equal(fc.type, 'FeatureCollection');
    assert.equal(fc.features.length, 2);
    assert.deepEqual(fc.features[0].geometry.coordinates, [36.5264, 35.4364]);
  });

  it('exports validate their filters too', async () => {
    await expectError('/api/export.csv?bbox=1,2', 400, 'MARSAD_ERR_API_VALIDATION');
  });
});

describe('security headers and errors', () => {
  const EXPECTED_CSP = [
    "default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'",
    "img-src 'self' data:", "style-src 'self'", "font-src 'self'", "connect-src 'self'",
  ];

  for (const path of ['/api/health', '/api/events?limit=1', '/api/events/EV-NOPE', '/api/no-such-route', '/', '/api/export.csv']) {
    it(`${path} carries CSP, nosniff and no-referrer`, async () => {
      const res = await fetch(base + path);
      await res.arrayBuffer();
      const csp = res.headers.get('content-security-policy') ?? '';
      for (const directive of EXPECTED_CSP) assert.ok(csp.split('; ').includes(directive), `${path}: CSP lacks ${directive}: ${csp}`);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
    });
  }

  it('unknown routes answer 404 with a code', async () => {
    await expectError('/api/no-such-route', 404, 'MARSAD_ERR_API_NOT_FOUND');
  });

  it('a server fault answers 500 with a code, hides internals and is counted', async () => {
    const broken = Object.create(store) as Store;
    broken.queryEvents = () => {
      throw new Error('disk I/O error at /secret/path/marsad.db');
    };
    const srv = await startServer({ store: broken, kb: fixtureKb(), port: 0, host: '127.0.0.1' });
    const write = process.stderr.write.bind(process.stderr);
    const logged: string[] = [];
    process.stderr.write = ((chunk: string) => (logged.push(String(chunk)), true)) as typeof process.stderr.write;
    try {
      const res = await fetch(`${srv.url}api/events`);
      assert.equal(res.status, 500);
      const body = await res.json() as { error: { code: string; message: string } };
      assert.equal(body.error.code, 'MARSAD_ERR_API_INTERNAL');
      assert.doesNotMatch(body.error.message, /secret|disk/);
      assert.ok(logged.some((l) => l.includes('disk I/O error')), 'the fault is written to stderr');
      const health = await (await fetch(`${srv.url}api/health`)).json() as { ok: boolean; events: number | null; errors: { '5xx': number } };
      assert.equal(health.errors['5xx'], 1);
      assert.equal(health.ok, false, 'health says the store is failing');
      assert.equal(health.events, null);
    } finally {
      process.stderr.write = write;
      await srv.close();
    }
  });

  it('a configured tile server is allowed in img-src only', async () => {
    const srv = await startServer({ store, kb: fixtureKb(), port: 0, host: '127.0.0.1', tileUrl: 'https://{s}.tile.example.org/{z}/{x}/{y}.png' });
    try {
      assert.match(srv.url, /^http:\/\/127\.0\.0\.1:\d+\/$/, 'startServer gives the URL with its trailing slash');
      const res = await fetch(`${srv.url}api/config`);
      const body = await res.json() as { tileUrl: string };
      assert.equal(body.tileUrl, 'https://{s}.tile.example.org/{z}/{x}/{y}.png');
      const csp = res.headers.get('content-security-policy')!;
      assert.ok(csp.includes("img-src 'self' data: https://*.tile.example.org"), csp);
      assert.ok(csp.includes("connect-src 'self'"));
    } finally {
      await srv.close();
    }
  });
});
