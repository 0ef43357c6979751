import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from '../../src/ingest/index.js';
import { AR_REPORT, EN_REPORT, FR_REPORT } from './helpers.js';

test('detectLanguage: Arabic by script share', () => {
  assert.deepEqual(detectLanguage(AR_REPORT), { lang: 'ar', supported: true });
  // Arabic with Latin names and numbers mixed in is still Arabic.
  assert.deepEqual(detectLanguage(`${AR_REPORT} (HTS) 2019 AFP`), { lang: 'ar', supported: true });
});

test('detectLanguage: English', () => {
  assert.deepEqual(detectLanguage(EN_REPORT), { lang: 'en', supported: true });
});

test('detectLanguage: French is stored with its code and unsupported', () => {
  assert.deepEqual(detectLanguage(FR_REPORT), { lang: 'fra', supported: false });
});

test('detectLanguage: too short or no letters → und', () => {
  assert.deepEqual(detectLanguage('Hama'), { lang: 'und', supported: false });
  assert.deepEqual(detectLanguage('2019 — 14 / 15'), { lang: 'und', supported: false });
  assert.deepEqual(detectLanguage(''), { lang: 'und', supported: false });
});

test('detectLanguage: a mostly English text quoting a little Arabic is English', () => {
  assert.equal(detectLanguage(`${EN_REPORT} ${EN_REPORT} The group calls itself هيئة تحرير الشام.`).lang, 'en');
});

test('detectLanguage: one-line English bulletins are English, other short Latin text is not', () => {
  for (const t of ['Rebels shelled Hama airport on Monday.', 'Two civilians killed in Saraqib.', 'Syrian army retakes Khan Shaykhun']) {
    assert.deepEqual(detectLanguage(t), { lang: 'en', supported: true }, t);
  }
  for (const t of [
    'Las fuerzas del gobierno sirio bombardearon la ciudad de Saraqib el martes.',
    'Die syrische Armee hat am Dienstag die Stadt Saraqib bombardiert.',
    "L'armée syrienne a bombardé Saraqib mardi, tuant deux civils.",
  ]) {
    const got = detectLanguage(t);
    assert.equal(got.supported, false, t);
    assert.notEqual(got.lang, 'en', t);
  }
});

test('detectLanguage: Persian and Urdu are Arabic script but not Arabic', () => {
  assert.deepEqual(detectLanguage('ارتش سوریه روز سه‌شنبه شهر سراقب را بمباران کرد و چند غیرنظامی کشته شدند.'), { lang: 'pes', supported: false });
  assert.deepEqual(detectLanguage('شامی فوج نے منگل کے روز سراقب شہر پر بمباری کی جس میں کئی شہری مارے گئے۔'), { lang: 'urd', supported: false });
  // Arabic typed on a Persian keyboard layout (ی and ک) is still Arabic.
  assert.deepEqual(detectLanguage('قصفت قوات النظام مدینة سراقب یوم الثلاثاء ما أدى إلى مقتل عدد من المدنیین.'), { lang: 'ar', supported: true });
});

test('detectLanguage: long English prose is recognised by its words; long Dutch and German prose is not English', () => {
  const en = 'Government forces on Tuesday recaptured the town in the south of the province, the monitor said. ' +
    'More than forty fighters were killed in the fighting, according to the group. Rebels withdrew to the north, ' +
    'where they took up new positions, and warplanes carried out air strikes overnight on villages in the area.';
  assert.deepEqual(detectLanguage(`${en} ${en}`), { lang: 'en', supported: true });
  const nl = 'Het leger heeft op dinsdag de stad in het zuiden van de provincie heroverd, zo meldde de organisatie. ' +
    'Bij de gevechten zijn meer dan veertig strijders om het leven gekomen. De rebellen trokken zich terug naar het ' +
    'noorden, waar zij nieuwe stellingen innamen, en vliegtuigen voerden in de nacht luchtaanvallen uit op dorpen.';
  const de = 'Die Armee hat am Dienstag die Stadt im Süden der Provinz zurückerobert, teilte die Organisation mit. ' +
    'Bei den Kämpfen seien mehr als vierzig Kämpfer getötet worden. Die Rebellen zogen sich nach Norden zurück, ' +
    'wo sie neue Stellungen bezogen, und Flugzeuge flogen in der Nacht Luftangriffe auf Dörfer in der Region.';
  assert.deepEqual(detectLanguage(`${nl} ${nl}`), { lang: 'nld', supported: false });
  assert.deepEqual(detectLanguage(`${de} ${de}`), { lang: 'deu', supported: false });
});
