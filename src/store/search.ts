// Full-text search helpers: what goes into the FTS5 index for a sentence, and how a user's
// query becomes a safe FTS5 MATCH expression. Both sides use the same normalization
// (normalizeKey: alef/ta-marbuta/alef-maqsura/hamza folding, diacritics, digits, case), so
// `حماه` finds `حماة` and `Hama` finds `HAMA`.
import { MarsadError } from '../core/index.js';
import { normalizeKey } from '../text/index.js';

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

// First letters a proclitic can start with: و ف ب ك ل and the ا of ال.
const CLITIC_START = new Set([0x0648, 0x0641, 0x0628, 0x0643, 0x0644, 0x0627]);

/** Arabic writes the conjunctions و/ف, the prepositions ب/ك/ل and the article ال glued to
 *  the next word (وبالقصف = و + ب + ال + قصف). These are the stripped forms a glued word
 *  stands for, so a search for `حماه` or `قصف` finds `بحماة` and `بالقصف`. A wrong strip
 *  (بلدة → لده) only makes a word findable by one more query; it never hides the word
 *  itself. Input is in key form. */
export function procliticVariants(word: string): string[] {
  const out: string[] = [];
  if (word.length < 4 || !CLITIC_START.has(word.charCodeAt(0))) return out;
  let w = word;
  const push = (s: string) => {
    if (s.length >= 3 && s !== word && !out.includes(s)) out.push(s);
  };
  if ((w[0] === 'و' || w[0] === 'ف') && w.length >= 4) {
    w = w.slice(1);
    push(w);
  }
  if (w.startsWith('لل') && w.length >= 5) {
    // لل = ل + ال (للقوات = ل + القوات)
    push('ال' + w.slice(2));
    push(w.slice(2));
    return out;
  }
  if ((w[0] === 'ب' || w[0] === 'ك' || w[0] === 'ل') && w.length >= 4) {
    w = w.slice(1);
    push(w);
  }
  if (w.startsWith('ال') && w.length >= 5) push(w.slice(2));
  return out;
}

/** Per UTF-16 code unit: 1 when it is part of a word as queries see words (WORD: letters,
 *  numbers, marks). Surrogates count as word characters (astral letters stay whole). */
const WORD_CHAR: Uint8Array = (() => {
  const t = new Uint8Array(0x10000);
  const re = /[\p{L}\p{N}\p{M}]/u;
  for (let c = 0; c < 0x10000; c++) {
    if ((c >= 0xd800 && c <= 0xdfff) || re.test(String.fromCharCode(c))) t[c] = 1;
  }
  return t;
})();

/** The text indexed for one sentence: the words of its key form (what toFtsQuery makes of a
 *  query, so FTS5's plain `ascii` tokenizer splits both sides alike). Glued proclitics are
 *  handled on the query side (gluedForms): indexing every stripped variant too made the index
 *  half as big again and was nearly half the cost of storing a document. One char-code scan;
 *  a Unicode-property regex here was the hot spot. */
export function ftsBody(text: string): string {
  const key = normalizeKey(text);
  let body = '';
  const n = key.length;
  let i = 0;
  while (i < n) {
    if (!WORD_CHAR[key.charCodeAt(i)]) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && WORD_CHAR[key.charCodeAt(j)]) j++;
    const word = key.slice(i, j);
    body = body ? body + ' ' + word : word;
    i = j;
  }
  return body;
}

const CONJUNCTIONS = ['', 'و', 'ف'];
const PREPOSITIONS = ['', 'ب', 'ك', 'ل'];
const ARABIC_WORD = /^[\u0621-\u064a]{3,}$/;

/** The glued words a search word stands for: every W with `word` among procliticVariants(W)
 *  (و/ف, then ب/ك/ل, then ال before it; لل for ل + ال). Generated and then checked against
 *  procliticVariants, so a query finds exactly the glued forms the variants describe. */
export function gluedForms(word: string): string[] {
  if (!ARABIC_WORD.test(word)) return [];
  const candidates: string[] = [];
  for (const c of CONJUNCTIONS) {
    for (const b of PREPOSITIONS) {
      candidates.push(c + b + word, c + b + 'ال' + word);
    }
    candidates.push(c + 'لل' + word);
    if (word.startsWith('ال')) candidates.push(c + 'لل' + word.slice(2));
  }
  const out: string[] = [];
  for (const w of candidates) if (w !== word && !out.includes(w) && procliticVariants(w).includes(word)) out.push(w);
  return out;
}

const MAX_TERMS = 32;
const QUERY_PART = /"([^"]*)"?|(\S+)/g;

/** Turn free user input into an FTS5 MATCH expression that cannot be a syntax error.
 *  Understood: words (all must match), "quoted phrases", `OR` between terms, `NOT` before a
 *  term (needs a term before it), a trailing `*` for a prefix. Everything else is text.
 *  Throws MARSAD_ERR_API_VALIDATION when nothing searchable is left. */
export function toFtsQuery(q: string): string {
  const items: string[] = [];
  let pendingOp: 'OR' | 'NOT' | null = null;
  let n = 0;
  for (const m of String(q ?? '').matchAll(QUERY_PART)) {
    if (n >= MAX_TERMS) break;
    const quoted = m[1] !== undefined;
    const raw = quoted ? m[1]! : m[2]!;
    if (!quoted && (raw === 'OR' || raw === 'NOT' || raw === 'AND')) {
      if (items.length) pendingOp = raw === 'AND' ? null : raw;
      continue;
    }
    let neg = false;
    let body = raw;
    if (!quoted && body.startsWith('-') && body.length > 1) {
      neg = true;
      body = body.slice(1);
    }
    const prefix = !quoted && body.endsWith('*');
    const words = normalizeKey(body).match(WORD);
    if (!words) continue;
    const star = prefix ? ' *' : '';
    // one Arabic word also finds its glued forms (بريف for ريف); a phrase stays as written
    const glued = words.length === 1 ? gluedForms(words[0]!) : [];
    const phrase = glued.length
      ? `(${[words[0]!, ...glued].map((w) => `"${w}"${star}`).join(' OR ')})`
      : `"${words.join(' ')}"${star}`;
    const op = neg ? 'NOT' : pendingOp;
    pendingOp = null;
    // explicit AND: FTS5 has no implicit AND before a parenthesized group
    if (items.length) items.push(op ?? 'AND');
    else if (neg) continue; // `-x` with nothing before it: FTS5 has no unary NOT
    items.push(phrase);
    n++;
  }
  if (!items.length) {
    throw new MarsadError('MARSAD_ERR_API_VALIDATION', `q: no searchable words in ${JSON.stringify(String(q ?? '').slice(0, 80))}`);
  }
  return items.join(' ');
}
