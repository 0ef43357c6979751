import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNumbers, dualNounValue, tokenize } from '../../src/text/index.js';
import type { Lang } from '../../src/core/index.js';

const nums = (s: string, lang: Lang): [string, number, string, boolean][] =>
  findNumbers(s, lang).map((n) => [n.text, n.value, n.qualifier, n.vague]);

test('Arabic digits, words, compounds and qualifiers', () => {
  const s = 'قُتل ٢٥ عنصراً، وأكثر من 1,500 مدني نزحوا، ونحو ١٫٥ مليون لاجئ، وقتل خمسة وعشرون مقاتلاً على الأقل، وأصيب ما لا يقل عن ثلاثة آلاف، وحوالي ثلاثمائة وخمسين عائلة، وأحد عشر جندياً، ومئتا شخص، وحتى عشرين غارة.';
  assert.deepEqual(nums(s, 'ar'), [
    ['٢٥', 25, 'exact', false],
    ['أكثر من 1,500', 1500, 'more_than', false],
    ['نحو ١٫٥ مليون', 1500000, 'about', false],
    ['خمسة وعشرون مقاتلاً على الأقل', 25, 'at_least', false],
    ['ما لا يقل عن ثلاثة آلاف', 3000, 'at_least', false],
    ['حوالي ثلاثمائة وخمسين', 350, 'about', false],
    ['وأحد عشر', 11, 'exact', false],
    ['مئتا', 200, 'exact', false],
    ['حتى عشرين', 20, 'up_to', false],
  ]);
  const spans = findNumbers(s, 'ar', 7);
  for (const n of spans) assert.equal(s.slice(n.span.start - 7, n.span.end - 7), n.text);
});

test('Arabic vague quantities get ACLED counts; duals count 2', () => {
  assert.deepEqual(nums('سقط عشرات القتلى ومئات الجرحى وعدد من المدنيين وعدة عناصر وبضعة جنود وعشرات الآلاف من النازحين', 'ar'), [
    ['عشرات', 12, 'vague', true], ['مئات', 100, 'vague', true], ['عدد من', 3, 'vague', true], ['عدة', 3, 'vague', true],
    ['بضعة', 3, 'vague', true], ['عشرات الآلاف', 10000, 'vague', true],
  ]);
  assert.deepEqual(nums('سيطرت القوات على قريتين بعد مقتل عنصرين', 'ar').map((n) => n[1]), [2, 2]);
  assert.equal(dualNounValue('بيومين'), 2);
  assert.equal(dualNounValue('قريتان'), 2);
  assert.equal(dualNounValue('مدنيين'), null); // a plural, not a dual
  assert.equal(dualNounValue('فلسطين'), null);
});

test('Arabic: years, dates, day-of-month, citations and ordinals are not numbers; 12 نقطة is', () => {
  const s = 'في 19 سبتمبر 2017 وفي عام 2016 وفي 2024/12/05 سيطرت الفصائل على 12 نقطة.[12] وفي اليوم العاشر قصفت طائرات سو-24';
  assert.deepEqual(nums(s, 'ar'), [['12', 12, 'exact', false]]);
});

test('English digits, words, vague quantities and qualifiers', () => {
  const s = 'At least 25 civilians and more than 1,500 fighters, some two hundred and fifty troops, dozens of militiamen, hundreds of families, tens of thousands of people, twenty-five soldiers, a dozen tanks, several villages, a number of shells, a few rockets, about 40 strikes and up to 7 jets; 3 were killed.';
  assert.deepEqual(nums(s, 'en'), [
    ['At least 25', 25, 'at_least', false],
    ['more than 1,500', 1500, 'more_than', false],
    ['some two hundred and fifty', 250, 'about', false],
    ['dozens', 12, 'vague', true],
    ['hundreds', 100, 'vague', true],
    ['tens of thousands', 10000, 'vague', true],
    ['twenty-five', 25, 'exact', false],
    ['a dozen', 12, 'exact', false],
    ['several', 3, 'vague', true],
    ['a number of', 3, 'vague', true],
    ['a few', 3, 'vague', true],
    ['about 40', 40, 'about', false],
    ['up to 7', 7, 'up_to', false],
    ['3', 3, 'exact', false],
  ]);
});

test('English: years, dates, relative days, model numbers, citations are skipped', () => {
  const s = 'On 6 October 2017, two days later, Su-24 jets and T-72 tanks hit 4 positions.[12] By 28 September, 10:30, the 24th brigade.';
  assert.deepEqual(nums(s, 'en'), [['4', 4, 'exact', false]]);
});

test('garbage gives []', () => {
  assert.deepEqual(findNumbers('', 'ar'), []);
  assert.deepEqual(findNumbers('ـــ ؟؟ ..', 'ar'), []);
  assert.deepEqual(findNumbers('[1][2][3]', 'en'), []);
});

test('findNumbers with the caller\'s tokens finds exactly what it finds on its own', () => {
  for (const [text, lang] of [
    ['قُتل أكثر من 40 مدنياً وجُرح عشرات آخرون في غارات على قريتين بريف إدلب.', 'ar'],
    ['At least 12 rebels and eight soldiers were killed, and dozens were wounded.', 'en'],
  ] as const) {
    assert.deepEqual(findNumbers(text, lang, 0, tokenize(text, lang)), findNumbers(text, lang));
  }
});

test('a range is a floor and a ceiling ("between 10 and 15", "ما بين 10 و15", "بين عشرة و15")', () => {
  assert.deepEqual(nums('Between 10 and 15 rebels were killed.', 'en'), [['10', 10, 'at_least', false], ['15', 15, 'up_to', false]]);
  assert.deepEqual(nums('قتل ما بين 10 و15 عنصرا.', 'ar'), [['10', 10, 'at_least', false], ['15', 15, 'up_to', false]]);
  assert.deepEqual(nums('قتل بين 10 و 15 عنصرا.', 'ar'), [['10', 10, 'at_least', false], ['15', 15, 'up_to', false]]);
  // not a range: two figures joined without "between", or a falling pair
  assert.deepEqual(nums('10 and 15 rebels', 'en').map((n) => n[2]), ['exact', 'exact']);
  assert.deepEqual(nums('between 15 and 10', 'en').map((n) => n[2]), ['exact', 'exact']);
});

test('the nominative dual of a noun with a sound plural is 2 (مدنيان، مقاتلان); its ين form stays ambiguous', () => {
  assert.equal(dualNounValue('مدنيان'), 2);
  assert.equal(dualNounValue('ومقاتلان'), 2);
  assert.equal(dualNounValue('مدنيين'), null);
  assert.equal(dualNounValue('مقاتلين'), null);
  assert.deepEqual(nums('استشهد مدنيان وأصيب 5 آخرون جراء القصف', 'ar').map((n) => n[1]), [2, 5]);
});
