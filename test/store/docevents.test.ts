// The stored form of per-document events: it gives back exactly the events written (field
// order included, so exports do not change), and leaves out what the document row holds.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { SEED_CORPUS_DIR, type DocEvent } from '../../src/core/index.js';
import { analyzeDocument, loadLexicon } from '../../src/extract/index.js';
import { loadKnowledgeBase } from '../../src/kb/index.js';
import { packDocEvents, unpackDocEvents, type StoredDocContext } from '../../src/store/docevents.js';
import { openStore } from '../../src/store/index.js';
import { makeDoc, tempDir } from './helpers.js';

const roundTrip = (events: DocEvent[], doc: StoredDocContext) =>
  unpackDocEvents(JSON.stringify(packDocEvents(events, doc)), doc);

const AR = 'سيطرت قوات النظام على بلدة كفرنبودة في ريف حماة الشمالي. وقتل 12 عنصراً من الفصائل بحسب المرصد.';
const EN = 'Government forces captured Kafr Nabudah in northern Hama. SOHR said 12 rebels were killed.';

function docContext(doc_id: string, text: string): StoredDocContext {
  return { doc_id, text, title: 'A title', lang: /[\u0600-\u06ff]/.test(text) ? 'ar' : 'en', published: '2019-05-08' };
}

/** The events Marsad codes in `text`. */
function coded(doc: StoredDocContext): DocEvent[] {
  return analyzeDocument(doc, kb, lexicon).events;
}
const kb = loadKnowledgeBase();
const lexicon = loadLexicon();

describe('stored per-document events', () => {
  for (const text of [AR, EN]) {
    it(`give back exactly what was coded (${text.slice(0, 20)}…)`, () => {
      const doc = docContext('d1.txt', text);
      const events = coded(doc);
      assert.ok(events.length > 0 && events.some((e) => e.fatality_claims.length > 0));
      const back = roundTrip(events, doc);
      // same values, same field order (exports and API answers are byte-identical)
      assert.equal(JSON.stringify(back), JSON.stringify(events));
      // the sentence and the figure are quoted once, in the document, not in every event
      const stored = JSON.stringify(packDocEvents(events, doc));
      assert.ok(!stored.includes(events[0]!.sources[0]!.evidence.text), 'evidence text not repeated');
      assert.ok(!stored.includes('"d1.txt"'), 'document id not repeated');
    });
  }

  it("keep a shared toll's share (\"air strikes on X, Y and Z killed 12\": a third each)", () => {
    const text = 'On 20 May 2019, Russian air strikes on Kafr Nabl, Maarat al-Numan and Khan Sheikhoun killed 12 civilians.';
    const doc = docContext('d2.txt', text);
    const events = coded(doc);
    assert.deepEqual(events.map((e) => e.fatality_claims.map((c) => c.share)), [[4], [4], [4]]);
    const back = roundTrip(events, doc);
    assert.equal(JSON.stringify(back), JSON.stringify(events));
    // still packed: the claims are arrays, not objects with their field names
    assert.ok(!JSON.stringify(packDocEvents(events, doc)).includes('"share"'));
  });

  it('are a third of the plain JSON for the seed reports', (t) => {
    if (!existsSync(SEED_CORPUS_DIR)) return t.skip('seed corpus absent');
    let plain = 0;
    let packed = 0;
    for (const f of readdirSync(SEED_CORPUS_DIR).filter((x) => x.endsWith('.txt'))) {
      const text = readFileSync(join(SEED_CORPUS_DIR, f), 'utf8').normalize('NFC');
      const doc = { ...docContext(f, text), published: null };
      const events = coded(doc);
      assert.equal(JSON.stringify(roundTrip(events, doc)), JSON.stringify(events), f);
      plain += JSON.stringify(events).length;
      packed += JSON.stringify(packDocEvents(events, doc)).length;
    }
    assert.ok(packed < plain / 2.5, `${packed} vs ${plain}`);
  });

  it('keep as written what the document row does not hold', () => {
    const doc = docContext('d1.txt', EN);
    const [e] = coded(doc);
    assert.ok(e);
    const other: DocEvent = {
      ...e,
      // a source in another document, an evidence text that is not its span, a claim read elsewhere
      sources: [{ ...e.sources[0]!, doc_id: 'other.txt' }, { ...e.sources[0]!, evidence: { text: 'edited', start: 0, end: 6 } }],
      fatality_claims: [{ count: 3, qualifier: 'exact', victims: 'civilians', claimant: null, doc_id: 'other.txt' }],
    };
    const odd = { ...e, extra_field: 1 } as DocEvent; // another shape
    const events = [e, other, odd];
    assert.equal(JSON.stringify(roundTrip(events, doc)), JSON.stringify(events));
    // a source whose title is not the document row's keeps its own
    const retitled = { ...doc, title: 'New title' };
    assert.equal(roundTrip([e], retitled)[0]!.sources[0]!.title, 'A title');
  });

  it('read the plain JSON array earlier versions stored', () => {
    const doc = docContext('d1.txt', AR);
    const events = coded(doc);
    assert.deepEqual(unpackDocEvents(JSON.stringify(events), doc), events);
    assert.deepEqual(unpackDocEvents(JSON.stringify(packDocEvents([], doc)), doc), []);
  });

  it('come back from the store with their document', (t) => {
    const store = openStore(join(tempDir(t), 'm.db'));
    t.after(() => store.close());
    const doc = docContext('en1.txt', EN);
    const events = coded(doc);
    store.saveDocument(makeDoc('en1.txt', EN, { title: doc.title, published: doc.published }), { sentences: [], mentions: [], events });
    assert.equal(JSON.stringify(store.getDocEvents('en1.txt')), JSON.stringify(events));
    assert.equal(JSON.stringify(store.getDocEventsExcept([])), JSON.stringify(events));
  });
});
