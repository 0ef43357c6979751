import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_CORPUS_DIR, type DocEvent, type Mention, type Sentence } from '../../src/core/index.js';
import { LATEST_VERSION, MIGRATIONS, openStore } from '../../src/store/index.js';
import { migrate } from '../../src/store/migrations.js';
import { makeDoc, makeEvent, splitSentences, tempDir } from './helpers.js';

const AR_TEXT = 'سيطرت قوات النظام على قرية أبو دالي في ريف حماة الشمالي الشرقي. وقتل خمسة مدنيين في قصف على مدينة حماه.';
const EN_TEXT = 'Government forces recaptured the village of Abu Dali in northern Hama. Five civilians were killed by shelling on Hama city.';

function analysisOf(doc_id: string, text: string) {
  const sentences = splitSentences(text);
  const at = text.indexOf('أبو دالي') >= 0 ? text.indexOf('أبو دالي') : text.indexOf('Abu Dali');
  const mentions: Mention[] = [{ kind: 'place', start: at, end: at + 8, surface: text.slice(at, at + 8), ref: 'test:abu-dali', score: 0.9, why: 'gazetteer', sentence: 0 }];
  const events: DocEvent[] = [{
    ...makeEvent({ event_id: `${doc_id}#e0`, sub_event_type: 'Government regains territory' }),
    doc_event_id: `${doc_id}#e0`, doc_id, sentence_index: 0,
  }];
  return { sentences, mentions, events };
}

test('a fresh database is migrated to the latest version, in WAL mode, foreign keys on', (t) => {
  const dir = tempDir(t);
  const path = join(dir, 'sub', 'marsad.db');
  const store = openStore(path);
  assert.equal(store.schemaVersion(), LATEST_VERSION);
  assert.equal(store.path, path);
  const db = new Database(path, { readonly: true });
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  const steps = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
  assert.deepEqual(steps, MIGRATIONS.map((m) => m.version));
  db.close();
  store.close();
  // Reopening applies nothing and keeps the version.
  const again = openStore(path);
  assert.equal(again.schemaVersion(), LATEST_VERSION);
  again.close();
  const check = new Database(path, { readonly: true });
  assert.equal(check.prepare('SELECT count(*) FROM schema_migrations').pluck().get(), MIGRATIONS.length);
  check.close();
});

test('foreign keys are enforced: a sentence row needs its document', (t) => {
  const path = join(tempDir(t), 'fk.db');
  openStore(path).close();
  const db = new Database(path);
  db.pragma('foreign_keys = ON');
  assert.throws(() => db.prepare(`INSERT INTO sentences (doc_id, idx, start, "end", text) VALUES ('nope', 0, 0, 1, 'x')`).run(), /FOREIGN KEY/);
  db.close();
});

test('an old-version database is upgraded and keeps its rows', (t) => {
  const path = join(tempDir(t), 'old.db');
  const db = new Database(path);
  migrate(db, 1);
  db.prepare(`INSERT INTO documents (doc_id, hash, text, chars, lang, lang_supported, format, ingested_at, updated_at)
      VALUES ('old.txt', 'h0', 'Clashes in Kafr Nabudah.', 24, 'en', 1, 'txt', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')`).run();
  assert.equal(db.prepare('SELECT MAX(version) FROM schema_migrations').pluck().get(), 1);
  db.close();
  const store = openStore(path);
  assert.equal(store.schemaVersion(), LATEST_VERSION);
  assert.equal(store.getDocument('old.txt')?.text, 'Clashes in Kafr Nabudah.');
  store.replaceEvents([makeEvent({ event_id: 'e1' })]);
  assert.equal(store.eventCount(), 1);
  store.close();
  // The indexes are the latest step's (replaceEvents rebuilds them from the schema as it is).
  const check = new Database(path, { readonly: true });
  const sql = check.prepare(`SELECT sql FROM sqlite_master WHERE name = 'events_admin1_date'`).pluck().get() as string;
  assert.match(sql, /admin1, event_date, event_date_last, event_type, sub_event_type/);
  check.close();
});

test('a database from a newer Marsad is refused; read-only on an old one too', (t) => {
  const dir = tempDir(t);
  const path = join(dir, 'new.db');
  openStore(path).close();
  const db = new Database(path);
  db.prepare(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'from the future', 'x')`).run(LATEST_VERSION + 1);
  db.close();
  assert.throws(() => openStore(path), (e: { code?: string }) => e.code === 'MARSAD_ERR_STORE_MIGRATION');
  assert.throws(() => openStore(path, { readonly: true }), (e: { code?: string }) => e.code === 'MARSAD_ERR_STORE_MIGRATION');

  const oldPath = join(dir, 'old.db');
  const old = new Database(oldPath);
  migrate(old, 2);
  old.close();
  assert.throws(() => openStore(oldPath, { readonly: true }), (e: { code?: string; message: string }) =>
    e.code === 'MARSAD_ERR_STORE_MIGRATION' && /read-write/.test(e.message));
  assert.throws(() => openStore(join(dir, 'missing.db'), { readonly: true }), (e: { code?: string }) => e.code === 'MARSAD_ERR_STORE_NOT_FOUND');
  const garbage = join(dir, 'garbage.db');
  writeFileSync(garbage, 'this is not a database file, just text that is long enough to look like a header');
  assert.throws(() => openStore(garbage), (e: { code?: string }) => e.code === 'MARSAD_ERR_STORE_MIGRATION');
});

test('a failed migration step leaves the database at its old version', (t) => {
  const path = join(tempDir(t), 'fail.db');
  const db = new Database(path);
  migrate(db, 1);
  const broken = [...MIGRATIONS.slice(0, 2), { version: 3, name: 'broken', sql: 'CREATE TABLE x (a); CREATE TABLE x (a);' }];
  assert.throws(() => migrate(db, 3, broken), (e: { code?: string }) => e.code === 'MARSAD_ERR_STORE_MIGRATION');
  assert.equal(db.prepare('SELECT MAX(version) FROM schema_migrations').pluck().get(), 1);
  assert.equal(db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'events'`).pluck().get(), 0);
  db.close();
});

test('save: new, unchanged (nothing written), updated (old rows replaced)', (t) => {
  const store = openStore(join(tempDir(t), 'docs.db'));
  t.after(() => store.close());
  const doc = makeDoc('ar1.txt', AR_TEXT, { outlet: 'Test Outlet', published: '2017-10-02', published_basis: 'metadata' });
  assert.equal(store.documentStatus('ar1.txt', doc.hash), 'new');
  assert.equal(store.saveDocument(doc, analysisOf('ar1.txt', AR_TEXT)), 'new');
  assert.equal(store.documentStatus('ar1.txt', doc.hash), 'unchanged');
  assert.equal(store.documentStatus('ar1.txt', 'other'), 'updated');
  const first = store.getDocument('ar1.txt')!;
  assert.equal(first.text, AR_TEXT);
  assert.equal(first.lang_supported, true);
  assert.equal(first.published_basis, 'metadata');
  assert.equal(store.getSentences('ar1.txt').length, 2);
  assert.equal(store.getMentions('ar1.txt')[0]!.ref, 'test:abu-dali');
  assert.equal(store.getMentions('ar1.txt')[0]!.sentence, 0);
  assert.equal(store.getDocEvents('ar1.txt')[0]!.sub_event_type, 'Government regains territory');

  // Same hash: nothing written, even with different analysis.
  assert.equal(store.saveDocument(doc, { sentences: [], mentions: [], events: [] }), 'unchanged');
  assert.equal(store.getSentences('ar1.txt').length, 2);
  assert.equal(store.getDocument('ar1.txt')!.updated_at, first.updated_at);

  // Changed: every dependent row is replaced, FTS rows too.
  const text2 = 'اشتباكات عنيفة في بلدة كفرنبودة.';
  const doc2 = makeDoc('ar1.txt', text2, { hash: 'changed' });
  assert.equal(store.saveDocument(doc2, { sentences: splitSentences(text2), mentions: [], events: [] }), 'updated');
  const stored = store.getDocument('ar1.txt')!;
  assert.equal(stored.text, text2);
  assert.equal(stored.ingested_at, first.ingested_at);
  assert.deepEqual(store.getSentences('ar1.txt').map((s) => s.text), ['اشتباكات عنيفة في بلدة كفرنبودة.']);
  assert.deepEqual(store.getMentions('ar1.txt'), []);
  assert.deepEqual(store.getDocEvents('ar1.txt'), []);
  assert.deepEqual(store.searchSentences('حماة'), []);
  assert.equal(store.searchSentences('كفرنبوده').length, 1);
  const [summary] = store.listDocuments();
  assert.deepEqual(summary, { doc_id: 'ar1.txt', lang: 'ar', published: null, title: null, outlet: null, chars: text2.length, sentences: 1 });

  // force rewrites an unchanged document (e.g. after a lexicon upgrade).
  assert.equal(store.saveDocument(doc2, { sentences: [], mentions: [], events: [] }, { force: true }), 'updated');
  assert.equal(store.getSentences('ar1.txt').length, 0);
});

test('a failure midway through a save keeps the old version intact', (t) => {
  const store = openStore(join(tempDir(t), 'tx.db'));
  t.after(() => store.close());
  const doc = makeDoc('en1.txt', EN_TEXT);
  store.saveDocument(doc, analysisOf('en1.txt', EN_TEXT));
  const before = { doc: store.getDocument('en1.txt'), s: store.getSentences('en1.txt'), m: store.getMentions('en1.txt'), e: store.getDocEvents('en1.txt') };

  // A constraint violation after the old rows were deleted: two sentences with one index.
  const changed = makeDoc('en1.txt', 'Airstrikes hit Khan Shaykhun. More airstrikes hit Khan Shaykhun.', { hash: 'v2' });
  const dup: Sentence[] = [{ index: 0, start: 0, end: 29, text: 'Airstrikes hit Khan Shaykhun.' }, { index: 0, start: 30, end: 64, text: 'More airstrikes hit Khan Shaykhun.' }];
  assert.throws(() => store.saveDocument(changed, { sentences: dup, mentions: [], events: [] }), /UNIQUE/);
  // The analysis itself throwing while being written.
  const exploding = [dup[0]!, new Proxy({} as Sentence, { get() { throw new Error('analysis failed'); } })];
  assert.throws(() => store.saveDocument(changed, { sentences: exploding, mentions: [], events: [] }), /analysis failed/);

  assert.deepEqual(store.getDocument('en1.txt'), before.doc);
  assert.deepEqual(store.getSentences('en1.txt'), before.s);
  assert.deepEqual(store.getMentions('en1.txt'), before.m);
  assert.deepEqual(store.getDocEvents('en1.txt'), before.e);
  assert.equal(store.searchSentences('Khan Shaykhun').length, 0);
  assert.equal(store.searchSentences('shelling').length, 1);
  assert.equal(store.documentStatus('en1.txt', doc.hash), 'unchanged');
});

test('delete removes a document with its sentences, index rows, mentions and events', (t) => {
  const store = openStore(join(tempDir(t), 'del.db'));
  t.after(() => store.close());
  store.saveDocument(makeDoc('en1.txt', EN_TEXT), analysisOf('en1.txt', EN_TEXT));
  store.saveDocument(makeDoc('ar1.txt', AR_TEXT), analysisOf('ar1.txt', AR_TEXT));
  assert.equal(store.getDocEvents().length, 2);
  assert.equal(store.deleteDocument('en1.txt'), true);
  assert.equal(store.deleteDocument('en1.txt'), false);
  assert.equal(store.getDocument('en1.txt'), null);
  assert.deepEqual(store.getSentences('en1.txt'), []);
  assert.equal(store.getDocEvents().length, 1);
  assert.deepEqual(store.searchSentences('recaptured'), []);
  assert.deepEqual(store.searchSentences('حماه').map((h) => h.doc_id), ['ar1.txt', 'ar1.txt']);
});

test('full-text search: Arabic with normalization and glued proclitics, English case-insensitive', (t) => {
  const store = openStore(join(tempDir(t), 'fts.db'));
  t.after(() => store.close());
  store.saveDocument(makeDoc('ar1.txt', AR_TEXT), analysisOf('ar1.txt', AR_TEXT));
  store.saveDocument(makeDoc('en1.txt', EN_TEXT), analysisOf('en1.txt', EN_TEXT));
  const ar2 = 'شنّت الطائرات الحربية غاراتٍ على إدلب. ودارت اشتباكات بالقرب من مَعَرَّة النعمان.';
  store.saveDocument(makeDoc('ar2.txt', ar2), { sentences: splitSentences(ar2), mentions: [], events: [] });

  // حماه finds حماة (ta marbuta, sentence 0) and حماه (sentence 1).
  const hama = store.searchSentences('حماه');
  assert.deepEqual(hama.map((h) => `${h.doc_id}:${h.index}`).sort(), ['ar1.txt:0', 'ar1.txt:1']);
  // حماة finds the same sentences (the query is normalized the same way).
  assert.equal(store.searchSentences('حماة').length, 2);
  // Hamza and diacritics: ادلب finds إدلب, معرة finds مَعَرَّة; a glued و/ب/ال is stripped.
  assert.deepEqual(store.searchSentences('ادلب').map((h) => h.index), [0]);
  assert.deepEqual(store.searchSentences('معرة النعمان').map((h) => h.index), [1]);
  assert.deepEqual(store.searchSentences('القرب').map((h) => h.doc_id), ['ar2.txt']);
  assert.deepEqual(store.searchSentences('اشتباكات').map((h) => h.doc_id), ['ar2.txt']);
  // A phrase must be contiguous.
  assert.equal(store.searchSentences('"ريف حماة"').length, 1);
  assert.equal(store.searchSentences('"حماة ريف"').length, 0);
  // English: case-insensitive, prefix, OR, NOT.
  assert.deepEqual(store.searchSentences('HAMA').map((h) => h.doc_id), ['en1.txt', 'en1.txt']);
  assert.deepEqual(store.searchSentences('recapt*').map((h) => h.index), [0]);
  assert.equal(store.searchSentences('recaptured OR shelling').length, 2);
  assert.deepEqual(store.searchSentences('hama NOT shelling').map((h) => h.index), [0]);
  assert.deepEqual(store.searchSentences('hama -shelling').map((h) => h.index), [0]);
  // Hit offsets point into the document text.
  const hit = store.searchSentences('shelling')[0]!;
  assert.equal(EN_TEXT.slice(hit.start, hit.end), hit.text);
  // FTS syntax in user input never reaches SQLite as syntax.
  assert.deepEqual(store.searchSentences('hama AND ( NEAR('), store.searchSentences('hama near'));
  for (const bad of ['', '   ', '"" ()', '*', 'OR NOT']) {
    assert.throws(() => store.searchSentences(bad), (e: { code?: string }) => e.code === 'MARSAD_ERR_API_VALIDATION', bad);
  }
  assert.equal(store.searchSentences('hama', 1).length, 1);
});

test('the seed corpus stores and searches (when present)', (t) => {
  if (!existsSync(SEED_CORPUS_DIR)) return t.skip('no seed corpus');
  const store = openStore(join(tempDir(t), 'seeds.db'));
  t.after(() => store.close());
  const files = readdirSync(SEED_CORPUS_DIR).filter((f) => f.endsWith('.txt'));
  for (const f of files) {
    const text = readFileSync(join(SEED_CORPUS_DIR, f), 'utf8').normalize('NFC');
    assert.equal(store.saveDocument(makeDoc(f, text, { hash: f }), { sentences: splitSentences(text), mentions: [], events: [] }), 'new');
  }
  assert.equal(store.listDocuments().length, files.length);
  // Every Arabic seed report names Hama or Idlib; the search finds sentences in Arabic reports.
  const hits = store.searchSentences('حماه OR ادلب', 1000);
  const arabicDocs = new Set(store.listDocuments().filter((d) => d.lang === 'ar').map((d) => d.doc_id));
  assert.ok(hits.some((h) => arabicDocs.has(h.doc_id)));
  for (const h of hits) assert.equal(store.getDocument(h.doc_id)!.text.slice(h.start, h.end), h.text);
});

test('a stale full-text index (older normalizer) is rebuilt when the store is opened', (t) => {
  const path = join(tempDir(t), 'rebuild.db');
  const store = openStore(path);
  store.saveDocument(makeDoc('ar1.txt', AR_TEXT), analysisOf('ar1.txt', AR_TEXT));
  store.close();
  const db = new Database(path);
  db.exec(`INSERT INTO sentences_fts(sentences_fts) VALUES('delete-all'); UPDATE meta SET value = 'old' WHERE key = 'fts_probe';`);
  assert.equal(db.prepare(`SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH '"حماه"'`).pluck().get(), 0);
  db.close();
  const reopened = openStore(path);
  t.after(() => reopened.close());
  assert.equal(reopened.searchSentences('حماه').length, 2);
});

test('a store indexed with the Unicode tokenizer (schema 4) is re-indexed on upgrade and stays searchable', (t) => {
  const path = join(tempDir(t), 'v4.db');
  const db = new Database(path);
  migrate(db, 4);
  db.prepare(`INSERT INTO documents (doc_id, hash, text, chars, lang, lang_supported, format, ingested_at, updated_at)
      VALUES ('old.txt', 'h0', ?, ?, 'ar', 1, 'txt', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')`).run(AR_TEXT, AR_TEXT.length);
  const end = AR_TEXT.indexOf('.') + 1;
  db.prepare(`INSERT INTO sentences (doc_id, idx, start, "end", text) VALUES ('old.txt', 0, 0, ?, ?)`).run(end, AR_TEXT.slice(0, end));
  db.close();
  const store = openStore(path);
  t.after(() => store.close());
  assert.equal(store.schemaVersion(), LATEST_VERSION);
  // بريف حماة. → the words ريف and حماه, with the full stop not glued to the last one
  assert.deepEqual(store.searchSentences('ريف حماة').map((h) => h.doc_id), ['old.txt']);
  assert.deepEqual(store.searchSentences('"الشمالي الشرقي"').map((h) => h.index), [0]);
});

test('a store with a row per mention and per event (schema 6) keeps them, in order, on upgrade', (t) => {
  const path = join(tempDir(t), 'v6.db');
  const db = new Database(path);
  migrate(db, 6);
  for (const id of ['a.txt', 'b.txt']) {
    db.prepare(`INSERT INTO documents (doc_id, hash, text, chars, lang, lang_supported, format, ingested_at, updated_at)
        VALUES (?, 'h0', ?, ?, 'ar', 1, 'txt', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')`).run(id, AR_TEXT, AR_TEXT.length);
  }
  const insMention = db.prepare(`INSERT INTO mentions (doc_id, seq, kind, start, "end", surface, ref, score, why, sentence, relation)
      VALUES ('a.txt', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  // (inserted out of order: the order is seq's)
  insMention.run(1, 'region', 40, 49, 'ريف حماة', 'test:hama-countryside', 0.8, 'region', 0, 'countryside-north');
  insMention.run(0, 'place', 27, 35, 'أبو دالي', 'test:abu-dali', 0.9, 'gazetteer', null, null);
  const insEvent = db.prepare(`INSERT INTO doc_events (doc_id, seq, doc_event_id, json) VALUES ('a.txt', ?, ?, ?)`);
  for (const seq of [1, 0]) insEvent.run(seq, `a.txt#${seq}`, JSON.stringify({ ...makeEvent({ event_id: `e${seq}` }), doc_event_id: `a.txt#${seq}`, doc_id: 'a.txt' }));
  db.close();

  const store = openStore(path);
  t.after(() => store.close());
  assert.equal(store.schemaVersion(), LATEST_VERSION);
  assert.deepEqual(store.getMentions('a.txt'), [
    { kind: 'place', start: 27, end: 35, surface: 'أبو دالي', ref: 'test:abu-dali', score: 0.9, why: 'gazetteer' },
    { kind: 'region', start: 40, end: 49, surface: 'ريف حماة', ref: 'test:hama-countryside', score: 0.8, why: 'region', sentence: 0, relation: 'countryside-north' },
  ]);
  assert.deepEqual(store.getDocEvents('a.txt').map((e) => e.doc_event_id), ['a.txt#0', 'a.txt#1']);
  assert.deepEqual(store.getDocEvents('b.txt'), []);
  assert.deepEqual(store.getMentions('b.txt'), []);
  // deleting a document still takes its analysis with it
  assert.equal(store.deleteDocument('a.txt'), true);
  assert.deepEqual(store.getDocEvents(), []);
});
