import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize, normalizeKey, procliticSplit } from '../../src/text/index.js';

const show = (s: string, lang: 'ar' | 'en' = 'ar'): string[] => tokenize(s, lang).map((t) => (t.clitic ? `${t.text}+` : t.text));

test('Arabic proclitics are split off with clitic: true and the original surface', () => {
  assert.deepEqual(show('وبالقرب من بلدة اللطامنة، والقوات وللفصائل وسيقوم'), [
    'و+', 'ب+', 'ال+', 'قرب', 'من', 'بلدة', 'ال+', 'لطامنة', '،', 'و+', 'ال+', 'قوات', 'و+', 'لل+', 'فصائل', 'و+', 'س+', 'يقوم',
  ]);
  assert.deepEqual(show('فقُتل ولم كالعادة بقذيفة'), ['ف+', 'قُتل', 'و+', 'لم', 'ك+', 'ال+', 'عادة', 'ب+', 'قذيفة']);
});

test('common words that merely start with a proclitic letter are not split', () => {
  for (const w of ['بلدة', 'لكن', 'كانت', 'فصائل', 'ولاية', 'وزير', 'لواء', 'فرقة', 'الذين', 'الله', 'سيطرة', 'بيان', 'كتيبة']) {
    assert.deepEqual(show(w), [w], w);
  }
  // a conjunction before such a word is still split, the word itself stays whole
  assert.deepEqual(show('وبلدة'), ['و+', 'بلدة']);
  assert.deepEqual(show('وسيطرت'), ['و+', 'سيطرت']);
  // stems must stay long enough: ال + 2 letters is not split
  assert.deepEqual(procliticSplit(normalizeKey('الآن')), []);
  assert.deepEqual(procliticSplit(normalizeKey('والقرية')), [1, 2]);
});

test('offsets round-trip, word indexes group clitics, norm is normalizeKey, offset parameter shifts', () => {
  const s = 'قُتِل ٢٥ عنصراً وبالقرب من تل ملح، و12 مدنياً في 2024/12/05.';
  const toks = tokenize(s, 'ar', 40);
  for (const t of toks) {
    assert.equal(s.slice(t.start - 40, t.end - 40), t.text);
    assert.equal(t.norm, normalizeKey(t.text) || t.text);
  }
  const wab = toks.filter((t) => t.text === 'و' || t.text === 'ب' || t.text === 'ال' || t.text === 'قرب');
  assert.equal(new Set(wab.slice(0, 4).map((t) => t.word)).size, 1);
  const nums = toks.filter((t) => t.kind === 'number').map((t) => [t.text, t.norm]);
  assert.deepEqual(nums, [['٢٥', '25'], ['12', '12'], ['2024/12/05', '2024/12/05']]);
  const w12 = toks.find((t) => t.text === 'و' && s[t.end - 40] === '1');
  assert.equal(w12?.clitic, true);
});

test('English: hyphenated names and apostrophes stay one token; numbers with separators', () => {
  const s = "Rebels shelled al-Msherfeh and Maqta'a, killing 1,500 on 2024-12-05 (U.S. says).";
  const toks = tokenize(s, 'en');
  assert.deepEqual(toks.filter((t) => t.kind === 'word').map((t) => t.text).slice(0, 5), ['Rebels', 'shelled', 'al-Msherfeh', 'and', "Maqta'a"]);
  assert.equal(toks.find((t) => t.text === 'al-Msherfeh')?.norm, 'al msherfeh');
  assert.equal(toks.find((t) => t.text === "Maqta'a")?.norm, 'maqtaa');
  assert.deepEqual(toks.filter((t) => t.kind === 'number').map((t) => t.text), ['1,500', '2024-12-05']);
  assert.ok(toks.filter((t) => t.kind === 'punct').every((t) => t.text.length === 1));
  for (const t of toks) assert.equal(s.slice(t.start, t.end), t.text);
  assert.equal(toks.at(-1)?.word, 10);
});

test('garbage never throws', () => {
  assert.deepEqual(tokenize('', 'ar'), []);
  const odd = '\uD800 ﷽ ــــ ٍ 𝔘';
  const toks = tokenize(odd, 'ar');
  for (const t of toks) assert.equal(odd.slice(t.start, t.end), t.text);
});

test('بين with a pronoun is one word, not ب + ينهم (2026-12-07)', () => {
  for (const w of ['بينهم', 'بينها', 'بيننا']) {
    const toks = tokenize(`قتلى ${w} أطفال`, 'ar');
    assert.ok(toks.some((t) => t.text === w && !t.clitic), w);
  }
});
