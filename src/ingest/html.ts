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
  const document = parseDocument(html);
  if (!document) return { title: null, text: cleanText(stripTags(html)), published: null };
  // Metadata first: Readability mutates the document.
  const title = findTitle(document);
  const published = findPublished(document);
  let text = '';
  try {
    const article = new Readability<DomNode>(document as never, { serializer: (el: unknown) => el as DomNode }).parse();
    if (article?.content) text = blockText(article.content, false);
    // Readability files `<p class="dateline">HAMA, 5 December 2024</p>` under byline; the
    // place and date belong to the text (the extractor reads the place, we read the date).
    const byline = article?.byline ? cleanText(article.byline.replace(/\s+/g, ' ')) : '';
    if (text && byline && findDateline(byline) && !text.includes(byline)) text = `${byline}\n\n${text}`;
  } catch {
    text = '';
  }
  let bodyText: string | null = null;
  const pageText = (): string => {
    if (bodyText === null) {
      const fresh = parseDocument(html);
      const root = fresh?.body ?? fresh?.documentElement ?? null;
      bodyText = root ? blockText(root, true) : '';
    }
    return bodyText;
  };
  if (!text) text = pageText();
  const dateline = published ? null : findDateline(text) ?? findDateline(pageText());
  return { title, text, published, dateline };
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

/** DOM → text with block elements on their own lines; text nodes only. */
function blockText(root: DomNode, dropChrome: boolean): string {
  const out: string[] = [];
  const walk = (node: DomNode, pre: boolean): void => {
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      out.push(pre ? v : v.replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name) || (dropChrome && CHROME.has(name))) return;
    if (name === 'BR') {
      out.push('\n');
      return;
    }
    const block = BLOCK.has(name);
    if (block) out.push('\n\n');
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i], pre || name === 'PRE');
    if (block) out.push('\n\n');
    else if (CELL.has(name)) out.push('\t');
  };
  walk(root, false);
  const text = out.join('').replace(/[ \t]*\n[ \t]*/g, '\n').replace(/[ \u00A0]{2,}/g, ' ');
  return cleanText(text);
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

/** Last resort when the DOM cannot be built at all. */
function stripTags(html: string): string {
  return html
    .replace(/<(script|style|noscript|template|iframe)\b[\s\S]*?(<\/\1\s*>|$)/gi, ' ')
    .replace(/<[^>]*>?/g, ' ')
    .replace(/&nbsp;/g, ' ');
}
