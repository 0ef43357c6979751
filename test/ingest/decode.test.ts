import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { gzipSync } from 'node:zlib';
import { isMarsadError } from '../../src/core/index.js';
import { decodeBytes } from '../../src/ingest/index.js';
import { AR_REPORT, EN_REPORT } from './helpers.js';

function code(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    return isMarsadError(e) ? e.code : 'not-a-MarsadError';
  }
}

test('decodeBytes: UTF-8 with and without BOM', () => {
  assert.deepEqual(decodeBytes(Buffer.from(AR_REPORT, 'utf8')), { text: AR_REPORT, encoding: 'UTF-8' });
  const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(AR_REPORT, 'utf8')]);
  assert.deepEqual(decodeBytes(bom), { text: AR_REPORT, encoding: 'UTF-8' });
});

test('decodeBytes: UTF-16 LE/BE with BOM', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(AR_REPORT, 'utf-16le')]);
  const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(AR_REPORT, 'utf-16be')]);
  assert.deepEqual(decodeBytes(le), { text: AR_REPORT, encoding: 'UTF-16LE' });
  assert.deepEqual(decodeBytes(be), { text: AR_REPORT, encoding: 'UTF-16BE' });
});

test('decodeBytes: UTF-16 LE/BE without BOM, sniffed from NUL bytes', () => {
  for (const t of [AR_REPORT, EN_REPORT]) {
    assert.deepEqual(decodeBytes(iconv.encode(t, 'utf-16le')), { text: t, encoding: 'UTF-16LE' });
    assert.deepEqual(decodeBytes(iconv.encode(t, 'utf-16be')), { text: t, encoding: 'UTF-16BE' });
  }
});

test('decodeBytes: windows-1256 Arabic, long and short', () => {
  assert.deepEqual(decodeBytes(iconv.encode(AR_REPORT, 'windows-1256')), { text: AR_REPORT, encoding: 'windows-1256' });
  assert.deepEqual(decodeBytes(iconv.encode('قصف مدفعي على سراقب', 'windows-1256')), { text: 'قصف مدفعي على سراقب', encoding: 'windows-1256' });
});

test('decodeBytes: undeclared ISO-8859-6 Arabic is told apart from windows-1256', () => {
  assert.deepEqual(decodeBytes(iconv.encode(AR_REPORT, 'iso-8859-6')), { text: AR_REPORT, encoding: 'ISO-8859-6' });
});

test('decodeBytes: a declared charset in HTML is honoured', () => {
  const html = `<html><head><meta charset="windows-1256"></head><body><p>${AR_REPORT}</p></body></html>`;
  const out = decodeBytes(iconv.encode(html, 'windows-1256'));
  assert.equal(out.encoding, 'windows-1256');
  assert.ok(out.text.includes(AR_REPORT));
  const latin = `<?xml version="1.0" encoding="ISO-8859-1"?><p>Maarat al-Nu\u00e2man — d\u00e9j\u00e0</p>`;
  assert.ok(decodeBytes(iconv.encode(latin, 'latin1')).text.includes('d\u00e9j\u00e0'));
});

test('decodeBytes: binary files are refused with BINARY', () => {
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61', 'hex');
  const gzip = Buffer.from('1f8b0800000000000003cb48cdc9c95728cf2fca49e102000000ffff0300', 'hex');
  const controls = Buffer.alloc(200, 0x07);
  // A real gzip has a non-zero mtime, so few NUL bytes: the signature decides.
  const realGzip = gzipSync(Buffer.from(EN_REPORT.repeat(20)));
  realGzip.writeUInt32LE(1700000000, 4);
  assert.equal(code(() => decodeBytes(realGzip)), 'MARSAD_ERR_INGEST_BINARY');
  assert.equal(code(() => decodeBytes(Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj', 'latin1'))), 'MARSAD_ERR_INGEST_BINARY');
  assert.equal(code(() => decodeBytes(png)), 'MARSAD_ERR_INGEST_BINARY');
  assert.equal(code(() => decodeBytes(gzip)), 'MARSAD_ERR_INGEST_BINARY');
  assert.equal(code(() => decodeBytes(controls)), 'MARSAD_ERR_INGEST_BINARY');
});

test('decodeBytes: a stray NUL in UTF-8 text is not binary', () => {
  const out = decodeBytes(Buffer.from(`${AR_REPORT}\u0000${EN_REPORT}`, 'utf8'));
  assert.equal(out.encoding, 'UTF-8');
  assert.ok(out.text.startsWith(AR_REPORT));
});

test('decodeBytes: text that is mostly replacement characters is DECODE', () => {
  const broken = Buffer.from('\uFFFD'.repeat(50) + 'ab', 'utf8');
  assert.equal(code(() => decodeBytes(broken)), 'MARSAD_ERR_INGEST_DECODE');
});
