// The SQLite store: every SQL statement of Marsad lives in this class, so a PostgreSQL backend
// is a second implementation of the same methods, not a rewrite.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import {
  MarsadError,
  type ConflictEvent, type ControlChange, type DocEvent, type EventFilter, type Mention,
  type DocLang, type Place, type RawDocument, type Sentence,
} from '../core/index.js';
import { LATEST_VERSION, currentVersion, migrate } from './migrations.js';
import { ftsBody, toFtsQuery } from './search.js';
import { packDocEvents, unpackDocEvents, type StoredDocContext } from './docevents.js';

export interface DocumentSummary {
  doc_id: string;
  lang: string;
  published: string | null;
  title: string | null;
  outlet: string | null;
  chars: number;
  sentences: number;
}
export interface StoredDocument extends RawDocument {
  ingested_at: string;
  updated_at: string;
}
export type SaveStatus = 'new' | 'updated' | 'unchanged';
export interface SentenceHit {
  doc_id: string;
  index: number;
  start: number;
  end: number;
  text: string;
}
export interface EventStats {
  total: number;
  by_type: { event_type: string; sub_event_type: string; n: number }[];
  by_day: { date: string; event_type: string; n: number; fatalities: number }[];
  by_admin1: { admin1: string | null; n: number }[];
}

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 10_000;
const ITERATE_CHUNK = 500;
/** Bump when ftsBody changes in a way the probe sentence would not show. */
const FTS_FORMAT = 3;
const STATEMENT_CACHE = 256;

type Sort = NonNullable<EventFilter['sort']>;
const ORDER_BY: Record<Sort, string> = {
  '-event_date': 'e.event_date DESC, e.id DESC',
  event_date: 'e.event_date ASC NULLS LAST, e.id ASC',
  '-fatalities': 'e.fatalities DESC, e.event_date DESC, e.id DESC',
  fatalities: 'e.fatalities ASC, e.event_date DESC, e.id DESC',
  location: 'e.location ASC, e.event_date DESC, e.id DESC',
  '-location': 'e.location DESC, e.event_date DESC, e.id DESC',
};

// ---------------------------------------------------------------- small value helpers

const str = (v: unknown): string | null => (typeof v === 'string' ? v : v == null ? null : String(v));
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const int = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? Math.trunc(v) : null);
const nowIso = () => new Date().toISOString();

/** JSON that never throws on odd values: plain JSON.stringify (fast), and only when that fails
 *  a replacer that turns BigInts into numbers. */
function toJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? 'null';
  } catch {
    return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? Number(x) : x)) ?? 'null';
  }
}

/** A document's stored events with the document fields they are read back with. */
type DocEventsRow = StoredDocContext & { doc_events: string };
const DOC_EVENTS_COLUMNS = 'a.doc_events, d.doc_id, d.text, d.title, d.lang, d.published';

const DAY_MS = 86_400_000;
function dayNumber(d: string | null): number | null {
  if (!d) return null;
  const t = Date.parse(d.length === 10 ? d + 'T00:00:00Z' : d);
  return Number.isFinite(t) ? Math.floor(t / DAY_MS) : null;
}

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** `2017`, `2017-09` or `2017-09-22` → the first (or last) day it covers, as YYYY-MM-DD.
 *  The last day of a month is written `-31`: only string comparison uses it. */
function filterDate(name: string, v: unknown, edge: 'first' | 'last'): string {
  const m = typeof v === 'string' ? DATE_RE.exec(v.trim()) : null;
  if (!m) throw new MarsadError('MARSAD_ERR_API_VALIDATION', `${name}: expected YYYY-MM-DD, got ${JSON.stringify(v)}`);
  const [, y, mo, d] = m;
  if (d) return `${y}-${mo}-${d}`;
  if (mo) return `${y}-${mo}-${edge === 'first' ? '01' : '31'}`;
  return `${y}-${edge === 'first' ? '01-01' : '12-31'}`;
}

function invalid(detail: string): never {
  throw new MarsadError('MARSAD_ERR_API_VALIDATION', detail);
}

// ---------------------------------------------------------------- places validation

const PLACE_KINDS = [
  'country', 'governorate', 'district', 'subdistrict', 'city', 'town', 'village', 'neighbourhood', 'farm',
  'hill', 'mountain', 'plain', 'region', 'area', 'airbase', 'military_site', 'checkpoint', 'prison',
  'landmark', 'crossing',
] as const;
const coord = (lo: number, hi: number) => z.number().min(lo).max(hi).nullable();
const PlaceSchema = z.object({
  id: z.string().trim().min(1),
  name: z.string().trim().min(1),
  name_ar: z.string().nullable(),
  aliases: z.array(z.string()),
  kind: z.enum(PLACE_KINDS),
  lat: coord(-90, 90),
  lon: coord(-180, 180),
  country: z.string(),
  country_code: z.string(),
  admin1: z.string().nullable(),
  admin2: z.string().nullable(),
  admin3: z.string().nullable().optional(),
  parent_id: z.string().nullable().optional(),
  population: z.number().nullable().optional(),
  precision: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  source: z.string(),
}).passthrough();

// ---------------------------------------------------------------- the store

interface WhereClause {
  sql: string;
  params: unknown[];
  /** Known without scanning: the match count when the filter is an actor alone. */
  total?: number;
}

/** Above this many events for one actor, the actor test is a per-row EXISTS probe (lets the
 *  date index drive the scan and stop at the page); below it, a list of the actor's events. */
const ACTOR_LIST_MAX = 2000;

export interface OpenOptions {
  readonly?: boolean;
}

/** Open (creating and migrating when needed) a Marsad database. WAL, foreign keys on. */
export function openStore(path: string, opts: OpenOptions = {}): Store {
  const memory = path === ':memory:' || path === '';
  let db: Database.Database;
  try {
    if (opts.readonly) {
      if (!memory && !existsSync(path)) throw new MarsadError('MARSAD_ERR_STORE_NOT_FOUND', `no database at ${path}`);
      db = new Database(path, { readonly: true, fileMustExist: true });
    } else {
      if (!memory) mkdirSync(dirname(path), { recursive: true });
      db = new Database(path);
    }
  } catch (err) {
    if (err instanceof MarsadError) throw err;
    throw new MarsadError('MARSAD_ERR_STORE_MIGRATION', `cannot open ${path}: ${(err as Error).message}`, { cause: err });
  }
  try {
    db.pragma('busy_timeout = 5000');
    // A bigger page cache and memory-mapped reads: the API's filters touch the same indexes
    // over and over.
    db.pragma('cache_size = -65536');
    db.pragma('mmap_size = 268435456');
    // Give the disk back after a large replaceEvents (the WAL would otherwise stay that big).
    db.pragma('journal_size_limit = 67108864');
    db.pragma('foreign_keys = ON');
    if (!opts.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      // Checkpoint every ~40 MB of WAL, not every 4 MB: a bulk ingest rewrote the same index
      // pages into the database at every commit (half its commit time). Bulk writers fold the
      // WAL in once at the end (checkpoint()).
      db.pragma('wal_autocheckpoint = 10000');
      migrate(db);
    } else {
      const v = currentVersion(db);
      if (v !== LATEST_VERSION) {
        throw new MarsadError(
          'MARSAD_ERR_STORE_MIGRATION',
          v > LATEST_VERSION
            ? `${path} is at schema version ${v}, newer than this Marsad knows (${LATEST_VERSION}); upgrade Marsad`
            : `${path} is at schema version ${v}; open it once read-write to migrate it to ${LATEST_VERSION}`,
        );
      }
    }
    return new Store(db, memory ? ':memory:' : path, !!opts.readonly);
  } catch (err) {
    db.close();
    if (err instanceof MarsadError) throw err;
    throw new MarsadError('MARSAD_ERR_STORE_MIGRATION', `cannot use ${path}: ${(err as Error).message}`, { cause: err });
  }
}

export class Store {
  readonly path: string;
  readonly readonly: boolean;
  private readonly db: Database.Database;
  private readonly cache = new Map<string, Database.Statement>();

  constructor(db: Database.Database, path: string, readonly = false) {
    this.db = db;
    this.path = path;
    this.readonly = readonly;
    if (!readonly) this.ensureFtsCurrent();
  }

  close(): void {
    if (!this.db.open) return;
    if (!this.readonly) {
      try {
        this.db.pragma('optimize');
      } catch {
        /* best effort */
      }
    }
    this.cache.clear();
    this.db.close();
  }

  schemaVersion(): number {
    return currentVersion(this.db);
  }

  private stmt(sql: string): Database.Statement {
    let s = this.cache.get(sql);
    if (!s) {
      if (this.cache.size >= STATEMENT_CACHE) this.cache.delete(this.cache.keys().next().value!);
      s = this.db.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }

  private getMeta(key: string): string | null {
    const r = this.stmt('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return r?.value ?? null;
  }

  private setMeta(key: string, value: string): void {
    this.stmt('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  /** The index holds normalized text; when the normalizer or the variant rules change (a new
   *  release), the stored index no longer matches queries, so it is rebuilt once, in chunks. */
  private ensureFtsCurrent(): void {
    const probe = `${FTS_FORMAT}:${ftsBody('إدلب وحماة ومُعرّة النعمان، ٢٠١٧ Khan Sheikhoun بالقصف للقوات')}`;
    if (this.getMeta('fts_probe') === probe) return;
    this.db.transaction(() => {
      this.db.exec(`INSERT INTO sentences_fts(sentences_fts) VALUES('delete-all')`);
      const ins = this.stmt('INSERT INTO sentences_fts (rowid, body) VALUES (?, ?)');
      const next = this.db.prepare('SELECT id, text FROM sentences WHERE id > ? ORDER BY id LIMIT 2000');
      let last = 0;
      for (;;) {
        const rows = next.all(last) as { id: number; text: string }[];
        if (!rows.length) break;
        for (const r of rows) ins.run(r.id, ftsBody(r.text));
        last = rows[rows.length - 1]!.id;
      }
      this.setMeta('fts_probe', probe);
    }).immediate();
  }

  // -------------------------------------------------------------- documents

  documentStatus(doc_id: string, hash: string): SaveStatus {
    const r = this.stmt('SELECT hash FROM documents WHERE doc_id = ?').get(doc_id) as { hash: string } | undefined;
    if (!r) return 'new';
    return r.hash === hash ? 'unchanged' : 'updated';
  }

  /** One transaction: insert or replace the document, its sentences (+FTS), mentions and
   *  per-document events. 'unchanged' when the hash matches (nothing written) unless `force`. */
  saveDocument(
    doc: RawDocument,
    analysis: { sentences: Sentence[]; mentions: Mention[]; events: DocEvent[] },
    opts: { force?: boolean } = {},
  ): SaveStatus {
    const tx = this.db.transaction((): SaveStatus => {
      const prev = this.stmt('SELECT hash FROM documents WHERE doc_id = ?').get(doc.doc_id) as { hash: string } | undefined;
      if (prev && prev.hash === doc.hash && !opts.force) return 'unchanged';
      const now = nowIso();
      const text = String(doc.text ?? '');
      const sentences = analysis.sentences ?? [];
      const cols = [
        doc.hash, text, text.length, sentences.length, str(doc.title), str(doc.url), str(doc.outlet),
        str(doc.published), str(doc.published_basis), String(doc.lang ?? 'und'), doc.lang_supported ? 1 : 0,
        str(doc.source_path), str(doc.encoding), str(doc.format),
      ];
      if (prev) {
        this.stmt('DELETE FROM sentences WHERE doc_id = ?').run(doc.doc_id);
        this.stmt(`UPDATE documents SET hash = ?, text = ?, chars = ?, n_sentences = ?, title = ?, url = ?,
            outlet = ?, published = ?, published_basis = ?, lang = ?, lang_supported = ?, source_path = ?,
            encoding = ?, format = ?, updated_at = ? WHERE doc_id = ?`).run(...cols, now, doc.doc_id);
      } else {
        this.stmt(`INSERT INTO documents (hash, text, chars, n_sentences, title, url, outlet, published,
            published_basis, lang, lang_supported, source_path, encoding, format, ingested_at, updated_at, doc_id)
            VALUES (${Array(17).fill('?').join(', ')})`).run(...cols, now, now, doc.doc_id);
      }
      const insSentence = this.stmt('INSERT INTO sentences (doc_id, idx, start, "end", text) VALUES (?, ?, ?, ?, ?)');
      const insFts = this.stmt('INSERT INTO sentences_fts (rowid, body) VALUES (?, ?)');
      const pending: FtsRow[] | null = this.pendingFts ? [] : null;
      for (const s of sentences) {
        const stext = String(s.text ?? '');
        const id = insSentence.run(doc.doc_id, int(s.index), int(s.start) ?? 0, int(s.end) ?? 0, stext).lastInsertRowid;
        if (pending) pending.push([id, ftsBody(stext)]);
        else insFts.run(id, ftsBody(stext));
      }
      if (pending) this.pendingFts!.set(doc.doc_id, pending);
      this.stmt(`INSERT INTO document_analysis (doc_id, mentions, doc_events) VALUES (?, ?, ?)
          ON CONFLICT(doc_id) DO UPDATE SET mentions = excluded.mentions, doc_events = excluded.doc_events`)
        .run(doc.doc_id, toJson((analysis.mentions ?? []).map(mentionRow)), toJson(packDocEvents(analysis.events ?? [], {
          doc_id: doc.doc_id, text, title: cols[4] as string | null, lang: cols[9] as DocLang, published: cols[7] as string | null,
        })));
      return prev ? 'updated' : 'new';
    });
    // a document replaced within the batch: set() above drops its earlier pending rows, and
    // only when the new version is written (a failed save keeps the earlier version whole)
    return tx.immediate();
  }

  /** Group the writes of many documents into one commit. Each saveDocument inside a batch
   *  is its own savepoint (a failed document is rolled back alone, the rest stay), but SQLite
   *  commits — and FTS5 flushes its index segment — once per batch, not once per document.
   *  Documents of a batch that never commits (the process is killed) are simply not stored;
   *  earlier versions of them stay intact. */
  openBatch(opts: { maxDocs?: number; maxMs?: number } = {}): WriteBatch {
    return new WriteBatch(this, opts.maxDocs ?? 200, opts.maxMs ?? 1000);
  }

  /** Full-text rows of the open batch, per document, written just before it commits: FTS5
   *  flushes its pending index at every savepoint, so writing them inside each document's
   *  savepoint made one tiny index segment per document (half the cost of a batch). */
  private pendingFts: Map<string, FtsRow[]> | null = null;

  /** @internal WriteBatch: start a batch transaction; false when one is already open. */
  beginBatch(): boolean {
    if (this.db.inTransaction) return false;
    this.db.exec('BEGIN IMMEDIATE');
    this.pendingFts = new Map();
    return true;
  }

  /** @internal WriteBatch: write the batch's full-text rows and commit. */
  commitBatch(): void {
    const pending = this.pendingFts;
    this.pendingFts = null;
    if (!this.db.open || !this.db.inTransaction) return;
    try {
      const insFts = this.stmt('INSERT INTO sentences_fts (rowid, body) VALUES (?, ?)');
      if (pending) for (const rows of pending.values()) for (const [id, body] of rows) insFts.run(id, body);
      this.db.exec('COMMIT');
    } catch (err) {
      // the batch's documents are not stored; earlier versions of them stay as they were
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw err;
    }
  }

  /** Copy the WAL into the database file now (after a bulk write; readers are not blocked). */
  checkpoint(): void {
    if (this.db.open && !this.readonly && !this.db.inTransaction) this.db.pragma('wal_checkpoint(PASSIVE)');
  }

  deleteDocument(doc_id: string): boolean {
    return this.stmt('DELETE FROM documents WHERE doc_id = ?').run(doc_id).changes > 0;
  }

  listDocuments(): DocumentSummary[] {
    return this.stmt(`SELECT doc_id, lang, published, title, outlet, chars, n_sentences AS sentences
        FROM documents ORDER BY doc_id`).all() as DocumentSummary[];
  }

  /** doc_id → outlet (or null), for the ACLED `source` column. */
  outletsByDoc(): Map<string, string | null> {
    const rows = this.stmt('SELECT doc_id, outlet FROM documents').all() as { doc_id: string; outlet: string | null }[];
    return new Map(rows.map((r) => [r.doc_id, r.outlet]));
  }

  getDocument(doc_id: string): StoredDocument | null {
    const r = this.stmt('SELECT * FROM documents WHERE doc_id = ?').get(doc_id) as Record<string, unknown> | undefined;
    if (!r) return null;
    return {
      doc_id: r.doc_id as string,
      text: r.text as string,
      title: r.title as string | null,
      url: r.url as string | null,
      outlet: r.outlet as string | null,
      published: r.published as string | null,
      published_basis: r.published_basis as RawDocument['published_basis'],
      lang: r.lang as string,
      lang_supported: r.lang_supported === 1,
      source_path: r.source_path as string | null,
      encoding: r.encoding as string | null,
      format: r.format as RawDocument['format'],
      hash: r.hash as string,
      ingested_at: r.ingested_at as string,
      updated_at: r.updated_at as string,
    };
  }

  getSentences(doc_id: string): Sentence[] {
    return this.stmt(`SELECT idx AS "index", start, "end", text FROM sentences WHERE doc_id = ? ORDER BY idx`)
      .all(doc_id) as Sentence[];
  }

  getMentions(doc_id: string): Mention[] {
    const j = this.stmt('SELECT mentions FROM document_analysis WHERE doc_id = ?').pluck().get(doc_id) as string | undefined;
    return j ? (JSON.parse(j) as MentionRow[]).map(mentionFromRow) : [];
  }

  /** Every per-document event except those of `skip` (documents whose events the caller holds),
   *  in document order. */
  getDocEventsExcept(skip: readonly string[]): DocEvent[] {
    const rows = this.stmt(`SELECT ${DOC_EVENTS_COLUMNS} FROM document_analysis a JOIN documents d USING (doc_id)
        WHERE a.doc_id NOT IN (SELECT value FROM json_each(?)) ORDER BY a.doc_id`).all(JSON.stringify(skip)) as DocEventsRow[];
    return rows.flatMap((r) => unpackDocEvents(r.doc_events, r));
  }

  getDocEvents(doc_id?: string): DocEvent[] {
    if (doc_id === undefined) return this.getDocEventsExcept([]);
    const r = this.stmt(`SELECT ${DOC_EVENTS_COLUMNS} FROM document_analysis a JOIN documents d USING (doc_id)
        WHERE a.doc_id = ?`).get(doc_id) as DocEventsRow | undefined;
    return r ? unpackDocEvents(r.doc_events, r) : [];
  }

  /** Sentences matching a full-text query (same syntax as the `q` filter), best first. */
  searchSentences(q: string, limit = 20): SentenceHit[] {
    const lim = Math.max(0, Math.min(MAX_LIMIT, Math.trunc(Number(limit) || 0)));
    return this.stmt(`SELECT s.doc_id, s.idx AS "index", s.start, s."end", s.text
        FROM sentences_fts f JOIN sentences s ON s.id = f.rowid
        WHERE sentences_fts MATCH ? ORDER BY f.rank, s.id LIMIT ?`).all(toFtsQuery(q), lim) as SentenceHit[];
  }

  // -------------------------------------------------------------- merged events

  /** Each stored event's member (per-document event) ids → the event's id, read inside SQLite
   *  (json_each) rather than parsing every event: the ids analysts may already cite. */
  eventIdsByMember(): Map<string, string> {
    const rows = this.stmt(`SELECT m.value AS member, e.event_id FROM events e JOIN event_json j ON j.id = e.id,
        json_each(j.json, '$.members') m`).raw().all() as [string, string][];
    return new Map(rows);
  }

  /** Replace all merged events (one transaction). */
  replaceEvents(events: ConflictEvent[]): void {
    // One row per event_id: a later duplicate replaces an earlier one.
    const unique = new Map<string, ConflictEvent>();
    for (const e of events) {
      if (!e) continue;
      const id = str(e.event_id) ?? '';
      unique.delete(id);
      unique.set(id, e);
    }
    const tx = this.db.transaction(() => {
      this.db.exec('DELETE FROM event_actors; DELETE FROM event_sources; DELETE FROM event_json; DELETE FROM events;');
      // Bulk load: drop the secondary indexes, insert, then rebuild them in one sorted pass each
      // (several times faster than updating eight indexes row by row). Their definitions come
      // from the schema itself, so the migrations stay the one source of truth.
      const indexes = this.db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
          AND tbl_name IN ('events', 'event_sources')`).all() as { name: string; sql: string }[];
      for (const ix of indexes) this.db.exec(`DROP INDEX "${ix.name.replace(/"/g, '""')}"`);
      const insEvent = this.stmt(`INSERT INTO events (event_id, event_date, event_date_end, event_date_last,
          event_type, sub_event_type, actor1, actor2, place_id, admin1, location, latitude, longitude, fatalities)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
      const insJson = this.db.prepare('INSERT INTO event_json (id, json) VALUES (?, ?)');
      const insActor = this.stmt('INSERT OR IGNORE INTO event_actors (actor, event_rowid, role) VALUES (?, ?, ?)');
      const insSource = this.stmt('INSERT INTO event_sources (event_rowid, doc_id, start, "end") VALUES (?, ?, ?, ?)');
      let maxSpan = 0;
      for (const [id, e] of unique) {
        const date = str(e.event_date);
        const end = str(e.event_date_end);
        const d0 = dayNumber(date);
        const d1 = dayNumber(end);
        let last = date;
        if (d0 !== null && d1 !== null && d1 > d0) {
          last = end;
          maxSpan = Math.max(maxSpan, d1 - d0);
        }
        const rowid = insEvent.run(id, date, end, last, str(e.event_type), str(e.sub_event_type), str(e.actor1),
          str(e.actor2), str(e.place_id), str(e.admin1), str(e.location), num(e.latitude), num(e.longitude),
          int(e.fatalities) ?? 0).lastInsertRowid;
        insJson.run(rowid, toJson(e));
        const actor = (name: unknown, role: string) => {
          const a = str(name)?.trim();
          if (a) insActor.run(a, rowid, role);
        };
        actor(e.actor1, 'actor1');
        actor(e.actor2, 'actor2');
        if (Array.isArray(e.assoc_actor_1)) for (const a of e.assoc_actor_1) actor(a, 'assoc_actor_1');
        if (Array.isArray(e.assoc_actor_2)) for (const a of e.assoc_actor_2) actor(a, 'assoc_actor_2');
        if (Array.isArray(e.sources)) {
          for (const s of e.sources) {
            const doc = str(s?.doc_id);
            if (doc) insSource.run(rowid, doc, int(s.evidence?.start), int(s.evidence?.end));
          }
        }
      }
      for (const ix of indexes) this.db.exec(ix.sql);
      this.setMeta('max_span_days', String(maxSpan));
    });
    tx.immediate();
    // Fresh statistics so the planner picks the right index for each filter.
    this.db.exec('PRAGMA analysis_limit = 1000; ANALYZE events; ANALYZE event_actors; ANALYZE event_sources;');
  }

  eventCount(): number {
    return (this.stmt('SELECT count(*) FROM events').pluck().get() as number) ?? 0;
  }

  getEvent(event_id: string): ConflictEvent | null {
    const j = this.stmt('SELECT j.json FROM events e JOIN event_json j ON j.id = e.id WHERE e.event_id = ?')
      .pluck().get(event_id) as string | undefined;
    return j === undefined ? null : (JSON.parse(j) as ConflictEvent);
  }

  /** Filtered, sorted, paged events; `total` counts all matches. Default limit 100, max 10000. */
  queryEvents(filter: EventFilter = {}): { total: number; events: ConflictEvent[] } {
    const where = this.where(filter);
    const { limit, offset } = paging(filter, DEFAULT_LIMIT, MAX_LIMIT);
    const total = where.total ?? (this.stmt(`SELECT count(*) FROM events e${where.sql}`).pluck().get(...where.params) as number);
    if (limit === 0 || offset >= total) return { total, events: [] };
    // Page over the small filter rows first, then fetch the JSON of just that page.
    const ids = this.stmt(`SELECT e.id FROM events e${where.sql} ORDER BY ${orderBy(filter.sort, '-event_date')}
        LIMIT ? OFFSET ?`).pluck().all(...where.params, limit, offset) as number[];
    const rows = this.jsonByIds(ids);
    return { total, events: rows };
  }

  /** Every matching event, oldest first unless `sort` says otherwise; limit/offset only when given.
   *  Reads in chunks, so the connection is free between chunks (a slow HTTP client streaming an
   *  export does not block other queries on the same store). */
  iterateEvents(filter: EventFilter = {}): IterableIterator<ConflictEvent> {
    const where = this.where(filter);
    let sql = `SELECT e.id FROM events e${where.sql} ORDER BY ${orderBy(filter.sort, 'event_date')}`;
    const params = [...where.params];
    if (filter.limit !== undefined || filter.offset !== undefined) {
      const { limit, offset } = paging(filter, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
      sql += ' LIMIT ? OFFSET ?';
      params.push(limit, offset);
    }
    const ids = this.stmt(sql).pluck().all(...params) as number[];
    const fetch = (chunk: number[]) => this.jsonByIds(chunk);
    function* gen(): Generator<ConflictEvent> {
      for (let i = 0; i < ids.length; i += ITERATE_CHUNK) yield* fetch(ids.slice(i, i + ITERATE_CHUNK));
    }
    return gen();
  }

  /** The events with these row ids, in the order given (ids no longer present are skipped). */
  private jsonByIds(ids: number[]): ConflictEvent[] {
    if (!ids.length) return [];
    const rows = this.stmt('SELECT id, json FROM event_json WHERE id IN (SELECT value FROM json_each(?))')
      .raw().all(JSON.stringify(ids)) as [number, string][];
    const byId = new Map(rows);
    const out: ConflictEvent[] = [];
    for (const id of ids) {
      const j = byId.get(id);
      if (j !== undefined) out.push(JSON.parse(j) as ConflictEvent);
    }
    return out;
  }

  stats(filter: EventFilter = {}): EventStats {
    const w = this.where(filter);
    const and = w.sql ? `${w.sql} AND` : ' WHERE';
    const total = w.total ?? (this.stmt(`SELECT count(*) FROM events e${w.sql}`).pluck().get(...w.params) as number);
    const by_type = this.stmt(`SELECT e.event_type, e.sub_event_type, count(*) AS n FROM events e${w.sql}
        GROUP BY e.event_type, e.sub_event_type ORDER BY n DESC, e.event_type, e.sub_event_type`).all(...w.params) as EventStats['by_type'];
    const by_day = this.stmt(`SELECT e.event_date AS date, e.event_type, count(*) AS n, sum(e.fatalities) AS fatalities
        FROM events e${and} e.event_date IS NOT NULL GROUP BY e.event_date, e.event_type
        ORDER BY e.event_date, e.event_type`).all(...w.params) as EventStats['by_day'];
    const by_admin1 = this.stmt(`SELECT e.admin1, count(*) AS n FROM events e${w.sql}
        GROUP BY e.admin1 ORDER BY n DESC, e.admin1`).all(...w.params) as EventStats['by_admin1'];
    return { total, by_type, by_day, by_admin1 };
  }

  /** The WHERE clause of a filter (validated: bad input throws MARSAD_ERR_API_VALIDATION). */
  private where(f: EventFilter): WhereClause {
    if (f == null || typeof f !== 'object') invalid('filter: expected an object');
    const parts: string[] = [];
    const params: unknown[] = [];
    if (f.from !== undefined && f.from !== null && f.from !== '') {
      const from = filterDate('from', f.from, 'first');
      // An event [event_date, event_date_last] overlaps [from, to]. The second condition is
      // implied by the first (no event is longer than the longest stored span) but lets the
      // date index bound the scan. The span is read in the query, not cached: another process
      // may have replaced the events since this store was opened.
      parts.push('e.event_date_last >= ?', `e.event_date >= coalesce(date(?, '-' ||
          coalesce((SELECT value FROM meta WHERE key = 'max_span_days'), '0') || ' days'), '')`);
      params.push(from, from);
    }
    if (f.to !== undefined && f.to !== null && f.to !== '') {
      parts.push('e.event_date <= ?');
      params.push(filterDate('to', f.to, 'last'));
    }
    for (const key of ['event_type', 'sub_event_type'] as const) {
      const v = f[key];
      if (v === undefined || v === null) continue;
      const list = (Array.isArray(v) ? v : [v]).filter((x) => typeof x === 'string' && x !== '');
      if (!list.length) continue;
      parts.push(`e.${key} IN (${list.map(() => '?').join(', ')})`);
      params.push(...list);
    }
    let actorEvents: number | undefined;
    if (typeof f.actor === 'string' && f.actor.trim()) {
      const actor = f.actor.trim();
      actorEvents = this.stmt('SELECT count(DISTINCT event_rowid) FROM event_actors WHERE actor = ?').pluck().get(actor) as number;
      parts.push(actorEvents <= ACTOR_LIST_MAX
        ? 'e.id IN (SELECT event_rowid FROM event_actors WHERE actor = ?)'
        : 'EXISTS (SELECT 1 FROM event_actors a WHERE a.actor = ? AND a.event_rowid = e.id)');
      params.push(actor);
    }
    if (typeof f.place_id === 'string' && f.place_id) {
      parts.push('e.place_id = ?');
      params.push(f.place_id);
    }
    if (typeof f.admin1 === 'string' && f.admin1.trim()) {
      parts.push('e.admin1 = ?');
      params.push(f.admin1.trim());
    }
    if (f.bbox !== undefined && f.bbox !== null) {
      const b = f.bbox;
      if (!Array.isArray(b) || b.length !== 4 || !b.every((x) => typeof x === 'number' && Number.isFinite(x))) {
        invalid('bbox: expected [minLon, minLat, maxLon, maxLat] as four numbers');
      }
      const [minLon, minLat, maxLon, maxLat] = b;
      if (minLat > maxLat) invalid('bbox: minLat is greater than maxLat');
      parts.push(minLon <= maxLon
        ? 'e.longitude BETWEEN ? AND ?'
        : '(e.longitude >= ? OR e.longitude <= ?)'); // crosses the antimeridian
      parts.push('e.latitude BETWEEN ? AND ?');
      params.push(minLon, maxLon, minLat, maxLat);
    }
    if (f.q !== undefined && f.q !== null && String(f.q).trim() !== '') {
      parts.push(`e.id IN (SELECT es.event_rowid FROM sentences_fts f
          JOIN sentences s ON s.id = f.rowid
          JOIN event_sources es ON es.doc_id = s.doc_id AND es.start < s."end" AND es."end" > s.start
          WHERE sentences_fts MATCH ?)`);
      params.push(toFtsQuery(String(f.q)));
    }
    if (f.min_fatalities !== undefined && f.min_fatalities !== null) {
      const n = Number(f.min_fatalities);
      if (!Number.isFinite(n)) invalid('min_fatalities: expected a number');
      parts.push('e.fatalities >= ?');
      params.push(n);
    }
    if (typeof f.doc_id === 'string' && f.doc_id) {
      parts.push('e.id IN (SELECT event_rowid FROM event_sources WHERE doc_id = ?)');
      params.push(f.doc_id);
    }
    const total = actorEvents !== undefined && parts.length === 1 ? actorEvents : undefined;
    return { sql: parts.length ? ` WHERE ${parts.join(' AND ')}` : '', params, total };
  }

  // -------------------------------------------------------------- control

  replaceControl(changes: ControlChange[]): void {
    this.db.transaction(() => {
      this.db.exec('DELETE FROM control_changes');
      const ins = this.stmt(`INSERT INTO control_changes (place_id, location, location_ar, date, controller,
          previous_controller, contested, event_id, confidence, evidence_doc_id, evidence_start, evidence_end,
          evidence_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
      for (const c of changes) {
        if (!c) continue;
        ins.run(str(c.place_id) ?? '', str(c.location), str(c.location_ar), str(c.date) ?? '', str(c.controller) ?? '',
          str(c.previous_controller), c.contested ? 1 : 0, str(c.event_id), num(c.confidence),
          str(c.evidence?.doc_id), int(c.evidence?.start), int(c.evidence?.end), str(c.evidence?.text));
      }
    }).immediate();
  }

  /** A place's control changes, oldest first. */
  getControl(place_id: string): ControlChange[] {
    return (this.stmt('SELECT * FROM control_changes WHERE place_id = ? ORDER BY date, id').all(place_id) as ControlRow[])
      .map(controlFromRow);
  }

  /** Every control change, oldest first. */
  allControl(): ControlChange[] {
    return (this.stmt('SELECT * FROM control_changes ORDER BY date, place_id, id').all() as ControlRow[]).map(controlFromRow);
  }

  // -------------------------------------------------------------- imported places

  /** Add or update user-imported gazetteer entries (one transaction). Ids are kept as given,
   *  so re-importing the same file changes nothing; `updated` counts entries whose content
   *  changed. Throws MARSAD_ERR_GAZETTEER_IMPORT naming the first invalid entry. */
  upsertPlaces(places: Place[], source: string): { inserted: number; updated: number } {
    const valid: Place[] = places.map((p, i) => {
      const r = PlaceSchema.safeParse(p);
      if (!r.success) {
        const issue = r.error.issues[0]!;
        const id = typeof (p as { id?: unknown })?.id === 'string' ? (p as { id: string }).id : '?';
        throw new MarsadError('MARSAD_ERR_GAZETTEER_IMPORT',
          `${source}: entry ${i} (${id}): ${issue.path.join('.') || 'entry'}: ${issue.message}`, { file: source });
      }
      return { ...p, source: p.source || source };
    });
    let inserted = 0;
    let updated = 0;
    this.db.transaction(() => {
      const get = this.stmt('SELECT json FROM places WHERE id = ?').pluck();
      const ins = this.stmt(`INSERT INTO places (id, name, name_ar, kind, lat, lon, country_code, admin1, admin2,
          import_source, json, imported_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
      const upd = this.stmt(`UPDATE places SET name = ?, name_ar = ?, kind = ?, lat = ?, lon = ?, country_code = ?,
          admin1 = ?, admin2 = ?, import_source = ?, json = ?, updated_at = ? WHERE id = ?`);
      const now = nowIso();
      for (const p of valid) {
        const json = toJson(p);
        const prev = get.get(p.id) as string | undefined;
        const cols = [p.name, p.name_ar, p.kind, p.lat, p.lon, p.country_code, p.admin1, p.admin2, source, json];
        if (prev === undefined) {
          ins.run(p.id, ...cols, now, now);
          inserted++;
        } else if (prev !== json) {
          upd.run(...cols, now, p.id);
          updated++;
        }
      }
    }).immediate();
    return { inserted, updated };
  }

  importedPlaces(): Place[] {
    return (this.stmt('SELECT json FROM places ORDER BY id').pluck().all() as string[]).map((j) => JSON.parse(j) as Place);
  }
}

// ---------------------------------------------------------------- helpers outside the class

function orderBy(sort: unknown, fallback: Sort): string {
  if (sort === undefined || sort === null || sort === '') return ORDER_BY[fallback];
  if (typeof sort !== 'string' || !Object.hasOwn(ORDER_BY, sort)) {
    invalid(`sort: expected one of ${Object.keys(ORDER_BY).join(', ')}`);
  }
  return ORDER_BY[sort as Sort];
}

function paging(f: EventFilter, defaultLimit: number, maxLimit: number): { limit: number; offset: number } {
  let limit = defaultLimit;
  let offset = 0;
  if (f.limit !== undefined && f.limit !== null) {
    limit = Number(f.limit);
    if (!Number.isFinite(limit) || limit < 0) invalid('limit: expected a number ≥ 0');
    limit = Math.min(Math.trunc(limit), maxLimit);
  }
  if (f.offset !== undefined && f.offset !== null) {
    offset = Number(f.offset);
    if (!Number.isFinite(offset) || offset < 0) invalid('offset: expected a number ≥ 0');
    offset = Math.trunc(offset);
  }
  return { limit, offset };
}

interface ControlRow {
  place_id: string;
  location: string | null;
  location_ar: string | null;
  date: string;
  controller: string;
  previous_controller: string | null;
  contested: number;
  event_id: string | null;
  confidence: number | null;
  evidence_doc_id: string | null;
  evidence_start: number | null;
  evidence_end: number | null;
  evidence_text: string | null;
}

function controlFromRow(r: ControlRow): ControlChange {
  return {
    place_id: r.place_id,
    location: r.location ?? '',
    location_ar: r.location_ar,
    date: r.date,
    controller: r.controller,
    previous_controller: r.previous_controller,
    contested: r.contested === 1,
    event_id: r.event_id ?? '',
    confidence: r.confidence ?? 0,
    evidence: {
      doc_id: r.evidence_doc_id ?? '',
      text: r.evidence_text ?? '',
      start: r.evidence_start ?? 0,
      end: r.evidence_end ?? 0,
    },
  };
}

type FtsRow = [rowid: number | bigint, body: string];

/** A stored mention: the fields the document view shows, positionally (a report names ~140). */
type MentionRow = [kind: string | null, start: number | null, end: number | null, surface: string | null, ref: string | null,
  score: number | null, why: string | null, sentence: number | null, relation: string | null];

function mentionRow(m: Mention): MentionRow {
  return [str(m.kind), int(m.start), int(m.end), str(m.surface), str(m.ref), num(m.score), str(m.why), int(m.sentence), str(m.relation)];
}

function mentionFromRow(r: MentionRow): Mention {
  const m: Mention = {
    kind: r[0] as Mention['kind'], start: r[1] as number, end: r[2] as number, surface: r[3] as string,
    ref: r[4], score: r[5] as number, why: r[6] as string,
  };
  if (r[7] != null) m.sentence = r[7];
  if (r[8] != null) m.relation = r[8];
  return m;
}

/** See Store.openBatch. `begin()` before each document, `saved()` after it (written or
 *  failed): commits when the batch is big or old enough; `close()` commits the rest. */
export class WriteBatch {
  private readonly store: Store;
  private readonly maxDocs: number;
  private readonly maxMs: number;
  private open = false;
  private docs = 0;
  private startedAt = 0;

  constructor(store: Store, maxDocs: number, maxMs: number) {
    this.store = store;
    this.maxDocs = Math.max(1, maxDocs);
    this.maxMs = maxMs;
  }

  begin(): void {
    if (this.open) return;
    this.open = this.store.beginBatch();
    this.docs = 0;
    this.startedAt = performance.now();
  }

  saved(): void {
    if (!this.open) return;
    this.docs++;
    if (this.docs >= this.maxDocs || performance.now() - this.startedAt >= this.maxMs) this.commit();
  }

  commit(): void {
    if (!this.open) return;
    this.open = false;
    this.store.commitBatch();
  }

  close(): void {
    this.commit();
    this.store.checkpoint();
  }
}
