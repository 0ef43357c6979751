// Public surface of the ingest stage: files in, clean RawDocuments out.
export { DEFAULT_MAX_BYTES, expandInputs, loadDocuments, parseDocumentBytes, contentHash } from './load.js';
export type { IngestOptions, DocumentMeta } from './load.js';
export { decodeBytes } from './decode.js';
export type { Decoded } from './decode.js';
export { extractArticle } from './html.js';
export type { ExtractedArticle } from './html.js';
export { detectLanguage } from './lang.js';
export { findDateline, normalizeDate } from './dateline.js';
export { cleanText } from './clean.js';
