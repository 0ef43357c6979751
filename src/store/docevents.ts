// The stored form of one document's per-document events. A document yields some thirty events,
// and written as plain JSON they were ten times the size of its text: every event repeated its
// field names, its document's id, title, language and publication date, and quoted its
// sentence in full. Stored here, the field names are written once per document, and what the
// document row already holds (its id and metadata, and the text an evidence span points into)
// is left out and put back on reading. Anything that differs from the document row — another
// document's source, an evidence text that is not the span's text, an event of another shape —
// is written as it is, so reading always gives back exactly what was written.
import type { DocEvent, DocLang, EventSource, FatalityClaim } from '../core/index.js';

/** What the document row holds that its events repeat. */
export interface StoredDocContext {
  doc_id: string;
  text: string;
  title: string | null;
  lang: DocLang;
  published: string | null;
}

export interface PackedDocEvents {
  /** Format version. */
  v: 1;
  /** Field names, in order, of the events written as rows. */
  keys: string[];
  /** An event as the values of `keys` (an array), or as it is (an object). */
  rows: unknown[];
}

/** Marks a doc_id that is the document's own (a doc_id is always a string). */
const THIS_DOC = 0;

const sameKeys = (o: object, keys: readonly string[]): boolean => {
  const own = Object.keys(o);
  if (own.length !== keys.length) return false;
  for (let k = 0; k < own.length; k++) if (own[k] !== keys[k]) return false;
  return true;
};

const SOURCE_KEYS = ['doc_id', 'title', 'lang', 'published', 'evidence'] as const;
const EVIDENCE_KEYS = ['text', 'start', 'end'] as const;
const CLAIM_KEYS = ['count', 'qualifier', 'victims', 'claimant', 'doc_id'] as const;
const CLAIM_KEYS_WITH_EVIDENCE = [...CLAIM_KEYS, 'evidence'] as const;
const CLAIM_KEYS_WITH_SHARE = [...CLAIM_KEYS_WITH_EVIDENCE, 'share'] as const;

/** True when an evidence object is a span of the document quoted exactly. */
function quotesDocument(ev: unknown, doc: StoredDocContext): ev is { text: string; start: number; end: number } {
  if (!ev || typeof ev !== 'object' || !sameKeys(ev, EVIDENCE_KEYS)) return false;
  const e = ev as { text: unknown; start: unknown; end: unknown };
  return Number.isInteger(e.start) && Number.isInteger(e.end)
    && doc.text.slice(e.start as number, e.end as number) === e.text;
}

/** A source of this document quoting it exactly → [start, end]; anything else as it is. */
function packSource(s: EventSource, doc: StoredDocContext): unknown {
  if (!s || typeof s !== 'object' || !sameKeys(s, SOURCE_KEYS) || s.doc_id !== doc.doc_id || s.title !== doc.title
    || s.lang !== doc.lang || s.published !== doc.published || !quotesDocument(s.evidence, doc)) return s;
  return [s.evidence.start, s.evidence.end];
}

function unpackSource(s: unknown, doc: StoredDocContext): EventSource {
  if (!Array.isArray(s)) return s as EventSource;
  const [start, end] = s as [number, number];
  return {
    doc_id: doc.doc_id, title: doc.title, lang: doc.lang, published: doc.published,
    evidence: { text: doc.text.slice(start, end), start, end },
  };
}

/** A claim read in this document → [count, qualifier, victims, claimant] (+ start, end of its
 *  figure, + this event's share of it); anything else as it is. */
function packClaim(c: FatalityClaim, doc: StoredDocContext): unknown {
  if (!c || typeof c !== 'object' || c.doc_id !== doc.doc_id) return c;
  if (sameKeys(c, CLAIM_KEYS)) return [c.count, c.qualifier, c.victims, c.claimant];
  if (sameKeys(c, CLAIM_KEYS_WITH_EVIDENCE) && quotesDocument(c.evidence, doc)) {
    return [c.count, c.qualifier, c.victims, c.claimant, c.evidence.start, c.evidence.end];
  }
  if (sameKeys(c, CLAIM_KEYS_WITH_SHARE) && quotesDocument(c.evidence, doc) && Number.isInteger(c.share)) {
    return [c.count, c.qualifier, c.victims, c.claimant, c.evidence!.start, c.evidence!.end, c.share];
  }
  return c;
}

function unpackClaim(c: unknown, doc: StoredDocContext): FatalityClaim {
  if (!Array.isArray(c)) return c as FatalityClaim;
  const claim: FatalityClaim = { count: c[0], qualifier: c[1], victims: c[2], claimant: c[3], doc_id: doc.doc_id };
  if (c.length > 4) claim.evidence = { text: doc.text.slice(c[4], c[5]), start: c[4], end: c[5] };
  if (c.length > 6) claim.share = c[6];
  return claim;
}

function packValue(key: string, v: unknown, doc: StoredDocContext): unknown {
  if (key === 'doc_id') return v === doc.doc_id ? THIS_DOC : v;
  if (key === 'sources' && Array.isArray(v)) return v.map((s) => packSource(s, doc));
  if (key === 'fatality_claims' && Array.isArray(v)) return v.map((c) => packClaim(c, doc));
  return v;
}

function unpackValue(key: string, v: unknown, doc: StoredDocContext): unknown {
  if (key === 'doc_id') return v === THIS_DOC ? doc.doc_id : v;
  if (key === 'sources' && Array.isArray(v)) return v.map((s) => unpackSource(s, doc));
  if (key === 'fatality_claims' && Array.isArray(v)) return v.map((c) => unpackClaim(c, doc));
  return v;
}

/** What is stored (as JSON) for a document's events. */
export function packDocEvents(events: readonly DocEvent[], doc: StoredDocContext): PackedDocEvents {
  const keys = events.length ? Object.keys(events[0]!) : [];
  const rows = events.map((e) => {
    // an event of another shape (or with an undefined field, which JSON cannot hold in an
    // array) is written as it is
    if (!sameKeys(e, keys)) return e;
    const row = new Array<unknown>(keys.length);
    for (let k = 0; k < keys.length; k++) {
      const v = (e as unknown as Record<string, unknown>)[keys[k]!];
      if (v === undefined) return e;
      row[k] = packValue(keys[k]!, v, doc);
    }
    return row;
  });
  return { v: 1, keys, rows };
}

/** The events of `packDocEvents`, or of the plain JSON array earlier versions stored. */
export function unpackDocEvents(json: string, doc: StoredDocContext): DocEvent[] {
  const data = JSON.parse(json) as PackedDocEvents | DocEvent[];
  if (Array.isArray(data)) return data;
  const { keys, rows } = data;
  return rows.map((r) => {
    if (!Array.isArray(r)) return r as DocEvent;
    const e: Record<string, unknown> = {};
    for (let k = 0; k < keys.length; k++) e[keys[k]!] = unpackValue(keys[k]!, r[k], doc);
    return e as unknown as DocEvent;
  });
}
