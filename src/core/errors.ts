// One catalogue of coded errors (MARSAD_ERR_<AREA>_<WHAT>). Edges (loading data, reading
// files, the API) throw these; the language stages never throw on odd text.

export const ERROR_CODES = {
  MARSAD_ERR_INGEST_EMPTY: 'the file is empty',
  MARSAD_ERR_INGEST_BINARY: 'the file is binary, not text',
  MARSAD_ERR_INGEST_TOO_LARGE: 'the file is larger than the size limit',
  MARSAD_ERR_INGEST_JSON: 'the file is not valid JSON',
  MARSAD_ERR_INGEST_DECODE: 'the bytes could not be decoded as text',
  MARSAD_ERR_INGEST_FORMAT: 'the file format is not supported',
  MARSAD_ERR_INGEST_NOT_FOUND: 'no such file or directory',
  MARSAD_ERR_INGEST_NO_TEXT: 'no article text was found',
  MARSAD_ERR_DATA_INVALID: 'a data file failed validation',
  MARSAD_ERR_STORE_MIGRATION: 'the database schema could not be migrated',
  MARSAD_ERR_STORE_NOT_FOUND: 'no such record',
  MARSAD_ERR_API_VALIDATION: 'the request is invalid',
  MARSAD_ERR_API_NOT_FOUND: 'not found',
  MARSAD_ERR_API_UNAUTHORIZED: 'a valid bearer token is required',
  MARSAD_ERR_API_READ_ONLY: 'the server is read-only (no MARSAD_TOKEN configured)',
  MARSAD_ERR_API_TOO_LARGE: 'the request body is too large',
  MARSAD_ERR_API_INTERNAL: 'the server failed to answer the request',
  MARSAD_ERR_GAZETTEER_IMPORT: 'the gazetteer file could not be imported',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class MarsadError extends Error {
  readonly code: ErrorCode;
  readonly file?: string;
  constructor(code: ErrorCode, detail?: string, opts: { file?: string; cause?: unknown } = {}) {
    const base = ERROR_CODES[code];
    const where = opts.file ? `${opts.file}: ` : '';
    super(`${where}${detail ?? base}`, { cause: opts.cause });
    this.name = 'MarsadError';
    this.code = code;
    this.file = opts.file;
  }
}

export function isMarsadError(e: unknown): e is MarsadError {
  return e instanceof MarsadError;
}
