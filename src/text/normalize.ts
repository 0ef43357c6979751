// Character-level normalization for matching Arabic and English text.
// One transformation per function; `normalizeForMatch` composes them with an offset map
// back into the original string. Tables are built once (pure computation, no I/O).

/** Unicode NFC (documents are stored NFC; offsets everywhere refer to NFC text). */
export function nfc(s: string): string {
  return s.normalize('NFC');
}

function mapChars(s: string, re: RegExp, f: (c: string) => string): string {
  return typeof s === 'string' ? s.replace(re, f) : '';
}

const DIGIT_RE = /[\u0660-\u0669\u06F0-\u06F9\u066B\u066C]/g;
/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits → ASCII; Arabic decimal ٫ → '.', thousands ٬ → ','. */
export function foldDigits(s: string): string {
  return mapChars(s, DIGIT_RE, (c) => foldDigitChar(c.charCodeAt(0)));
}
function foldDigitChar(code: number): string {
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(48 + code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(48 + code - 0x06f0);
  if (code === 0x066b) return '.';
  if (code === 0x066c) return ',';
  return String.fromCharCode(code);
}

const ALEF_RE = /[\u0622\u0623\u0625\u0671]/g;
/** أ إ آ ٱ → ا */
export function normalizeAlef(s: string): string {
  return s.replace(ALEF_RE, '\u0627');
}
/** ة → ه */
export function normalizeTaMarbuta(s: string): string {
  return s.replace(/\u0629/g, '\u0647');
}
/** ى → ي */
export function normalizeAlefMaqsura(s: string): string {
  return s.replace(/\u0649/g, '\u064A');
}
/** ؤ → و, ئ → ي */
export function normalizeHamzaCarriers(s: string): string {
  return s.replace(/[\u0624\u0626]/g, (c) => (c === '\u0624' ? '\u0648' : '\u064A'));
}
const DIACRITICS_RE = /[\u064B-\u065F\u0670\u06D6-\u06ED]/g;
/** Harakat, tanwin, shadda, sukun, superscript alef, Quranic marks. */
export function stripDiacritics(s: string): string {
  return s.replace(DIACRITICS_RE, '');
}
/** ـ (tatweel / kashida) */
export function stripTatweel(s: string): string {
  return s.replace(/\u0640/g, '');
}

// ---------------------------------------------------------------- composed tables

const APOSTROPHES = "'\u2019\u2018\u02BF\u02BE\u02BC\u0060\u00B4\u02BB";
/** Code-unit ranges that any normalization touches (Latin, Greek, Cyrillic, Arabic, Latin
 *  Extended Additional, general punctuation/format controls, BOM); everything else is kept.
 *  Limiting the build to them keeps module load cheap. */
const TABLE_RANGES: [number, number][] = [[0, 0x06ff], [0x1e00, 0x1fff], [0x2000, 0x206f], [0xfeff, 0xfeff]];

const KEEP = -1;
const DROP = -2;
/** Per UTF-16 code unit: KEEP, DROP, or the replacement code unit (single char). */
const MATCH_TABLE: Int32Array = buildMatchTable();
/** Per code unit, the key form ('' = drop); undefined = same as match form. */
const KEY_TABLE: (string | undefined)[] = buildKeyTable();

function buildMatchTable(): Int32Array {
  const t = new Int32Array(0x10000).fill(KEEP);
  for (const [from, to] of TABLE_RANGES) for (let c = from; c <= to; c++) {
    const ch = String.fromCharCode(c);
    let out = stripTatweel(stripDiacritics(normalizeHamzaCarriers(normalizeAlefMaqsura(normalizeTaMarbuta(normalizeAlef(foldDigits(ch)))))));
    // Bidi/format controls (LRM, RLM, ZWJ, ZWNJ, BOM, soft hyphen) carry no meaning for matching.
    if (/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/.test(ch)) out = '';
    if (out.length === 1) {
      const lower = out.toLowerCase();
      if (lower.length === 1) out = lower; // skip multi-char lowercase (İ) to keep one-to-one
    }
    if (out === '') t[c] = DROP;
    else if (out !== ch) t[c] = out.charCodeAt(0);
  }
  return t;
}

function buildKeyTable(): (string | undefined)[] {
  const t: (string | undefined)[] = new Array(0x10000);
  for (const [from, to] of TABLE_RANGES) for (let c = from; c <= to; c++) {
    const m = MATCH_TABLE[c];
    if (m === DROP) continue;
    const ch = String.fromCharCode(m === KEEP ? c : m);
    let out: string;
    if (APOSTROPHES.includes(ch)) out = '';
    else if (ch === '-' || ch === '_' || ch === '\u2010' || ch === '\u2011') out = ' ';
    else if (/\s/.test(ch)) out = ' ';
    else if (/[\u0300-\u036F]/.test(ch)) out = ''; // stray combining Latin marks
    else if (c < 0x0590 || (c >= 0x1e00 && c <= 0x1eff)) {
      // Latin with diacritics → base letters (é→e, ḥ→h); only for Latin/Greek/Cyrillic blocks.
      out = ch.normalize('NFD').replace(/[\u0300-\u036F]/g, '').toLowerCase();
    } else out = ch;
    if (out !== String.fromCharCode(c)) t[c] = out;
  }
  return t;
}

/** All Arabic normalizations above, digit folding, bidi-control removal and lower-casing, with
 *  `map[i]` = offset in `text` of normalized char i (`map.length === result.text.length + 1`,
 *  the last entry is `text.length`). Offsets refer to the string passed in (expected NFC). */
export function normalizeForMatch(text: string): { text: string; map: Int32Array } {
  if (typeof text !== 'string') return { text: '', map: Int32Array.of(0) };
  const n = text.length;
  // a typed array sized for the worst case: a growing number[] was most of this function's garbage
  const map = new Int32Array(n + 1);
  let k = 0;
  let out = '';
  let chunkStart = 0; // start of a run of unchanged chars not yet appended
  for (let i = 0; i < n; i++) {
    const r = MATCH_TABLE[text.charCodeAt(i)];
    if (r === KEEP) {
      map[k++] = i;
      continue;
    }
    if (chunkStart < i) out += text.slice(chunkStart, i);
    chunkStart = i + 1;
    if (r === DROP) continue;
    out += String.fromCharCode(r);
    map[k++] = i;
  }
  if (chunkStart < n) out += text.slice(chunkStart);
  map[k] = n;
  return { text: out, map: k === n ? map : map.subarray(0, k + 1) };
}

/** The key form for dictionaries and token `norm`: normalizeForMatch + Latin diacritics
 *  stripped, apostrophes/ʿ/ʾ/’/` removed, hyphens/underscores → space, whitespace collapsed,
 *  trimmed. Idempotent. */
export function normalizeKey(s: string): string {
  if (typeof s !== 'string') return '';
  const n = s.length;
  let out = '';
  let space = false;
  // Runs of characters the key form keeps as they are are appended as one slice (most of an
  // Arabic or English text): a string built one character at a time was the ingest hot spot.
  let run = -1;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const m = MATCH_TABLE[c]!;
    const k = m === DROP ? '' : KEY_TABLE[c];
    if (m === KEEP && k === undefined && c !== 32) {
      if (run < 0) {
        if (space) {
          if (out.length > 0) out += ' ';
          space = false;
        }
        run = i;
      }
      continue;
    }
    if (run >= 0) {
      out += s.slice(run, i);
      run = -1;
    }
    if (m === DROP) continue;
    const piece = k === undefined ? String.fromCharCode(m === KEEP ? c : m) : k;
    if (piece === ' ') {
      space = true;
      continue;
    }
    if (piece === '') continue;
    if (space) {
      if (out.length > 0) out += ' ';
      space = false;
    }
    out += piece;
  }
  if (run >= 0) out += s.slice(run);
  return out;
}
