// Documents: one stored article with its sentences and annotated spans; uploading new articles.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { basename } from 'node:path';
import { MarsadError, isMarsadError } from '../../core/index.js';
import { notFound, sendError, type IngestResult, type ServerContext } from '../context.js';
import { isCalendarDate } from '../filters.js';
import { bearerToken, tokenMatches } from '../security.js';
import { errorResponses } from '../schemas.js';

export interface DocumentSpan {
  kind: 'event' | 'place' | 'region' | 'actor' | 'unresolved_place';
  start: number;
  end: number;
  ref: string | null;
  event_id?: string;
  sub_event_type?: string;
}

const EVENTS_PER_DOCUMENT = 1000;

const spanSchema = {
  type: 'object',
  properties: {
    kind: { type: 'string' },
    start: { type: 'integer' },
    end: { type: 'integer' },
    ref: { type: ['string', 'null'] },
    event_id: { type: 'string' },
    sub_event_type: { type: 'string' },
  },
} as const;

const uploadQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 255 },
    title: { type: 'string', maxLength: 1000 },
    url: { type: 'string', maxLength: 2000 },
    published: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    lang: { type: 'string', pattern: '^[a-z]{2,3}$' },
    outlet: { type: 'string', maxLength: 200 },
  },
} as const;

type UploadQuery = { name?: string; title?: string; url?: string; published?: string; lang?: string; outlet?: string };

/** A file name is a document id: keep only its last path segment and printable characters. */
export function safeFileName(raw: string | undefined): string | null {
  if (!raw) return null;
  let name: string;
  try {
    name = decodeURIComponent(raw);
  } catch {
    name = raw;
  }
  name = basename(name.replace(/\\/g, '/')).replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return name && name !== '.' && name !== '..' ? name.slice(0, 255) : null;
}

export async function documentRoutes(app: FastifyInstance, { ctx }: { ctx: ServerContext }) {
  const { store } = ctx.opts;

  app.get('/api/documents', {
    schema: { response: { 200: { type: 'object', properties: { items: { type: 'array', items: { type: 'object', additionalProperties: true } } } } } },
  }, async () => ({ items: store.listDocuments() }));

  app.get<{ Params: { id: string } }>('/api/documents/:id', {
    schema: {
      params: { type: 'object', properties: { id: { type: 'string', minLength: 1, maxLength: 500 } }, required: ['id'] },
      response: {
        200: {
          type: 'object',
          properties: {
            document: {
              type: 'object',
              properties: {
                doc_id: { type: 'string' },
                title: { type: ['string', 'null'] },
                lang: { type: 'string' },
                published: { type: ['string', 'null'] },
                outlet: { type: ['string', 'null'] },
                url: { type: ['string', 'null'] },
                text: { type: 'string' },
              },
            },
            sentences: { type: 'array', items: { type: 'object', properties: { index: { type: 'integer' }, start: { type: 'integer' }, end: { type: 'integer' } } } },
            spans: { type: 'array', items: spanSchema },
          },
        },
        ...errorResponses,
      },
    },
  }, async (req) => {
    const id = req.params.id;
    let doc;
    try {
      doc = store.getDocument(id);
    } catch (e) {
      if (isMarsadError(e) && e.code === 'MARSAD_ERR_STORE_NOT_FOUND') doc = null;
      else throw e;
    }
    if (!doc) throw notFound(`no document with id "${id}"`);
    const sentences = store.getSentences(id).map((s) => ({ index: s.index, start: s.start, end: s.end }));
    const spans: DocumentSpan[] = store.getMentions(id).map((m) => ({ kind: m.kind, start: m.start, end: m.end, ref: m.ref }));
    const { events } = store.queryEvents({ doc_id: id, limit: EVENTS_PER_DOCUMENT, offset: 0, sort: 'event_date' });
    for (const e of events) {
      for (const s of e.sources) {
        if (s.doc_id !== id) continue;
        spans.push({ kind: 'event', start: s.evidence.start, end: s.evidence.end, ref: e.event_id, event_id: e.event_id, sub_event_type: e.sub_event_type });
      }
    }
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    return {
      document: { doc_id: doc.doc_id, title: doc.title, lang: doc.lang, published: doc.published, outlet: doc.outlet, url: doc.url, text: doc.text },
      sentences,
      spans,
    };
  });

  // Uploads: raw bytes of any format the CLI reads. Its own content-type parser so JSON or
  // HTML bodies arrive untouched, and the auth check runs before the body is read.
  await app.register(async (upload) => {
    upload.removeAllContentTypeParsers();
    upload.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: ctx.opts.bodyLimit }, (_req, body, done) => done(null, body));

    const authorize = async (req: FastifyRequest, reply: FastifyReply) => {
      const token = ctx.opts.token;
      if (!token || !ctx.opts.ingest) {
        return sendError(reply, 'MARSAD_ERR_API_READ_ONLY', 'the server is read-only: start it with MARSAD_TOKEN set to accept documents');
      }
      const given = bearerToken(req.headers.authorization);
      if (!given || !tokenMatches(given, token)) {
        reply.header('www-authenticate', 'Bearer realm="marsad"');
        return sendError(reply, 'MARSAD_ERR_API_UNAUTHORIZED', 'a valid "Authorization: Bearer <MARSAD_TOKEN>" header is required');
      }
    };

    upload.post<{ Querystring: UploadQuery; Body: Buffer }>('/api/documents', {
      onRequest: authorize,
      bodyLimit: ctx.opts.bodyLimit,
      schema: {
        querystring: uploadQuery,
        response: {
          '2xx': { type: 'object', properties: { docs: { type: 'array', items: { type: 'object', properties: { doc_id: { type: 'string' }, status: { type: 'string' } } } }, errors: { type: 'array', items: { type: 'object', properties: { file: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } } } } } },
          422: { type: 'object', properties: { docs: { type: 'array' }, errors: { type: 'array', items: { type: 'object', additionalProperties: true } } } },
        },
      },
    }, async (req, reply) => {
      const q = req.query;
      const header = req.headers['x-filename'];
      const name = safeFileName(q.name ?? (typeof header === 'string' ? header : undefined));
      if (!name) throw new MarsadError('MARSAD_ERR_API_VALIDATION', 'give the file name (it decides the format) as ?name=article.html or an X-Filename header');
      if (q.published && !isCalendarDate(q.published)) throw new MarsadError('MARSAD_ERR_API_VALIDATION', `published must be a real date as YYYY-MM-DD, got "${q.published}"`);
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (body.length === 0) throw new MarsadError('MARSAD_ERR_API_VALIDATION', 'the request body is empty: send the raw bytes of the article');
      const meta: Record<string, string> = {};
      for (const k of ['title', 'url', 'published', 'lang', 'outlet'] as const) if (q[k]) meta[k] = q[k]!;
      let result: IngestResult;
      try {
        result = await ctx.opts.ingest!(body, name, meta);
      } catch (e) {
        if (!isMarsadError(e)) throw e;
        result = { docs: [], errors: [{ file: e.file ?? name, code: e.code, message: e.message }] };
      }
      const allFailed = result.docs.length === 0 && result.errors.length > 0;
      req.log.info({ name, docs: result.docs.length, errors: result.errors.length }, 'ingested upload');
      return reply.code(allFailed ? 422 : 201).send(result);
    });
  });
}
