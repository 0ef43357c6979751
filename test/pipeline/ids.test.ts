// Event ids analysts cite stay the same when later reports join the event (written for this test).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPipeline, type Pipeline } from '../../src/pipeline/index.js';
import { parseDocumentBytes } from '../../src/ingest/index.js';

let tmp = '';
let pipeline: Pipeline;
before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'marsad-ids-'));
  pipeline = openPipeline(join(tmp, 'ids.db'));
});
after(() => {
  pipeline?.store.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const captures = () => [...pipeline.store.iterateEvents({})].filter((e) => e.sub_event_type === 'Non-state actor overtakes territory');

test('an event keeps its id when a second report joins it, and the store maps each member to it', () => {
  pipeline.ingestBytes(Buffer.from('On 12 May 2019, rebels captured the town of Kafr Nabudah in northern Hama.'), 'a.txt', { lang: 'en' });
  const [first] = captures();
  assert.ok(first, 'the capture is coded');
  pipeline.ingestBytes(Buffer.from('وفي 12 أيار 2019 سيطرت فصائل المعارضة على بلدة كفرنبودة في ريف حماة الشمالي.'), 'b.txt', { lang: 'ar' });
  const after = captures();
  assert.equal(after.length, 1, 'the two reports are one event');
  assert.equal(after[0]!.members?.length, 2);
  assert.equal(after[0]!.event_id, first.event_id, 'the id cited before the second report stays');
  const byMember = pipeline.store.eventIdsByMember();
  for (const m of after[0]!.members ?? []) assert.equal(byMember.get(m), first.event_id);
});

test('resolve uses only what the store holds: a document deleted before resolving leaves no event', () => {
  const { docs } = parseDocumentBytes(Buffer.from('On 14 May 2019, government forces shelled the town of Kafr Zita in northern Hama.'), 'gone.txt', { meta: { lang: 'en' } });
  pipeline.ingestDocument(docs[0]!);
  assert.ok(pipeline.store.getDocEvents('gone.txt').length > 0, 'stored with its events');
  pipeline.store.deleteDocument('gone.txt');
  pipeline.resolve();
  assert.ok(![...pipeline.store.iterateEvents({})].some((e) => e.sources.some((s) => s.doc_id === 'gone.txt')), 'no event from the deleted document');
});
