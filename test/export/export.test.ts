import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { SHARED_DIR, type ConflictEvent, type ControlChange } from '../../src/core/index.js';
import {
  ACLED_COLUMNS, SCHEMA_FIELDS, acledDate, controlToJsonLine, disorderType, eventToAcledRow, eventToJsonLine,
  interactionCode, writeCsv, writeGeoJson, writeJsonl,
} from '../../src/export/index.js';

const SCHEMA_DOC = join(SHARED_DIR, 'EVENT_SCHEMA.md');

const AR_EVIDENCE = 'استعادت قوات النظام السيطرة على قرية أبو دالي بعد اشتباكات عنيفة مع هيئة تحرير الشام';
const EN_EVIDENCE = 'Government forces retook Abu Dali after two days of heavy fighting with HTS.';

function event(over: Partial<ConflictEvent> = {}): ConflictEvent {
  return {
    event_id: 'SYR-test-1',
    event_date: '2017-10-06',
    event_date_end: '2017-10-08',
    time_precision: 2,
    event_type: 'Battles',
    sub_event_type: 'Government regains territory',
    actor1: 'Hayat Tahrir al-Sham',
    assoc_actor_1: ['Turkistan Islamic Party', 'Jaysh al-Izza'],
    inter1: 2,
    actor2: 'Military Forces of Syria (2000-)',
    assoc_actor_2: [],
    inter2: 1,
    civilian_targeting: false,
    country: 'Syria',
    admin1: 'Hama',
    admin2: 'Hama',
    location: 'Abu Dali',
    location_ar: 'أبو دالي',
    place_id: 'geonames:175033',
    latitude: 35.33,
    longitude: 37.0,
    geo_precision: 1,
    fatalities: 12,
    fatality_claims: [{ count: 12, qualifier: 'at_least', victims: 'combatants', claimant: 'SOHR', doc_id: 'a.txt' }],
    sources: [
      { doc_id: 'a.txt', title: 'تقرير، "الاشتباكات" في ريف حماة', lang: 'ar', published: '2017-10-09', evidence: { text: AR_EVIDENCE, start: 10, end: 10 + AR_EVIDENCE.length } },
      { doc_id: 'b.txt', title: 'Fighting in Hama', lang: 'en', published: '2017-10-09', evidence: { text: EN_EVIDENCE, start: 0, end: EN_EVIDENCE.length } },
      { doc_id: 'c.txt', title: 'Fighting in Hama (update)', lang: 'en', published: '2017-10-10', evidence: { text: EN_EVIDENCE, start: 0, end: EN_EVIDENCE.length } },
    ],
    notes: 'Between 6 and 8 October 2017, government forces retook Abu Dali from HTS.\nAt least 12 fighters were killed.',
    confidence: 0.8,
    modality: 'asserted',
    rule_ids: ['regain-istaada-saytara'],
    ...over,
  };
}

/** A minimal RFC 4180 reader, enough to read back what the writer produced. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** A sink with a tiny buffer, so the writers must honour back-pressure. */
function slowSink(): { out: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const out = new Writable({
    highWaterMark: 16,
    write(chunk: Buffer, _enc, cb) {
      chunks.push(Buffer.from(chunk));
      setImmediate(cb);
    },
  });
  return { out, text: () => Buffer.concat(chunks).toString('utf8') };
}

test('ACLED columns: 31, in the order of EVENT_SCHEMA.md', (t) => {
  assert.equal(ACLED_COLUMNS.length, 31);
  assert.equal(new Set(ACLED_COLUMNS).size, 31);
  assert.equal(ACLED_COLUMNS[0], 'event_id_cnty');
  assert.equal(ACLED_COLUMNS[13], 'interaction');
  assert.equal(ACLED_COLUMNS[30], 'timestamp');
  if (!existsSync(SCHEMA_DOC)) return t.skip('EVENT_SCHEMA.md not present');
  const doc = readFileSync(SCHEMA_DOC, 'utf8');
  const section = doc.slice(doc.indexOf('## ACLED CSV export'));
  const list = /`(event_id_cnty,[^`]+)`/.exec(section)![1]!.split(',').map((s) => s.trim());
  assert.deepEqual([...ACLED_COLUMNS], list);
});

test('JSON line fields follow the EVENT_SCHEMA.md table, in order', (t) => {
  if (!existsSync(SCHEMA_DOC)) return t.skip('EVENT_SCHEMA.md not present');
  const doc = readFileSync(SCHEMA_DOC, 'utf8');
  const table = doc.slice(doc.indexOf('| field |'), doc.indexOf('## ACLED CSV export'));
  const fields = [...table.matchAll(/^\| ((?:`[a-z_0-9]+`(?:, )?)+) \|/gm)].flatMap((m) => [...m[1]!.matchAll(/`([a-z_0-9]+)`/g)].map((x) => x[1]!));
  assert.deepEqual([...SCHEMA_FIELDS], fields);
});

test('an ACLED row: labels, interaction, middle-of-span date, lists, country codes, sources', () => {
  const row = eventToAcledRow(event(), { timestamp: 1_700_000_000, outlets: new Map([['b.txt', 'Enab Baladi'], ['c.txt', 'Enab Baladi']]) });
  assert.deepEqual(Object.keys(row), [...ACLED_COLUMNS]);
  assert.equal(row.event_id_cnty, 'SYR-test-1');
  assert.equal(row.event_date, '2017-10-07'); // middle of 6–8 October
  assert.equal(row.year, 2017);
  assert.equal(row.time_precision, 2);
  assert.equal(row.disorder_type, 'Political violence');
  assert.equal(row.inter1, 'Rebel group');
  assert.equal(row.inter2, 'State forces');
  assert.equal(row.interaction, 12); // lower inter code first
  assert.equal(row.assoc_actor_1, 'Turkistan Islamic Party; Jaysh al-Izza');
  assert.equal(row.assoc_actor_2, '');
  assert.equal(row.civilian_targeting, '');
  assert.equal(row.iso, 760);
  assert.equal(row.region, 'Middle East');
  assert.equal(row.admin3, '');
  assert.equal(row.latitude, 35.33);
  assert.equal(row.longitude, 37);
  // a.txt has no known outlet: its title; b and c share an outlet, named once.
  assert.equal(row.source, 'تقرير، "الاشتباكات" في ريف حماة; Enab Baladi');
  assert.equal(row.source_scale, '');
  assert.equal(row.tags, '');
  assert.equal(row.fatalities, 12);
  assert.equal(row.timestamp, 1_700_000_000);
  const noOutlets = eventToAcledRow(event(), { timestamp: 1 });
  assert.equal(noOutlets.source, 'تقرير، "الاشتباكات" في ريف حماة; Fighting in Hama; Fighting in Hama (update)');
});

test('ACLED dates, interaction codes, disorder types and civilian targeting', () => {
  assert.equal(acledDate({ event_date: '2017-09-01', event_date_end: '2017-09-30', time_precision: 3 }), '2017-09-15');
  assert.equal(acledDate({ event_date: '2017-12-30', event_date_end: '2018-01-02', time_precision: 2 }), '2017-12-31');
  assert.equal(acledDate({ event_date: '2017-10-06', event_date_end: '2017-10-08', time_precision: 1 }), '2017-10-06');
  assert.equal(acledDate({ event_date: '2017-10-06', event_date_end: null, time_precision: 2 }), '2017-10-06');
  assert.equal(acledDate({ event_date: null, event_date_end: null, time_precision: 1 }), '');
  assert.equal(interactionCode(1, 0), 10);
  assert.equal(interactionCode(0, 2), 20);
  assert.equal(interactionCode(8, 1), 18);
  assert.equal(interactionCode(7, 7), 77);
  assert.equal(interactionCode(0, 0), '');
  assert.equal(disorderType('Protests', 'Peaceful protest'), 'Demonstrations');
  assert.equal(disorderType('Riots', 'Violent demonstration'), 'Demonstrations');
  assert.equal(disorderType('Riots', 'Mob violence'), 'Political violence; Demonstrations');
  assert.equal(disorderType('Strategic developments', 'Agreement'), 'Strategic developments');
  assert.equal(disorderType('Violence against civilians', 'Attack'), 'Political violence');
  assert.equal(disorderType('', 'Air/drone strike'), 'Political violence');
  const vac = eventToAcledRow(event({ event_type: 'Violence against civilians', sub_event_type: 'Attack', inter2: 7, civilian_targeting: true, country: 'Atlantis', time_precision: 1 }), { timestamp: 1 });
  assert.equal(vac.civilian_targeting, 'Civilian targeting');
  assert.equal(vac.interaction, 27);
  assert.equal(vac.iso, '');
  assert.equal(vac.region, '');
  assert.equal(vac.event_date, '2017-10-06');
  const unknown = eventToAcledRow(event({ event_date: null, event_date_end: null, latitude: null, longitude: null }), { timestamp: 1 });
  assert.equal(unknown.event_date, '');
  assert.equal(unknown.year, '');
  assert.equal(unknown.latitude, '');
});

test('writeCsv: header for an empty export; rows read back exactly, through back-pressure', async () => {
  const empty = slowSink();
  assert.equal(await writeCsv([], empty.out, { timestamp: 5 }), 0);
  assert.equal(empty.text(), ACLED_COLUMNS.join(',') + '\n');

  const events = Array.from({ length: 300 }, (_, i) => event({ event_id: `SYR-${i}`, fatalities: i }));
  const sink = slowSink();
  assert.equal(await writeCsv(events, sink.out, { timestamp: 5 }), 300);
  const rows = parseCsv(sink.text());
  assert.equal(rows.length, 301);
  assert.deepEqual(rows[0], [...ACLED_COLUMNS]);
  const expected = eventToAcledRow(events[7]!, { timestamp: 5 });
  assert.deepEqual(rows[8], ACLED_COLUMNS.map((c) => String(expected[c])));
  // The notes' line break and the title's comma and quotes survive quoting.
  assert.equal(rows[8]![ACLED_COLUMNS.indexOf('notes')], event().notes);
});

test('JSON lines: schema fields in order, then extras; one line each; round-trips', async () => {
  const e = event({ notes: 'Line one.\nLine two\u2028three.' });
  const line = eventToJsonLine(e);
  assert.ok(!line.includes('\n'));
  const parsed = JSON.parse(line) as Record<string, unknown>;
  const keys = Object.keys(parsed);
  assert.deepEqual(keys.slice(0, SCHEMA_FIELDS.length), [...SCHEMA_FIELDS]);
  assert.deepEqual(keys.slice(SCHEMA_FIELDS.length), ['modality', 'rule_ids']);
  assert.deepEqual(parsed, { ...e });
  // Missing optional values are written as the schema's empty values.
  const sparse = JSON.parse(eventToJsonLine({ event_id: 'x', sub_event_type: 'Armed clash' } as unknown as ConflictEvent));
  assert.equal(sparse.event_date, null);
  assert.deepEqual(sparse.assoc_actor_1, []);
  assert.deepEqual(sparse.sources, []);
  assert.equal(sparse.fatalities, 0);
  assert.equal(sparse.civilian_targeting, false);

  const sink = slowSink();
  assert.equal(await writeJsonl([event({ event_id: 'a' }), event({ event_id: 'b' })], sink.out), 2);
  const lines = sink.text().split('\n');
  assert.equal(lines.length, 3);
  assert.equal(lines[2], '');
  assert.deepEqual(lines.slice(0, 2).map((l) => JSON.parse(l).event_id), ['a', 'b']);
  const empty = slowSink();
  assert.equal(await writeJsonl([], empty.out), 0);
  assert.equal(empty.text(), '');
});

test('GeoJSON: a FeatureCollection of points, unlocated events kept with null geometry', async () => {
  const located = event({ event_id: 'loc' });
  const unlocated = event({ event_id: 'unloc', latitude: null, longitude: null, place_id: null, geo_precision: 3 });
  const sink = slowSink();
  assert.equal(await writeGeoJson([located, unlocated], sink.out), 2);
  const fc = JSON.parse(sink.text());
  assert.equal(fc.type, 'FeatureCollection');
  assert.equal(fc.features.length, 2);
  const [a, b] = fc.features;
  assert.equal(a.type, 'Feature');
  assert.deepEqual(a.geometry, { type: 'Point', coordinates: [37.0, 35.33] });
  assert.deepEqual(a.properties, JSON.parse(eventToJsonLine(located)));
  assert.equal(b.geometry, null);
  assert.equal(b.properties.event_id, 'unloc');
  const empty = slowSink();
  assert.equal(await writeGeoJson([], empty.out), 0);
  assert.deepEqual(JSON.parse(empty.text()), { type: 'FeatureCollection', features: [] });
  // Many features through a slow sink stay one valid document.
  const many = slowSink();
  await writeGeoJson(Array.from({ length: 500 }, (_, i) => event({ event_id: `e${i}` })), many.out);
  assert.equal(JSON.parse(many.text()).features.length, 500);
});

test('control lines carry the documented keys in order', () => {
  const c: ControlChange = {
    place_id: 'geonames:175033', location: 'Abu Dali', location_ar: 'أبو دالي', date: '2017-10-09',
    controller: 'Military Forces of Syria (2000-)', previous_controller: 'Hayat Tahrir al-Sham', contested: false,
    event_id: 'SYR-test-1', confidence: 0.7, evidence: { doc_id: 'b.txt', text: EN_EVIDENCE, start: 0, end: EN_EVIDENCE.length },
  };
  const parsed = JSON.parse(controlToJsonLine(c));
  assert.deepEqual(Object.keys(parsed), ['place_id', 'location', 'location_ar', 'date', 'controller', 'previous_controller', 'event_id', 'confidence', 'contested', 'evidence']);
  assert.equal(parsed.previous_controller, 'Hayat Tahrir al-Sham');
  assert.deepEqual(parsed.evidence, c.evidence);
});

test('odd event content never throws', async () => {
  const odd = [
    { event_id: 'odd1', fatalities: 10n, latitude: Number.NaN, longitude: 36, sources: [null, 5, { doc_id: 'x' }], assoc_actor_1: 'not a list', inter1: 42 },
    {},
    null,
  ] as unknown as ConflictEvent[];
  for (const e of odd) {
    assert.equal(typeof eventToJsonLine(e), 'string');
    const row = eventToAcledRow(e, { timestamp: 1 });
    assert.equal(Object.keys(row).length, 31);
  }
  const first = eventToAcledRow(odd[0]!, { timestamp: 1 });
  assert.equal(first.inter1, '');
  assert.equal(first.latitude, '');
  assert.equal(first.source, 'x');
  assert.equal(JSON.parse(eventToJsonLine(odd[0]!)).latitude, null);
  const sink = slowSink();
  assert.equal(await writeCsv(odd, sink.out, { timestamp: 1 }), 3);
  assert.equal(parseCsv(sink.text()).length, 4);
});
