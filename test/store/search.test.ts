import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ftsBody, gluedForms, procliticVariants, toFtsQuery } from '../../src/store/search.js';

test('proclitic variants strip و ف, ب ك ل and ال, and لل = ل + ال', () => {
  assert.deepEqual(procliticVariants('وبالقصف'), ['بالقصف', 'القصف', 'قصف']);
  assert.deepEqual(procliticVariants('للقوات'), ['القوات', 'قوات']);
  assert.deepEqual(procliticVariants('فالجيش'), ['الجيش', 'جيش']);
  assert.deepEqual(procliticVariants('بحماه'), ['حماه']);
  assert.deepEqual(procliticVariants('حماه'), []); // no proclitic letter first
  assert.deepEqual(procliticVariants('ولد'), []); // too short to strip
  assert.deepEqual(procliticVariants('shelling'), []);
});

test('the indexed body is the key form, words only', () => {
  const body = ftsBody('قصفت الطائراتُ بلدةَ كفرزيتا بريف حماة. Shelling on Kafr Zita.');
  // Key form: diacritics gone, ئ → ي, ة → ه, lower case.
  // Words only, space-separated: punctuation never sticks to a word (حماه. is حماه).
  assert.equal(body, 'قصفت الطايرات بلده كفرزيتا بريف حماه shelling on kafr zita');
  assert.equal(ftsBody('Only English here.'), 'only english here');
  assert.equal(ftsBody('«حماة»، إدلب؛ (Hama)'), 'حماه ادلب hama');
  assert.equal(ftsBody(''), '');
});

test('glued forms are exactly the words whose proclitic variants include the search word', () => {
  const forms = gluedForms('قصف');
  for (const w of ['بالقصف', 'وبالقصف', 'القصف', 'والقصف', 'للقصف', 'وقصف', 'بقصف']) assert.ok(forms.includes(w), w);
  for (const w of forms) assert.ok(procliticVariants(w).includes('قصف'), w);
  // لل = ل + ال: القوات also stands for للقوات and وللقوات
  assert.ok(gluedForms('القوات').includes('للقوات'));
  assert.ok(gluedForms('القوات').includes('وللقوات'));
  assert.ok(gluedForms('حماه').includes('بحماه'));
  // too short to have been glued (variants keep ≥ 3 letters), and not Arabic
  assert.deepEqual(gluedForms('في'), []);
  assert.deepEqual(gluedForms('hama'), []);
});

test('user queries become safe FTS5 expressions, normalized like the index', () => {
  // an Arabic word is a group: itself OR its glued forms; a phrase stays as written
  const rif = toFtsQuery('ريف');
  assert.ok(rif.startsWith('("ريف" OR ') && rif.includes(' OR "بريف"') && rif.endsWith(')'), rif);
  assert.equal(toFtsQuery('ريف حماة'), `${rif} AND ${toFtsQuery('حماه')}`);
  assert.equal(toFtsQuery('"ريف حماة" OR Idlib*'), '"ريف حماه" OR "idlib" *');
  assert.ok(toFtsQuery('حماة*').includes('"بحماه" *'));
  assert.equal(toFtsQuery('hama -shelling'), '"hama" NOT "shelling"');
  assert.equal(toFtsQuery('hama NOT shelling AND clashes'), '"hama" NOT "shelling" AND "clashes"');
  assert.equal(toFtsQuery('OR hama OR'), '"hama"');
  assert.equal(toFtsQuery('NEAR(a b) col:x {c}'), '"near a" AND "b" AND "col x" AND "c"');
  assert.ok(toFtsQuery('إدلب').startsWith('("ادلب" OR ') && toFtsQuery('إدلب').includes(' OR "وادلب"'));
  assert.equal(toFtsQuery('"unterminated phrase'), '"unterminated phrase"');
  for (const bad of ['', '-hama', '"', '***', '()']) {
    assert.throws(() => toFtsQuery(bad), (e: { code?: string }) => e.code === 'MARSAD_ERR_API_VALIDATION', bad);
  }
});
