// The trigger and cue lexicons: they validate, their ids are unique and kebab-case, every
// sub-event type is ACLED's, bad files are rejected naming the file and the entry, and every
// trigger's own example sentence produces an event of its sub-event type through that rule.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { ALL_SUB_EVENT_TYPES, isMarsadError } from '../../src/core/index.js';
import { analyzeDocument, loadLexicon, WordTrie, type Lexicon } from '../../src/extract/index.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../../src/kb/index.js';

let lexicon: Lexicon;
let kb: KnowledgeBase;
before(() => {
  lexicon = loadLexicon();
  kb = loadKnowledgeBase();
});

describe('shipped lexicon', () => {
  it('has unique kebab-case ids and only ACLED sub-event types', () => {
    const ids = [...lexicon.triggers.map((t) => t.id), ...lexicon.cues.map((c) => c.id)];
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const t of lexicon.triggers) assert.ok((ALL_SUB_EVENT_TYPES as string[]).includes(t.sub_event_type), t.id);
  });

  it('covers both languages and the main sub-event types in each', () => {
    for (const lang of ['ar', 'en'] as const) {
      const subs = new Set(lexicon.triggers.filter((t) => t.lang === lang).map((t) => t.sub_event_type));
      for (const s of ['Armed clash', 'Air/drone strike', 'Shelling/artillery/missile attack', 'Suicide bomb', 'Remote explosive/landmine/IED',
        'Chemical weapon', 'Attack', 'Abduction/forced disappearance', 'Peaceful protest', 'Arrests', 'Agreement',
        'Non-violent transfer of territory', 'Headquarters or base established', 'Change to group/activity',
        'Non-state actor overtakes territory', 'Government regains territory']) {
        assert.ok(subs.has(s as never), `${lang} lacks ${s}`);
      }
    }
  });

  it("every trigger's example produces an event of its sub-event type through that rule", () => {
    const failures: string[] = [];
    for (const t of lexicon.triggers) {
      const a = analyzeDocument({ doc_id: `example-${t.id}`, text: t.example, lang: t.lang, published: '2019-05-22', title: null }, kb, lexicon);
      if (!a.events.some((e) => e.sub_event_type === t.sub_event_type && e.rule_ids?.includes(t.id))) {
        failures.push(`${t.id}: ${a.events.map((e) => `${e.sub_event_type} [${e.rule_ids?.join(',')}]`).join('; ') || 'no event'}`);
      }
    }
    assert.deepEqual(failures, []);
  });
});

describe('validation of lexicon files', () => {
  function dirWith(triggers: unknown, cues?: unknown): string {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-lex-'));
    writeFileSync(join(dir, 'triggers.en.json'), JSON.stringify(triggers));
    if (cues) writeFileSync(join(dir, 'cues.en.json'), JSON.stringify(cues));
    return dir;
  }
  const good = {
    id: 'en-test-capture', sub_event_type: 'Non-state actor overtakes territory', territory: true, forms: ['captur*'],
    roles: { actor1: 'subject', place: 'object' }, example: 'Rebels captured Morek.', source: 'test',
  };
  const file = (triggers: unknown[]) => ({ version: 1, lang: 'en', changelog: [{ date: '2026-11-22', change: 'test' }], triggers });

  it('rejects an unknown sub-event type, naming the file and the entry', () => {
    const dir = dirWith(file([{ ...good, sub_event_type: 'Skirmish' }]));
    assert.throws(() => loadLexicon(dir), (e: unknown) => isMarsadError(e) && e.code === 'MARSAD_ERR_DATA_INVALID' && /triggers\.en\.json/.test(e.message) && /en-test-capture/.test(e.message));
  });

  it('rejects duplicate ids and ids that are not kebab-case', () => {
    assert.throws(() => loadLexicon(dirWith(file([good, good]))), /duplicate id/);
    assert.throws(() => loadLexicon(dirWith(file([{ ...good, id: 'Bad_Id' }]))), /kebab-case/);
  });

  it('rejects a file without a changelog', () => {
    const bad = { version: 1, lang: 'en', triggers: [good] };
    assert.throws(() => loadLexicon(dirWith(bad)), (e: unknown) => isMarsadError(e) && /changelog/.test(e.message));
  });

  it('loads a small valid lexicon and uses it', () => {
    const small = loadLexicon(dirWith(file([good])));
    assert.equal(small.triggers.length, 1);
    const a = analyzeDocument({ doc_id: 'small', text: 'On 3 May 2019, rebels captured the town of Kafr Nabudah.', lang: 'en', published: null, title: null }, kb, small);
    assert.ok(a.events.some((e) => e.rule_ids?.includes('en-test-capture')));
  });
});

describe('WordTrie', () => {
  it('matches exact words, stems and the longest pattern', () => {
    const t = new WordTrie<string>();
    t.add(['air', 'strike*'], 'air');
    t.add(['strike'], 'strike');
    t.add(['قصف*'], 'qasf');
    const words = (s: string) => s.split(' ').map((w) => ({ forms: [w] }));
    assert.deepEqual(t.longest(words('air strikes hit'), 0), { value: ['air'], words: 2 });
    assert.deepEqual(t.longest(words('strike'), 0), { value: ['strike'], words: 1 });
    assert.deepEqual(t.longest(words('قصفت الطائرات'), 0), { value: ['qasf'], words: 1 });
    assert.equal(t.longest(words('air raid'), 0), null);
  });

  it('gives the same matches for shared and fresh forms arrays, and keeps values a pattern has twice', () => {
    const t = new WordTrie<string>();
    t.add(['air', 'strike*'], 'air');
    t.add(['air', 'strikes'], 'air');
    t.add(['air', 'strikes'], 'air-exact');
    t.add(['strike'], 'strike');
    const shared = new Map<string, string[]>();
    const sharedWords = (s: string) => s.split(' ').map((w) => ({ forms: shared.get(w) ?? (shared.set(w, [w]), shared.get(w)!) }));
    const fresh = (s: string) => s.split(' ').map((w) => ({ forms: [w] }));
    for (let k = 0; k < 3; k++) {
      for (const words of [sharedWords, fresh]) {
        assert.deepEqual(t.longest(words('the air strikes hit'), 1), { value: ['air', 'air-exact'], words: 2 });
        assert.deepEqual(t.longest(words('air striker'), 0), { value: ['air'], words: 2 });
        assert.deepEqual(t.longest(words('strike air'), 0), { value: ['strike'], words: 1 });
        assert.equal(t.longest(words('air'), 0), null);
        assert.equal(t.longest(words('air strikes'), 0, (j) => j === 1), null, 'stop ends the walk');
      }
    }
    const hit = t.longest(fresh('air strikes'), 0)!;
    hit.value.push('changed'); // callers own the values array: the trie's memo is not affected
    assert.deepEqual(t.longest(fresh('air strikes'), 0), { value: ['air', 'air-exact'], words: 2 });
  });
});
