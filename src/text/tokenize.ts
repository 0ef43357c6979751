// Tokenizer with offsets; Arabic proclitics (و ف ب ل ك ال لل س) split off conservatively.
import type { Lang, Token } from '../core/index.js';
import { normalizeKey } from './normalize.js';
import { CLITIC_EXCEPTIONS, SHORT_STEMS } from './lexicon.js';

// The tokenizer is a char-code scanner equivalent to this regex (kept as the specification):
//   /(\p{Nd}+(?:[.,/٫٬\-]\p{Nd}+)*)|([\p{L}\p{M}]+(?:['’ʼ\-][\p{L}\p{M}]+)*)|(\S)/gu
// number: digits with internal separators (1,500 · 1.5 · ١٥٠٠ · 2024/12/05 · 2024-12-05 stay one token)
// word: letters/marks with internal apostrophes or hyphens (al-Msherfeh, Maqta'a stay one token)
// Scanning by char code instead of running the Unicode-property regex avoids a match object and
// capture strings per token; the per-surface caches below avoid re-normalizing recurring words.

const SPACE = 0;
const DIGIT = 1; // \p{Nd}
const LETTER = 2; // \p{L} or \p{M}
const OTHER = 3; // any other non-space code point (one punct token)
const UNKNOWN = 255;
const PAIR = 4; // flag on a class: the code point is a surrogate pair (two code units)

const SPACE_RE = /^\s$/u;
const DIGIT_RE = /^\p{Nd}$/u;
const LETTER_RE = /^[\p{L}\p{M}]$/u;

function classifyCodePoint(ch: string): number {
  if (SPACE_RE.test(ch)) return SPACE;
  if (DIGIT_RE.test(ch)) return DIGIT;
  if (LETTER_RE.test(ch)) return LETTER;
  return OTHER;
}

/** Class of each BMP code unit, filled on first sight (a lone surrogate is OTHER, as for the
 *  regex, where it is one non-space code point). */
const UNIT_CLASS = new Uint8Array(0x10000).fill(UNKNOWN);
const ASTRAL_CLASS = new Map<number, number>();

function unitClass(c: number): number {
  let k = UNIT_CLASS[c]!;
  if (k === UNKNOWN) {
    k = c >= 0xd800 && c <= 0xdfff ? OTHER : classifyCodePoint(String.fromCharCode(c));
    UNIT_CLASS[c] = k;
  }
  return k;
}

/** Class of the code point at `i` (PAIR set when it takes two code units). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
      let k = ASTRAL_CLASS.get(cp);
      if (k === undefined) ASTRAL_CLASS.set(cp, (k = classifyCodePoint(String.fromCodePoint(cp))));
      return k | PAIR;
    }
  }
  return unitClass(c);
}

/** End of a run of code points of class `cls` starting at `i`. */
function runEnd(text: string, i: number, cls: number): number {
  const n = text.length;
  while (i < n) {
    const k = classAt(text, i);
    if ((k & 3) !== cls) break;
    i += k & PAIR ? 2 : 1;
  }
  return i;
}

function isNumberJoiner(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x2f || c === 0x066b || c === 0x066c || c === 0x2d; // . , / ٫ ٬ -
}
function isWordJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x02bc || c === 0x2d; // ' ’ ʼ -
}

/** End of the number or word token of class `cls` starting at `s`: runs joined by single
 *  separators that are followed by another run of the same class. */
function tokenEnd(text: string, s: number, cls: number, joiner: (c: number) => boolean): number {
  let e = runEnd(text, s, cls);
  while (e + 1 < text.length && joiner(text.charCodeAt(e)) && (classAt(text, e + 1) & 3) === cls) e = runEnd(text, e + 1, cls);
  return e;
}

// ---------------------------------------------------------------- per-surface caches

/** `fn` memoized per string argument; the cache is dropped when it reaches `limit` entries, which
 *  keeps memory bounded on huge corpora (the same surfaces recur throughout a corpus). */
function memoize<T>(fn: (s: string) => T, limit = 100_000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string): T => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size >= limit) cache.clear();
      v = fn(s);
      cache.set(s, v);
    }
    return v;
  };
}

const keyOf = memoize(normalizeKey);

/** One token of an Arabic word, offsets relative to the word. */
interface Piece { text: string; norm: string; start: number; end: number; clitic: boolean }

/** Tokenize `text`; every token's start/end is an offset into `text` plus `offset`, so a caller
 *  can tokenize one sentence and get document offsets. `word` counts whitespace-delimited words
 *  from 0 within this call. */
export function tokenize(text: string, lang: Lang, offset = 0): Token[] {
  const out: Token[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  void lang; // both scripts occur in both languages (names, quotes); dispatch is by character
  const n = text.length;
  let word = -1;
  let lastEnd = -1;
  let s = 0;
  while (s < n) {
    const k = classAt(text, s);
    const cls = k & 3;
    if (cls === SPACE) {
      s++; // no whitespace is astral
      continue;
    }
    if (s !== lastEnd) word++;
    if (cls === DIGIT) {
      const e = tokenEnd(text, s, DIGIT, isNumberJoiner);
      const surface = text.slice(s, e);
      out.push({ text: surface, norm: keyOf(surface), start: s + offset, end: e + offset, kind: 'number', word });
      lastEnd = s = e;
    } else if (cls === LETTER) {
      const e = tokenEnd(text, s, LETTER, isWordJoiner);
      const c0 = text.charCodeAt(s);
      if (e === s + 1 && (c0 === 0x0648 || c0 === 0x0641 || c0 === 0x0628 || c0 === 0x0644) && e < n && unitClass(text.charCodeAt(e)) === DIGIT) {
        // conjunction/preposition written onto a number: و12، ب5
        const surface = text[s]!;
        out.push({ text: surface, norm: surface, start: s + offset, end: e + offset, kind: 'word', clitic: true, word });
      } else if (c0 >= 0x0621 && c0 <= 0x06d3) pushArabicWord(text.slice(s, e), s + offset, word, out);
      else {
        const surface = text.slice(s, e);
        out.push({ text: surface, norm: keyOf(surface), start: s + offset, end: e + offset, kind: 'word', word });
      }
      lastEnd = s = e;
    } else {
      const e = s + (k & PAIR ? 2 : 1);
      const surface = text.slice(s, e);
      out.push({ text: surface, norm: keyOf(surface) || surface, start: s + offset, end: e + offset, kind: 'punct', word });
      lastEnd = s = e;
    }
  }
  return out;
}

/** Index (in `surface`) of each base letter, skipping diacritics, tatweel and format chars. */
function letterIndexes(surface: string): number[] {
  const idx: number[] = [];
  for (let i = 0; i < surface.length; i++) {
    const c = surface.charCodeAt(i);
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || (c >= 0x06d6 && c <= 0x06ed)) continue;
    idx.push(i);
  }
  return idx;
}

const EXC = CLITIC_EXCEPTIONS;
const NO_SPLIT: number[] = [];
/** Future س after a conjunction is split only before an imperfective prefix, and not in these
 *  common words that merely start with سي/ست/سن (سيطرة، سيارة، ستة، سنة). */
const SIN_NOT_FUTURE = /^(?:سيطر|سيار|سيد|سير|سين|سيف|سيول|ستين|ستون|سته|ستار|ستراتيج|سنه|سنو|سنين|سنت|سني|سنا|سيل)/;

function stemOk(stem: string): boolean {
  return EXC.has(stem) || stem.length >= 3 || (stem.length === 2 && SHORT_STEMS.has(stem));
}

/** Proclitic letters, as split points in the key form of the word. Returns the clitic lengths
 *  (in letters) in order, e.g. وبالقرية → [1, 1, 2]. Conservative: stems must stay ≥ 2 letters
 *  (2 only for function words such as قد، لم), ≥ 3 after ال; listed words are never split. */
export function procliticSplit(key: string): number[] {
  if (typeof key !== 'string' || key.length < 3) return NO_SPLIT;
  const c0 = key[0];
  if (c0 !== 'و' && c0 !== 'ف' && c0 !== 'ب' && c0 !== 'ل' && c0 !== 'ك' && c0 !== 'ا') return NO_SPLIT;
  if (EXC.has(key)) return NO_SPLIT;
  const parts: number[] = [];
  let rest = key;
  // conjunction و / ف
  if (c0 === 'و' || c0 === 'ف') {
    const stem = rest.slice(1);
    if (!stemOk(stem)) return NO_SPLIT;
    parts.push(1);
    rest = stem;
    if (EXC.has(rest)) return parts;
    // future س (وسيقوم، فستواجه)
    if (rest[0] === 'س' && rest.length >= 5 && (rest[1] === 'ي' || rest[1] === 'ت' || rest[1] === 'ن') && !SIN_NOT_FUTURE.test(rest)) {
      parts.push(1);
      return parts;
    }
  }
  const r0 = rest[0];
  // لل = ل + ال
  if (r0 === 'ل' && rest[1] === 'ل' && rest.length >= 5 && !EXC.has(rest)) {
    parts.push(2);
    return parts;
  }
  // preposition ب / ك / ل
  if ((r0 === 'ب' || r0 === 'ك' || r0 === 'ل') && rest.length >= 3 && !EXC.has(rest)) {
    const stem = rest.slice(1);
    if (stem[0] === 'ا' && stem[1] === 'ل' && stem.length >= 5) {
      parts.push(1, 2);
      return parts;
    }
    if (stemOk(stem)) parts.push(1);
    return parts;
  }
  // article ال: stem ≥ 3 letters
  if (r0 === 'ا' && rest[1] === 'ل' && rest.length >= 5 && !EXC.has(rest)) parts.push(2);
  return parts.length ? parts : NO_SPLIT;
}

/** The pieces of an Arabic word (clitics split off), memoized per surface. */
const arabicPieces = memoize((surface: string): Piece[] => splitArabicWord(surface));

function pushArabicWord(surface: string, start: number, word: number, out: Token[]): void {
  for (const p of arabicPieces(surface)) {
    if (p.clitic) out.push({ text: p.text, norm: p.norm, start: start + p.start, end: start + p.end, kind: 'word', clitic: true, word });
    else out.push({ text: p.text, norm: p.norm, start: start + p.start, end: start + p.end, kind: 'word', word });
  }
}

function splitArabicWord(surface: string): Piece[] {
  const key = normalizeKey(surface);
  const letters = letterIndexes(surface);
  // Only split plain Arabic words whose key has one char per base letter (no odd mixtures).
  const parts = letters.length === key.length ? procliticSplit(key) : [];
  const pieces: Piece[] = [];
  let pos = 0; // offset in surface
  let li = 0; // letter index; key has one char per letter, so key.slice gives each piece's norm
  for (const len of parts) {
    const end = letters[li + len]!;
    pieces.push({ text: surface.slice(pos, end), norm: key.slice(li, li + len), start: pos, end, clitic: true });
    li += len;
    pos = end;
  }
  pieces.push({ text: pos === 0 ? surface : surface.slice(pos), norm: pos === 0 ? key : key.slice(li), start: pos, end: surface.length, clitic: false });
  return pieces;
}
