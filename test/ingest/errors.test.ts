import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { expandInputs, loadDocuments, parseDocumentBytes } from '../../src/ingest/index.js';
import { EN_REPORT, tempDir } from './helpers.js';

async function firstError(path: string, opts = {}) {
  const { docs, errors } = await loadDocuments(path, opts);
  assert.equal(docs.length, 0, path);
  assert.equal(errors.length, 1, path);
  assert.ok(errors[0].message.includes(path), `${errors[0].message} does not name ${path}`);
  return errors[0];
}

test('bad inputs give the right code and name the file', async () => {
  const t = await tempDir();
  try {
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d4948445200000010', 'hex'), Buffer.alloc(64)]);
    const cases: [string, string | Buffer, string][] = [
      ['empty.txt', '', 'MARSAD_ERR_INGEST_EMPTY'],
      ['blank.txt', ' \n\t \r\n ', 'MARSAD_ERR_INGEST_EMPTY'],
      ['image.txt', png, 'MARSAD_ERR_INGEST_BINARY'],
      ['archive.txt', gzipSync(Buffer.from(EN_REPORT.repeat(5))), 'MARSAD_ERR_INGEST_BINARY'],
      ['bad.json', '{"id": "x", "text": "unterminated', 'MARSAD_ERR_INGEST_JSON'],
      ['notext.json', '{"id": "x", "title": "headline only"}', 'MARSAD_ERR_INGEST_NO_TEXT'],
      ['emptyhtml.html', '<html><head><script>alert(1)</script></head><body>  </body></html>', 'MARSAD_ERR_INGEST_NO_TEXT'],
      ['garbled.txt', Buffer.from('\uFFFD'.repeat(40) + ' ok', 'utf8'), 'MARSAD_ERR_INGEST_DECODE'],
      ['photo.png', png, 'MARSAD_ERR_INGEST_FORMAT'],
    ];
    for (const [name, data, code] of cases) {
      const e = await firstError(await t.write(name, data));
      assert.equal(e.code, code, name);
    }
    const json = await firstError(await t.write('pos.json', '{\n  "text": "a",\n  oops\n}'));
    assert.match(json.message, /line 3, column 3/);
    const token = await firstError(await t.write('token.json', '{\n  "id": "x",\n  "text": broken text here\n}'));
    assert.match(token.message, /line 3, column 11/);
    const end = await firstError(await t.write('end.json', '[{"text": "a"}'));
    assert.match(end.message, /line 1, column 15/);
  } finally {
    await t.cleanup();
  }
});

test('TOO_LARGE is decided from stat, before reading', async () => {
  const t = await tempDir();
  try {
    const path = await t.write('big.txt', EN_REPORT.repeat(10));
    const e = await firstError(path, { maxBytes: 100 });
    assert.equal(e.code, 'MARSAD_ERR_INGEST_TOO_LARGE');
    assert.equal((await loadDocuments(path, { maxBytes: 1_000_000 })).docs.length, 1);
    assert.equal(parseDocumentBytes(Buffer.from(EN_REPORT), 'x.txt', { maxBytes: 5 }).errors[0].code, 'MARSAD_ERR_INGEST_TOO_LARGE');
  } finally {
    await t.cleanup();
  }
});

test('a missing file is NOT_FOUND, not a throw', async () => {
  const e = await firstError('/nonexistent/marsad/report.txt');
  assert.equal(e.code, 'MARSAD_ERR_INGEST_NOT_FOUND');
});

test('a batch with one bad file still returns the good ones', async () => {
  const t = await tempDir();
  try {
    await t.write('1.txt', EN_REPORT);
    await t.write('2.txt', '');
    await t.write('3.json', '[');
    await t.write('4.html', `<p>${EN_REPORT}</p>`);
    const { files } = await expandInputs([t.dir]);
    const ok: string[] = [];
    const bad: string[] = [];
    for (const f of files) {
      const { docs, errors } = await loadDocuments(f);
      ok.push(...docs.map((d) => d.doc_id));
      bad.push(...errors.map((e) => e.code));
    }
    assert.deepEqual(ok, ['1.txt', '4.html']);
    assert.deepEqual(bad, ['MARSAD_ERR_INGEST_EMPTY', 'MARSAD_ERR_INGEST_JSON']);
  } finally {
    await t.cleanup();
  }
});

test('odd bytes never throw from parseDocumentBytes', () => {
  for (const b of [Buffer.alloc(0), Buffer.from([0xff]), Buffer.from([0x00, 0x01, 0x02]), Buffer.from('[]'), Buffer.from('null'), Buffer.from('{}')]) {
    const out = parseDocumentBytes(b, 'x.json');
    assert.equal(out.docs.length, 0);
    assert.equal(out.errors.length, 1, b.toString('hex'));
    assert.match(out.errors[0].code, /^MARSAD_ERR_INGEST_(EMPTY|BINARY|DECODE|NO_TEXT|JSON)$/);
  }
});
