import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DATA_DIR, SEED_CORPUS_DIR } from '../../src/core/index.js';
import { expandInputs, loadDocuments, parseDocumentBytes } from '../../src/ingest/index.js';
import type { RawDocument } from '../../src/core/index.js';

async function loadAll(dir: string): Promise<Map<string, RawDocument>> {
  const { files, errors } = await expandInputs([dir]);
  assert.deepEqual(errors, []);
  const docs = new Map<string, RawDocument>();
  for (const f of files) {
    const r = await loadDocuments(f);
    assert.deepEqual(r.errors, [], f);
    for (const d of r.docs) docs.set(d.doc_id, d);
  }
  return docs;
}

test('seed corpus: languages, dates and sidecar', async (t) => {
  if (!existsSync(SEED_CORPUS_DIR)) return t.skip('seed corpus absent');
  const docs = await loadAll(SEED_CORPUS_DIR);
  const by = (prefix: string) => [...docs.values()].find((d) => d.doc_id.startsWith(prefix))!;
  assert.equal(docs.size, 5);
  assert.deepEqual(['000', '001', '002', '003', '004'].map((p) => by(p).lang), ['ar', 'ar', 'ar', 'ar', 'en']);
  assert.ok([...docs.values()].every((d) => d.lang_supported && d.encoding === 'UTF-8'));
  assert.deepEqual([by('001').published, by('001').published_basis, by('001').outlet], ['2018-01-11', 'metadata', 'NSO']);
  assert.deepEqual([by('002').published, by('002').published_basis], ['2019-08-04', 'dateline']);
  assert.deepEqual([by('003').published, by('003').published_basis], ['2024-12-05', 'dateline']);
  assert.equal(by('000').published, null);
  assert.equal(by('004').published, null);
  assert.ok(docs.has('001_1288dcea63f858e0.txt'));
  assert.ok(![...docs.keys()].some((k) => k.endsWith('.meta.json')));
});

test('seed corpus: ingest is fast (≥ 2 MB/s of text per core)', async (t) => {
  if (!existsSync(SEED_CORPUS_DIR)) return t.skip('seed corpus absent');
  const { files } = await expandInputs([SEED_CORPUS_DIR]);
  const inputs = await Promise.all(files.map(async (f) => ({ f, bytes: await readFile(f) })));
  for (const { f, bytes } of inputs) parseDocumentBytes(bytes, f); // warm up
  // CPU time of this process, so other test files running in parallel do not skew it.
  let size = 0;
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < 20; i++) {
    for (const { f, bytes } of inputs) {
      size += bytes.length;
      assert.equal(parseDocumentBytes(bytes, f).docs.length, 1);
    }
  }
  const cpu = process.cpuUsage(cpu0);
  const mbPerSec = size / 1e6 / ((cpu.user + cpu.system) / 1e6);
  assert.ok(mbPerSec >= 2, `${mbPerSec.toFixed(2)} MB/s`);
});

test('sample corpus: every format loads, with dates and languages', async () => {
  const dir = join(DATA_DIR, 'sample');
  const docs = await loadAll(dir);
  const got = [...docs.values()].map((d) => [d.doc_id, d.format, d.lang, d.published, d.published_basis]);
  assert.deepEqual(got.sort(), [
    ['ar_kafr_nabl_airstrikes.txt', 'txt', 'ar', '2019-06-03', 'metadata'],
    ['ar_saraqib_shelling.txt', 'txt', 'ar', '2019-05-14', 'dateline'],
    ['en_khan_shaykhun_clashes.html', 'html', 'en', '2019-08-12', 'metadata'],
    ['sample-jsonl-ar-latamneh', 'jsonl', 'ar', '2019-08-23', 'metadata'],
    ['sample-jsonl-en-maarat', 'jsonl', 'en', '2019-07-22', 'metadata'],
  ].sort());
  const html = docs.get('en_khan_shaykhun_clashes.html')!;
  assert.ok(html.text.includes('Khan Shaykhun'));
  for (const chrome of ['Most read', 'Football', 'Home', 'analytics', '©']) assert.ok(!html.text.includes(chrome), chrome);
  assert.ok(!docs.has('README.md'));
});
