import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ftsBody, procliticVariants, toFtsQuery } from '../../src/store/search.js';

test('proclitic variants strip و ف, ب ك ل and ال, and لل = ل + ال', () => {
  assert.deepEqual(procliticVariants('وبالقصف'), ['بالقصف', 'القصف', 'قصف']);
  assert.deepEqual(procliticVariants('للقوات'), ['القوات', 'قوات']);
  assert.deepEqual(procliticVariants('فالجيش'), ['الجيش', 'جيش']);
  assert.deepEqual(procliticVariants('بحماه'), ['حماه']);
  assert.deepEqual(procliticVariants('حماه'), []); // no proclitic letter first
  assert.deepEqual(procliticVariants('ولد'), []); // too short to strip
  assert.deepEqual(procliticVariants('shelling'), []);
});

test('the indexed body is the key form plus variants of Arabic words only', () => {
  const body = ftsBody('قصفت الطائراتُ بلدةَ كفرزيتا بريف حماة. Shelling on Kafr Zita.');
  // Key form: diacritics gone, ئ → ي, ة → ه, lower case.
  // Words only, space-separated: punctuation never sticks to a word (حماه. is حماه).
  assert.ok(body.startsWith('قصفت الطايرات بلده كفرزيتا بريف حماه shelling on kafr zita |'), body);
  const extra = body.slice(body.indexOf('|') + 1).trim().split(' ');
  // Wrong strips (بلده → لده, كفرزيتا → فرزيتا) only add terms; the right ones make بريف findable as ريف.
  assert.deepEqual(extra, ['طايرات', 'لده', 'فرزيتا', 'ريف']);
  assert.equal(ftsBody('Only English here.'), 'only english here');
  assert.equal(ftsBody('«حماة»، إدلب؛ (Hama)'), 'حماه ادلب hama');
  assert.equal(ftsBody(''), '');
});

test('user queries become safe FTS5 expressions, normalized like the index', () => {
  assert.equal(toFtsQuery('ريف حماة'), '"ريف" "حماه"');
  assert.equal(toFtsQuery('"ريف حماة" OR Idlib*'), '"ريف حماه" OR "idlib" *');
  assert.equal(toFtsQuery('hama -shelling'), '"hama" NOT "shelling"');
  assert.equal(toFtsQuery('hama NOT shelling AND clashes'), '"hama" NOT "shelling" "clashes"');
  assert.equal(toFtsQuery('OR hama OR'), '"hama"');
  assert.equal(toFtsQuery('NEAR(a b) col:x {c}'), '"near a" "b" "col x" "c"');
  assert.equal(toFtsQuery('إدلب'), '"ادلب"');
  assert.equal(toFtsQuery('"unterminated phrase'), '"unterminated phrase"');
  for (const bad of ['', '-hama', '"', '***', '()']) {
    assert.throws(() => toFtsQuery(bad), (e: { code?: string }) => e.code === 'MARSAD_ERR_API_VALIDATION', bad);
  }
});
