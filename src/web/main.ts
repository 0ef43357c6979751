// Marsad web app: map, timeline, table and side panels over the HTTP API. State lives in the
// URL; every string from a document is rendered as text.
import { api, type EventPage, type PlaceHit, type Stats } from './api.js';
import { byId, bidi, h } from './dom.js';
import { formatNumber, setUiLang, t, term } from './i18n.js';
import { createMap, type EventMap } from './map.js';
import { TYPE_ORDER } from './palette.js';
import { renderContradictions, renderControlPlaces, renderDocPanel, renderDocuments, renderEventPanel, renderPlacePanel, type PanelActions } from './panels.js';
import { filterParams, readState, writeState, type AppState } from './state.js';
import { PAGE_SIZE, renderTable } from './table.js';
import { createTimeline, type Timeline } from './timeline.js';

const MAP_PAGE = 1000;
const MAP_MAX = 10_000;

let state: AppState = readState(location.search);
let eventMap: EventMap;
let timeline: Timeline;
let lastPage: EventPage | null = null;
let lastStats: Stats | null = null;
/** Generation counters: an answer is drawn only if no newer request of its kind started since. */
let seq = 0;
let sideSeq = 0;
let firstLoad = true;
let fitNext = false;

const FILTER_KEYS = ['from', 'to', 'event_type', 'actor', 'place_id', 'q'] as const;

function filtersKey(s: AppState, withDates: boolean): string {
  return JSON.stringify(FILTER_KEYS.filter((k) => withDates || (k !== 'from' && k !== 'to')).map((k) => s[k]));
}

const actions: PanelActions = {
  openEvent: (id) => setState({ event: id, place: null, doc: null }, true),
  openPlace: (id) => setState({ place: id, event: null, doc: null }, true),
  openDoc: (id) => setState({ doc: id, event: null, place: null }, true),
  filterPlace: (id) => setState({ place_id: id, page: 1 }),
  filterActor: (name) => setState({ actor: name, page: 1 }),
  close: () => setState({ event: null, place: null, doc: null }, true),
};

function setState(patch: Partial<AppState>, push = false): void {
  const prev = state;
  state = { ...state, ...patch };
  const url = writeState(state);
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  apply(prev, state);
}

/** Re-render what changed between two states. */
function apply(prev: AppState, next: AppState): void {
  if (prev.lang !== next.lang) {
    setUiLang(next.lang);
    renderChrome();
    eventMap.renderLegend();
    if (lastStats) timeline.render(lastStats, next);
  }
  const filtersChanged = filtersKey(prev, true) !== filtersKey(next, true);
  const nonDateChanged = filtersKey(prev, false) !== filtersKey(next, false);
  if (filtersChanged) {
    syncFilterInputs();
    void loadData({ timeline: nonDateChanged, fit: nonDateChanged });
  } else if (prev.sort !== next.sort || prev.page !== next.page || prev.view !== next.view || prev.lang !== next.lang) {
    loadSide().catch(showError);
  }
  if (prev.view !== next.view) renderNav();
  if (prev.event !== next.event || prev.place !== next.place || prev.doc !== next.doc || prev.lang !== next.lang) void loadPanel();
}

// ---------------------------------------------------------------- chrome (header and filters)

function renderNav(): void {
  for (const btn of document.querySelectorAll<HTMLButtonElement>('[data-view]')) {
    btn.classList.toggle('active', btn.dataset.view === state.view);
    btn.setAttribute('aria-pressed', String(btn.dataset.view === state.view));
  }
}

const NAV_KEYS = { events: 'nav_events', contradictions: 'nav_contradictions', places: 'nav_places', documents: 'nav_documents' } as const;

function renderChrome(): void {
  const top = byId('top');
  top.replaceChildren(
    h('div', { class: 'brand' }, h('span', { class: 'logo', lang: 'ar' }, 'مرصد'), h('span', { class: 'brand-en' }, 'Marsad'), h('span', { class: 'muted small subtitle' }, t('app_subtitle'))),
    h('nav', { class: 'views' },
      ...(['events', 'contradictions', 'places', 'documents'] as const).map((v) =>
        h('button', { type: 'button', 'data-view': v, onclick: () => setState({ view: v }) }, t(NAV_KEYS[v]))),
    ),
    h('button', { type: 'button', class: 'lang-switch', 'data-testid': 'lang-switch', lang: state.lang === 'ar' ? 'en' : 'ar', 'aria-label': t('lang_switch_label'), onclick: () => setState({ lang: state.lang === 'ar' ? 'en' : 'ar' }) }, t('lang_switch')),
  );
  renderNav();
  renderFilters();
  byId('timeline-title').textContent = t('timeline');
  byId('timeline-hint').textContent = t('timeline_hint');
  byId('timeline-reset').textContent = t('timeline_reset');
}

function field(label: string, control: HTMLElement): HTMLElement {
  return h('label', { class: 'field' }, h('span', { class: 'field-label' }, label), control);
}

let qTimer: number | undefined;
let placeTimer: number | undefined;

function renderFilters(): void {
  const bar = byId('filters');
  const type = h('select', { id: 'f-type', 'data-testid': 'filter-type', onchange: (ev: Event) => {
    const v = (ev.target as HTMLSelectElement).value;
    setState({ event_type: v ? [v] : [], page: 1 });
  } }, h('option', { value: '' }, t('f_all_types')), ...TYPE_ORDER.map((ty) => h('option', { value: ty }, term(ty))));
  // Any alias (HTS, هيئة تحرير الشام) is resolved to the canonical name the events carry.
  const actor = h('input', { id: 'f-actor', type: 'search', list: 'actor-names', placeholder: t('f_actor_ph'), dir: 'auto', autocomplete: 'off', 'data-testid': 'filter-actor', onchange: (ev: Event) => {
    const v = (ev.target as HTMLInputElement).value.trim();
    if (!v) return setState({ actor: null, page: 1 });
    const input = ev.target as HTMLInputElement;
    // Apply the answer only if the box still says what was looked up (not cleared meanwhile).
    const apply = (name: string) => {
      if (input.value.trim() === v) setState({ actor: name, page: 1 });
    };
    api.actor(v).then((r) => apply(r.actor.name)).catch(() => apply(v));
  } });
  const actorList = h('datalist', { id: 'actor-names' });
  api.actors().then(({ items }) => actorList.replaceChildren(...items.map((a) => h('option', { value: a.name })))).catch(() => undefined);
  const from = h('input', { id: 'f-from', type: 'date', 'data-testid': 'filter-from', onchange: (ev: Event) => setState({ from: (ev.target as HTMLInputElement).value || null, page: 1 }) });
  const to = h('input', { id: 'f-to', type: 'date', 'data-testid': 'filter-to', onchange: (ev: Event) => setState({ to: (ev.target as HTMLInputElement).value || null, page: 1 }) });
  const q = h('input', { id: 'f-q', type: 'search', placeholder: t('f_text_ph'), dir: 'auto', autocomplete: 'off', oninput: (ev: Event) => {
    window.clearTimeout(qTimer);
    const v = (ev.target as HTMLInputElement).value.trim();
    qTimer = window.setTimeout(() => setState({ q: v || null, page: 1 }), 400);
  } });
  const results = h('ul', { id: 'place-results', class: 'place-results', role: 'listbox', hidden: true });
  const place = h('input', { id: 'f-place', type: 'search', placeholder: t('f_place_ph'), dir: 'auto', autocomplete: 'off', 'data-testid': 'place-search', oninput: (ev: Event) => {
    window.clearTimeout(placeTimer);
    const v = (ev.target as HTMLInputElement).value.trim();
    placeTimer = window.setTimeout(() => void searchPlaces(v, results), 250);
  } });
  const placeBox = h('div', { class: 'place-box' }, place, results);
  const chip = h('span', { id: 'place-chip', class: 'chip', hidden: true });
  const exportLinks = h('span', { class: 'exports', id: 'exports' });
  bar.replaceChildren(
    field(t('f_type'), type),
    field(t('f_actor'), h('span', {}, actor, actorList)),
    field(t('f_place'), placeBox),
    field(t('f_from'), from),
    field(t('f_to'), to),
    field(t('f_text'), q),
    h('div', { class: 'filter-actions' },
      chip,
      h('button', { type: 'button', class: 'secondary', 'data-testid': 'clear-filters', onclick: () => setState({ from: null, to: null, event_type: [], actor: null, place_id: null, q: null, page: 1 }) }, t('f_clear')),
      exportLinks),
  );
  syncFilterInputs();
}

function syncFilterInputs(): void {
  (byId<HTMLSelectElement>('f-type')).value = state.event_type[0] ?? '';
  (byId<HTMLInputElement>('f-actor')).value = state.actor ?? '';
  (byId<HTMLInputElement>('f-from')).value = state.from ?? '';
  (byId<HTMLInputElement>('f-to')).value = state.to ?? '';
  const q = byId<HTMLInputElement>('f-q');
  if (document.activeElement !== q) q.value = state.q ?? '';
  const chip = byId('place-chip');
  chip.hidden = !state.place_id;
  chip.replaceChildren();
  if (state.place_id) {
    chip.append(`${t('f_place_active')}`, h('span', { id: 'place-chip-name', dir: 'auto' }, state.place_id),
      h('button', { type: 'button', class: 'chip-x', 'aria-label': t('f_remove'), onclick: () => setState({ place_id: null, page: 1 }) }, '×'));
    api.place(state.place_id).then((p) => {
      const n = document.getElementById('place-chip-name');
      if (n) n.textContent = p.place.name;
    }).catch(() => undefined);
  }
  const params = filterParams(state).toString();
  const ex = byId('exports');
  ex.replaceChildren(`${t('export')}:`, ...['csv', 'jsonl', 'geojson'].map((f) => h('a', { href: `/api/export.${f}${params ? `?${params}` : ''}`, download: '', class: 'export-link' }, f.toUpperCase())));
}

async function searchPlaces(q: string, list: HTMLElement): Promise<void> {
  if (q.length < 2) {
    list.hidden = true;
    return;
  }
  let items: PlaceHit[] = [];
  try {
    items = (await api.searchPlaces(q)).items;
  } catch {
    items = [];
  }
  list.replaceChildren(...(items.length ? items.map((p) => h('li', { role: 'option' },
    h('button', { type: 'button', class: 'place-hit', 'data-place-id': p.id, onclick: () => {
      list.hidden = true;
      setState({ place_id: p.id, place: p.id, event: null, doc: null, page: 1 }, true);
    } },
      bidi(p.name, 'span', 'strong'), p.name_ar && p.name_ar !== p.name ? h('span', { lang: 'ar', dir: 'rtl' }, ` ${p.name_ar}`) : null,
      h('span', { class: 'muted small' }, ` ${[p.admin1, p.kind].filter(Boolean).join(' · ')}${p.control_changes ? ` · ${formatNumber(p.control_changes)} ${t(p.control_changes === 1 ? 'p_change_1' : 'p_changes_n')}` : ''}`)))) : [h('li', { class: 'muted small' }, t('p_no_results'))]));
  list.hidden = false;
}

// ---------------------------------------------------------------- data

async function loadMapEvents(params: URLSearchParams, my: number): Promise<void> {
  const first = await api.events(withPage(params, MAP_PAGE, 0, '-event_date'));
  const offsets: number[] = [];
  for (let offset = MAP_PAGE; offset < Math.min(first.total, MAP_MAX); offset += MAP_PAGE) offsets.push(offset);
  const rest = await Promise.all(offsets.map((offset) => api.events(withPage(params, MAP_PAGE, offset, '-event_date'))));
  if (my !== seq) return;
  const events = [...first.events, ...rest.flatMap((p) => p.events)];
  eventMap.setEvents(events, firstLoad || fitNext, first.total);
  fitNext = false;
  firstLoad = false;
}

function withPage(params: URLSearchParams, limit: number, offset: number, sort: string): URLSearchParams {
  const p = new URLSearchParams(params);
  p.set('limit', String(limit));
  p.set('offset', String(offset));
  p.set('sort', sort);
  return p;
}

async function loadData(opts: { timeline: boolean; fit: boolean }): Promise<void> {
  const my = ++seq;
  fitNext = fitNext || opts.fit;
  const status = byId('status');
  status.textContent = '';
  try {
    const tasks: Promise<unknown>[] = [loadMapEvents(filterParams(state), my), loadSide()];
    if (opts.timeline) {
      tasks.push(api.stats(filterParams(state, false)).then((stats) => {
        if (my !== seq) return;
        lastStats = stats;
        timeline.render(stats, state);
      }));
    } else {
      timeline.setRange(state);
    }
    await Promise.all(tasks);
  } catch (err) {
    if (my === seq) status.textContent = t('error_loading') + (err as Error).message;
  }
}

async function loadSide(): Promise<void> {
  const my = ++sideSeq;
  const side = byId('side');
  if (state.view === 'contradictions') {
    const { items } = await api.contradictions(filterParams(state));
    if (my !== sideSeq) return;
    renderContradictions(side, items, actions);
    return;
  }
  if (state.view === 'places') {
    const { items } = await api.control();
    if (my !== sideSeq) return;
    renderControlPlaces(side, items, actions);
    return;
  }
  if (state.view === 'documents') {
    const { items } = await api.documents();
    if (my !== sideSeq) return;
    renderDocuments(side, items, actions);
    return;
  }
  const page = await api.events(withPage(filterParams(state), PAGE_SIZE, (state.page - 1) * PAGE_SIZE, state.sort));
  if (my !== sideSeq) return;
  lastPage = page;
  drawTable();
}

function showError(err: unknown): void {
  byId('status').textContent = t('error_loading') + (err instanceof Error ? err.message : String(err));
}

function drawTable(): void {
  renderTable(byId('side'), lastPage, { sort: state.sort, page: state.page, selected: state.event }, {
    onSort: (sort) => setState({ sort, page: 1 }),
    onPage: (page) => setState({ page }),
    onSelect: (id) => actions.openEvent(id),
  });
}

async function loadPanel(): Promise<void> {
  const drawer = byId('drawer');
  if (state.view === 'events' && lastPage) {
    for (const tr of document.querySelectorAll('tr[data-event-id]')) tr.classList.toggle('selected', (tr as HTMLElement).dataset.eventId === state.event);
  }
  if (!state.event && !state.place && !state.doc) {
    drawer.hidden = true;
    drawer.replaceChildren();
    document.body.classList.remove('drawer-open');
    return;
  }
  drawer.hidden = false;
  document.body.classList.add('drawer-open');
  drawer.replaceChildren(h('p', { class: 'muted' }, t('loading')));
  const want = `${state.event}|${state.place}|${state.doc}`;
  try {
    if (state.event) {
      const detail = await api.event(state.event);
      if (want !== `${state.event}|${state.place}|${state.doc}`) return;
      renderEventPanel(drawer, detail, actions);
    } else if (state.place) {
      const view = await api.place(state.place);
      if (want !== `${state.event}|${state.place}|${state.doc}`) return;
      renderPlacePanel(drawer, view, actions);
    } else if (state.doc) {
      renderDocPanel(drawer, state.doc, actions);
    }
    drawer.scrollTop = 0;
  } catch (err) {
    drawer.replaceChildren(h('button', { type: 'button', class: 'close', onclick: () => actions.close() }, '×'), h('p', { class: 'error' }, t('error_loading') + (err as Error).message));
  }
}

// ---------------------------------------------------------------- start

async function start(): Promise<void> {
  setUiLang(state.lang);
  let tileUrl: string | null = null;
  try {
    tileUrl = (await api.config()).tileUrl;
  } catch {
    tileUrl = null;
  }
  renderChrome();
  eventMap = createMap(byId('map'), { tileUrl, onSelect: (id) => actions.openEvent(id) });
  timeline = createTimeline(byId('timeline'), (range) => setState({ from: range.from, to: range.to, page: 1 }));
  byId('timeline-reset').addEventListener('click', () => setState({ from: null, to: null, page: 1 }));
  window.addEventListener('popstate', () => {
    const prev = state;
    state = readState(location.search);
    apply(prev, state);
  });
  document.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && (state.event || state.place || state.doc)) actions.close();
  });
  let resizeTimer: number | undefined;
  window.addEventListener('resize', () => {
    window.clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(() => {
      eventMap.invalidate();
      if (lastStats) timeline.render(lastStats, state);
    }, 200);
  });
  await Promise.all([loadData({ timeline: true, fit: true }), loadPanel()]);
  document.body.dataset.ready = 'true';
}

void start();
