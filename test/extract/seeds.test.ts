// The seed reports (read from the shared corpus at test time, never copied here): properties
// every coded event must have, and a few events a careful coder would certainly code.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { SEED_CORPUS_DIR, type DocEvent } from '../../src/core/index.js';
import { analyzeDocument, loadLexicon, type Lexicon } from '../../src/extract/index.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../../src/kb/index.js';

const have = existsSync(SEED_CORPUS_DIR);
let lexicon: Lexicon;
let kb: KnowledgeBase;
const byDoc = new Map<string, { text: string; events: DocEvent[] }>();

before(() => {
  if (!have) return;
  lexicon = loadLexicon();
  kb = loadKnowledgeBase();
  for (const f of readdirSync(SEED_CORPUS_DIR).filter((x) => x.endsWith('.txt'))) {
    const text = readFileSync(join(SEED_CORPUS_DIR, f), 'utf8').normalize('NFC');
    const side = join(SEED_CORPUS_DIR, f.replace(/\.txt$/, '.meta.json'));
    const published = existsSync(side) ? (JSON.parse(readFileSync(side, 'utf8')).published ?? null) : null;
    const lang = /[\u0600-\u06ff]/.test(text.slice(0, 400)) ? 'ar' : 'en';
    byDoc.set(f, { text, events: analyzeDocument({ doc_id: f, text, lang, published, title: null }, kb, lexicon).events });
  }
});

describe('seed reports', () => {
  it('every event cites its sentence exactly, names its rules and has a known type', (t) => {
    if (!have) return t.skip('seed corpus absent');
    let n = 0;
    for (const [doc, { text, events }] of byDoc) {
      for (const e of events) {
        n++;
        const ev = e.sources[0]!.evidence;
        assert.equal(text.slice(ev.start, ev.end), ev.text, `${doc} ${e.event_id}`);
        assert.ok(e.rule_ids && e.rule_ids.length > 0);
        assert.ok(e.location.length > 0);
        assert.ok(e.fatalities >= 0);
        assert.ok(e.confidence > 0 && e.confidence <= 1);
        if (e.modality !== 'asserted' && e.modality !== 'claimed') assert.ok(e.review_flags?.some((f) => f.startsWith('modality-')));
        if (!e.place_id) assert.ok(e.review_flags?.includes('unresolved-place') || e.geo_precision >= 2);
      }
    }
    assert.ok(n >= 50, `only ${n} events in the seeds`);
  });

  it('codes the captures of 8 October 2017 in the English report, one event per village', (t) => {
    if (!have) return t.skip('seed corpus absent');
    const en = byDoc.get('004_bf52346a42550460.txt')!.events;
    const caps = en.filter((e) => e.event_date === '2017-10-08' && e.sub_event_type === 'Non-state actor overtakes territory');
    assert.ok(caps.length >= 2);
    assert.ok(caps.some((e) => /abu dal/i.test(e.location)));
    assert.ok(caps.every((e) => e.actor1 === 'Hayat Tahrir al-Sham' || e.actor1 === 'Opposition Rebels (Syria)'));
  });

  it('keeps contradictory claims side by side and takes the lowest as the headline', (t) => {
    if (!have) return t.skip('seed corpus absent');
    const all = [...byDoc.values()].flatMap((d) => d.events);
    const withMany = all.filter((e) => e.fatality_claims.length >= 2);
    assert.ok(withMany.length >= 1);
    for (const e of all) {
      const counts = e.fatality_claims.map((c) => c.count ?? Infinity);
      if (counts.length) assert.ok(e.fatalities <= counts.reduce((a, b) => a + b, 0));
    }
  });

  it('dates the Arabic report of 11 January 2018 from its metadata ("اليوم الخميس")', (t) => {
    if (!have) return t.skip('seed corpus absent');
    const ev = byDoc.get('001_1288dcea63f858e0.txt')!.events.filter((e) => e.modality === 'asserted' || e.modality === 'claimed');
    assert.ok(ev.filter((e) => e.event_date === '2018-01-11').length >= 5);
    assert.ok(ev.some((e) => e.actor1 === 'Turkistan Islamic Party'));
  });
});
