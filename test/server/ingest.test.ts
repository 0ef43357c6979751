// POST /api/documents: read-only servers, bearer auth, body limits, and a real ingest (the
// pipeline parses, analyses and stores the upload; nothing is faked).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openPipeline, type Pipeline } from '../../src/pipeline/index.js';
import { startServer, type ServerOptions } from '../../src/server/index.js';
import { fixtureKb, fixtureStore, tempDir } from './fixtures.js';

const TOKEN = 'test-token-6f1d0c2b9a';
const LIMIT = 64 * 1024;

// Written for this test: an Arabic report of shelling with a toll and its claimant.
const ARABIC_ARTICLE = `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>قصف على كفرنبودة</title></head>
<body><article><h1>قصف على كفرنبودة</h1>
<p>قصفت قوات النظام بلدة كفرنبودة في ريف حماة الشمالي يوم 3 أيار 2019، ما أدى إلى مقتل أربعة مدنيين، بحسب المرصد السوري لحقوق الإنسان.</p>
<p>وردّت فصائل المعارضة باستهداف مواقع قوات النظام في المنطقة.</p>
</article></body></html>`;

let pipeline: Pipeline;
let url = '';
let close: () => Promise<void> = async () => {};

function ingestWith(p: Pipeline): NonNullable<ServerOptions['ingest']> {
  return async (bytes, name, meta) => p.ingestBytes(bytes, name, meta);
}

before(async () => {
  pipeline = openPipeline(join(tempDir('marsad-ingest-'), 'ingest.db'));
  const srv = await startServer({ store: pipeline.store, kb: pipeline.kb, token: TOKEN, ingest: ingestWith(pipeline), bodyLimit: LIMIT, port: 0, host: '127.0.0.1' });
  url = srv.url.replace(/\/$/, '');
  close = srv.close;
});

after(async () => {
  await close();
  pipeline.store.close();
});

function post(path: string, body: string | Uint8Array, headers: Record<string, string> = {}) {
  return fetch(url + path, { method: 'POST', body: typeof body === 'string' ? body : new Uint8Array(body), headers: { 'content-type': 'text/html; charset=utf-8', ...headers } });
}

const auth = { authorization: `Bearer ${TOKEN}` };

describe('POST /api/documents', () => {
  it('is refused (403) by a server without a token', async () => {
    const { store } = fixtureStore();
    const srv = await startServer({ store, kb: fixtureKb(), token: '', ingest: ingestWith(pipeline), port: 0, host: '127.0.0.1' });
    try {
      const res = await fetch(`${srv.url}api/documents?name=a.html`, { method: 'POST', body: ARABIC_ARTICLE, headers: auth });
      assert.equal(res.status, 403);
      const body = await res.json() as { error: { code: string } };
      assert.equal(body.error.code, 'MARSAD_ERR_API_READ_ONLY');
      assert.match(res.headers.get('content-security-policy')!, /default-src 'self'/);
    } finally {
      await srv.close();
      store.close();
    }
  });

  it('needs the right bearer token (401 otherwise)', async () => {
    const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer wrong-token' }, { authorization: `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}` }, { authorization: `Bearer ${TOKEN}x` }];
    for (const headers of attempts) {
      const res = await post('/api/documents?name=a.html', ARABIC_ARTICLE, headers);
      assert.equal(res.status, 401, JSON.stringify(headers));
      assert.equal((await res.json() as { error: { code: string } }).error.code, 'MARSAD_ERR_API_UNAUTHORIZED');
      assert.match(res.headers.get('www-authenticate')!, /^Bearer/);
    }
    assert.equal(pipeline.store.listDocuments().length, 0, 'nothing was stored');
  });

  it('ingests an Arabic HTML article for real: 201, stored, analysed, searchable', async () => {
    const res = await post('/api/documents?name=kafr-nabudah-shelling.html&published=2019-05-04&outlet=Test%20Outlet', ARABIC_ARTICLE, auth);
    assert.equal(res.status, 201);
    const body = await res.json() as { docs: { doc_id: string; status: string }[]; errors: unknown[] };
    assert.deepEqual(body.docs, [{ doc_id: 'kafr-nabudah-shelling.html', status: 'new' }]);
    assert.deepEqual(body.errors, []);

    const doc = await (await fetch(`${url}/api/documents/kafr-nabudah-shelling.html`)).json() as { document: { lang: string; title: string; text: string; outlet: string }; spans: { kind: string }[] };
    assert.equal(doc.document.lang, 'ar');
    assert.equal(doc.document.title, 'قصف على كفرنبودة');
    assert.equal(doc.document.outlet, 'Test Outlet');
    assert.match(doc.document.text, /قصفت قوات النظام بلدة كفرنبودة/);
    assert.doesNotMatch(doc.document.text, /<p>|<h1>/, 'HTML was reduced to text');

    const events = await (await fetch(`${url}/api/events?doc_id=kafr-nabudah-shelling.html`)).json() as { total: number; events: { sub_event_type: string; sources: { doc_id: string }[] }[] };
    assert.ok(events.total >= 1, 'the pipeline coded at least one event from the article');
    assert.ok(events.events.some((e) => e.sub_event_type === 'Shelling/artillery/missile attack'), JSON.stringify(events.events.map((e) => e.sub_event_type)));
  });

  it('takes the name from X-Filename and reports an unchanged re-upload', async () => {
    // Same bytes and metadata (the content hash covers both) → nothing to redo.
    const res = await post('/api/documents?published=2019-05-04&outlet=Test%20Outlet', ARABIC_ARTICLE, { ...auth, 'x-filename': 'kafr-nabudah-shelling.html' });
    assert.equal(res.status, 201);
    const body = await res.json() as { docs: { status: string }[] };
    assert.equal(body.docs[0]!.status, 'unchanged');
  });

  it('answers 422 when every document failed, with the ingest error codes', async () => {
    const binary = Buffer.alloc(4096, 0);
    const res = await post('/api/documents?name=broken.txt', binary, { ...auth, 'content-type': 'application/octet-stream' });
    assert.equal(res.status, 422);
    const body = await res.json() as { docs: unknown[]; errors: { code: string; file: string }[] };
    assert.deepEqual(body.docs, []);
    assert.match(body.errors[0]!.code, /^MARSAD_ERR_INGEST_/);
  });

  it('rejects bodies over the limit with 413 and a code', async () => {
    const big = `<p>${'قصف '.repeat(LIMIT / 2)}</p>`;
    const res = await post('/api/documents?name=big.html', big, auth);
    assert.equal(res.status, 413);
    assert.equal((await res.json() as { error: { code: string } }).error.code, 'MARSAD_ERR_API_TOO_LARGE');
  });

  it('rejects uploads without a name or body, or with a bad date (400)', async () => {
    for (const [path, body] of [['/api/documents', ARABIC_ARTICLE], ['/api/documents?name=empty.txt', ''], ['/api/documents?name=a.txt&published=2019-02-31', 'text']] as const) {
      const res = await post(path, body, auth);
      assert.equal(res.status, 400, path);
      assert.equal((await res.json() as { error: { code: string } }).error.code, 'MARSAD_ERR_API_VALIDATION');
    }
  });

  it('counts the refused requests in /api/health', async () => {
    const h = await (await fetch(`${url}/api/health`)).json() as { read_only: boolean; errors: { '4xx': number; '5xx': number } };
    assert.equal(h.read_only, false);
    assert.ok(h.errors['4xx'] >= 8, JSON.stringify(h.errors));
    assert.equal(h.errors['5xx'], 0);
  });
});
