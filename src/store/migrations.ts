// Versioned schema: an ordered list of numbered steps. Opening a database applies the missing
// steps in one transaction; a database written by a newer Marsad is refused. Never edit a
// released step — add a new one.
import type Database from 'better-sqlite3';
import { MarsadError } from '../core/index.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'documents, sentences with full-text index, mentions, per-document events',
    sql: `
      CREATE TABLE documents (
        doc_id TEXT PRIMARY KEY,
        hash TEXT NOT NULL,
        text TEXT NOT NULL,
        chars INTEGER NOT NULL,
        n_sentences INTEGER NOT NULL DEFAULT 0,
        title TEXT, url TEXT, outlet TEXT,
        published TEXT, published_basis TEXT,
        lang TEXT NOT NULL, lang_supported INTEGER NOT NULL,
        source_path TEXT, encoding TEXT, format TEXT,
        ingested_at TEXT NOT NULL, updated_at TEXT NOT NULL
      );
      CREATE INDEX documents_published ON documents(published);

      CREATE TABLE sentences (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        UNIQUE (doc_id, idx)
      );
      -- Contentless: the index holds a normalized copy (see search.ts); the text lives in sentences.
      CREATE VIRTUAL TABLE sentences_fts USING fts5(
        body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
        DELETE FROM sentences_fts WHERE rowid = old.id;
      END;

      CREATE TABLE mentions (
        doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        kind TEXT, start INTEGER, "end" INTEGER, surface TEXT, ref TEXT,
        score REAL, why TEXT, sentence INTEGER, relation TEXT,
        PRIMARY KEY (doc_id, seq)
      ) WITHOUT ROWID;
      CREATE INDEX mentions_ref ON mentions(ref) WHERE ref IS NOT NULL;

      CREATE TABLE doc_events (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        doc_event_id TEXT NOT NULL,
        sentence_index INTEGER,
        event_date TEXT, event_date_end TEXT,
        event_type TEXT, sub_event_type TEXT, place_id TEXT, fatalities INTEGER,
        json TEXT NOT NULL,
        UNIQUE (doc_id, seq)
      );
      CREATE INDEX doc_events_doc_event_id ON doc_events(doc_event_id);
      CREATE INDEX doc_events_date ON doc_events(event_date);
      CREATE INDEX doc_events_place ON doc_events(place_id);
    `,
  },
  {
    version: 2,
    name: 'merged events with filter columns, actors and sources',
    sql: `
      -- events holds the filter columns only, so its rows stay small and a filter that touches
      -- thousands of rows reads few pages; the full event (JSON) is in event_json.
      -- event_date_last = the last day of the event (event_date_end, or event_date for one day),
      -- so a date-range filter is an overlap test on indexed columns.
      CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        event_id TEXT NOT NULL UNIQUE,
        event_date TEXT, event_date_end TEXT, event_date_last TEXT,
        event_type TEXT, sub_event_type TEXT,
        actor1 TEXT COLLATE NOCASE, actor2 TEXT COLLATE NOCASE,
        place_id TEXT, admin1 TEXT COLLATE NOCASE, location TEXT COLLATE NOCASE,
        latitude REAL, longitude REAL,
        fatalities INTEGER NOT NULL DEFAULT 0
      );
      CREATE TABLE event_json (
        id INTEGER PRIMARY KEY, -- = events.id
        json TEXT NOT NULL
      );
      CREATE INDEX events_date ON events(event_date, event_date_last);
      CREATE INDEX events_sub_date ON events(sub_event_type, event_date, event_date_last);
      CREATE INDEX events_type_date ON events(event_type, event_date, event_date_last);
      CREATE INDEX events_place_date ON events(place_id, event_date);
      CREATE INDEX events_admin1_date ON events(admin1, event_date);
      CREATE INDEX events_fatalities ON events(fatalities, event_date);
      CREATE INDEX events_location ON events(location, event_date);
      CREATE INDEX events_lon_lat ON events(longitude, latitude);

      -- event_json and these derived tables are rewritten together with events by replaceEvents
      -- (no foreign keys: they never outlive their event, and keys would disable SQLite's fast
      -- whole-table delete and slow the 100k-row rewrite).
      -- role: actor1 | actor2 | assoc_actor_1 | assoc_actor_2.
      CREATE TABLE event_actors (
        actor TEXT NOT NULL COLLATE NOCASE,
        event_rowid INTEGER NOT NULL,
        role TEXT NOT NULL,
        PRIMARY KEY (actor, event_rowid, role)
      ) WITHOUT ROWID;
      CREATE TABLE event_sources (
        event_rowid INTEGER NOT NULL,
        doc_id TEXT NOT NULL,
        start INTEGER,
        "end" INTEGER
      );
      CREATE INDEX event_sources_doc ON event_sources(doc_id, start, "end", event_rowid);
    `,
  },
  {
    version: 3,
    name: 'control changes, imported places, store metadata',
    sql: `
      CREATE TABLE control_changes (
        id INTEGER PRIMARY KEY,
        place_id TEXT NOT NULL,
        location TEXT, location_ar TEXT,
        date TEXT NOT NULL,
        controller TEXT NOT NULL, previous_controller TEXT,
        contested INTEGER NOT NULL DEFAULT 0,
        event_id TEXT, confidence REAL,
        evidence_doc_id TEXT, evidence_start INTEGER, evidence_end INTEGER, evidence_text TEXT
      );
      CREATE INDEX control_place_date ON control_changes(place_id, date);
      CREATE INDEX control_date ON control_changes(date);

      CREATE TABLE places (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        name_ar TEXT,
        kind TEXT,
        lat REAL, lon REAL,
        country_code TEXT, admin1 TEXT, admin2 TEXT,
        import_source TEXT NOT NULL,
        json TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX places_name ON places(name COLLATE NOCASE);

      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
    `,
  },
  {
    version: 4,
    name: 'covering indexes for type and governorate filters',
    sql: `
      -- The trailing columns let the common combinations (date range, type, governorate) be
      -- counted from the index alone, without visiting the table.
      DROP INDEX events_sub_date;
      DROP INDEX events_type_date;
      DROP INDEX events_admin1_date;
      CREATE INDEX events_sub_date ON events(sub_event_type, event_date, event_date_last, admin1);
      CREATE INDEX events_type_date ON events(event_type, event_date, event_date_last, admin1);
      CREATE INDEX events_admin1_date ON events(admin1, event_date, event_date_last, event_type, sub_event_type);
    `,
  },
  {
    version: 5,
    name: 'full-text index split by the plain ascii tokenizer',
    sql: `
      -- The indexed body is already the normalized words, space-separated (search.ts ftsBody),
      -- so FTS5's Unicode tokenizer only repeated that work at twice the cost. The index is
      -- refilled from sentences when the store opens (Store.ensureFtsCurrent).
      DROP TRIGGER sentences_fts_delete;
      DROP TABLE sentences_fts;
      CREATE VIRTUAL TABLE sentences_fts USING fts5(body, content='', contentless_delete=1, tokenize='ascii');
      CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
        DELETE FROM sentences_fts WHERE rowid = old.id;
      END;
      DELETE FROM meta WHERE key = 'fts_probe';
    `,
  },
  {
    version: 6,
    name: 'drop indexes no query uses',
    sql: `
      -- Mentions and per-document events are only read per document (their primary key /
      -- UNIQUE (doc_id, seq)); these indexes were paid for on every write and never read.
      DROP INDEX IF EXISTS mentions_ref;
      DROP INDEX IF EXISTS doc_events_doc_event_id;
      DROP INDEX IF EXISTS doc_events_date;
      DROP INDEX IF EXISTS doc_events_place;
    `,
  },
  {
    version: 7,
    name: 'mentions and per-document events as one row per document',
    sql: `
      -- Both are only ever read whole, per document (or all of them, to resolve): a row per
      -- mention and per event was ~180 rows a report, most of the cost of storing it.
      CREATE TABLE document_analysis (
        doc_id TEXT PRIMARY KEY REFERENCES documents(doc_id) ON DELETE CASCADE,
        -- [kind, start, end, surface, ref, score, why, sentence, relation] per mention
        mentions TEXT NOT NULL,
        -- the DocEvent objects, in document order
        doc_events TEXT NOT NULL
      );
      INSERT INTO document_analysis (doc_id, mentions, doc_events)
      SELECT d.doc_id,
        COALESCE((SELECT json_group_array(json_array(m.kind, m.start, m."end", m.surface, m.ref, m.score, m.why, m.sentence, m.relation))
          FROM (SELECT * FROM mentions WHERE doc_id = d.doc_id ORDER BY seq) m), '[]'),
        COALESCE((SELECT json_group_array(json(e.json))
          FROM (SELECT json FROM doc_events WHERE doc_id = d.doc_id ORDER BY seq) e), '[]')
      FROM documents d;
      DROP TABLE mentions;
      DROP TABLE doc_events;
    `,
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** The schema version of an open database: 0 for an empty one. */
export function currentVersion(db: Database.Database): number {
  const t = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`).get();
  if (!t) return 0;
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
  return row.v ?? 0;
}

/** Bring `db` to `target` (default: the latest) in one transaction. Returns the versions
 *  before and after. Refuses a database newer than this code knows. */
export function migrate(
  db: Database.Database,
  target: number = LATEST_VERSION,
  migrations: readonly Migration[] = MIGRATIONS,
): { from: number; to: number } {
  const run = db.transaction(() => {
    const from = currentVersion(db);
    const known = migrations.length ? migrations[migrations.length - 1]!.version : 0;
    if (from > known) {
      throw new MarsadError(
        'MARSAD_ERR_STORE_MIGRATION',
        `the database is at schema version ${from}, newer than this Marsad knows (${known}); upgrade Marsad`,
      );
    }
    if (from >= target) return { from, to: from };
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    let to = from;
    for (const m of migrations) {
      if (m.version <= from || m.version > target) continue;
      try {
        db.exec(m.sql);
      } catch (err) {
        throw new MarsadError('MARSAD_ERR_STORE_MIGRATION', `schema step ${m.version} (${m.name}) failed: ${(err as Error).message}`, { cause: err });
      }
      record.run(m.version, m.name, new Date().toISOString());
      to = m.version;
    }
    return { from, to };
  });
  // IMMEDIATE: two processes opening the same new database do not both migrate it.
  return run.immediate();
}
