// Public surface of the store stage: the SQLite database behind one class (see store.ts).
export { openStore, Store, WriteBatch, DEFAULT_LIMIT, MAX_LIMIT } from './store.js';
export type { DocumentSummary, StoredDocument, SaveStatus, SentenceHit, EventStats, OpenOptions } from './store.js';
export { MIGRATIONS, LATEST_VERSION } from './migrations.js';
export type { Migration } from './migrations.js';
export { toFtsQuery } from './search.js';
