// Sentence and clause segmentation for Arabic and English news text.
import type { Lang, Sentence } from '../core/index.js';

/** English abbreviations that take a full stop without ending a sentence (lower-cased, no dot). */
const EN_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'nos', 'lt', 'col', 'gen', 'maj', 'brig', 'capt', 'cpt', 'sgt',
  'cmdr', 'adm', 'gov', 'sen', 'rep', 'pres', 'prof', 'rev', 'jr', 'sr', 'vs', 'etc', 'inc', 'co',
  'corp', 'ltd', 'mt', 'ft', 'approx', 'est', 'fig', 'vol', 'pp', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'al',
]);

const WORD_BEFORE_DOT = /([\p{L}.]+)$/u;
const CITATION = /^(?:\s*\[(?:\d{1,4}|[a-z]|citation needed|note \d+)\])+/iu;

/** Arabic clause openers after `،` that start a new event sentence (a new time frame or a
 *  parallel event). Deliberately short: a wrong split detaches a date from its event. */
const AR_NEW_SENTENCE_AFTER_COMMA = /^\s*(?:وفي|و?في حين|فيما|بينما|كما|ثم|وبعد ذلك|وعلى صعيد|من جهة أخرى|من جانب آخر)(?=[\s\u060C])/u;

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9' || (c !== undefined && /[\u0660-\u0669\u06F0-\u06F9]/.test(c));
}
function isLower(c: string | undefined): boolean {
  return c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();
}

/** Is the `.` at `i` a sentence end? */
function dotEnds(text: string, i: number, lang: Lang): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (isDigit(prev) && isDigit(next)) return false; // 1.5, 04.08.2019
  if (next === '.' ) return false; // ellipsis: end at the last dot
  if (lang === 'en' || /[A-Za-z]/.test(prev ?? '')) {
    const m = WORD_BEFORE_DOT.exec(text.slice(Math.max(0, i - 12), i));
    const word = m ? m[1] : '';
    const bare = word.replace(/^\.+/, '');
    if (bare.length > 0) {
      const lower = bare.toLowerCase();
      if (EN_ABBREVIATIONS.has(lower)) {
        // "No. 5", "St. Petersburg": never an end; months only when a number follows.
        return false;
      }
      if (/^\p{Lu}$/u.test(bare) || /^(?:\p{L}\.)+\p{L}$/u.test(bare)) return false; // initials, U.S
    }
    if (isLower(next)) return false; // "e.g. the", lower-case continuation
    if (next !== undefined && /[,;:]/.test(next)) return false;
  }
  return true;
}

/** CLOSERS and the repeated terminators . ! ? ؟ swallowed after a sentence end, by char code. */
function isSwallowedUnit(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x29 || c === 0x5d || c === 0x203a
    || c === 0x200f || c === 0x200e || c === 0x2e || c === 0x21 || c === 0x3f || c === 0x61f;
}

/** JavaScript's \s, by char code. */
function isSpaceUnit(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Per UTF-16 code unit below the surrogates: 1 when \p{L} or \p{N}, 0 when not, 2 until first seen. */
const LN_CLASS = new Uint8Array(0xd800).fill(2);
function isLetterOrDigitUnit(c: number): boolean {
  let v = LN_CLASS[c]!;
  if (v === 2) LN_CLASS[c] = v = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 0;
  return v === 1;
}

/** Boundary ends: after terminators swallow repeated terminators, closers and citation markers. */
function extendEnd(text: string, j: number): number {
  for (;;) {
    while (j < text.length && isSwallowedUnit(text.charCodeAt(j))) j++;
    // a citation marker opens with `[` after optional spaces: only then is the pattern tried
    let k = j;
    while (k < text.length && k < j + 80 && isSpaceUnit(text.charCodeAt(k))) k++;
    if (text.charCodeAt(k) !== 0x5b || k >= j + 80) return j;
    const m = CITATION.exec(text.slice(j, j + 80));
    if (m && m[0].length > 0) {
      j += m[0].length;
      continue;
    }
    return j;
  }
}

/** Does text[start, end) hold a letter or digit outside [..] brackets? A scan by char code; text
 *  with brackets or astral chars takes the regex. */
function hasContent(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || (c >= 0xd800 && c < 0xe000)) return /[\p{L}\p{N}]/u.test(text.slice(start, end).replace(/\[[^\]]*\]/g, ''));
    if (c < 0xd800 ? isLetterOrDigitUnit(c) : LETTER_OR_DIGIT.test(text[i]!)) return true;
  }
  return false;
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number): void {
  while (start < end && isSpaceUnit(text.charCodeAt(start))) start++;
  while (end > start && isSpaceUnit(text.charCodeAt(end - 1))) end--;
  if (end <= start) return;
  // A fragment of only punctuation/citations joins the previous sentence.
  if (!hasContent(text, start, end)) {
    const last = out[out.length - 1];
    if (last && !text.slice(last.end, start).includes('\n')) {
      last.end = end;
      last.text = text.slice(last.start, end);
    }
    return; // a line of only punctuation is no sentence
  }
  out.push({ index: out.length, start, end, text: text.slice(start, end) });
}

/** Split a document into sentences; offsets index into `text`. Arabic: `. ؟ ! ؛` and newlines end
 *  sentences, and `،` does when a new clause clearly starts (see AR_NEW_SENTENCE_AFTER_COMMA).
 *  English: `. ? !` and newlines, minding abbreviations, initials and decimals. */
export function segmentSentences(text: string, lang: Lang): Sentence[] {
  const out: Sentence[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  const ar = lang === 'ar';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let end = -1;
    // terminators: . ? ! \n, and in Arabic also ؟ ؛ (char codes: no string per char)
    if (c === 0x2e || c === 0x3f || c === 0x21 || c === 0x0a || (ar && (c === 0x61f || c === 0x61b))) {
      if (c === 0x2e && !dotEnds(text, i, lang)) continue;
      end = c === 0x0a ? i : extendEnd(text, i + 1);
    } else if (c === 0x60c && ar) {
      if (!AR_NEW_SENTENCE_AFTER_COMMA.test(text.slice(i + 1, i + 24))) continue;
      end = i + 1;
    } else continue;
    pushTrimmed(out, text, start, end);
    start = end;
    i = Math.max(i, end - 1);
  }
  pushTrimmed(out, text, start, text.length);
  return out;
}

const AR_CLAUSE_OPENER = /^\s*(?:و?في حين|فيما|بينما|حيث|كما|ثم|لكن|إلا أن|الا ان|غير أن)(?=\s)/u;
const EN_CLAUSE_OPENER = /^\s*(?:while|whereas|but|and then|after which|before|as|although|however)\b/i;

/** Finer split of one sentence for event frames: at `،` `,` `؛` `;` `:` (not inside numbers like
 *  1,500) and before clause-opening conjunctions (فيما، بينما، while...) that follow a comma.
 *  `offset` is added to every start/end. */
export function segmentClauses(text: string, lang: Lang, offset = 0): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  let start = 0;
  const push = (s: number, e: number): void => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s + offset, end: e + offset, text: text.slice(s, e) });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\u060C' || c === '؛' || c === ';' || c === ':' || c === '\n') {
      push(start, i + 1);
      start = i + 1;
    } else if (c === ',') {
      if (isDigit(text[i - 1]) && isDigit(text[i + 1])) continue;
      // English commas: only split before a clause opener or a date-led clause, lists stay whole.
      if (lang === 'en' && !EN_CLAUSE_OPENER.test(text.slice(i + 1, i + 20)) && !/^\s*(?:on|in|by|the next|the following)\s/i.test(text.slice(i + 1, i + 20))) continue;
      push(start, i + 1);
      start = i + 1;
    } else if (c === ' ' && lang === 'ar' && i > start + 1 && AR_CLAUSE_OPENER.test(text.slice(i, i + 14)) && !/[\u060C,]\s*$/.test(text.slice(start, i))) {
      // bare "فيما" without a comma still opens a new clause
      push(start, i);
      start = i;
    } else if (c === '.' || c === '!' || c === '?' || c === '؟') {
      if (c === '.' && !dotEnds(text, i, lang)) continue;
      push(start, i + 1);
      start = i + 1;
    }
  }
  push(start, text.length);
  return out;
}
