// Files, directories and stdin → RawDocuments. Edges are strict (coded errors naming the file
// and line), but nothing here throws for bad input: every problem comes back in `errors`.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import type { RawDocument } from '../core/index.js';
import { MarsadError, isMarsadError } from '../core/index.js';
import { cleanText } from './clean.js';
import { findDateline, normalizeDate } from './dateline.js';
import { decodeBytes } from './decode.js';
import { extractArticle } from './html.js';
import { detectLanguage, normalizeLangTag } from './lang.js';

export interface IngestOptions {
  /** Files bigger than this are refused before they are read. Default 20 MiB. */
  maxBytes?: number;
  /** Where '-' reads from (default process.stdin); lets tests inject a stream. */
  stdin?: AsyncIterable<Buffer | string>;
}
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export type DocumentMeta = Partial<Pick<RawDocument, 'url' | 'title' | 'outlet' | 'published' | 'lang'>>;
type Format = RawDocument['format'];

const FORMATS: Record<string, Format> = {
  '.txt': 'txt', '.text': 'txt', '.md': 'md', '.markdown': 'md',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};
const SIDECAR = '.meta.json';
const SKIP_DIRS = new Set(['node_modules']);
/** Project files that sit beside articles in a corpus folder but are not articles. */
const NOT_ARTICLES = /^(readme|license|licence|changelog|contributing|notice)(\.[a-z]+)?$/i;

function isSidecar(path: string): boolean {
  return path.toLowerCase().endsWith(SIDECAR);
}

function formatOf(path: string): Format | null {
  return FORMATS[extname(path).toLowerCase()] ?? null;
}

// ---------------------------------------------------------------- expandInputs

/** Files and directories (recursively) → document files, sorted and de-duplicated; '-' stays '-'.
 *  A directory walk takes only files with a known article extension and silently skips
 *  everything else (images, sidecars, README/LICENSE/CHANGELOG files, hidden files and
 *  folders, node_modules). A file named
 *  explicitly is kept whatever its extension, so an unsupported one is reported, not ignored. */
export async function expandInputs(paths: string[]): Promise<{ files: string[]; errors: MarsadError[] }> {
  const files = new Set<string>();
  const errors: MarsadError[] = [];
  let stdin = false;
  for (const p of paths) {
    if (p === '-') {
      stdin = true;
      continue;
    }
    let info;
    try {
      info = await stat(p);
    } catch (cause) {
      errors.push(new MarsadError('MARSAD_ERR_INGEST_NOT_FOUND', 'no such file or directory', { file: p, cause }));
      continue;
    }
    if (info.isDirectory()) await walk(resolve(p), files, errors);
    else if (!isSidecar(p)) files.add(resolve(p));
  }
  const sorted = [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { files: stdin ? ['-', ...sorted] : sorted, errors };
}

async function walk(dir: string, files: Set<string>, errors: MarsadError[], seen = new Set<string>()): Promise<void> {
  // Symlinked folders are followed once each (by real path), so a link loop ends.
  let real: string;
  let entries;
  try {
    real = await realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (cause) {
    errors.push(new MarsadError('MARSAD_ERR_INGEST_NOT_FOUND', 'directory cannot be read', { file: dir, cause }));
    return;
  }
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      const target = await stat(full).catch(() => null);
      isDir = target?.isDirectory() ?? false;
      isFile = target?.isFile() ?? false;
    }
    if (isDir) {
      if (!SKIP_DIRS.has(e.name)) await walk(full, files, errors, seen);
    } else if (isFile && isArticleName(e.name)) {
      files.add(full);
    }
  }
}

function isArticleName(name: string): boolean {
  return !isSidecar(name) && formatOf(name) !== null && !NOT_ARTICLES.test(name);
}

// ---------------------------------------------------------------- loadDocuments

/** One file (or '-' for stdin) → 0..n documents. Never throws for bad input. */
export async function loadDocuments(path: string, opts: IngestOptions = {}): Promise<{ docs: RawDocument[]; errors: MarsadError[] }> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (path === '-') {
    try {
      const bytes = await readStream(opts.stdin ?? process.stdin, maxBytes);
      return parseAs(bytes, '-', null, {}, maxBytes);
    } catch (e) {
      return { docs: [], errors: [asError(e, '-')] };
    }
  }
  if (isSidecar(path)) {
    return { docs: [], errors: [new MarsadError('MARSAD_ERR_INGEST_FORMAT', `a ${SIDECAR} file is a sidecar of another document, not a document`, { file: path })] };
  }
  const ext = extname(path);
  const format = formatOf(path);
  if (ext && !format) {
    return { docs: [], errors: [new MarsadError('MARSAD_ERR_INGEST_FORMAT', `unsupported file type '${ext}' (expected .txt, .md, .html, .htm, .json or .jsonl)`, { file: path })] };
  }
  try {
    // Synchronous reads: a local article is read in microseconds, while each awaited fs call
    // (stat, open, fstat, read, close, the sidecar's open) waits a thread-pool round trip —
    // together they were a third of ingest time on a corpus of small files.
    const info = statSync(path);
    if (!info.isFile()) throw new MarsadError('MARSAD_ERR_INGEST_FORMAT', 'not a regular file', { file: path });
    if (info.size > maxBytes) {
      throw new MarsadError('MARSAD_ERR_INGEST_TOO_LARGE', `file is ${info.size} bytes, larger than the limit of ${maxBytes} bytes`, { file: path });
    }
    const bytes = readFileSync(path);
    const { meta, errors: metaErrors } = readSidecar(path);
    const out = parseAs(bytes, path, format, meta, maxBytes);
    return { docs: out.docs, errors: [...metaErrors, ...out.errors] };
  } catch (e) {
    if (!isMarsadError(e) && (e as NodeJS.ErrnoException)?.code === 'ENOENT') {
      return { docs: [], errors: [new MarsadError('MARSAD_ERR_INGEST_NOT_FOUND', 'no such file', { file: path, cause: e })] };
    }
    return { docs: [], errors: [asError(e, path)] };
  }
}

async function readStream(stream: AsyncIterable<Buffer | string>, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += b.length;
    if (size > maxBytes) {
      throw new MarsadError('MARSAD_ERR_INGEST_TOO_LARGE', `input is larger than the limit of ${maxBytes} bytes`, { file: '-' });
    }
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

/** `NAME.meta.json` beside `NAME.txt` (or .html, …). A broken sidecar is reported and ignored. */
function readSidecar(path: string): { meta: DocumentMeta; errors: MarsadError[] } {
  const ext = extname(path);
  const sidecar = (ext ? path.slice(0, -ext.length) : path) + SIDECAR;
  let raw: string;
  try {
    // throwIfNoEntry: a missing sidecar (the usual case) costs no exception
    if (!statSync(sidecar, { throwIfNoEntry: false })?.isFile()) return { meta: {}, errors: [] };
    raw = readFileSync(sidecar, 'utf8');
  } catch {
    return { meta: {}, errors: [] };
  }
  try {
    const value: unknown = JSON.parse(raw.replace(/^\uFEFF/, ''));
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      throw new Error('a sidecar must be one JSON object');
    }
    return { meta: pickMeta(value as Record<string, unknown>), errors: [] };
  } catch (cause) {
    return { meta: {}, errors: [new MarsadError('MARSAD_ERR_INGEST_JSON', `invalid sidecar, ignored: ${(cause as Error).message}`, { file: sidecar, cause })] };
  }
}

function str(v: unknown): string | null {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

function pickMeta(o: Record<string, unknown>): DocumentMeta {
  const meta: DocumentMeta = {};
  const url = str(o.url) ?? str(o.link);
  const title = str(o.title);
  const outlet = str(o.outlet) ?? str(o.source) ?? str(o.site);
  const published = str(o.published) ?? str(o.date) ?? str(o.datePublished) ?? str(o.published_at);
  const lang = str(o.lang) ?? str(o.language);
  if (url) meta.url = url;
  if (title) meta.title = title;
  if (outlet) meta.outlet = outlet;
  if (published) meta.published = published;
  if (lang) meta.lang = lang;
  return meta;
}

function asError(e: unknown, file: string): MarsadError {
  if (isMarsadError(e)) return e.file ? e : new MarsadError(e.code, e.message, { file, cause: e });
  return new MarsadError('MARSAD_ERR_INGEST_DECODE', `cannot read: ${(e as Error)?.message ?? String(e)}`, { file, cause: e });
}

// ---------------------------------------------------------------- bytes → documents

/** Bytes already in memory → documents; `name` gives the format by extension, else it is
 *  sniffed (JSON if it parses, HTML if it has tags, else text). */
export function parseDocumentBytes(
  bytes: Buffer,
  name: string,
  opts: IngestOptions & { meta?: DocumentMeta } = {},
): { docs: RawDocument[]; errors: MarsadError[] } {
  return parseAs(bytes, name, formatOf(name), opts.meta ?? {}, opts.maxBytes ?? DEFAULT_MAX_BYTES);
}

function parseAs(bytes: Buffer, file: string, format: Format | null, meta: DocumentMeta, maxBytes: number): { docs: RawDocument[]; errors: MarsadError[] } {
  try {
    if (bytes.length > maxBytes) {
      throw new MarsadError('MARSAD_ERR_INGEST_TOO_LARGE', `input is ${bytes.length} bytes, larger than the limit of ${maxBytes} bytes`);
    }
    if (bytes.length === 0) throw new MarsadError('MARSAD_ERR_INGEST_EMPTY', 'the file is empty (0 bytes)');
    const { text: decoded, encoding } = decodeBytes(bytes, undefined);
    if (decoded.trim() === '') throw new MarsadError('MARSAD_ERR_INGEST_EMPTY', 'the file contains only whitespace');
    const fmt = format ?? sniffFormat(decoded);
    const ctx: Ctx = { file, name: file === '-' ? null : basename(file) || null, encoding, format: fmt, meta };
    if (fmt === 'json') return parseJson(decoded, ctx);
    if (fmt === 'jsonl') return parseJsonl(decoded, ctx);
    const doc = fmt === 'html' ? htmlDocument(decoded, ctx) : textDocument(decoded, ctx);
    return { docs: [doc], errors: [] };
  } catch (e) {
    return { docs: [], errors: [asError(e, file)] };
  }
}

function sniffFormat(text: string): Format {
  const t = text.trimStart();
  if (t.startsWith('{') || t.startsWith('[')) {
    try {
      JSON.parse(t);
      return 'json';
    } catch {
      // several objects, one per line?
      const first = t.split('\n', 1)[0];
      try {
        JSON.parse(first);
        return 'jsonl';
      } catch {
        /* not JSON */
      }
    }
  }
  return /<\/?(?:html|body|p|div|article|h[1-6]|br|span|head|title|meta)[\s/>]/i.test(t.slice(0, 20000)) ? 'html' : 'txt';
}

interface Ctx {
  file: string;
  /** Base name for doc ids; null for stdin (and nameless uploads): ids become stdin-<hash>. */
  name: string | null;
  encoding: string;
  format: Format;
  meta: DocumentMeta;
}

interface Fields extends DocumentMeta {
  id?: string | null;
}

function textDocument(raw: string, ctx: Ctx): RawDocument {
  const text = cleanText(raw);
  if (!text) throw new MarsadError('MARSAD_ERR_INGEST_EMPTY', 'the file contains no text');
  const title = ctx.format === 'md' ? markdownTitle(text) : null;
  return build(text, { title }, ctx.meta, ctx, null);
}

function htmlDocument(raw: string, ctx: Ctx): RawDocument {
  const article = extractArticle(raw);
  if (!article.text) throw new MarsadError('MARSAD_ERR_INGEST_NO_TEXT', 'no article text found in the HTML');
  return build(article.text, { title: article.title, published: article.published }, ctx.meta, ctx, null, article.dateline);
}

function markdownTitle(text: string): string | null {
  const m = /^#\s+(.+)$/m.exec(text.slice(0, 2000));
  return m ? m[1].trim() : null;
}

/** Metadata precedence: explicit fields (caller/sidecar, or the JSON item) over what the
 *  content itself says (HTML meta tags, a dateline, detected language). */
function build(text: string, fromContent: DocumentMeta, given: DocumentMeta, ctx: Ctx, id: string | null, pageDateline?: string | null): RawDocument {
  const givenDate = normalizeDate(given.published);
  const contentDate = normalizeDate(fromContent.published);
  let published: string | null = givenDate ?? contentDate;
  let basis: RawDocument['published_basis'] = published ? 'metadata' : null;
  if (!published) {
    published = findDateline(text) ?? pageDateline ?? null;
    basis = published ? 'dateline' : null;
  }
  const lang = normalizeLangTag(given.lang) ?? normalizeLangTag(fromContent.lang) ?? detectLanguage(text);
  const partial: Omit<RawDocument, 'hash'> = {
    doc_id: '',
    text,
    title: given.title ?? fromContent.title ?? null,
    url: given.url ?? fromContent.url ?? null,
    outlet: given.outlet ?? fromContent.outlet ?? null,
    published,
    published_basis: basis,
    lang: lang.lang,
    lang_supported: lang.supported,
    source_path: ctx.file,
    encoding: ctx.encoding,
    format: ctx.format,
  };
  const hash = contentHash(partial);
  partial.doc_id = id ?? ctx.name ?? `stdin-${hash.slice(0, 12)}`;
  return { ...partial, hash };
}

// ---------------------------------------------------------------- JSON and JSON Lines

function parseJson(raw: string, ctx: Ctx): { docs: RawDocument[]; errors: MarsadError[] } {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (cause) {
    throw new MarsadError('MARSAD_ERR_INGEST_JSON', `invalid JSON: ${jsonPosition(cause, raw)}`, { cause });
  }
  const docs: RawDocument[] = [];
  const errors: MarsadError[] = [];
  const wrapped = value && typeof value === 'object' && !Array.isArray(value) ? articleList(value as Record<string, unknown>) : null;
  const items = Array.isArray(value) ? value : wrapped ?? [value];
  const many = Array.isArray(value) || wrapped !== null;
  if (items.length === 0) throw new MarsadError('MARSAD_ERR_INGEST_EMPTY', 'the JSON holds no articles');
  items.forEach((item, i) => {
    const where = many ? `item ${i + 1}` : null;
    const fallbackId = ctx.name ? (many ? `${ctx.name}#${i + 1}` : ctx.name) : null;
    try {
      docs.push(jsonArticle(item, ctx, fallbackId, where));
    } catch (e) {
      errors.push(asError(e, where ? `${ctx.file} (${where})` : ctx.file));
    }
  });
  return { docs, errors };
}

/** `{"articles": [...]}`-style wrappers from scrapers. */
function articleList(o: Record<string, unknown>): unknown[] | null {
  if (typeof o.text === 'string' || typeof o.html === 'string') return null;
  for (const key of ['articles', 'documents', 'items', 'docs']) {
    if (Array.isArray(o[key])) return o[key] as unknown[];
  }
  return null;
}

function parseJsonl(raw: string, ctx: Ctx): { docs: RawDocument[]; errors: MarsadError[] } {
  const docs: RawDocument[] = [];
  const errors: MarsadError[] = [];
  const lines = raw.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const where = `line ${i + 1}`;
    try {
      let item: unknown;
      try {
        item = JSON.parse(line);
      } catch (cause) {
        throw new MarsadError('MARSAD_ERR_INGEST_JSON', `invalid JSON on ${where}: ${jsonPosition(cause, line, true)}`, { cause });
      }
      docs.push(jsonArticle(item, ctx, ctx.name ? `${ctx.name}#${i + 1}` : null, where));
    } catch (e) {
      errors.push(asError(e, `${ctx.file}:${i + 1}`));
    }
  }
  if (docs.length === 0 && errors.length === 0) throw new MarsadError('MARSAD_ERR_INGEST_EMPTY', 'the file has no JSON lines');
  return { docs, errors };
}

function jsonArticle(item: unknown, ctx: Ctx, fallbackId: string | null, where: string | null): RawDocument {
  const at = where ? ` (${where})` : '';
  if (!item || typeof item !== 'object' || Array.isArray(item)) {
    throw new MarsadError('MARSAD_ERR_INGEST_NO_TEXT', `an article must be a JSON object${at}`);
  }
  const o = item as Record<string, unknown>;
  const fields: Fields = { ...ctx.meta, ...pickMeta(o) };
  const id = str(o.id) ?? str(o.doc_id);
  let text = typeof o.text === 'string' ? cleanText(o.text) : '';
  let fromContent: DocumentMeta = {};
  let pageDateline: string | null | undefined;
  if (!text && typeof o.html === 'string') {
    const article = extractArticle(o.html);
    text = article.text;
    fromContent = { title: article.title, published: article.published };
    pageDateline = article.dateline;
  }
  if (!text) throw new MarsadError('MARSAD_ERR_INGEST_NO_TEXT', `the article has neither "text" nor "html" with text${at}`);
  return build(text, fromContent, fields, ctx, id ?? fallbackId, pageDateline);
}

/** Where JSON.parse failed, as "line L, column C" (1-based). V8 says "at position N" for most
 *  errors but only quotes ~10 characters either side for an unexpected token. */
function jsonPosition(cause: unknown, raw: string, oneLine = false): string {
  const msg = (cause as Error)?.message ?? 'invalid JSON';
  const pos = errorOffset(msg, raw);
  if (pos === null) return msg;
  const before = raw.slice(0, pos);
  const line = before.split('\n').length;
  const col = pos - before.lastIndexOf('\n');
  return oneLine ? `${msg} (column ${col})` : `${msg} (line ${line}, column ${col})`;
}

const V8_CONTEXT_AFTER = 10;

function errorOffset(msg: string, raw: string): number | null {
  const at = /position (\d+)/.exec(msg);
  if (at) return Number(at[1]);
  if (/Unexpected end of JSON input/.test(msg)) return raw.length;
  const token = /^Unexpected token '(.+?)', (\.\.\.)?"([\s\S]*?)"(\.\.\.)? is not valid JSON/.exec(msg);
  if (!token) return null;
  const [, ch, , context, more] = token;
  const start = raw.indexOf(context);
  if (start < 0) return null;
  if (more) return start + context.length - V8_CONTEXT_AFTER;
  const i = context.indexOf(ch);
  return i < 0 ? null : start + i;
}

// ---------------------------------------------------------------- hashing

/** sha256 over the content and the metadata that matter, so any change is detected and the
 *  same content hashes the same. JSON array encoding keeps field boundaries unambiguous. */
export function contentHash(doc: Omit<RawDocument, 'hash'>): string {
  return createHash('sha256')
    .update(JSON.stringify([doc.text, doc.title, doc.url, doc.outlet, doc.published, doc.lang]))
    .digest('hex');
}
