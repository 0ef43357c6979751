import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { symlink } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { PROJECT_ROOT } from '../../src/core/index.js';
import { contentHash, expandInputs, loadDocuments, parseDocumentBytes } from '../../src/ingest/index.js';
import { AR_REPORT, EN_REPORT, FR_REPORT, tempDir } from './helpers.js';

test('txt: doc_id is the base name; dateline, language, text cleanup', async () => {
  const t = await tempDir();
  try {
    const raw = `\uFEFFعنوان الخبر  \r\nالثلاثاء 2019/05/14\r\n\r\n${AR_REPORT}\u200B\u0007\u200F \r\n`;
    const path = await t.write('001_kafr_nabl.txt', raw);
    const { docs, errors } = await loadDocuments(path);
    assert.deepEqual(errors, []);
    assert.equal(docs.length, 1);
    const d = docs[0];
    assert.equal(d.doc_id, '001_kafr_nabl.txt');
    assert.equal(d.text, `عنوان الخبر\nالثلاثاء 2019/05/14\n\n${AR_REPORT}`);
    assert.equal(d.published, '2019-05-14');
    assert.equal(d.published_basis, 'dateline');
    assert.equal(d.lang, 'ar');
    assert.equal(d.lang_supported, true);
    assert.equal(d.format, 'txt');
    assert.equal(d.encoding, 'UTF-8');
    assert.equal(d.source_path, path);
    assert.match(d.hash, /^[0-9a-f]{64}$/);
  } finally {
    await t.cleanup();
  }
});

test('text cleanup keeps ZWNJ/ZWJ and NFC-normalizes', async () => {
  const { docs } = parseDocumentBytes(Buffer.from(`e\u0301 ${EN_REPORT} a\u200Cb a\u200Db`), 'x.txt');
  assert.ok(docs[0].text.startsWith('\u00e9 '));
  assert.ok(docs[0].text.includes('a\u200Cb a\u200Db'));
});

test('sidecar NAME.meta.json supplies metadata and overrides the dateline', async () => {
  const t = await tempDir();
  try {
    const path = await t.write('report.txt', `5 December 2024\n\n${EN_REPORT}`);
    await t.write('report.meta.json', JSON.stringify({ url: 'https://example.org/a', title: 'Shelling on Kafr Nabl', outlet: 'Test Outlet', published: '2019-05-14', lang: 'english' }));
    const { docs, errors } = await loadDocuments(path);
    assert.deepEqual(errors, []);
    const d = docs[0];
    assert.equal(d.published, '2019-05-14');
    assert.equal(d.published_basis, 'metadata');
    assert.equal(d.url, 'https://example.org/a');
    assert.equal(d.title, 'Shelling on Kafr Nabl');
    assert.equal(d.outlet, 'Test Outlet');
    assert.equal(d.lang, 'en');
  } finally {
    await t.cleanup();
  }
});

test('metadata lang overrides detection; an unknown one is stored unsupported', async () => {
  const ar = parseDocumentBytes(Buffer.from(EN_REPORT), 'a.txt', { meta: { lang: 'ar-SY' } }).docs[0];
  assert.deepEqual([ar.lang, ar.lang_supported], ['ar', true]);
  const fr = parseDocumentBytes(Buffer.from(EN_REPORT), 'a.txt', { meta: { lang: 'fr' } }).docs[0];
  assert.deepEqual([fr.lang, fr.lang_supported], ['fr', false]);
  const detected = parseDocumentBytes(Buffer.from(FR_REPORT), 'a.txt').docs[0];
  assert.deepEqual([detected.lang, detected.lang_supported], ['fra', false]);
});

test('a broken sidecar is reported by name and the document still loads', async () => {
  const t = await tempDir();
  try {
    const path = await t.write('r.txt', EN_REPORT);
    const sidecar = await t.write('r.meta.json', '{"published": ');
    const { docs, errors } = await loadDocuments(path);
    assert.equal(docs.length, 1);
    assert.equal(errors.length, 1);
    assert.equal(errors[0].code, 'MARSAD_ERR_INGEST_JSON');
    assert.ok(errors[0].message.includes(sidecar));
  } finally {
    await t.cleanup();
  }
});

test('md: title from the first heading', async () => {
  const { docs } = parseDocumentBytes(Buffer.from(`# Shelling on Kafr Nabl\n\n14 May 2019\n\n${EN_REPORT}\n`), 'note.md');
  assert.equal(docs[0].format, 'md');
  assert.equal(docs[0].title, 'Shelling on Kafr Nabl');
  assert.equal(docs[0].published, '2019-05-14');
});

test('html: article text, title and published from the page', async () => {
  const html = `<html><head><title>Kafr Nabl</title><meta property="article:published_time" content="2019-05-14T10:00:00Z"></head><body><nav>Home | About</nav><article><p>${EN_REPORT}</p></article></body></html>`;
  const { docs, errors } = parseDocumentBytes(Buffer.from(html), 'page.html');
  assert.deepEqual(errors, []);
  assert.equal(docs[0].format, 'html');
  assert.equal(docs[0].text, EN_REPORT);
  assert.equal(docs[0].title, 'Kafr Nabl');
  assert.equal(docs[0].published, '2019-05-14');
  assert.equal(docs[0].published_basis, 'metadata');
});

test('json: one object, an array, ids and NAME#N fallbacks, html items', () => {
  const one = parseDocumentBytes(Buffer.from(JSON.stringify({ title: 'T', text: AR_REPORT, published: '2019-05-14' })), 'one.json');
  assert.equal(one.docs[0].doc_id, 'one.json');
  assert.equal(one.docs[0].published_basis, 'metadata');
  const arr = [
    { id: 'a-1', text: EN_REPORT, outlet: 'Outlet A', url: 'https://example.org/1' },
    { html: `<p>${AR_REPORT}</p>`, lang: 'ar' },
    { title: 'no body' },
  ];
  const many = parseDocumentBytes(Buffer.from(JSON.stringify(arr)), 'batch.json');
  assert.deepEqual(many.docs.map((d) => d.doc_id), ['a-1', 'batch.json#2']);
  assert.equal(many.docs[0].outlet, 'Outlet A');
  assert.equal(many.docs[1].text, AR_REPORT);
  assert.equal(many.errors.length, 1);
  assert.equal(many.errors[0].code, 'MARSAD_ERR_INGEST_NO_TEXT');
  assert.ok(many.errors[0].message.includes('batch.json') && many.errors[0].message.includes('item 3'));
});

test('jsonl: one bad line does not lose the good ones; errors name the line', () => {
  const lines = [
    JSON.stringify({ id: 'l1', text: EN_REPORT, lang: 'en' }),
    '{"id": "l2", "text": ',
    '',
    JSON.stringify({ text: AR_REPORT }),
    JSON.stringify({ id: 'l5', title: 'only a title' }),
  ].join('\n');
  const { docs, errors } = parseDocumentBytes(Buffer.from(lines), 'feed.jsonl');
  assert.deepEqual(docs.map((d) => d.doc_id), ['l1', 'feed.jsonl#4']);
  assert.deepEqual(errors.map((e) => e.code), ['MARSAD_ERR_INGEST_JSON', 'MARSAD_ERR_INGEST_NO_TEXT']);
  assert.ok(errors[0].message.includes('feed.jsonl:2'), errors[0].message);
  assert.ok(errors[1].message.includes('feed.jsonl:5'), errors[1].message);
  assert.ok(docs.every((d) => d.format === 'jsonl'));
});

test('parseDocumentBytes sniffs the format when the name has no known extension', () => {
  assert.equal(parseDocumentBytes(Buffer.from(JSON.stringify({ id: 'up', text: EN_REPORT })), 'upload').docs[0].doc_id, 'up');
  assert.equal(parseDocumentBytes(Buffer.from(`<html><body><p>${EN_REPORT}</p></body></html>`), 'upload').docs[0].format, 'html');
  assert.equal(parseDocumentBytes(Buffer.from(EN_REPORT), 'upload').docs[0].format, 'txt');
  const jl = parseDocumentBytes(Buffer.from(`{"text": "${EN_REPORT}"}\n{"text": "${EN_REPORT} Again."}\n`), 'upload');
  assert.equal(jl.docs.length, 2);
});

test('each encoding loads from a file', async () => {
  const t = await tempDir();
  try {
    const files: [string, Buffer, string][] = [
      ['cp1256.txt', iconv.encode(AR_REPORT, 'windows-1256'), 'windows-1256'],
      ['u16le-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(AR_REPORT, 'utf-16le')]), 'UTF-16LE'],
      ['u16be-bom.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(AR_REPORT, 'utf-16be')]), 'UTF-16BE'],
      ['u16le.txt', iconv.encode(AR_REPORT, 'utf-16le'), 'UTF-16LE'],
      ['u16be.txt', iconv.encode(EN_REPORT, 'utf-16be'), 'UTF-16BE'],
    ];
    for (const [name, bytes, encoding] of files) {
      const { docs, errors } = await loadDocuments(await t.write(name, bytes));
      assert.deepEqual(errors, [], name);
      assert.equal(docs[0].encoding, encoding, name);
      assert.ok(docs[0].text === AR_REPORT || docs[0].text === EN_REPORT, name);
    }
  } finally {
    await t.cleanup();
  }
});

test('expandInputs: recursion, sorting, skipping sidecars, hidden files, node_modules and non-articles', async () => {
  const t = await tempDir();
  try {
    await t.write('b.txt', EN_REPORT);
    await t.write('a.html', `<p>${EN_REPORT}</p>`);
    await t.write('b.meta.json', '{"published":"2019-05-14"}');
    await t.write('sub/deeper/c.jsonl', JSON.stringify({ text: EN_REPORT }));
    await t.write('sub/d.json', JSON.stringify({ text: EN_REPORT }));
    await t.write('sub/photo.png', Buffer.from('89504e47', 'hex'));
    await t.write('README.md', '# about this folder');
    await t.write('.hidden.txt', EN_REPORT);
    await t.write('.git/x.txt', EN_REPORT);
    await t.write('node_modules/pkg/y.txt', EN_REPORT);
    await symlink(join(t.dir, 'sub'), join(t.dir, 'sub', 'loop')); // a link loop must end
    const { files, errors } = await expandInputs([t.dir, join(t.dir, 'b.txt'), '-', join(t.dir, 'missing.txt')]);
    const rel = files.map((f) => (f === '-' ? f : f.slice(t.dir.length + 1)));
    assert.deepEqual(rel, ['-', 'a.html', 'b.txt', 'sub/d.json', 'sub/deeper/c.jsonl']);
    assert.equal(errors.length, 1);
    assert.equal(errors[0].code, 'MARSAD_ERR_INGEST_NOT_FOUND');
    assert.ok(errors[0].message.includes('missing.txt'));
  } finally {
    await t.cleanup();
  }
});

test('stdin via an injected stream: doc_id stdin-<hash>, format sniffed', async () => {
  const { docs, errors } = await loadDocuments('-', { stdin: Readable.from([Buffer.from('الثلاثاء 2019/05/14\n'), Buffer.from(AR_REPORT)]) });
  assert.deepEqual(errors, []);
  assert.equal(docs[0].source_path, '-');
  assert.equal(docs[0].doc_id, `stdin-${docs[0].hash.slice(0, 12)}`);
  assert.equal(docs[0].published, '2019-05-14');
  const withId = await loadDocuments('-', { stdin: Readable.from([JSON.stringify({ id: 'given', text: EN_REPORT })]) });
  assert.equal(withId.docs[0].doc_id, 'given');
  const big = await loadDocuments('-', { maxBytes: 10, stdin: Readable.from([Buffer.from(EN_REPORT)]) });
  assert.equal(big.errors[0].code, 'MARSAD_ERR_INGEST_TOO_LARGE');
});

test('stdin from a real child process', () => {
  const script = `import { loadDocuments } from './src/ingest/index.ts';
    const r = await loadDocuments('-'); process.stdout.write(JSON.stringify(r.docs.map((d) => [d.doc_id.slice(0, 6), d.lang, d.text.length])));`;
  const out = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: PROJECT_ROOT, input: EN_REPORT, encoding: 'utf8' });
  assert.equal(out.status, 0, out.stderr);
  assert.deepEqual(JSON.parse(out.stdout), [['stdin-', 'en', EN_REPORT.length]]);
});

test('contentHash: same content same hash; any field change changes it', () => {
  const base = parseDocumentBytes(Buffer.from(EN_REPORT), 'h.txt').docs[0];
  const { hash, ...rest } = base;
  assert.equal(contentHash(rest), hash);
  assert.equal(parseDocumentBytes(Buffer.from(EN_REPORT), 'h.txt').docs[0].hash, hash);
  for (const change of [{ text: rest.text + '!' }, { title: 'x' }, { url: 'u' }, { outlet: 'o' }, { published: '2019-01-01' }, { lang: 'ar' }]) {
    assert.notEqual(contentHash({ ...rest, ...change }), hash, JSON.stringify(change));
  }
  // title "ab"+url null must differ from title "a"+url "b"
  assert.notEqual(contentHash({ ...rest, title: 'ab', url: null }), contentHash({ ...rest, title: 'a', url: 'b' }));
});

test('html: a page dateline gives published_basis "dateline", page metadata "metadata"', () => {
  const body = `<div class="post-meta">السبت 3/8/2019</div><div class="post-content"><p>${AR_REPORT}</p><p>${AR_REPORT}</p></div>`;
  const fromDateline = parseDocumentBytes(Buffer.from(`<html><body>${body}</body></html>`), 'p.html').docs[0];
  assert.deepEqual([fromDateline.published, fromDateline.published_basis], ['2019-08-03', 'dateline']);
  const withMeta = parseDocumentBytes(Buffer.from(`<html><head><meta name="date" content="2019-08-04"></head><body>${body}</body></html>`), 'p.html').docs[0];
  assert.deepEqual([withMeta.published, withMeta.published_basis], ['2019-08-04', 'metadata']);
});
