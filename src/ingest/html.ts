// HTML → the article's plain text and metadata. Readability (over a linkedom document) finds
// the main content; we then walk the DOM ourselves so block elements become line breaks and
// only text nodes are ever emitted — no markup, script or attribute can reach the output.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { cleanText } from './clean.js';
import { findDateline, normalizeDate } from './dateline.js';

/** The few DOM members we use (tsconfig has no DOM lib; linkedom provides them at runtime). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
  getAttribute?(name: string): string | null;
}
interface DomDocument extends DomNode {
  body: DomNode | null;
  documentElement: DomNode | null;
  querySelector(sel: string): DomNode | null;
  querySelectorAll(sel: string): ArrayLike<DomNode>;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'CANVAS', 'OBJECT', 'EMBED', 'HEAD', 'TITLE', 'META', 'LINK', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'FORM']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'CAPTION', 'DETAILS', 'SUMMARY',
]);
/** Page chrome dropped from the body fallback (Readability already drops it). */
const CHROME = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE']);
const CELL = new Set(['TD', 'TH']);

export interface ExtractedArticle {
  title: string | null;
  text: string;
  /** From the page's metadata (meta tags, JSON-LD, <time datetime>). */
  published: string | null;
  /** A dateline found in the page text (article first, then the page body) when the
   *  metadata has no date: Readability often drops `post-meta` lines that carry it. */
  dateline?: string | null;
}

/** Never throws: garbage or truncated HTML gives whatever text is there (possibly ''). */
export function extractArticle(html: string): ExtractedArticle {
  if (typeof html !== 'string' || html.trim() === '') return { title: null, text: '', published: null };
  try {
    return extractFromDom(html);
  } catch {
    // Pathological markup (e.g. nesting deeper than the stack): plain tag stripping.
    return { title: null, text: cleanText(stripTags(html)), published: null };
  }
}

function extractFromDom(html: string): ExtractedArticle {
  const document = tooDeep(html) ? null : parseDocument(html);
  if (!document) return { title: null, text: cleanText(stripTags(html)), published: null };
  // Metadata and the page head first: Readability mutates the document.
  const title = findTitle(document);
  const published = findPublished(document);
  const root = document.body ?? document.documentElement;
  const pageHead = published || !root ? '' : blockText(root, true, PAGE_HEAD_CHARS);
  let text = readabilityText(document);
  if (!text) {
    const fresh = parseDocument(html);
    const body = fresh?.body ?? fresh?.documentElement ?? null;
    text = body ? blockText(body, true) : '';
  }
  const dateline = published ? null : findDateline(text) ?? findDateline(pageHead);
  return { title, text, published, dateline };
}

/** Enough of the page to hold a dateline above the article (findDateline reads ~800 chars). */
const PAGE_HEAD_CHARS = 3000;
/** Deeper markup is hostile: linkedom's parse and Readability are super-linear in depth. */
const MAX_PARSE_DEPTH = 1000;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*?(\/?)>/g;
/** Void and auto-closing elements do not nest (an unclosed <p> or <li> is normal HTML). */
const NON_NESTING = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'p', 'li', 'td', 'th', 'tr', 'dt', 'dd', 'option']);

/** One linear pass over the tags estimating nesting depth, before any DOM is built. */
function tooDeep(html: string): boolean {
  let depth = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (m[3] || NON_NESTING.has(m[2].toLowerCase())) continue;
    depth += m[1] ? -1 : 1;
    if (depth < 0) depth = 0;
    if (depth > MAX_PARSE_DEPTH) return true;
  }
  return false;
}

const MAX_READABILITY_DEPTH = 120;

/** The main text as Readability sees it, or '' when it finds nothing (or must not run). */
function readabilityText(document: DomDocument): string {
  // Readability's scoring is super-linear in nesting depth (2,000 nested divs take a minute);
  // real pages nest < 60 deep, so a deeper one is hostile or broken: the caller uses the body.
  if (maxDepth(document, MAX_READABILITY_DEPTH) > MAX_READABILITY_DEPTH) return '';
  try {
    const article = new Readability<DomNode>(document as never, { serializer: (el: unknown) => el as DomNode }).parse();
    if (!article?.content) return '';
    const text = blockText(article.content, false);
    // Readability files `<p class="dateline">HAMA, 5 December 2024</p>` under byline; the
    // place and date belong to the text (the extractor reads the place, we read the date).
    const byline = article.byline ? cleanText(article.byline.replace(/\s+/g, ' ')) : '';
    return text && byline && findDateline(byline) && !text.includes(byline) ? `${byline}\n\n${text}` : text;
  } catch {
    return '';
  }
}

/** Depth of the element tree, counting stops once it passes `limit` (iterative: no stack). */
function maxDepth(root: DomNode, limit: number): number {
  const stack: [DomNode, number][] = [[root, 0]];
  let max = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > max) max = depth;
    if (max > limit) return max;
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) if (kids[i].nodeType === 1) stack.push([kids[i], depth + 1]);
  }
  return max;
}

function parseDocument(html: string): DomDocument | null {
  try {
    // linkedom needs a full document to give a body; wrap fragments.
    const full = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
    return parseHTML(full).document as unknown as DomDocument;
  } catch {
    return null;
  }
}

/** DOM → text with block elements on their own lines; text nodes only. Stops after about
 *  `limit` characters (used to read just the head of a page). */
function blockText(root: DomNode, dropChrome: boolean, limit = Infinity): string {
  const out: string[] = [];
  let size = 0;
  const emit = (s: string): void => {
    out.push(s);
    size += s.length;
  };
  const walk = (node: DomNode, pre: boolean): void => {
    if (size >= limit) return;
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      emit(pre ? v : v.replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name) || (dropChrome && CHROME.has(name))) return;
    if (name === 'BR') {
      emit('\n');
      return;
    }
    const block = BLOCK.has(name);
    if (block) emit('\n\n');
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i], pre || name === 'PRE');
    if (block) emit('\n\n');
    else if (CELL.has(name)) emit('\t');
  };
  walk(root, false);
  // Per-line trim rather than /[ \t]*\n[ \t]*/g, which is quadratic on long space runs.
  const lines = out.join('').split('\n');
  for (let i = 0; i < lines.length; i++) lines[i] = lines[i].trim().replace(/[ \u00A0]{2,}/g, ' ');
  return cleanText(lines.join('\n'));
}

function attr(doc: DomDocument, selector: string, name: string): string | null {
  const v = doc.querySelector(selector)?.getAttribute?.(name);
  return v && v.trim() ? v.trim() : null;
}

function findTitle(doc: DomDocument): string | null {
  const og = attr(doc, 'meta[property="og:title"]', 'content') ?? attr(doc, 'meta[name="twitter:title"]', 'content');
  const tab = squash(doc.querySelector('title')?.textContent);
  const h1 = squash(doc.querySelector('h1')?.textContent);
  // `<title>Headline - Site name</title>`: the <h1> is the headline without the site name.
  const t = og ?? (tab && h1 && tab !== h1 && tab.includes(h1) ? h1 : tab || h1);
  const clean = t ? cleanText(squash(t)) : '';
  return clean || null;
}

function squash(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dc.date"]',
];

function findPublished(doc: DomDocument): string | null {
  for (const sel of DATE_META) {
    const d = normalizeDate(attr(doc, sel, 'content'));
    if (d) return d;
  }
  const ld = jsonLdPublished(doc);
  if (ld) return ld;
  const time = doc.querySelector('time[datetime]');
  return normalizeDate(time?.getAttribute?.('datetime') ?? null);
}

function jsonLdPublished(doc: DomDocument): string | null {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      const found = findKey(JSON.parse(scripts[i].textContent ?? ''), 'datePublished', 0);
      const d = normalizeDate(found);
      if (d) return d;
    } catch {
      // malformed JSON-LD is common; ignore it
    }
  }
  return null;
}

function findKey(value: unknown, key: string, depth: number): unknown {
  if (depth > 6 || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const v of value) {
      const f = findKey(v, key, depth + 1);
      if (f !== undefined) return f;
    }
    return undefined;
  }
  const obj = value as Record<string, unknown>;
  if (key in obj) return obj[key];
  for (const v of Object.values(obj)) {
    const f = findKey(v, key, depth + 1);
    if (f !== undefined) return f;
  }
  return undefined;
}

/** Last resort when the DOM cannot (or must not) be built. Linear: no regex that can rescan
 *  the rest of the input from every `<`. */
function stripTags(html: string): string {
  const lower = html.toLowerCase();
  const parts: string[] = [];
  const opener = /<(script|style|noscript|template|iframe)\b/g;
  let from = 0;
  for (let m = opener.exec(lower); m; m = opener.exec(lower)) {
    parts.push(html.slice(from, m.index));
    const close = lower.indexOf(`</${m[1]}`, m.index);
    if (close < 0) {
      from = html.length;
      break;
    }
    const end = lower.indexOf('>', close);
    from = end < 0 ? html.length : end + 1;
    opener.lastIndex = from;
  }
  parts.push(html.slice(from));
  return parts.join(' ').replace(/<[^<>]*>?/g, ' ').replace(/&nbsp;/g, ' ');
}
