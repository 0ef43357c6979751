/// <reference lib="dom" />
// The web app in a real browser (Debian's chromium via playwright-core) against a real server
// and database: map, filters, timeline brush, event drawer with Arabic evidence, control
// history, the Arabic interface, and a hostile article that must execute nothing.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { ConflictEvent, ControlChange } from '../../src/core/index.js';
import { openPipeline, type Pipeline } from '../../src/pipeline/index.js';
import { startServer } from '../../src/server/index.js';
import { CHROMIUM, CHROMIUM_ARGS, ensureWebBuilt, prepareE2eDatabase, screenshotPath } from './helpers.js';

const TOKEN = 'e2e-token-4b1c9d';
const haveChromium = existsSync(CHROMIUM);
const skipReason = haveChromium ? false : `${CHROMIUM} is absent (apt-get install chromium) — browser tests skipped`;

// Written for this test. The payload sits in the title and, escaped, in the article text, so
// it reaches the database as text; a real <script> in the body must be dropped by ingest.
const HOSTILE_TITLE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1"> Shelling on Kafr Nabudah';
const HOSTILE_HTML = `<!doctype html><html><head><meta charset="utf-8">
<title>&lt;script&gt;window.__pwned=1&lt;/script&gt;&lt;img src=x onerror="window.__pwned=1"&gt; Shelling on Kafr Nabudah</title></head>
<body><article><h1>Shelling on Kafr Nabudah</h1>
<p>Government forces shelled Kafr Nabudah in the northern Hama countryside on 3 May 2019, killing four civilians, the Syrian Observatory for Human Rights said. &lt;script&gt;window.__pwned=1&lt;/script&gt; &lt;img src=x onerror="window.__pwned=1"&gt;</p>
<p>Residents said the town had been shelled for three days. <script>window.__pwned=1</script></p>
</article></body></html>`;

describe('web app in chromium', { skip: skipReason, timeout: 300_000 }, () => {
  let pipeline: Pipeline;
  let base = '';
  let close: () => Promise<void> = async () => {};
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  async function api<T>(path: string): Promise<T> {
    const res = await fetch(base + path);
    assert.equal(res.status, 200, path);
    return (await res.json()) as T;
  }

  async function eventCount(): Promise<number> {
    const text = await page.locator('[data-testid=event-count]').textContent();
    return Number((text ?? '').replace(/[^\d]/g, ''));
  }

  async function waitCount(n: number): Promise<void> {
    await page.waitForFunction((want) => {
      const el = document.querySelector('[data-testid=event-count]');
      return !!el && Number((el.textContent ?? '').replace(/[^\d]/g, '')) === want;
    }, n, { timeout: 10_000 });
  }

  before(async () => {
    ensureWebBuilt();
    const db = prepareE2eDatabase();
    pipeline = openPipeline(db.path);
    const srv = await startServer({
      store: pipeline.store, kb: pipeline.kb, token: TOKEN, port: 0, host: '127.0.0.1',
      ingest: async (bytes, name, meta) => pipeline.ingestBytes(bytes, name, meta),
    });
    base = srv.url.replace(/\/$/, '');
    close = srv.close;
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    // Nothing may leave the machine: every request goes to our own server.
    await page.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort()));
  });

  after(async () => {
    await browser?.close();
    await close();
    pipeline?.store.close();
  });

  it('loads the app with markers or clusters on the offline map', async () => {
    await page.goto(base + '/');
    await page.waitForSelector('body[data-ready=true]', { timeout: 30_000 });
    const total = (await api<{ total: number }>('/api/events?limit=0')).total;
    assert.ok(total > 0, 'the database has events');
    await page.waitForSelector('.leaflet-overlay-pane path.leaflet-interactive, .marsad-cluster', { timeout: 10_000 });
    const markers = await page.locator('.leaflet-overlay-pane path.leaflet-interactive').count();
    const clusters = await page.locator('.marsad-cluster').count();
    assert.ok(markers + clusters > 0, `markers ${markers}, clusters ${clusters}`);
    // The offline basemap (Natural Earth countries) is drawn: many non-interactive country paths.
    await page.waitForFunction(() => document.querySelectorAll('.leaflet-overlay-pane path:not(.leaflet-interactive)').length > 50);
    assert.equal(await eventCount(), total);
    assert.equal(await page.locator('[data-testid=legend] .legend-row').count(), 6);
    assert.equal(await page.locator('[data-testid=map-notice]').isHidden(), total <= 10_000, 'the map says when it shows only part of the events');
    await page.screenshot({ path: screenshotPath('01-overview') });
  });

  it('filters by event type: the table shrinks and the URL says so', async () => {
    const stats = await api<{ total: number; by_type: { event_type: string; n: number }[] }>('/api/stats');
    const perType = new Map<string, number>();
    for (const r of stats.by_type) perType.set(r.event_type, (perType.get(r.event_type) ?? 0) + r.n);
    const [type, n] = [...perType.entries()].filter(([, k]) => k < stats.total).sort((a, b) => b[1] - a[1])[0]!;
    await page.selectOption('[data-testid=filter-type]', type);
    await waitCount(n);
    assert.ok(n < stats.total);
    assert.match(page.url(), new RegExp(`event_type=${encodeURIComponent(type).replace(/%20/g, '(\\+|%20)')}`));
    const rows = await page.locator('[data-testid=events-table] tbody tr').count();
    assert.equal(rows, Math.min(n, 50));
    await page.screenshot({ path: screenshotPath('02-filter-type') });
    await page.click('[data-testid=clear-filters]');
    await waitCount(stats.total);
  });

  it('sorts the table by fatalities and back by date', async () => {
    const top = await api<{ events: ConflictEvent[] }>('/api/events?sort=-fatalities&limit=1');
    await page.click('button.sort-btn[data-sort=fatalities]');
    await page.waitForFunction(() => /sort=fatalities/.test(location.search));
    await page.click('button.sort-btn[data-sort=fatalities]');
    await page.waitForFunction(() => /sort=-fatalities/.test(location.search));
    await page.waitForFunction((id) => document.querySelector('[data-testid=events-table] tbody tr')?.getAttribute('data-event-id') === id, top.events[0]!.event_id);
    assert.equal(await page.locator('th[aria-sort=descending] [data-sort=fatalities]').count(), 1);
    await page.click('button.sort-btn[data-sort=event_date]');
    await page.waitForFunction(() => /sort=event_date/.test(location.search));
    const oldest = await api<{ events: ConflictEvent[] }>('/api/events?sort=event_date&limit=1');
    await page.waitForFunction((id) => document.querySelector('[data-testid=events-table] tbody tr')?.getAttribute('data-event-id') === id, oldest.events[0]!.event_id);
  });

  it('filters by actor, resolving an alias to the canonical name', async () => {
    const { events, total } = await api<{ events: ConflictEvent[]; total: number }>('/api/events?limit=1000');
    // An actor the events name canonically, and an English alias of it that resolves back to it.
    const { actors } = pipeline.kb;
    const aliasOf = (name: string) => actors.byName(name)?.name === name ? actors.byName(name)!.aliases.en.find((al) => al !== name && actors.byName(al)?.name === name) : undefined;
    const name = events.map((e) => e.actor1).find((a): a is string => !!a && !!aliasOf(a));
    assert.ok(name, 'an event whose actor has an English alias');
    const alias = aliasOf(name)!;
    const expected = (await api<{ total: number }>(`/api/events?actor=${encodeURIComponent(name)}&limit=0`)).total;
    await page.fill('[data-testid=filter-actor]', alias);
    await page.press('[data-testid=filter-actor]', 'Enter');
    await waitCount(expected);
    assert.equal(new URL(page.url()).searchParams.get('actor'), name);
    assert.ok(expected > 0, 'the actor has events');
    await page.click('[data-testid=clear-filters]');
    await waitCount(total);
  });

  it('filters by date with the date inputs and with the timeline brush', async () => {
    const all = await api<{ events: ConflictEvent[]; total: number }>('/api/events?limit=1000&sort=event_date');
    const dates = [...new Set(all.events.map((e) => e.event_date).filter((d): d is string => !!d))].sort();
    assert.ok(dates.length >= 2, 'events on at least two days');
    const from = dates[Math.floor(dates.length / 2)]!;
    const expected = (await api<{ total: number }>(`/api/events?from=${from}&limit=0`)).total;
    assert.ok(expected < all.total);
    await page.fill('[data-testid=filter-from]', from);
    await page.locator('[data-testid=filter-from]').dispatchEvent('change');
    await waitCount(expected);
    assert.match(page.url(), new RegExp(`from=${from}`));
    await page.click('[data-testid=clear-filters]');
    await waitCount(all.total);

    // Brush over the left half of the timeline: the range lands in the URL and the table shrinks.
    const overlay = page.locator('.timeline-svg .brush .overlay');
    const box = (await overlay.boundingBox())!;
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await page.waitForFunction(() => /[?&]from=\d{4}-\d{2}-\d{2}/.test(location.search) && /[?&]to=\d{4}-\d{2}-\d{2}/.test(location.search));
    const url = new URL(page.url());
    const brushed = (await api<{ total: number }>(`/api/events?from=${url.searchParams.get('from')}&to=${url.searchParams.get('to')}&limit=0`)).total;
    await waitCount(brushed);
    assert.ok(brushed < all.total, `brushed ${brushed} of ${all.total}`);
    assert.equal(await page.inputValue('[data-testid=filter-to]'), url.searchParams.get('to'));
    await page.screenshot({ path: screenshotPath('03-brush') });
    await page.click('#timeline-reset');
    await waitCount(all.total);
  });

  it('opens an event and shows its Arabic evidence highlighted right-to-left in its document', async () => {
    const { events } = await api<{ events: ConflictEvent[] }>('/api/events?limit=1000');
    const arabic = events.find((e) => e.sources.some((s) => s.lang === 'ar'));
    assert.ok(arabic, 'an event with an Arabic source');
    const src = arabic.sources.find((s) => s.lang === 'ar')!;
    const row = page.locator(`tr[data-event-id="${arabic.event_id}"]`);
    if (await row.count()) await row.click();
    else await page.goto(`${base}/?event=${encodeURIComponent(arabic.event_id)}`);
    const mark = page.locator('[data-testid=drawer] [dir=rtl] mark');
    await mark.first().waitFor({ timeout: 10_000 });
    const marked = (await mark.first().textContent()) ?? '';
    assert.equal(marked.replace(/\s+/g, ' ').trim(), src.evidence.text.replace(/\s+/g, ' ').trim());
    const lang = await mark.first().evaluate((el) => el.closest('[dir=rtl]')!.getAttribute('lang'));
    assert.equal(lang, 'ar');
    // The Arabic font is self-hosted and actually loaded.
    const fontOk = await page.evaluate(async () => {
      await document.fonts.ready;
      return document.fonts.check('16px "Noto Naskh Arabic"', 'قصف');
    });
    assert.ok(fontOk, 'Noto Naskh Arabic is available');
    assert.match(page.url(), new RegExp(`event=${encodeURIComponent(arabic.event_id)}`));
    await page.screenshot({ path: screenshotPath('04-event-arabic-evidence') });
  });

  it("shows a toll reported for several towns with this town's share of it", async () => {
    const { events } = await api<{ events: ConflictEvent[] }>('/api/events?limit=1000');
    const shared = events.find((e) => e.fatality_claims.some((c) => typeof c.share === 'number' && c.share !== c.count));
    assert.ok(shared, 'the seeds report tolls for several towns at once');
    const claim = shared.fatality_claims.find((c) => typeof c.share === 'number')!;
    await page.goto(`${base}/?event=${encodeURIComponent(shared.event_id)}`);
    const note = page.locator('[data-testid=drawer] [data-testid=claim-share]').first();
    await note.waitFor({ timeout: 10_000 });
    assert.match((await note.textContent()) ?? '', new RegExp(`^${claim.share} of them in this event`));
    assert.equal(await page.locator('[data-testid=drawer] [data-testid=fatalities]').textContent(), String(shared.fatalities));
    assert.ok(shared.fatalities < claim.count!, 'the headline is the share, not the whole figure');
  });

  it("finds Kafr Nabudah by place search and shows its control history", async () => {
    const { items } = await api<{ items: ControlChange[] }>('/api/control');
    assert.ok(items.length > 0, 'there are control changes');
    const kn = items.find((c) => /kafr nab/i.test(c.location) || c.location_ar === 'كفرنبودة') ?? items[0]!;
    await page.keyboard.press('Escape');
    await page.fill('[data-testid=place-search]', kn.location.slice(0, 8));
    const hit = page.locator(`.place-hit[data-place-id="${kn.place_id}"]`);
    await hit.waitFor({ timeout: 10_000 });
    await hit.click();
    await page.waitForSelector('[data-testid=control-timeline] svg rect.period');
    const periods = await page.locator('[data-testid=control-timeline] rect.period').count();
    const changes = (await api<{ control: { history: ControlChange[] } }>(`/api/places/${encodeURIComponent(kn.place_id)}`)).control.history;
    assert.equal(periods, changes.length + 1, 'one period before the first change, one after each');
    assert.equal(await page.locator('[data-testid=control-changes] > li').count(), changes.length);
    assert.equal(await page.locator('[data-testid=control-timeline] rect.hatch').count(), changes.filter((c) => c.contested).length);
    assert.match(page.url(), /place=/);
    await page.screenshot({ path: screenshotPath('05-control-history') });
  });

  it('switches to the Arabic interface, fully right-to-left', async () => {
    await page.click('[data-testid=lang-switch]');
    await page.waitForSelector('html[dir=rtl][lang=ar]');
    assert.equal(await page.locator('[data-view=events]').textContent(), 'الأحداث');
    assert.match(page.url(), /lang=ar/);
    await page.screenshot({ path: screenshotPath('06-arabic-place') });
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid=drawer]', { state: 'hidden' });
    const legend = await page.locator('[data-testid=legend] .legend-title').textContent();
    assert.equal(legend, 'نوع الحدث');
    await page.screenshot({ path: screenshotPath('07-arabic-overview') });
    await page.click('[data-testid=lang-switch]');
    await page.waitForSelector('html[dir=ltr][lang=en]');
  });

  it('lists contradictory claims with who said what', async () => {
    const { items } = await api<{ items: { event_id: string; claims: unknown[] }[] }>('/api/contradictions');
    await page.goto(`${base}/?view=contradictions`);
    await page.waitForSelector('body[data-ready=true]');
    if (items.length) {
      await page.waitForSelector('[data-testid=contradictions] > li');
      assert.equal(await page.locator('[data-testid=contradictions] > li').count(), items.length);
      assert.equal(await page.locator('[data-testid=contradictions] > li').first().locator('.claim-list li').count(), items[0]!.claims.length);
      await page.locator('[data-testid=contradictions] > li button').first().click();
      await page.waitForSelector('[data-testid=drawer] [data-testid=contradiction]');
      assert.ok(await page.locator('[data-testid=claims-table] tr.claim-max').count() >= 1, 'the highest claim is highlighted');
    }
    await page.screenshot({ path: screenshotPath('08-contradictions') });
  });

  it('lists the places whose control changed, newest change first', async () => {
    const { items } = await api<{ items: ControlChange[] }>('/api/control');
    const places = new Set(items.map((c) => c.place_id));
    await page.goto(`${base}/?view=places`);
    await page.waitForSelector('[data-testid=control-places] > li');
    assert.equal(await page.locator('[data-testid=control-places] > li').count(), places.size);
    await page.locator('[data-testid=control-places] > li button').first().click();
    await page.waitForSelector('[data-testid=control-timeline] rect.period');
  });

  it('renders a hostile article as text and executes nothing', async () => {
    const res = await fetch(`${base}/api/documents?name=hostile.html&published=2019-05-04&title=${encodeURIComponent(HOSTILE_TITLE)}&url=${encodeURIComponent('javascript:window.__pwned=1')}`, {
      method: 'POST', body: HOSTILE_HTML, headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/html' },
    });
    assert.equal(res.status, 201, await res.clone().text());
    await page.goto(`${base}/?view=documents`);
    await page.waitForSelector('body[data-ready=true]');
    await page.click('[data-doc-id="hostile.html"]');
    const title = page.locator('[data-testid=doc-title]');
    await title.waitFor();
    assert.equal(await title.textContent(), HOSTILE_TITLE);
    const text = (await page.locator('[data-testid=drawer] .doc-text').textContent()) ?? '';
    assert.ok(text.includes('<script>window.__pwned=1</script>'), 'the escaped payload is shown as text');
    assert.ok(text.includes('<img src=x onerror="window.__pwned=1">'));
    const { events } = await api<{ events: ConflictEvent[] }>('/api/events?doc_id=hostile.html');
    if (events.length) {
      await page.goto(`${base}/?event=${encodeURIComponent(events[0]!.event_id)}`);
      await page.waitForSelector('[data-testid=drawer] .doc-text[data-doc-id="hostile.html"]');
      const heading = await page.locator('[data-testid=drawer] .source-head strong').first().textContent();
      assert.equal(heading, HOSTILE_TITLE);
    }
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.equal(await page.locator('img[src="x"]').count(), 0, 'no <img> element was created from the payload');
    assert.equal(await page.locator('[data-testid=drawer] script').count(), 0);
    assert.equal(await page.locator('a[href^="javascript"]').count(), 0, 'a javascript: URL never becomes a link');
    await page.screenshot({ path: screenshotPath('09-hostile-article') });
  });

  it('raised no page errors and no CSP violations', () => {
    assert.deepEqual(problems, []);
  });
});
