// The side panel: one event (with its claims and evidence in context), one place (with its
// control history) or one document; and the contradictions and documents lists.
import { INTER_LABELS } from '../core/acled.js';
import { api, type Contradiction, type ConflictEvent, type ControlChange, type DocumentSummary, type EventDetail, type FatalityClaim, type PlaceView } from './api.js';
import { drawControlTimeline } from './control.js';
import { renderDocument } from './doctext.js';
import { bidi, h, isArabic } from './dom.js';
import { formatDate, formatNumber, t, term, type MsgKey } from './i18n.js';
import { typeColor } from './palette.js';

export interface PanelActions {
  openEvent(id: string): void;
  openPlace(id: string): void;
  openDoc(id: string): void;
  filterPlace(id: string): void;
  filterActor(name: string): void;
  close(): void;
}

function section(titleKey: MsgKey, ...body: (Node | null)[]): HTMLElement {
  return h('section', { class: 'panel-section' }, h('h3', {}, t(titleKey)), ...body);
}

function row(label: string, ...value: (Node | string | null)[]): HTMLElement {
  return h('div', { class: 'kv' }, h('span', { class: 'k' }, label), h('span', { class: 'v' }, ...value));
}

function panelHeader(title: Node, actions: PanelActions, sub?: Node | null): HTMLElement {
  return h('header', { class: 'panel-header' },
    h('div', { class: 'panel-title' }, title, sub ?? null),
    h('button', { type: 'button', class: 'close', 'aria-label': t('close'), title: t('close'), 'data-testid': 'panel-close', onclick: () => actions.close() }, '×'),
  );
}

function typeBadge(e: { event_type: string; sub_event_type: string }): HTMLElement {
  const sw = h('span', { class: 'swatch' });
  sw.style.backgroundColor = typeColor(e.event_type);
  return h('span', { class: 'type-badge' }, sw, term(e.sub_event_type));
}

function interLabel(code: number): string {
  const label = INTER_LABELS[code as keyof typeof INTER_LABELS];
  return label ? term(label) : '';
}

function actorLine(name: string | null, inter: number, assoc: string[], actions: PanelActions): HTMLElement {
  if (!name) return h('span', { class: 'muted' }, '—');
  const line = h('span', { class: 'actor' },
    h('button', { type: 'button', class: 'link', dir: 'auto', title: t('d_filter_actor'), onclick: () => actions.filterActor(name) }, name),
  );
  const label = interLabel(inter);
  if (label) line.append(' ', h('span', { class: 'inter', 'data-inter': inter }, `${inter} · ${label}`));
  if (assoc.length) line.append(h('span', { class: 'muted small' }, ` ${t('d_with')} `), bidi(assoc.join('; '), 'span', 'small'));
  return line;
}

function claimCount(c: FatalityClaim): string {
  if (c.count === null) return term('vague');
  return c.qualifier === 'exact' ? formatNumber(c.count) : `${term(c.qualifier)} ${formatNumber(c.count)}`;
}

function claimsTable(claims: FatalityClaim[], contradiction: Contradiction | null): HTMLElement {
  const min = contradiction?.min ?? null;
  const max = contradiction?.max ?? null;
  return h('table', { class: 'claims', 'data-testid': 'claims-table' },
    h('thead', {}, h('tr', {}, h('th', {}, t('d_count')), h('th', {}, t('d_victims')), h('th', {}, t('d_claimant')), h('th', {}, t('d_document')))),
    h('tbody', {}, ...claims.map((c) => {
      const cls = contradiction && c.count !== null ? (c.count === min ? 'claim-min' : c.count === max ? 'claim-max' : '') : '';
      return h('tr', { class: cls || null },
        h('td', { class: 'num' }, claimCount(c),
          c.share !== undefined && c.share !== null ? h('div', { class: 'muted small', 'data-testid': 'claim-share' }, t('d_share').replace('{n}', formatNumber(c.share))) : null,
          cls === 'claim-min' ? h('span', { class: 'tag' }, t('d_lowest')) : null, cls === 'claim-max' ? h('span', { class: 'tag tag-warn' }, t('d_highest')) : null),
        h('td', {}, term(c.victims)),
        h('td', {}, c.claimant ? bidi(c.claimant) : h('span', { class: 'muted' }, t('d_unattributed'))),
        h('td', { class: 'small' }, bidi(c.doc_id)),
      );
    })),
  );
}

const TIME_KEYS: Record<number, MsgKey> = { 1: 'd_time_1', 2: 'd_time_2', 3: 'd_time_3' };
const GEO_KEYS: Record<number, MsgKey> = { 1: 'd_geo_1', 2: 'd_geo_2', 3: 'd_geo_3' };

export function renderEventPanel(el: HTMLElement, detail: EventDetail, actions: PanelActions): void {
  const e = detail.event;
  const when = e.event_date_end && e.event_date_end !== e.event_date ? `${formatDate(e.event_date)} – ${formatDate(e.event_date_end)}` : formatDate(e.event_date);
  const place = h('span', {}, bidi(e.location, 'span', 'strong'));
  if (e.location_ar && e.location_ar !== e.location) place.append(' · ', h('span', { lang: 'ar', dir: 'rtl', class: 'ar' }, e.location_ar));
  const adm = [e.admin2, e.admin1, e.country].filter(Boolean).join(', ');
  const coords = e.latitude !== null && e.longitude !== null ? `${e.latitude.toFixed(4)}, ${e.longitude.toFixed(4)}` : t('d_no_coords');

  const placeButtons = h('div', { class: 'buttons' });
  if (e.place_id) {
    placeButtons.append(
      h('button', { type: 'button', 'data-testid': 'open-place', onclick: () => actions.openPlace(e.place_id!) }, t('d_control_history')),
      h('button', { type: 'button', class: 'secondary', onclick: () => actions.filterPlace(e.place_id!) }, t('d_filter_place')),
    );
  }

  const fatal = section('d_fatalities',
    h('div', { class: 'headline' }, h('span', { class: 'big', 'data-testid': 'fatalities' }, formatNumber(e.fatalities)), h('span', { class: 'muted small' }, ` ${t('d_headline')}`)),
    detail.contradiction
      ? h('div', { class: 'contradiction', role: 'note', 'data-testid': 'contradiction' },
        `⚠ ${t('d_contradiction')}: ${formatNumber(detail.contradiction.min ?? 0)} – ${formatNumber(detail.contradiction.max ?? 0)}`)
      : null,
    e.fatality_claims.length ? claimsTable(e.fatality_claims, detail.contradiction) : null,
  );

  const sources = section('d_sources');
  for (const s of e.sources) {
    const ar = s.lang === 'ar';
    const head = h('div', { class: 'source-head' },
      s.title ? h('strong', { dir: 'auto' }, s.title) : null,
      h('span', { class: 'muted small' }, ` ${s.doc_id}${s.published ? ` · ${t('d_published')} ${s.published}` : ''} · ${s.lang}`),
    );
    const evidence = h('blockquote', { class: 'evidence-quote', dir: ar ? 'rtl' : 'ltr', lang: ar ? 'ar' : 'en' }, s.evidence.text);
    const docSlot = h('div', { class: 'doc-slot' }, h('p', { class: 'muted small' }, t('loading')));
    sources.append(h('article', { class: 'source' }, head, evidence, docSlot));
    api.document(s.doc_id).then((doc) => {
      const rendered = renderDocument(doc, s.evidence, (id) => actions.openEvent(id));
      const link = doc.document.url && /^https?:\/\//i.test(doc.document.url)
        ? h('a', { href: doc.document.url, rel: 'noopener noreferrer nofollow', target: '_blank', class: 'small' }, t('d_open_original'))
        : null;
      docSlot.replaceChildren(rendered.el, link ?? '');
      rendered.reveal();
    }).catch((err: Error) => docSlot.replaceChildren(h('p', { class: 'error small' }, t('error_loading') + err.message)));
  }

  el.replaceChildren(
    panelHeader(typeBadge(e), actions, h('div', { class: 'muted small' }, `${term(e.event_type)} · ${t('d_event_id')} ${e.event_id}`,
      // One side's claim, not an established fact: say whose.
      e.modality === 'claimed' ? h('span', { class: 'tag tag-warn', 'data-testid': 'claimed' }, t('d_claimed_by'), ' ', e.claimant ? bidi(e.claimant) : t('d_unattributed')) : null)),
    section('d_when', row(t('col_date'), when), row(t('d_precision_time'), `${e.time_precision} · ${t(TIME_KEYS[e.time_precision] ?? 'd_time_1')}`)),
    section('d_where', row(t('f_place'), place), adm ? row('', bidi(adm)) : null, row(t('d_geo_precision'), `${e.geo_precision} · ${t(GEO_KEYS[e.geo_precision] ?? 'd_geo_1')}`), row(t('d_coords'), h('span', { dir: 'ltr' }, coords)), placeButtons),
    section('d_actors',
      row(t('d_actor1'), actorLine(e.actor1, e.inter1, e.assoc_actor_1, actions)),
      row(t('d_actor2'), actorLine(e.actor2, e.inter2, e.assoc_actor_2, actions)),
      e.civilian_targeting ? h('p', { class: 'tag tag-warn' }, t('d_civilians_targeted')) : null,
    ),
    fatal,
    // The evidence comes before the extractor's own notes: every field must be checkable.
    sources,
    e.notes ? section('d_notes', bidi(e.notes, 'p')) : '',
    section('d_confidence',
      h('p', {}, `${Math.round(e.confidence * 100)}%`),
      e.review_flags?.length ? h('p', { class: 'tag tag-warn' }, `${t('d_review')}: ${e.review_flags.join(', ')}`) : null,
      e.rule_ids?.length ? h('p', { class: 'muted small', dir: 'ltr' }, e.rule_ids.join(' · ')) : null,
    ),
  );
}

export function renderPlacePanel(el: HTMLElement, view: PlaceView, actions: PanelActions): void {
  const p = view.place;
  const title = h('h2', {}, bidi(p.name), p.name_ar && p.name_ar !== p.name ? h('span', { class: 'muted' }, ' · ', h('bdi', { lang: 'ar', class: 'ar' }, p.name_ar)) : null);
  const meta = [p.kind, p.admin2, p.admin1, p.country].filter(Boolean).join(' · ');
  const history = view.control.history;
  const timelineSlot = h('div', { class: 'control-timeline', 'data-testid': 'control-timeline' });
  const lastEvent = view.events.recent[0]?.event_date ?? null;
  const changes = h('ol', { class: 'changes', 'data-testid': 'control-changes' }, ...history.map((c) =>
    h('li', { class: c.contested ? 'contested' : null },
      h('div', {}, h('strong', {}, c.date), ' · ', bidi(c.controller, 'span', 'strong'),
        c.previous_controller ? h('span', { class: 'muted' }, ` (${t('p_from')} `, bidi(c.previous_controller), ')') : null,
        c.contested ? h('span', { class: 'tag tag-warn' }, t('p_contested')) : null),
      c.evidence?.text ? h('blockquote', { class: 'evidence-quote', dir: 'auto', lang: isArabic(c.evidence.text) ? 'ar' : 'en' }, c.evidence.text) : null,
      h('button', { type: 'button', class: 'link small', onclick: () => actions.openEvent(c.event_id) }, t('p_open_event')),
    )));
  el.replaceChildren(
    panelHeader(title, actions, h('div', { class: 'muted small' }, bidi(meta), p.lat != null && p.lon != null ? ' · ' : null, p.lat != null && p.lon != null ? h('bdi', { dir: 'ltr' }, `${p.lat.toFixed(4)}, ${p.lon.toFixed(4)}`) : null)),
    h('section', { class: 'panel-section' }, h('h3', {}, t('p_control')),
      history.length ? timelineSlot : h('p', { class: 'muted' }, t('p_no_control')),
      history.length ? h('h4', {}, t('p_changes')) : null,
      history.length ? changes : null),
    h('section', { class: 'panel-section' },
      h('h3', {}, `${formatNumber(view.events.total)} ${t('p_events')}`),
      h('div', { class: 'buttons' }, h('button', { type: 'button', class: 'secondary', onclick: () => actions.filterPlace(p.id) }, t('d_filter_place'))),
      h('ul', { class: 'event-list' }, ...view.events.recent.map((e) => eventListItem(e, actions))),
    ),
  );
  if (history.length) drawControlTimeline(timelineSlot, history, lastEvent);
}

function eventListItem(e: ConflictEvent, actions: PanelActions): HTMLElement {
  return h('li', {}, h('button', { type: 'button', class: 'link', onclick: () => actions.openEvent(e.event_id) },
    `${e.event_date ?? '—'} · `, typeBadge(e), e.fatalities ? ` · ${formatNumber(e.fatalities)}` : ''));
}

export function renderDocPanel(el: HTMLElement, docId: string, actions: PanelActions): void {
  el.replaceChildren(panelHeader(h('h2', {}, t('doc_title')), actions), h('p', { class: 'muted' }, t('loading')));
  api.document(docId).then((view) => {
    const d = view.document;
    const firstEvent = view.spans.find((s) => s.kind === 'event');
    const rendered = renderDocument(view, firstEvent ?? null, (id) => actions.openEvent(id));
    el.replaceChildren(
      panelHeader(h('h2', { dir: 'auto', 'data-testid': 'doc-title' }, d.title ?? d.doc_id), actions,
        h('div', { class: 'muted small' }, [d.doc_id, d.outlet, d.published, d.lang].filter(Boolean).join(' · '))),
      h('section', { class: 'panel-section' }, rendered.el),
    );
    rendered.reveal();
  }).catch((err: Error) => el.replaceChildren(panelHeader(h('h2', {}, t('doc_title')), actions), h('p', { class: 'error' }, t('error_loading') + err.message)));
}

export function renderContradictions(el: HTMLElement, items: Contradiction[], actions: PanelActions): void {
  el.replaceChildren(
    h('h2', {}, t('c_title')),
    h('p', { class: 'muted small' }, t('c_intro')),
    items.length ? h('ul', { class: 'contradictions', 'data-testid': 'contradictions' }, ...items.map((c) =>
      h('li', {},
        h('button', { type: 'button', class: 'link', onclick: () => actions.openEvent(c.event_id) },
          h('strong', { dir: 'auto' }, c.location), ` · ${c.event_date ?? '—'} · ${term(c.sub_event_type)}`),
        h('div', { class: 'range' }, `${formatNumber(c.min ?? 0)} – ${formatNumber(c.max ?? 0)}`, c.ratio ? h('span', { class: 'muted small' }, ` (${t('c_ratio')} ${c.ratio.toFixed(1)}×)`) : null),
        h('ul', { class: 'claim-list' }, ...c.claims.map((cl) => h('li', {},
          cl.claimant ? bidi(cl.claimant, 'span', 'strong') : h('span', { class: 'muted' }, t('d_unattributed')),
          `: ${claimCount(cl)} · ${term(cl.victims)}`))),
      ))) : h('p', { class: 'muted' }, t('c_none')),
  );
}

export function renderDocuments(el: HTMLElement, items: DocumentSummary[], actions: PanelActions): void {
  el.replaceChildren(
    h('h2', {}, t('docs_title')),
    items.length ? h('ul', { class: 'documents', 'data-testid': 'documents' }, ...items.map((d) =>
      h('li', {}, h('button', { type: 'button', class: 'link', 'data-doc-id': d.doc_id, onclick: () => actions.openDoc(d.doc_id) }, bidi(d.title ?? d.doc_id, 'span', 'strong')),
        h('div', { class: 'muted small' }, [d.doc_id, d.outlet, d.published, d.lang].filter(Boolean).join(' · '))))) : h('p', { class: 'muted' }, t('docs_none')),
  );
}

/** Places with a control history, most recently changed first, with their last controller. */
export function renderControlPlaces(el: HTMLElement, changes: ControlChange[], actions: PanelActions): void {
  const byPlace = new Map<string, ControlChange[]>();
  for (const c of changes) byPlace.set(c.place_id, [...(byPlace.get(c.place_id) ?? []), c]);
  const places = [...byPlace.values()].map((list) => list.sort((a, b) => a.date.localeCompare(b.date)))
    .sort((a, b) => b[b.length - 1]!.date.localeCompare(a[a.length - 1]!.date));
  el.replaceChildren(
    h('h2', {}, t('cp_title')),
    h('p', { class: 'muted small' }, t('cp_intro')),
    places.length ? h('ul', { class: 'documents', 'data-testid': 'control-places' }, ...places.map((list) => {
      const last = list[list.length - 1]!;
      return h('li', {},
        h('button', { type: 'button', class: 'link', 'data-place-id': last.place_id, onclick: () => actions.openPlace(last.place_id) },
          bidi(last.location, 'bdi', 'strong'), last.location_ar && last.location_ar !== last.location ? h('span', {}, ' · ', h('bdi', { lang: 'ar', class: 'ar' }, last.location_ar)) : null),
        h('div', { class: 'small' }, `${t('p_controller')}: `, bidi(last.controller, 'bdi', 'strong'), last.contested ? h('span', { class: 'tag tag-warn' }, t('p_contested')) : null),
        h('div', { class: 'muted small' }, `${formatNumber(list.length)} ${t(list.length === 1 ? 'p_change_1' : 'p_changes_n')} · ${t('cp_last')} ${last.date}`));
    })) : h('p', { class: 'muted' }, t('cp_none')),
  );
}
