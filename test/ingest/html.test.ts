import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/ingest/index.js';
import { AR_REPORT, EN_REPORT } from './helpers.js';

const SECOND_AR = 'وردّت فصائل المعارضة باستهداف مواقع قوات النظام في قرية الحويز بقذائف الهاون، دون ورود معلومات عن خسائر بشرية.';

function page(body: string, head = ''): string {
  return `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

test('extractArticle: a hostile page keeps the text and loses every script and handler', () => {
  const html = page(
    `<nav><a href="/">Home</a> | <a href="/news">News</a> | Subscribe</nav>
     <article><h1>Kafr Nabl shelled</h1>
       <p>${EN_REPORT}</p>
       <img src=x onerror=alert(1)>
       <p>Rebel factions responded with mortar fire on government positions near Hish.<script>alert(1)</script></p>
       <iframe src="https://ads.example/"></iframe>
       <p onclick="steal()">Rescue teams were still searching the rubble in the evening, the civil defence said.</p>
     </article>
     <footer>Copyright 2024 · Privacy · Cookies</footer>
     <script>alert(1)</script><noscript>Enable JavaScript</noscript>`,
    '<title>Kafr Nabl shelled</title><script>var x = "<p>injected</p>";</script><style>p { color: red }</style>',
  );
  const { text, title } = extractArticle(html);
  assert.ok(text.includes(EN_REPORT), text);
  assert.ok(text.includes('Rescue teams were still searching'));
  for (const bad of ['alert', '<script', 'onerror', 'onclick', '<img', 'injected', 'color: red', 'Enable JavaScript', '<', '>']) {
    assert.ok(!text.includes(bad), `output contains ${bad}`);
  }
  assert.equal(title, 'Kafr Nabl shelled');
});

test('extractArticle: block elements become line breaks, not run-together sentences', () => {
  const { text } = extractArticle(page(`<div><p>${AR_REPORT}</p><p>${SECOND_AR}</p><ul><li>سراقب</li><li>معرة النعمان</li></ul></div>`));
  assert.ok(text.includes(`${AR_REPORT}\n`), text);
  assert.ok(text.includes(SECOND_AR));
  assert.ok(!/[a-z]<|\.و/.test(text));
  assert.match(text, /سراقب\n+معرة النعمان/);
});

test('extractArticle: title from og:title, then <title>, then <h1>', () => {
  assert.equal(extractArticle(page(`<p>${EN_REPORT}</p>`, '<meta property="og:title" content="OG title"><title>Tab title</title>')).title, 'OG title');
  assert.equal(extractArticle(page(`<p>${EN_REPORT}</p>`, '<title>Tab title</title>')).title, 'Tab title');
  assert.equal(extractArticle(page(`<h1>Heading title</h1><p>${EN_REPORT}</p>`)).title, 'Heading title');
});

test('extractArticle: published from article:published_time, JSON-LD and <time>', () => {
  const meta = '<meta property="article:published_time" content="2019-08-12T09:30:00+03:00">';
  assert.equal(extractArticle(page(`<p>${EN_REPORT}</p>`, meta)).published, '2019-08-12');
  const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2019-06-03T08:00:00Z"}]}</script>';
  assert.equal(extractArticle(page(`<p>${EN_REPORT}</p>`, ld)).published, '2019-06-03');
  assert.equal(extractArticle(page(`<article><time datetime="2024-12-05">Thursday</time><p>${EN_REPORT}</p></article>`)).published, '2024-12-05');
  assert.equal(extractArticle(page(`<p>${EN_REPORT}</p>`)).published, null);
});

test('extractArticle: a short fragment and a truncated page still give their text', () => {
  assert.equal(extractArticle('<p>Shelling on Saraqib<br>two killed').text, 'Shelling on Saraqib\ntwo killed');
  const truncated = page(`<article><p>${AR_REPORT}</p><p>${SECOND_AR}`).slice(0, -60);
  const { text } = extractArticle(truncated);
  assert.ok(text.includes(AR_REPORT));
});

test('extractArticle: a dateline paragraph Readability treats as a byline stays in the text', () => {
  const html = page(`<article><p class="dateline">KAFR NABL, Syria, 14 May 2019</p><p>${EN_REPORT}</p><p>${EN_REPORT.replace('Tuesday', 'Wednesday')}</p></article>`);
  const { text } = extractArticle(html);
  assert.ok(text.startsWith('KAFR NABL, Syria, 14 May 2019\n'), text);
});

test('extractArticle never throws on garbage', () => {
  for (const g of ['', '<<<>>>', '<html', '\u0000\u0001', '<p>' + '<div>'.repeat(2000), '<div>'.repeat(200_000) + 'deep text']) {
    const out = extractArticle(g);
    assert.equal(typeof out.text, 'string');
  }
  assert.equal(extractArticle('').text, '');
});

test('extractArticle: a dateline in page chrome Readability drops is still found; site name leaves the title', () => {
  const related = Array.from({ length: 12 }, (_, i) => `<li><a href="/n${i}">خبر ذو صلة رقم ${i} عن تطورات الميدان في الشمال السوري</a></li>`).join('');
  const html = page(
    `<div class="post"><h1>قصف على كفرنبل</h1><div class="post-meta">الخميس 2024/12/05 - 10:30</div>
     <div class="post-content"><p>${AR_REPORT}</p><p>${SECOND_AR}</p></div></div>
     <div class="sidebar"><h3>الأكثر قراءة</h3><ul>${related}</ul></div>`,
    '<title>قصف على كفرنبل - موقع الأخبار</title>',
  );
  const out = extractArticle(html);
  assert.equal(out.title, 'قصف على كفرنبل');
  assert.equal(out.published, null);
  assert.equal(out.dateline, '2024-12-05');
  assert.ok(!out.text.includes('الأكثر قراءة'));
});

test('pathological markup is handled in bounded time (no quadratic regex or deep-DOM blow-up)', () => {
  const inputs = ['<div>'.repeat(200_000) + 'deep text', '<p>' + ' '.repeat(2_000_000) + 'x</p>', '<a'.repeat(100_000), '<script'.repeat(50_000)];
  for (const html of inputs) {
    const t0 = performance.now();
    const out = extractArticle(html);
    const ms = performance.now() - t0;
    assert.ok(ms < 3000, `${html.slice(0, 12)}… took ${ms.toFixed(0)} ms`);
    assert.ok(!out.text.includes('<div'));
  }
  assert.equal(extractArticle('<div>'.repeat(200_000) + 'deep text').text, 'deep text');
});
