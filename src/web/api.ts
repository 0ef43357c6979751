// Typed fetch helpers for the Marsad HTTP API (same origin; the CSP allows nothing else).
import type { ConflictEvent, ControlChange, FatalityClaim, Place } from '../core/types.js';

export type { ConflictEvent, ControlChange, FatalityClaim, Place };

export interface EventPage { total: number; limit: number; offset: number; events: ConflictEvent[] }
export interface Contradiction {
  event_id: string;
  location: string;
  event_date: string | null;
  sub_event_type: string;
  min: number | null;
  max: number | null;
  ratio: number | null;
  claims: FatalityClaim[];
}
export interface EventDetail { event: ConflictEvent; contradiction: Contradiction | null }
export interface Stats {
  total: number;
  by_type: { event_type: string; sub_event_type: string; n: number }[];
  by_day: { date: string; event_type: string; n: number; fatalities: number }[];
  by_admin1: { admin1: string | null; n: number }[];
}
export interface DocSpan { kind: 'event' | 'place' | 'region' | 'actor' | 'unresolved_place'; start: number; end: number; ref: string | null; event_id?: string }
export interface DocumentView {
  document: { doc_id: string; title: string | null; lang: string; published: string | null; outlet: string | null; url: string | null; text: string };
  sentences: { index: number; start: number; end: number }[];
  spans: DocSpan[];
}
export interface PlaceView {
  place: Partial<Place> & { id: string; name: string };
  control: { history: ControlChange[] };
  events: { total: number; recent: ConflictEvent[] };
}
export interface PlaceHit { id: string; name: string; name_ar: string | null; admin1: string | null; kind: string | null; control_changes: number }
export interface Config { tileUrl: string | null; readOnly: boolean; version: string }
export interface DocumentSummary { doc_id: string; title?: string | null; lang?: string; published?: string | null; outlet?: string | null }

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

async function get<T>(path: string, params?: URLSearchParams): Promise<T> {
  const qs = params && [...params.keys()].length ? `?${params.toString()}` : '';
  const res = await fetch(`${path}${qs}`, { headers: { accept: 'application/json' } });
  if (!res.ok) {
    let code = 'HTTP_' + res.status;
    let message = res.statusText;
    try {
      const body = (await res.json()) as { error?: { code: string; message: string } };
      if (body.error) ({ code, message } = body.error);
    } catch {
      /* not JSON */
    }
    throw new ApiError(res.status, code, message);
  }
  return (await res.json()) as T;
}

const enc = encodeURIComponent;

export const api = {
  config: () => get<Config>('/api/config'),
  events: (p: URLSearchParams) => get<EventPage>('/api/events', p),
  event: (id: string) => get<EventDetail>(`/api/events/${enc(id)}`),
  stats: (p: URLSearchParams) => get<Stats>('/api/stats', p),
  contradictions: (p: URLSearchParams) => get<{ items: Contradiction[] }>('/api/contradictions', p),
  document: (id: string) => get<DocumentView>(`/api/documents/${enc(id)}`),
  documents: () => get<{ items: DocumentSummary[] }>('/api/documents'),
  place: (id: string) => get<PlaceView>(`/api/places/${enc(id)}`),
  searchPlaces: (q: string) => get<{ items: PlaceHit[] }>('/api/places', new URLSearchParams({ q })),
  control: () => get<{ items: ControlChange[] }>('/api/control'),
  actors: () => get<{ items: { id: string; name: string; inter: number }[] }>('/api/actors'),
  actor: (idOrName: string) => get<{ actor: { id: string; name: string }; events: { total: number } }>(`/api/actors/${enc(idOrName)}`),
};
