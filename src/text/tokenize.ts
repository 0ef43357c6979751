// Tokenizer with offsets; Arabic proclitics (و ف ب ل ك ال لل س) split off conservatively.
import type { Lang, Token } from '../core/index.js';
import { normalizeKey } from './normalize.js';
import { CLITIC_EXCEPTIONS, SHORT_STEMS } from './lexicon.js';

// number: digits with internal separators (1,500 · 1.5 · ١٥٠٠ · 2024/12/05 · 2024-12-05 stay one token)
// word: letters/marks with internal apostrophes or hyphens (al-Msherfeh, Maqta'a stay one token)
const TOKEN_RE = /(\p{Nd}+(?:[.,/٫٬\-]\p{Nd}+)*)|([\p{L}\p{M}]+(?:['’ʼ\-][\p{L}\p{M}]+)*)|(\S)/gu;

/** Tokenize `text`; every token's start/end is an offset into `text` plus `offset`, so a caller
 *  can tokenize one sentence and get document offsets. `word` counts whitespace-delimited words
 *  from 0 within this call. */
export function tokenize(text: string, lang: Lang, offset = 0): Token[] {
  const out: Token[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  void lang; // both scripts occur in both languages (names, quotes); dispatch is by character
  let word = -1;
  let lastEnd = -1;
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const s = m.index;
    const surface = m[0];
    if (s !== lastEnd) word++;
    lastEnd = s + surface.length;
    if (m[1] !== undefined) {
      out.push({ text: surface, norm: normalizeKey(surface), start: s + offset, end: lastEnd + offset, kind: 'number', word });
    } else if (m[2] !== undefined) {
      const c0 = surface.charCodeAt(0);
      if ((surface === 'و' || surface === 'ف' || surface === 'ب' || surface === 'ل') && /\p{Nd}/u.test(text[lastEnd] ?? '')) {
        // conjunction/preposition written onto a number: و12، ب5
        out.push({ text: surface, norm: surface, start: s + offset, end: lastEnd + offset, kind: 'word', clitic: true, word });
      } else if (c0 >= 0x0621 && c0 <= 0x06d3) splitArabicWord(surface, s + offset, word, out);
      else out.push({ text: surface, norm: normalizeKey(surface), start: s + offset, end: lastEnd + offset, kind: 'word', word });
    } else {
      out.push({ text: surface, norm: normalizeKey(surface) || surface, start: s + offset, end: lastEnd + offset, kind: 'punct', word });
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

function splitArabicWord(surface: string, start: number, word: number, out: Token[]): void {
  const key = normalizeKey(surface);
  const letters = letterIndexes(surface);
  // Only split plain Arabic words whose key has one char per base letter (no odd mixtures).
  const parts = letters.length === key.length ? procliticSplit(key) : [];
  let pos = 0; // offset in surface
  let li = 0; // letter index; key has one char per letter, so key.slice gives each piece's norm
  for (const len of parts) {
    const end = letters[li + len];
    out.push({ text: surface.slice(pos, end), norm: key.slice(li, li + len), start: start + pos, end: start + end, kind: 'word', clitic: true, word });
    li += len;
    pos = end;
  }
  out.push({ text: pos === 0 ? surface : surface.slice(pos), norm: pos === 0 ? key : key.slice(li), start: start + pos, end: start + surface.length, kind: 'word', word });
}
