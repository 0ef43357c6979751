import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDateline } from '../../src/ingest/index.js';
import { normalizeDate } from '../../src/ingest/index.js';

const headline = 'اشتباكات عنيفة على محاور ريف حماة الشمالي';

test('findDateline: the required dateline forms', () => {
  const cases: [string, string][] = [
    ['الخميس 2024/12/05', '2024-12-05'],
    ['04.08.2019', '2019-08-04'],
    ['السبت 3/8/2019', '2019-08-03'],
    ['5 December 2024', '2024-12-05'],
    ['December 5, 2024', '2024-12-05'],
    ['2024-12-05', '2024-12-05'],
    ['5 ديسمبر 2024', '2024-12-05'],
    ['5 كانون الأول 2024', '2024-12-05'],
    ['23 آب 2019', '2019-08-23'],
    ['الأحد 1 أيلول/سبتمبر 2019', '2019-09-01'],
    ['٥ كانون الأول ٢٠٢٤', '2024-12-05'],
    ['HAMA, Syria, Dec. 5, 2024 (Reuters) -', '2024-12-05'],
    ['Published on 14 May 2019', '2019-05-14'],
    ['8/23/2019', '2019-08-23'],
  ];
  for (const [line, want] of cases) {
    assert.equal(findDateline(`${headline}\n\n${line}\n\nنص الخبر يبدأ هنا ويستمر.`), want, line);
  }
});

test('findDateline: the first dateline wins', () => {
  assert.equal(findDateline(`${headline}\n04.08.2019\nساسة\n\nالسبت 3/8/2019\nنص`), '2019-08-04');
});

test('findDateline: month-year, day-month and invalid dates are not datelines', () => {
  for (const t of [
    'في مارس 2017، شن المتمردون هجوماً على مواقع الجيش شمال حماة.',
    'On 19 September, rebels attacked government positions north of Hama.',
    'The offensive (September 2017) failed.',
    '13/13/2020',
    '31.02.2019',
    '1/1/1980',
    `5 December ${new Date().getUTCFullYear() + 3}`,
    '',
  ]) {
    assert.equal(findDateline(t), null, t);
  }
});

test('findDateline: a date inside a long sentence is an event date, not a dateline', () => {
  const text =
    'Rebel factions said that since 5 December 2024 they have been advancing on several fronts around the city of Hama, taking villages one after another.';
  assert.equal(findDateline(text), null);
});

test('findDateline: only the head of the article is searched', () => {
  const body = Array.from({ length: 20 }, (_, i) => `Paragraph ${i + 1} of the report about shelling near Saraqib.`).join('\n');
  assert.equal(findDateline(`${body}\n5 December 2024`), null);
});

test('findDateline never throws on odd input', () => {
  assert.equal(findDateline(undefined as unknown as string), null);
  assert.equal(findDateline('\u0000\uFFFD//..--2024'), null);
});

test('normalizeDate: metadata forms', () => {
  assert.equal(normalizeDate('2019-08-12T09:30:00+03:00'), '2019-08-12');
  assert.equal(normalizeDate('Thu, 05 Dec 2024 10:00:00 GMT'), '2024-12-05');
  assert.equal(normalizeDate('5 كانون الأول 2024'), '2024-12-05');
  assert.equal(normalizeDate('2019-13-01'), null);
  assert.equal(normalizeDate('yesterday'), null);
  assert.equal(normalizeDate(null), null);
});
