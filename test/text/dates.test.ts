import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, resolveRelativeDate, weekdayBefore } from '../../src/text/index.js';
import type { DateExpression, Lang } from '../../src/core/index.js';

const d = (s: string, lang: Lang, published: string | null = null): string[] =>
  findDates(s, { lang, published }).map((x) => `${x.text}=${x.date}${x.end ? '..' + x.end : ''}/${x.precision}/${x.kind}${x.by ? '/by' : ''}`);

test('calendar helpers', () => {
  assert.equal(resolveRelativeDate('2017-12-31', 1), '2018-01-01');
  assert.equal(resolveRelativeDate('2024-03-01', -1), '2024-02-29');
  assert.equal(weekdayBefore('2018-01-11', 4, true), '2018-01-11'); // Thursday itself
  assert.equal(weekdayBefore('2018-01-11', 4, false), '2018-01-04');
  assert.equal(weekdayBefore('2018-01-11', 3, false), '2018-01-10');
  assert.equal(resolveRelativeDate('not a date', 3), 'not a date');
});

test('Arabic day-month in both month series, brackets, ordinals, numeric forms', () => {
  const s = 'وفي 22 مايو (أيار) 2016 شنت الفصائل هجوماً، ثم في 3 تشرين الأول سيطرت على التلة، وفي 24 من شهر آذار/مارس 2015 قصفت الطائرات البلدة، وفي التاسع من سبتمبر استعادها الجيش، وفي 2019/07/14 و05.08.2019 و3/8/2019 و2020-02-01 تجددت المعارك.';
  assert.deepEqual(d(s, 'ar'), [
    '22 مايو (أيار) 2016=2016-05-22/day/absolute',
    '3 تشرين الأول=2016-10-03/day/inferred-year',
    '24 من شهر آذار/مارس 2015=2015-03-24/day/absolute',
    'التاسع من سبتمبر=2015-09-09/day/inferred-year',
    '2019/07/14=2019-07-14/day/absolute',
    '05.08.2019=2019-08-05/day/absolute',
    '3/8/2019=2019-08-03/day/absolute',
    '2020-02-01=2020-02-01/day/absolute',
  ]);
});

test('Arabic months, years, seasons, spans, by, and months relative to publication', () => {
  const s = 'في مارس 2017 بدأ الهجوم، وبحلول أبريل انتهى، وفي عام 2016 كانت الجبهة هادئة، ومطلع 2018 تجدد القتال حتى أواخر العام الماضي، وبين 6 و8 أكتوبر تقدم الجيش، وفي العاشر من الشهر الماضي قُصفت البلدة، و27 من الشهر ذاته، وخلال الأسبوع المنصرم.';
  assert.deepEqual(d(s, 'ar', '2019-03-15'), [
    'في مارس 2017=2017-03-01..2017-03-31/month/month',
    'بحلول أبريل=2017-04-01..2017-04-30/month/month/by',
    'في عام 2016=2016-01-01..2016-12-31/year/year',
    'مطلع 2018=2018-01-01..2018-04-30/month/season',
    'أواخر العام الماضي=2018-09-01..2018-12-31/month/season',
    'بين 6 و8 أكتوبر=2018-10-06..2018-10-08/week/span',
    'العاشر من الشهر الماضي=2019-02-10/day/relative',
    '27 من الشهر ذاته=2019-02-27/day/relative',
    'خلال الأسبوع المنصرم=2019-03-08..2019-03-14/week/relative',
  ]);
});

test('Arabic weekdays and today/yesterday resolve against publication; skipped without it', () => {
  // 2018-01-11 is a Thursday
  const s = 'أطلقت الفصائل اليوم الخميس معركة، بعد أن قصفت الطائرات أمس الأربعاء قرية، وكان الجيش قد تقدم الاثنين الماضي ومنذ السبت، وقُتل مدنيان الليلة الماضية، ويوم الجمعة.';
  const out = findDates(s, { lang: 'ar', published: '2018-01-11' });
  assert.deepEqual(out.map((x) => [x.text, x.date, x.relative?.days]), [
    ['اليوم الخميس', '2018-01-11', 0],
    ['أمس الأربعاء', '2018-01-10', -1],
    ['الاثنين الماضي', '2018-01-08', -3],
    ['منذ السبت', '2018-01-06', -5],
    ['الليلة الماضية', '2018-01-10', -1],
    ['يوم الجمعة', '2018-01-05', -6],
  ]);
  assert.ok(out.every((x) => x.relative?.anchor === 'published'));
  assert.deepEqual(findDates(s, { lang: 'ar', published: null }), []);
});

test('Arabic relative to the previous date: next day, same day, after two days; durations are not dates', () => {
  const s = 'في 24 سبتمبر 2017 هاجمت القوات البلدة، وفي صباح اليوم التالي استعادتها، وبعد ذلك بيومين انسحبت، وفي اليوم ذاته قُصفت، وبعد أسبوع عادت. واستمرت المعارك بعد يوم كامل من القصف.';
  const out = findDates(s, { lang: 'ar', published: null });
  assert.deepEqual(out.map((x) => [x.text, x.date, x.relative?.anchor, x.relative?.days]), [
    ['24 سبتمبر 2017', '2017-09-24', undefined, undefined],
    ['في صباح اليوم التالي', '2017-09-25', 'previous', 1],
    ['بعد ذلك بيومين', '2017-09-27', 'previous', 2],
    ['في اليوم ذاته', '2017-09-27', 'previous', 0],
    ['بعد أسبوع', '2017-10-04', 'previous', 7],
  ]);
});

test('year inference: preceding explicit year, else publication year (a later month means the year before)', () => {
  assert.deepEqual(d('سيطرت الفصائل على التلة في 19 سبتمبر.', 'ar', '2018-01-11'), ['19 سبتمبر=2017-09-19/day/inferred-year']);
  assert.deepEqual(d('سيطرت الفصائل على التلة في 5 يناير.', 'ar', '2018-01-11'), ['5 يناير=2018-01-05/day/inferred-year']);
  assert.deepEqual(d('In March 2015 the siege began; on 2 May the town fell.', 'en', '2019-06-01'), [
    'In March 2015=2015-03-01..2015-03-31/month/month',
    '2 May=2015-05-02/day/inferred-year',
  ]);
  assert.deepEqual(d('on 2 May the town fell.', 'en', null), []);
  // a bare year sets the context without being a date itself; 2000 is taken as a count
  assert.deepEqual(d('The 2015 campaign began on 5 May; 2000 fighters joined on 3 June.', 'en', '2019-06-01'), [
    '5 May=2015-05-05/day/inferred-year', '3 June=2015-06-03/day/inferred-year',
  ]);
  assert.deepEqual(d('بدأت حملة 2016 العسكرية في 5 مايو.', 'ar', '2019-06-01'), ['5 مايو=2016-05-05/day/inferred-year']);
});

test('English forms: D Month Y, Month D, Y, abbreviations, by, night of, spans, seasons', () => {
  const s = 'On 5 December 2024 rebels entered Hama; on December 7, 2024 they reached Homs. On 19 Sept. they shelled Mhardeh, by 28 September they held Kafr Nabudah, and on the night of 18 September jets struck Latamneh. Between 6 and 8 October, from 10 to 20 October and 21–23 October fighting raged. In early 2018, mid-2019, late 2017 and in 2016 the front moved. By April it was over. He may march.';
  assert.deepEqual(d(s, 'en'), [
    '5 December 2024=2024-12-05/day/absolute',
    'December 7, 2024=2024-12-07/day/absolute',
    '19 Sept.=2024-09-19/day/inferred-year',
    'by 28 September=2024-09-28/day/inferred-year/by',
    '18 September=2024-09-18/day/inferred-year',
    'Between 6 and 8 October=2024-10-06..2024-10-08/week/span',
    'from 10 to 20 October=2024-10-10..2024-10-20/month/span',
    '21–23 October=2024-10-21..2024-10-23/week/span',
    'In early 2018=2018-01-01..2018-04-30/month/season',
    'mid-2019=2019-05-01..2019-08-31/month/season',
    'late 2017=2017-09-01..2017-12-31/month/season',
    'in 2016=2016-01-01..2016-12-31/year/year',
    'By April=2016-04-01..2016-04-30/month/month/by',
  ]);
});

test('English relative expressions', () => {
  // 2017-10-12 is a Thursday
  const s = 'On 6 October rebels attacked; the next day the army counterattacked, and two days later it retook the hill. On the same day jets struck. Yesterday and last night shelling continued; on Tuesday and last Thursday too. Last week and last month were calm.';
  const out: DateExpression[] = findDates(s, { lang: 'en', published: '2017-10-12' });
  assert.deepEqual(out.map((x) => [x.text, x.date, x.end ?? null, x.precision, x.relative ?? null]), [
    ['6 October', '2017-10-06', null, 'day', null],
    ['the next day', '2017-10-07', null, 'day', { anchor: 'previous', days: 1 }],
    ['two days later', '2017-10-09', null, 'day', { anchor: 'previous', days: 2 }],
    ['On the same day', '2017-10-09', null, 'day', { anchor: 'previous', days: 0 }],
    ['Yesterday', '2017-10-11', null, 'day', { anchor: 'published', days: -1 }],
    ['last night', '2017-10-11', null, 'day', { anchor: 'published', days: -1 }],
    ['on Tuesday', '2017-10-10', null, 'day', { anchor: 'published', days: -2 }],
    ['last Thursday', '2017-10-05', null, 'day', { anchor: 'published', days: -7 }],
    ['Last week', '2017-10-05', '2017-10-11', 'week', { anchor: 'published', days: -7 }],
    ['last month', '2017-09-01', '2017-09-30', 'month', { anchor: 'published', days: -41 }],
  ]);
  for (const x of out) assert.equal(s.slice(x.span.start, x.span.end), x.text);
});

test('numbers that are not dates; garbage gives []', () => {
  assert.deepEqual(d('نفذت الطائرات 500 ضربة على 12 نقطة.[12]', 'ar', '2018-01-11'), []);
  assert.deepEqual(d('Jets flew 500 sorties over 12 positions.[12]', 'en', '2018-01-11'), []);
  assert.deepEqual(findDates('', { lang: 'ar', published: null }), []);
  assert.deepEqual(findDates('\uD800\u0000 ؟؟؟ 99/99/9999 2017/13/45', { lang: 'ar', published: 'garbage' }), []);
});

test('cross-month spans join two day dates; a trailing year applies to both ends', () => {
  assert.deepEqual(d('اندلعت المعارك ما بين 30 سبتمبر و2 أكتوبر 2017، ثم من 28 ديسمبر 2017 إلى 3 يناير 2018.', 'ar', '2024-12-05'), [
    'بين 30 سبتمبر و2 أكتوبر 2017=2017-09-30..2017-10-02/week/span',
    'من 28 ديسمبر 2017 إلى 3 يناير 2018=2017-12-28..2018-01-03/week/span',
  ]);
  assert.deepEqual(d('Fighting raged between 30 September and 2 October 2017 and from 5 Dec to 9 Dec.', 'en', '2024-12-05'), [
    'between 30 September and 2 October 2017=2017-09-30..2017-10-02/week/span',
    'from 5 Dec to 9 Dec.=2017-12-05..2017-12-09/week/span',
  ]);
  // two dates merely listed are not a span
  assert.equal(d('قصفت الطائرات البلدة في 3 مايو 2017، و5 مايو.', 'ar').length, 2);
});

test('"for N days until X": X came N days after the previous date (Arabic and English)', () => {
  const ar = findDates('وفي 22 مايو (أيار) 2019 سيطرت الفصائل على البلدة، فقصفتها الطائرات لمدة أربعة أيام متواصلة حتى استعادتها القوات.', { lang: 'ar', published: '2019-08-04' });
  const untilAr = ar.find((d) => d.relative?.anchor === 'previous');
  assert.equal(untilAr?.date, '2019-05-26');
  assert.equal(untilAr?.relative?.days, 4);
  const en = findDates('On 3 March 2019 rebels took the village; the army shelled it for two days until it retook it.', { lang: 'en', published: null });
  assert.equal(en.find((d) => d.relative)?.date, '2019-03-05');
  assert.equal(findDates('استمر القتال لمدة أربعة أيام.', { lang: 'ar', published: '2019-08-04' }).length, 0, 'a duration alone is not a date');
});

test('findDatesWithSpans gives findDates and the date spans findNumbers avoids, from one scan', async () => {
  const { findDatesWithSpans, dateShapedSpans } = await import('../../src/text/dates.js');
  const { findNumbers, tokenize } = await import('../../src/text/index.js');
  const cases: [string, Lang, string | null][] = [
    ['وفي 22 مايو (أيار) 2016 قتل 5 مدنيين، وبعد يومين قتل 3 آخرون بين 6 و8 أكتوبر، وفي اليوم التالي 12 عنصرا.', 'ar', '2016-10-20'],
    ['On 3 March 2019, 12 fighters were killed; two days later 4 more, between 30 September and 2 October 2017.', 'en', null],
    ['في ٣ آذار ٢٠١٩ قتل ١٥ شخصا منذ 1/2/2019', 'ar', '2019-03-05'],
  ];
  for (const [s, lang, published] of cases) {
    const r = findDatesWithSpans(s, { lang, published });
    assert.deepEqual(r.dates, findDates(s, { lang, published }));
    assert.deepEqual(r.dateSpans, dateShapedSpans(s, lang));
    assert.ok(r.dateSpans.length > 0);
    const toks = tokenize(s, lang);
    assert.deepEqual(findNumbers(s, lang, 0, toks, r.dateSpans), findNumbers(s, lang, 0, toks));
  }
  assert.deepEqual(findDatesWithSpans('', { lang: 'ar', published: null }), { dates: [], dateSpans: [] });
});

test('calendar edge cases: leap years, years 0-99 as Date.UTC reads them, malformed dates', () => {
  assert.equal(resolveRelativeDate('2000-02-28', 1), '2000-02-29');
  assert.equal(resolveRelativeDate('1900-02-28', 1), '1900-03-01');
  assert.equal(resolveRelativeDate('2100-02-29', 1), '2100-02-29', 'no 29 February 2100: not a date');
  assert.equal(resolveRelativeDate('2019-1-01', 1), '2019-1-01');
  assert.equal(resolveRelativeDate('2019-01-01\n', 1), '2019-01-01\n');
  assert.equal(resolveRelativeDate('٢٠١٩-٠١-٠١', 1), '٢٠١٩-٠١-٠١');
  assert.equal(findDates('في 29 شباط', { lang: 'ar', published: '2020-03-05' })[0]?.date, '2020-02-29');
  assert.equal(findDates('في 29 شباط', { lang: 'ar', published: '2019-03-05' }).length, 0);
});

test('dates fold text exactly as normalizeForMatch does', async () => {
  const { foldForMatchForTest } = await import('../../src/text/dates.js');
  const { normalizeForMatch } = await import('../../src/text/index.js');
  const { readdirSync, readFileSync, existsSync } = await import('node:fs');
  const texts = ['', 'abc', 'ABC أإآٱ ةى ؤئ ٠١٢٣ ۴۵ ٫٬ ـ َ ً \u200f\u200e\ufeff\u00ad İ ß ḥ é 𝐀 \ud800 x\udc00', 'في 3 آذار 2019 قُتل ١٥ شخصاً'];
  const seeds = '/work/shared/corpus/seeds';
  if (existsSync(seeds)) for (const f of readdirSync(seeds)) if (f.endsWith('.txt')) texts.push(readFileSync(`${seeds}/${f}`, 'utf8'));
  let seed = 11;
  const rnd = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
  for (let k = 0; k < 200; k++) {
    let t = '';
    for (let i = 0; i < 60; i++) t += String.fromCharCode(rnd() < 0.5 ? 0x600 + Math.floor(rnd() * 0x100) : Math.floor(rnd() * 0x10000));
    texts.push(t);
  }
  for (const t of texts) assert.deepEqual(foldForMatchForTest(t), normalizeForMatch(t));
});

test('"N days ago" and "قبل N أيام" count back from the report\'s day; "قبل ذلك بيومين" from the last date (2026-12-07)', () => {
  assert.deepEqual(d('Rebels captured the town two days ago, and a week ago they shelled it.', 'en', '2019-05-22'), [
    'two days ago=2019-05-20/day/relative',
    'a week ago=2019-05-15/day/relative',
  ]);
  assert.deepEqual(d('قصفت قوات النظام البلدة قبل ثلاثة أيام.', 'ar', '2019-05-22'), ['قبل ثلاثة أيام=2019-05-19/day/relative']);
  assert.deepEqual(d('وفي 10 أيار 2019 سيطرت الفصائل على البلدة، وقبل ذلك بيومين قصفها النظام.', 'ar', '2019-05-22').slice(1), ['قبل ذلك بيومين=2019-05-08/day/relative']);
});

test('a month taken with its preposition gives way to the day-month inside it: "the night of May 3" (2026-12-07)', () => {
  assert.deepEqual(d('The army shelled the town on the night of May 3.', 'en', '2019-05-22'), ['May 3=2019-05-03/day/inferred-year']);
});

test('"Since 2017" is where a state began, not the year of a later "In August" (2026-12-07)', () => {
  assert.deepEqual(d('Since 2017, Ankara has set up posts in Idlib. In August, government forces encircled one of them.', 'en', '2019-10-01'), [
    'Since 2017=2017-01-01..2017-12-31/year/year',
    'In August=2019-08-01..2019-08-31/month/month',
  ]);
});
