// What every route plugin receives: the store, the knowledge base, options and error counters.
import type { FastifyReply } from 'fastify';
import { MarsadError, type ErrorCode } from '../core/index.js';
import type { KnowledgeBase } from '../kb/index.js';
import type { Store } from '../store/index.js';

export interface IngestResult {
  docs: { doc_id: string; status: 'new' | 'updated' | 'unchanged' }[];
  errors: { file: string; code: string; message: string }[];
}

/** The part of the knowledge base the server reads (a full KnowledgeBase fits). */
export type ServerKnowledge = Pick<KnowledgeBase, 'gazetteer' | 'actors'>;

export interface ServerOptions {
  store: Store;
  kb: ServerKnowledge;
  /** MARSAD_TOKEN; null/empty → read-only server (write endpoints answer 403 MARSAD_ERR_API_READ_ONLY). */
  token?: string | null;
  /** The pipeline, passed by the CLI: one uploaded file → stored documents. */
  ingest?: (bytes: Buffer, name: string, meta: Record<string, string>) => Promise<IngestResult>;
  /** Request body limit in bytes (default 5 MB). */
  bodyLimit?: number;
  /** Optional online basemap tiles, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png */
  tileUrl?: string | null;
  /** Built web app (default dist/web under PROJECT_ROOT). */
  webDir?: string;
  logger?: boolean;
}

export interface ErrorCounters {
  '4xx': number;
  '5xx': number;
}

export interface ServerContext {
  opts: ServerOptions;
  counters: ErrorCounters;
  startedAt: number;
  version: string;
}

const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  MARSAD_ERR_API_VALIDATION: 400,
  MARSAD_ERR_API_UNAUTHORIZED: 401,
  MARSAD_ERR_API_READ_ONLY: 403,
  MARSAD_ERR_API_NOT_FOUND: 404,
  MARSAD_ERR_STORE_NOT_FOUND: 404,
  MARSAD_ERR_API_TOO_LARGE: 413,
  MARSAD_ERR_API_INTERNAL: 500,
};

/** HTTP status for a coded error: API codes map one to one; ingest problems are 422. */
export function statusOf(code: ErrorCode): number {
  return STATUS_OF[code] ?? (code.startsWith('MARSAD_ERR_INGEST_') ? 422 : 500);
}

export function sendError(reply: FastifyReply, code: ErrorCode, message: string, status = statusOf(code)) {
  return reply.code(status).send({ error: { code, message } });
}

export function notFound(what: string): MarsadError {
  return new MarsadError('MARSAD_ERR_API_NOT_FOUND', what);
}
