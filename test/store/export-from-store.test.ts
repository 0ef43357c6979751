import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { ACLED_COLUMNS, writeCsv, writeGeoJson, writeJsonl } from '../../src/export/index.js';
import { openStore } from '../../src/store/index.js';
import { makeDoc, makeEvent, splitSentences, tempDir } from './helpers.js';

function sink(): { out: Writable; text: () => string } {
  let s = '';
  const out = new Writable({ write(c: Buffer, _e, cb) { s += c.toString('utf8'); cb(); } });
  return { out, text: () => s };
}

test('an empty store exports a CSV header, no JSON lines, an empty FeatureCollection', async (t) => {
  const store = openStore(join(tempDir(t), 'empty.db'));
  t.after(() => store.close());
  const csv = sink();
  assert.equal(await writeCsv(store.iterateEvents(), csv.out), 0);
  assert.equal(csv.text(), ACLED_COLUMNS.join(',') + '\n');
  const jsonl = sink();
  assert.equal(await writeJsonl(store.iterateEvents(), jsonl.out), 0);
  assert.equal(jsonl.text(), '');
  const geo = sink();
  assert.equal(await writeGeoJson(store.iterateEvents(), geo.out), 0);
  assert.deepEqual(JSON.parse(geo.text()), { type: 'FeatureCollection', features: [] });
});

test('a filtered export streams from the store; the CSV source column names outlets', async (t) => {
  const store = openStore(join(tempDir(t), 'exp.db'));
  t.after(() => store.close());
  const text = 'قصفت طائرات حربية مدينة خان شيخون بريف إدلب الجنوبي.';
  store.saveDocument(makeDoc('ar.txt', text, { outlet: 'Test Network' }), { sentences: splitSentences(text), mentions: [], events: [] });
  const source = { doc_id: 'ar.txt', title: 'قصف على خان شيخون', lang: 'ar', published: '2019-05-02', evidence: { text, start: 0, end: text.length } };
  store.replaceEvents([
    makeEvent({ event_id: 'a', event_date: '2019-05-01', admin1: 'Idlib', sources: [source] }),
    makeEvent({ event_id: 'b', event_date: '2019-04-01', admin1: 'Idlib' }),
    makeEvent({ event_id: 'c', event_date: '2019-05-03', admin1: 'Hama' }),
  ]);
  const jsonl = sink();
  assert.equal(await writeJsonl(store.iterateEvents({ admin1: 'Idlib' }), jsonl.out), 2);
  assert.deepEqual(jsonl.text().trim().split('\n').map((l) => JSON.parse(l).event_id), ['b', 'a']);
  const csv = sink();
  assert.equal(await writeCsv(store.iterateEvents({ q: 'خان شيخون' }), csv.out, { outlets: store.outletsByDoc(), timestamp: 1 }), 1);
  const [header, row] = csv.text().trim().split('\n');
  const src = header!.split(',').indexOf('source');
  assert.equal(row!.split(',')[src], 'Test Network');
});
