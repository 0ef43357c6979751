import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arabicWordSkeletons, latinWordSkeleton, romanizeArabic } from '../../src/kb/romanize.js';

const skel = (s: string): string => s.split(/[\s-]+/).filter((w) => !/^(al|el|ash|ad)$/i.test(w)).map(latinWordSkeleton).join(' ');
const arSkels = (s: string): string[] => {
  let outs = [''];
  for (const w of s.split(/\s+/)) outs = outs.flatMap((o) => arabicWordSkeletons(w).map((k) => (o ? `${o} ${k}` : k)));
  return outs;
};

test('press spellings of one place share a consonant skeleton', () => {
  const pairs: [string, string][] = [
    ['Khan Shaykhun', 'Khan Sheikhoun'], ['Jisr al-Shughur', 'Jisr al-Shaqour'], ['Saraqib', 'Saraqeb'],
    ['Tal Mardikh', 'Tal Mardiqh'], ['Msherfeh', 'Mushayrifah'], ['Kafr Nabl', 'Kafr Nubul'], ['Hmeimim', 'Hmeymeem'],
  ];
  for (const [a, b] of pairs) assert.equal(skel(a), skel(b), `${a} ~ ${b}`);
});

test('the Arabic name gives the same skeleton as its press spellings', () => {
  const pairs: [string, string][] = [
    ['خان شيخون', 'Khan Sheikhoun'], ['كفرنبودة', 'Kafrnabudah'], ['مشيرفة', 'Msherfeh'], ['سراقب', 'Saraqeb'],
    ['خوين', 'Khwein'], ['خوين', 'Khuwayn'], ['معرة النعمان', "Maarrat al-Nu'man"], ['أبو الظهور', 'Abu al-Duhur'],
  ];
  for (const [ar, en] of pairs) assert.ok(arSkels(ar).includes(skel(en)), `${ar} ~ ${en}: ${arSkels(ar).join(',')} vs ${skel(en)}`);
});

test('different names keep different skeletons', () => {
  assert.notEqual(skel('Saraqib'), skel('Sarmin'));
  assert.notEqual(skel('Kafr Nabl'), skel('Kafr Nabudah'));
  assert.notEqual(skel('Hama'), skel('Homs'));
});

test('romanizeArabic writes the article and long vowels', () => {
  assert.equal(romanizeArabic('الخوين'), 'al-Khwin');
  assert.match(romanizeArabic('خان شيخون'), /^Khan Sh/);
  assert.equal(romanizeArabic(''), '');
});
