import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  nfc, foldDigits, normalizeAlef, normalizeTaMarbuta, normalizeAlefMaqsura, normalizeHamzaCarriers,
  stripDiacritics, stripTatweel, normalizeForMatch, normalizeKey,
} from '../../src/text/index.js';

test('single transformations', () => {
  assert.equal(foldDigits('قُتل ٢٥ وأصيب ۱۲ في ١٫٥ كم و١٬٥٠٠'), 'قُتل 25 وأصيب 12 في 1.5 كم و1,500');
  assert.equal(normalizeAlef('أإآٱا'), 'ااااا');
  assert.equal(normalizeTaMarbuta('بلدة'), 'بلده');
  assert.equal(normalizeAlefMaqsura('على'), 'علي');
  assert.equal(normalizeHamzaCarriers('مؤسسة فصائل'), 'موسسة فصايل');
  assert.equal(stripDiacritics('قُتِلَ مُقاتِلٌ'), 'قتل مقاتل');
  assert.equal(stripTatweel('الجيـــش'), 'الجيش');
  assert.equal(nfc('e\u0301'), '\u00e9');
});

test('normalizeForMatch keeps a map back to the original offsets', () => {
  const src = 'قُصِفَت بلـدةُ اللطامنة وأطراف Kafr Zita في ٢٢ أيار';
  const { text, map } = normalizeForMatch(src);
  assert.equal(map.length, text.length + 1);
  assert.equal(map[map.length - 1], src.length);
  assert.equal(text, 'قصفت بلده اللطامنه واطراف kafr zita في 22 ايار');
  // every normalized char comes from the original char it maps to
  const i = text.indexOf('اللطامنه');
  assert.equal(src.slice(map[i], map[i + 'اللطامنه'.length - 1] + 1), 'اللطامنة');
  const k = text.indexOf('kafr');
  assert.equal(src.slice(map[k], map[k + 4]), 'Kafr');
  for (let j = 1; j < map.length; j++) assert.ok(map[j] > map[j - 1], 'map is strictly increasing');
});

test('normalizeKey: key form, idempotent, inputs not mutated', () => {
  assert.equal(normalizeKey('  Ḥayāt Taḥrīr al-Shām '), 'hayat tahrir al sham');
  assert.equal(normalizeKey("Ma'arrat al-Nu‘man"), 'maarrat al numan');
  assert.equal(normalizeKey('هيئةُ تحرير   الشام'), 'هييه تحرير الشام');
  assert.equal(normalizeKey('مُورِك_الشمالية'), 'مورك الشماليه');
  const samples = ['Ḥayāt Taḥrīr al-Shām', 'قُوّاتُ النِّظامِ السوريّ', '٢٠١٧/٠٩/١٩', 'Tall  Sakhr‘', 'إدلب\u200F', 'İstanbul'];
  for (const s of samples) {
    const copy = s.slice();
    const k = normalizeKey(s);
    assert.equal(normalizeKey(k), k, `idempotent for ${s}`);
    assert.equal(normalizeForMatch(normalizeForMatch(s).text).text, normalizeForMatch(s).text);
    assert.equal(s, copy);
  }
});

test('garbage in gives empty or unchanged output, never a throw', () => {
  assert.equal(normalizeKey(''), '');
  assert.deepEqual(normalizeForMatch(''), { text: '', map: Int32Array.of(0) });
  assert.equal(normalizeKey('\u200F\u200E'), '');
  const astral = '𝔘𝔫𝔦 😀';
  assert.equal(normalizeForMatch(astral).text.length, astral.length);
});
