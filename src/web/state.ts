// The app's state lives in the URL query, so any view can be shared by copying the address.
import type { UiLang } from './i18n.js';

export type Sort = 'event_date' | '-event_date' | 'fatalities' | '-fatalities' | 'location' | '-location';
export type View = 'events' | 'contradictions' | 'places' | 'documents';

export interface AppState {
  from: string | null;
  to: string | null;
  event_type: string[];
  actor: string | null;
  place_id: string | null;
  q: string | null;
  sort: Sort;
  page: number;
  lang: UiLang;
  view: View;
  /** Open panels. */
  event: string | null;
  place: string | null;
  doc: string | null;
}

const SORTS: Sort[] = ['event_date', '-event_date', 'fatalities', '-fatalities', 'location', '-location'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readState(search: string): AppState {
  const p = new URLSearchParams(search);
  const date = (k: string) => {
    const v = p.get(k);
    return v && DATE.test(v) ? v : null;
  };
  const str = (k: string) => {
    const v = p.get(k)?.trim();
    return v ? v : null;
  };
  const sort = p.get('sort') as Sort | null;
  const view = p.get('view');
  const page = Number(p.get('page'));
  return {
    from: date('from'),
    to: date('to'),
    event_type: p.getAll('event_type').flatMap((v) => v.split(',')).filter(Boolean),
    actor: str('actor'),
    place_id: str('place_id'),
    q: str('q'),
    sort: sort && SORTS.includes(sort) ? sort : '-event_date',
    page: Number.isInteger(page) && page > 0 ? page : 1,
    lang: p.get('lang') === 'ar' ? 'ar' : 'en',
    view: view === 'contradictions' || view === 'documents' || view === 'places' ? view : 'events',
    event: str('event'),
    place: str('place'),
    doc: str('doc'),
  };
}

export function writeState(s: AppState): string {
  const p = new URLSearchParams();
  if (s.lang !== 'en') p.set('lang', s.lang);
  if (s.view !== 'events') p.set('view', s.view);
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.event_type.length) p.set('event_type', s.event_type.join(','));
  if (s.actor) p.set('actor', s.actor);
  if (s.place_id) p.set('place_id', s.place_id);
  if (s.q) p.set('q', s.q);
  if (s.sort !== '-event_date') p.set('sort', s.sort);
  if (s.page > 1) p.set('page', String(s.page));
  if (s.event) p.set('event', s.event);
  if (s.place) p.set('place', s.place);
  if (s.doc) p.set('doc', s.doc);
  const qs = p.toString();
  return qs ? `?${qs}` : location.pathname;
}

/** The API filter parameters of a state; `withDates: false` for the timeline, which shows all
 *  dates so the brush can move. */
export function filterParams(s: AppState, withDates = true): URLSearchParams {
  const p = new URLSearchParams();
  if (withDates && s.from) p.set('from', s.from);
  if (withDates && s.to) p.set('to', s.to);
  if (s.event_type.length) p.set('event_type', s.event_type.join(','));
  if (s.actor) p.set('actor', s.actor);
  if (s.place_id) p.set('place_id', s.place_id);
  if (s.q) p.set('q', s.q);
  return p;
}
