// The event table: one page of events from the API, sortable by the server's sort keys.
import type { ConflictEvent, EventPage } from './api.js';
import { bidi, h } from './dom.js';
import { formatNumber, t, term, uiLang } from './i18n.js';
import { typeColor } from './palette.js';
import type { Sort } from './state.js';

export const PAGE_SIZE = 50;

type SortKey = 'event_date' | 'fatalities' | 'location';

export interface TableHandlers {
  onSort(sort: Sort): void;
  onPage(page: number): void;
  onSelect(id: string): void;
}

function sortHeader(label: string, key: SortKey, sort: Sort, on: TableHandlers): HTMLElement {
  const active = sort === key || sort === `-${key}`;
  const desc = sort === `-${key}`;
  const next: Sort = active && !desc ? (`-${key}` as Sort) : (key as Sort);
  const btn = h('button', { type: 'button', class: 'sort-btn', 'data-sort': key, onclick: () => on.onSort(next) }, label, active ? (desc ? ' ▼' : ' ▲') : '');
  return h('th', { scope: 'col', 'aria-sort': active ? (desc ? 'descending' : 'ascending') : 'none' }, btn);
}

function actorsCell(e: ConflictEvent): HTMLElement {
  const cell = h('td', { class: 'actors' });
  cell.append(e.actor1 ? h('div', {}, bidi(e.actor1)) : h('div', { class: 'muted' }, '—'));
  if (e.actor2) cell.append(h('div', { class: 'vs' }, `${t('vs')} `, bidi(e.actor2)));
  return cell;
}

export function renderTable(el: HTMLElement, page: EventPage | null, state: { sort: Sort; page: number; selected: string | null }, on: TableHandlers): void {
  if (!page) {
    el.replaceChildren(h('p', { class: 'muted' }, t('loading')));
    return;
  }
  const pages = Math.max(1, Math.ceil(page.total / PAGE_SIZE));
  const count = h('strong', { 'data-testid': 'event-count' }, formatNumber(page.total));
  // "1 event" / "7 events"; Arabic counts read best as a label: "عدد الأحداث: ٧".
  const head = uiLang() === 'ar'
    ? h('div', { class: 'table-head' }, `${t('table_events')}: `, count)
    : h('div', { class: 'table-head' }, count, ` ${page.total === 1 ? t('table_event') : t('table_events')}`);
  if (!page.events.length) {
    el.replaceChildren(head, h('p', { class: 'muted' }, t('no_events')));
    return;
  }
  const rows = page.events.map((e) => {
    const swatch = h('span', { class: 'swatch' });
    swatch.style.backgroundColor = typeColor(e.event_type);
    const tr = h('tr', {
      tabindex: 0,
      'data-event-id': e.event_id,
      class: e.event_id === state.selected ? 'selected' : null,
      onclick: () => on.onSelect(e.event_id),
      onkeydown: (ev: Event) => {
        if ((ev as KeyboardEvent).key === 'Enter') on.onSelect(e.event_id);
      },
    },
      h('td', { class: 'date' }, e.event_date ?? '—'),
      h('td', { class: 'type' }, swatch, term(e.sub_event_type)),
      actorsCell(e),
      h('td', {}, h('div', {}, bidi(uiLang() === 'ar' && e.location_ar ? e.location_ar : e.location)), e.admin1 ? h('div', { class: 'muted small' }, bidi(e.admin1)) : null),
      h('td', { class: 'num' }, formatNumber(e.fatalities), e.fatality_claims.length > 1 ? h('span', { class: 'claims-badge', title: t('d_claims') }, String(e.fatality_claims.length)) : null),
      h('td', { class: 'num' }, formatNumber(e.sources.length)),
    );
    return tr;
  });
  const table = h('table', { class: 'events', 'data-testid': 'events-table' },
    h('thead', {}, h('tr', {},
      sortHeader(t('col_date'), 'event_date', state.sort, on),
      h('th', { scope: 'col' }, t('col_type')),
      h('th', { scope: 'col' }, t('col_actors')),
      sortHeader(t('col_location'), 'location', state.sort, on),
      sortHeader(t('col_fatalities'), 'fatalities', state.sort, on),
      h('th', { scope: 'col' }, t('col_sources')),
    )),
    h('tbody', {}, ...rows),
  );
  const pager = h('div', { class: 'pager' },
    h('button', { type: 'button', disabled: state.page <= 1, onclick: () => on.onPage(state.page - 1) }, t('prev')),
    h('span', {}, `${t('page')} ${formatNumber(state.page)} ${t('of')} ${formatNumber(pages)}`),
    h('button', { type: 'button', disabled: state.page >= pages, onclick: () => on.onPage(state.page + 1) }, t('next')),
  );
  el.replaceChildren(head, h('div', { class: 'table-scroll' }, table), pager);
}
