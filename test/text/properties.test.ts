// Properties over deterministic pseudo-random text mixing Arabic, Latin, digits and punctuation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  tokenize, segmentSentences, segmentClauses, findNumbers, findDates, normalizeForMatch, normalizeKey,
} from '../../src/text/index.js';
import type { Lang } from '../../src/core/index.js';

const PIECES = [
  'قتل', ' ', '،', '.', '؟', '\n', '٢٥', '2017', '/', '12', 'وبال', 'ـ', 'ُ', 'أمس', 'الخميس', 'مارس', 'آب', 'بين', 'و', 'من',
  'Sept.', 'May', ' on ', 'the next day', '[1]', '(', ')', '-', '–', '1,500', '1.5', 'ة', 'ى', 'ئ', '\u200F', 'Ḥ', "'", 'two',
  'dozens', 'عشرات', 'الآلاف', 'حوالي', 'at least', 'بعد', 'يومين', '\uD800', '😀', '٫', 'ال', 'لل', 'ف',
];
function* randomTexts(n: number): Generator<string> {
  let seed = 12345;
  const rnd = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let i = 0; i < n; i++) {
    let s = '';
    const len = Math.floor(rnd() * 40);
    for (let k = 0; k < len; k++) s += PIECES[Math.floor(rnd() * PIECES.length)];
    yield s;
  }
}

test('never throws; offsets round-trip; spans are ordered; normalization idempotent', () => {
  for (const s of randomTexts(400)) {
    for (const lang of ['ar', 'en'] as Lang[]) {
      const copy = s.slice();
      for (const t of tokenize(s, lang, 3)) assert.equal(s.slice(t.start - 3, t.end - 3), t.text);
      let prev = 0;
      for (const x of segmentSentences(s, lang)) {
        assert.equal(s.slice(x.start, x.end), x.text);
        assert.ok(x.start >= prev && x.end > x.start);
        prev = x.end;
      }
      for (const c of segmentClauses(s, lang)) assert.equal(s.slice(c.start, c.end), c.text);
      for (const n of findNumbers(s, lang)) {
        assert.equal(s.slice(n.span.start, n.span.end), n.text);
        assert.ok(Number.isFinite(n.value));
      }
      prev = 0;
      for (const d of findDates(s, { lang, published: '2018-01-11' })) {
        assert.equal(s.slice(d.span.start, d.span.end), d.text);
        assert.ok(d.span.start >= prev);
        prev = d.span.end;
        assert.match(d.date, /^\d{4}-\d{2}-\d{2}$/);
      }
      const { text, map } = normalizeForMatch(s);
      assert.equal(map.length, text.length + 1);
      assert.equal(normalizeForMatch(text).text, text);
      assert.equal(normalizeKey(normalizeKey(s)), normalizeKey(s));
      assert.equal(s, copy);
    }
  }
});

test('non-string input gives empty results', () => {
  const bad = null as unknown as string;
  assert.deepEqual(tokenize(bad, 'ar'), []);
  assert.deepEqual(segmentSentences(bad, 'en'), []);
  assert.deepEqual(segmentClauses(bad, 'ar'), []);
  assert.deepEqual(findNumbers(bad, 'ar'), []);
  assert.deepEqual(findDates(bad, { lang: 'ar', published: null }), []);
  assert.equal(normalizeKey(bad), '');
  assert.deepEqual(normalizeForMatch(bad), { text: '', map: Int32Array.of(0) });
});
