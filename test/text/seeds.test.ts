// Properties that must hold on the real seed reports (read at test time, never copied here).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_CORPUS_DIR } from '../../src/core/index.js';
import type { Lang } from '../../src/core/index.js';
import { findDates, findNumbers, segmentSentences, tokenize, nfc } from '../../src/text/index.js';

interface Seed { name: string; text: string; lang: Lang; published: string | null }
function loadSeeds(): Seed[] {
  if (!existsSync(SEED_CORPUS_DIR)) return [];
  return readdirSync(SEED_CORPUS_DIR).filter((f) => f.endsWith('.txt')).sort().map((name) => {
    const text = nfc(readFileSync(join(SEED_CORPUS_DIR, name), 'utf8'));
    const metaPath = join(SEED_CORPUS_DIR, name.replace(/\.txt$/, '.meta.json'));
    const meta = existsSync(metaPath) ? (JSON.parse(readFileSync(metaPath, 'utf8')) as { published?: string }) : {};
    const lang: Lang = (text.match(/[\u0600-\u06FF]/g)?.length ?? 0) > text.length / 10 ? 'ar' : 'en';
    return { name, text, lang, published: meta.published ?? null };
  });
}
const seeds = loadSeeds();
const seed = (prefix: string): Seed | undefined => seeds.find((s) => s.name.startsWith(prefix));

test('tokens round-trip and sentences stay in order on every seed', (t) => {
  if (seeds.length === 0) return t.skip('seed corpus absent');
  for (const s of seeds) {
    const sents = segmentSentences(s.text, s.lang);
    assert.ok(sents.length > 5, s.name);
    let prev = 0;
    for (const sent of sents) {
      assert.equal(s.text.slice(sent.start, sent.end), sent.text);
      assert.ok(sent.start >= prev, `${s.name}: sentences in order`);
      prev = sent.end;
      for (const tok of tokenize(sent.text, s.lang, sent.start)) assert.equal(s.text.slice(tok.start, tok.end), tok.text);
    }
    const all = tokenize(s.text, s.lang);
    for (const tok of all) assert.equal(s.text.slice(tok.start, tok.end), tok.text);
    for (const n of findNumbers(s.text, s.lang)) {
      assert.equal(s.text.slice(n.span.start, n.span.end), n.text);
      assert.ok(!(Number.isInteger(n.value) && n.value >= 1990 && n.value <= 2030 && !n.vague && !/[,٬]/.test(n.text)), `${s.name}: year ${n.text} reported as a number`);
    }
  }
});

test('no sentence boundary inside numeric dates', (t) => {
  if (seeds.length === 0) return t.skip('seed corpus absent');
  let checked = 0;
  for (const s of seeds) {
    const sents = segmentSentences(s.text, s.lang);
    for (const m of s.text.matchAll(/\d{1,4}[./]\d{1,2}[./]\d{2,4}/g)) {
      const inside = sents.some((x) => x.start <= m.index && x.end >= m.index + m[0].length);
      assert.ok(inside, `${s.name}: ${m[0]} split`);
      checked++;
    }
  }
  assert.ok(checked >= 2, 'the seeds contain numeric dates such as 2024/12/05 and 04.08.2019');
});

test('dates on the seeds: ordered spans, valid days, the documented resolutions', (t) => {
  if (seeds.length === 0) return t.skip('seed corpus absent');
  for (const s of seeds) {
    const dates = findDates(s.text, { lang: s.lang, published: s.published });
    let prev = -1;
    for (const d of dates) {
      assert.equal(s.text.slice(d.span.start, d.span.end), d.text);
      assert.ok(d.span.start >= prev, 'in document order, no overlaps');
      prev = d.span.end;
      assert.ok(!Number.isNaN(Date.parse(d.date)) && /^\d{4}-\d{2}-\d{2}$/.test(d.date));
      if (d.end) assert.ok(d.end >= d.date);
    }
  }
  const s000 = seed('000_');
  if (s000) {
    const dates = findDates(s000.text, { lang: 'ar', published: null });
    const i17 = dates.findIndex((d) => d.text.includes('مارس 2017'));
    const sep19 = dates.find((d) => d.text === '19 سبتمبر' && d.span.start > dates[i17].span.start);
    assert.ok(i17 >= 0 && sep19);
    assert.equal(sep19.date, '2017-09-19');
    assert.equal(sep19.kind, 'inferred-year');
  }
  const s001 = seed('001_');
  if (s001) {
    assert.equal(s001.published, '2018-01-11');
    const amsi = findDates(s001.text, { lang: 'ar', published: s001.published }).find((d) => d.text === 'أمس الأربعاء');
    assert.equal(amsi?.date, '2018-01-10');
    assert.deepEqual(amsi?.relative, { anchor: 'published', days: -1 });
  }
  const s002 = seed('002_');
  if (s002) {
    const d = findDates(s002.text, { lang: 'ar', published: null }).find((x) => x.text.startsWith('24 من شهر مارس'));
    assert.equal(d?.date, '2015-03-24');
    assert.equal(d?.precision, 'day');
  }
  const s004 = seed('004_');
  if (s004) {
    const dates = findDates(s004.text, { lang: 'en', published: null });
    const k = dates.findIndex((d) => d.text === '6 October');
    assert.ok(k >= 0);
    assert.equal(dates[k].date, '2017-10-06');
    assert.equal(dates[k + 1].text.toLowerCase(), 'the next day');
    assert.equal(dates[k + 1].date, '2017-10-07');
  }
});
