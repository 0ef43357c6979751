import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentSentences, segmentClauses } from '../../src/text/index.js';

const texts = (s: { text: string }[]): string[] => s.map((x) => x.text);

test('Arabic: . ؟ ! ؛ and newlines end sentences; numbers and dates are not split', () => {
  const doc = 'سيطرت الفصائل على بلدة صوران في 2024/12/05 بعد معارك دامت 1.5 يوم. هل انسحب الجيش؟ نعم! وقال مصدر عسكري إن الهجوم بدأ في 04.08.2019؛ وأضاف أن الطيران شارك\nعنوان جديد';
  const s = segmentSentences(doc, 'ar');
  assert.deepEqual(texts(s), [
    'سيطرت الفصائل على بلدة صوران في 2024/12/05 بعد معارك دامت 1.5 يوم.',
    'هل انسحب الجيش؟',
    'نعم!',
    'وقال مصدر عسكري إن الهجوم بدأ في 04.08.2019؛',
    'وأضاف أن الطيران شارك',
    'عنوان جديد',
  ]);
  for (const x of s) assert.equal(doc.slice(x.start, x.end), x.text);
  assert.deepEqual(s.map((x) => x.index), [0, 1, 2, 3, 4, 5]);
});

test('Arabic: citation markers stay with the sentence before; comma splits only before a new frame', () => {
  const doc = 'تقدمت القوات نحو التلة.[12][13] ثم انسحبت، وفي 22 مايو (أيار) شنت الفصائل هجوماً، وقتلت عنصرين.';
  const s = texts(segmentSentences(doc, 'ar'));
  assert.deepEqual(s, ['تقدمت القوات نحو التلة.[12][13]', 'ثم انسحبت،', 'وفي 22 مايو (أيار) شنت الفصائل هجوماً، وقتلت عنصرين.']);
});

test('English: abbreviations, initials and decimals do not end sentences; "September.Concurrently" does', () => {
  const doc = 'Maj. Gen. Suheil al-Hassan and Col. Ali of the U.S. Army met Mr. Smith at St. George No. 5 on 1.5 km of road. J. R. Smith said so. Fighting lasted until September.Concurrently, rebels advanced![4] Did they win? Yes.';
  const s = segmentSentences(doc, 'en');
  assert.deepEqual(texts(s), [
    'Maj. Gen. Suheil al-Hassan and Col. Ali of the U.S. Army met Mr. Smith at St. George No. 5 on 1.5 km of road.',
    'J. R. Smith said so.',
    'Fighting lasted until September.',
    'Concurrently, rebels advanced![4]',
    'Did they win?',
    'Yes.',
  ]);
  for (const x of s) assert.equal(doc.slice(x.start, x.end), x.text);
});

test('segmentClauses: comma splits with document offsets, not inside 1,500', () => {
  const sent = 'قصفت الطائرات بلدة كفرنبودة، فيما قتل 1,500 عنصر؛ بينما تقدمت القوات';
  const off = 100;
  const c = segmentClauses(sent, 'ar', off);
  assert.deepEqual(texts(c), ['قصفت الطائرات بلدة كفرنبودة،', 'فيما قتل 1,500 عنصر؛', 'بينما تقدمت القوات']);
  for (const x of c) assert.equal(sent.slice(x.start - off, x.end - off), x.text);
  const en = segmentClauses('Rebels shelled Mhardeh, while the army, backed by 1,500 troops, stormed Halfaya.', 'en');
  assert.deepEqual(texts(en), ['Rebels shelled Mhardeh,', 'while the army, backed by 1,500 troops, stormed Halfaya.']);
});

test('garbage gives [] and never throws', () => {
  assert.deepEqual(segmentSentences('', 'ar'), []);
  assert.deepEqual(segmentSentences('...\n\n؟؟', 'ar').length <= 1, true);
  assert.deepEqual(segmentClauses('', 'en'), []);
  assert.doesNotThrow(() => segmentSentences('\u0000\uD800...[[[]]]', 'en'));
});
