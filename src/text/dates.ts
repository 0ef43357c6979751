// Date expressions in Arabic and English news text, resolved to calendar dates.
// Matching runs on normalizeForMatch(text) (see foldForMatch) (Arabic letter variants unified, digits folded,
// lower-cased) and maps spans back to the original offsets. Resolution is one pass in document
// order, because year inference and "the next day" need the dates that came before.
import type { DateExpression, DatePrecision, Lang } from '../core/index.js';
import { normalizeForMatch } from './normalize.js';

export interface DateContext { lang: Lang; published: string | null /* YYYY-MM-DD */ }

// ---------------------------------------------------------------- normalized text

/** What normalizeForMatch does to each UTF-16 code unit: FOLD_KEEP, FOLD_DROP or the one code unit
 *  it becomes. Read once from normalizeForMatch itself (on a string of every code unit), so it
 *  stays what normalizeForMatch does; test/text/dates.test.ts checks foldForMatch against it. */
const FOLD_KEEP = -1;
const FOLD_DROP = -2;
let FOLD: Int32Array | null = null;
const NO_FOLD = new Int32Array(0);
function foldTable(): Int32Array {
  if (FOLD) return FOLD;
  const units = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) units[c] = c;
  const { text, map } = normalizeForMatch(unitsToString(units, 0x10000));
  const t = new Int32Array(0x10000).fill(FOLD_DROP);
  for (let j = 0; j < text.length; j++) {
    const c = map[j]!;
    // a code unit that became several (or context-dependent folding): no table, normalizeForMatch is used
    if (j > 0 && c <= map[j - 1]!) return (FOLD = NO_FOLD);
    const r = text.charCodeAt(j);
    t[c] = r === c ? FOLD_KEEP : r;
  }
  return (FOLD = t);
}

function unitsToString(units: Uint16Array, n: number): string {
  let out = '';
  for (let a = 0; a < n; a += 4096) out += String.fromCharCode.apply(null, units.subarray(a, Math.min(n, a + 4096)) as unknown as number[]);
  return out;
}

/** A UTF-16LE decoder (the global TextDecoder, when there is one that knows UTF-16). */
type Utf16Decoder = { decode(input: Uint16Array): string };
const UTF16: Utf16Decoder | null = (() => {
  const D = (globalThis as { TextDecoder?: new (label: string, opts: { ignoreBOM: boolean }) => Utf16Decoder }).TextDecoder;
  try { return D ? new D('utf-16le', { ignoreBOM: true }) : null; } catch { return null; }
})();

/** Scratch buffers of foldForMatch, reused from call to call (texts up to MAX_KEPT code units). */
let foldUnits = new Uint16Array(0);
let foldMap = new Int32Array(0);
const MAX_KEPT = 1 << 20;

/** normalizeForMatch(text) without its per-char garbage (a string piece per changed char and a
 *  growing array of offsets): the text is folded into a reused buffer and the map is a view of a
 *  reused Int32Array, valid until the next call (findDates and dateShapedSpans use it within one
 *  synchronous call). `map[i]` = offset in `text` of normalized char i; the last entry is text.length. */
function foldForMatch(text: string): { text: string; map: Int32Array } {
  const fold = foldTable();
  if (fold === NO_FOLD) {
    const r = normalizeForMatch(text);
    return r;
  }
  const n = text.length;
  let units = foldUnits;
  let map = foldMap;
  if (map.length < n + 1) {
    units = new Uint16Array(n + 1);
    map = new Int32Array(n + 1);
    if (n < MAX_KEPT) { foldUnits = units; foldMap = map; }
  }
  let k = 0;
  let changed = false;
  let surrogates = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const r = fold[c]!;
    if (r === FOLD_KEEP) {
      units[k] = c;
      if (c >= 0xd800 && c <= 0xdfff) surrogates = true;
    } else if (r === FOLD_DROP) { changed = true; continue; } else { units[k] = r; changed = true; }
    map[k++] = i;
  }
  map[k] = n;
  if (!changed) return { text, map: map.subarray(0, k + 1) };
  // one flat string from the buffer (a decoder would turn lone surrogates into U+FFFD: not then)
  const nt = surrogates || !UTF16 ? unitsToString(units, k) : UTF16.decode(units.subarray(0, k));
  return { text: nt, map: map.subarray(0, k + 1) };
}

/** For tests: foldForMatch with the map copied to an array (to compare with normalizeForMatch). */
export function foldForMatchForTest(text: string): { text: string; map: Int32Array } {
  const { text: t, map } = foldForMatch(text);
  return { text: t, map: Int32Array.from(map) }; // a copy: foldForMatch's buffer is reused
}

// ---------------------------------------------------------------- calendar helpers

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}
function ymd(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysInMonth(y: number, m: number): number {
  // Gregorian arithmetic for ordinary years, no Date object; Date.UTC (which reads years 0-99 as
  // 1900-1999) decides the rest
  if (m >= 1 && m <= 12 && Number.isInteger(m) && Number.isInteger(y) && y >= 100 && y <= 200000) {
    return m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : MONTH_DAYS[m - 1]!;
  }
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}
/** YYYY-MM-DD (ASCII digits), as /^(\d{4})-(\d{2})-(\d{2})$/ reads it, by char code. */
function parseYmd(s: string): { y: number; m: number; d: number } | null {
  const t = typeof s === 'string' ? s : String(s ?? '');
  if (t.length !== 10 || t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45) return null;
  const y = digitsAt(t, 0, 4), mo = digitsAt(t, 5, 2), d = digitsAt(t, 8, 2);
  if (y < 0 || mo < 0 || d < 0) return null;
  return validDay(y, mo, d) ? { y, m: mo, d } : null;
}
/** The number written by `n` ASCII digits at `at`, or -1. */
function digitsAt(t: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const c = t.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}
function dayDiff(a: string, b: string): number {
  return Math.round((Date.parse(a + 'T00:00:00Z') - Date.parse(b + 'T00:00:00Z')) / 86400000);
}

/** `anchor` (YYYY-MM-DD) shifted by `days` (may be negative). Invalid anchor → returned as is. */
export function resolveRelativeDate(anchor: string, days: number): string {
  const p = parseYmd(anchor);
  if (!p || !Number.isFinite(days)) return anchor;
  const d = new Date(Date.UTC(p.y, p.m - 1, p.d + Math.trunc(days)));
  return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The most recent `weekday` (0 = Sunday) on or before `published` (`inclusive`), or strictly
 *  before it. Invalid input → `published` unchanged. */
export function weekdayBefore(published: string, weekday: number, inclusive: boolean): string {
  const p = parseYmd(published);
  if (!p || !Number.isInteger(weekday) || weekday < 0 || weekday > 6) return published;
  const dow = new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay();
  let back = (dow - weekday + 7) % 7;
  if (back === 0 && !inclusive) back = 7;
  return resolveRelativeDate(published, -back);
}

// ---------------------------------------------------------------- lexicon (normalized forms)

const AR_MONTHS: [string, number][] = [
  ['كانون الثاني', 1], ['كانون ثاني', 1], ['يناير', 1], ['جانفي', 1], ['شباط', 2], ['فبراير', 2], ['فيفري', 2],
  ['اذار', 3], ['مارس', 3], ['نيسان', 4], ['ابريل', 4], ['افريل', 4], ['ايار', 5], ['مايو', 5], ['حزيران', 6],
  ['يونيو', 6], ['يونيه', 6], ['جوان', 6], ['تموز', 7], ['يوليو', 7], ['يوليه', 7], ['جويليه', 7], ['اب', 8],
  ['اغسطس', 8], ['اوت', 8], ['ايلول', 9], ['سبتمبر', 9], ['تشرين الاول', 10], ['تشرين اول', 10], ['اكتوبر', 10],
  ['تشرين الثاني', 11], ['تشرين ثاني', 11], ['نوفمبر', 11], ['نونبر', 11], ['كانون الاول', 12], ['كانون اول', 12], ['ديسمبر', 12],
];
const EN_MONTHS: [string, number][] = [
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7], ['august', 8],
  ['september', 9], ['october', 10], ['november', 11], ['december', 12], ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4],
  ['jun', 6], ['jul', 7], ['aug', 8], ['sept', 9], ['sep', 9], ['oct', 10], ['nov', 11], ['dec', 12],
];
const MONTH_NUM = new Map<string, number>([...AR_MONTHS, ...EN_MONTHS]);
const AR_ORDINAL_UNITS: [string, number][] = [
  ['الاول', 1], ['الحادي', 1], ['الواحد', 1], ['الثاني', 2], ['الثالث', 3], ['الرابع', 4], ['الخامس', 5], ['السادس', 6],
  ['السابع', 7], ['الثامن', 8], ['التاسع', 9],
];
const AR_ORDINALS = new Map<string, number>();
for (const [w, v] of AR_ORDINAL_UNITS) {
  if (w !== 'الحادي' && w !== 'الواحد') AR_ORDINALS.set(w, v);
  if (w !== 'الاول' && w !== 'الواحد') AR_ORDINALS.set(`${w} عشر`, 10 + v);
  if (w !== 'الاول') {
    AR_ORDINALS.set(`${w} والعشرين`, 20 + v);
    if (v === 1) AR_ORDINALS.set(`${w} والثلاثين`, 31);
  }
}
AR_ORDINALS.set('العاشر', 10).set('العشرين', 20).set('الثلاثين', 30);
const WEEKDAYS = new Map<string, number>([
  ['الاحد', 0], ['الاثنين', 1], ['الثلاثاء', 2], ['الاربعاء', 3], ['الخميس', 4], ['الجمعه', 5], ['السبت', 6],
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
]);
const SMALL_COUNTS = new Map<string, number>([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['واحد', 1], ['ثلاثه', 3], ['اربعه', 4], ['خمسه', 5], ['سته', 6], ['سبعه', 7], ['ثمانيه', 8],
  ['تسعه', 9], ['عشره', 10], ['ثلاث', 3], ['اربع', 4], ['خمس', 5],
]);

const alt = (ws: Iterable<string>): string => [...ws].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');
const B = '(?<![\\p{L}\\p{N}])'; // word start (works for Arabic, unlike \b)
const E = '(?![\\p{L}\\p{N}])'; // word end
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Per UTF-16 code unit: 1 when it is \p{L} or \p{N} (as LETTER_OR_DIGIT tests one code unit;
 *  a lone surrogate is neither), 0 when not, 2 until first seen. Spares a regex run per char. */
const LN_CLASS = new Uint8Array(0x10000).fill(2);
function isLetterOrDigitUnit(c: number): boolean {
  let v = LN_CLASS[c]!;
  if (v === 2) LN_CLASS[c] = v = c >= 0xd800 && c <= 0xdfff ? 0 : LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 0;
  return v === 1;
}
/** و ف ب ل: the proclitics a date word may carry. */
function isProcliticUnit(c: number): boolean {
  return c === 0x648 || c === 0x641 || c === 0x628 || c === 0x644;
}
/** Arabic word start that tolerates attached و ف ب ل (واليوم، وبعد يومين، وأمس). */
function arabicWordStart(nt: string, i: number): boolean {
  let k = i - 1;
  for (let n = 0; n <= 2; n++, k--) {
    if (k < 0 || !isLetterOrDigitUnit(nt.charCodeAt(k))) return true;
    if (!isProcliticUnit(nt.charCodeAt(k))) return false;
  }
  return false;
}
const ARM = alt(AR_MONTHS.map((m) => m[0]));
const ARM_STRICT = alt(AR_MONTHS.map((m) => m[0]).filter((m) => m !== 'اب')); // آب alone is also "father"
const ENM = `(?:${alt(EN_MONTHS.filter((m) => m[0].length > 4 || m[0] === 'may' || m[0] === 'june' || m[0] === 'july').map((m) => m[0]))}|(?:${alt(EN_MONTHS.filter((m) => m[0].length <= 4 && !['may', 'june', 'july'].includes(m[0])).map((m) => m[0]))})\\.?)`;
const YEAR = '((?:19|20)\\d\\d)(?!\\d|[/.\\-]\\d)'; // not the head of 2019/07/14
const AR_YEAR = `(?:\\s*[,،]?\\s*(?:من\\s+)?(?:عام|العام|لعام|سنه|السنه)?\\s*${YEAR}(?:\\s*م${E})?)`;
const EN_YEAR = `(?:\\s*,?\\s*${YEAR})`;
// month with an optional alternative name in brackets or after a slash: 22 مايو (أيار), أيار/مايو
const AR_MONTH = `(?:شهر\\s+)?(${ARM})${E}(?:\\s*[(/\\-]\\s*(?:${ARM})${E}\\s*\\)?)?`;
const AR_MONTH_STRICT = `(?:شهر\\s+)?(${ARM_STRICT})${E}(?:\\s*[(/\\-]\\s*(?:${ARM})${E}\\s*\\)?)?`;
const DAY = '(?<![\\d.,/:\\-])(\\d{1,2})(?![\\d.,/:])';
const SEASON_AR = '(مطلع|اوائل|بدايه|بدايات|مستهل|منتصف|اواسط|اواخر|نهايه|اخر)';
const SEASON_EN = '(early|mid|late|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of|the\\s+end\\s+of|the\\s+first\\s+half\\s+of|the\\s+second\\s+half\\s+of)';
const WD_AR = alt([...WEEKDAYS.keys()].filter((w) => /[\u0600-\u06FF]/.test(w)));
const WD_EN = alt([...WEEKDAYS.keys()].filter((w) => /[a-z]/.test(w)));
const COUNT_EN = alt([...SMALL_COUNTS.keys()].filter((w) => /[a-z]/.test(w)));
const COUNT_AR = alt([...SMALL_COUNTS.keys()].filter((w) => /[\u0600-\u06FF]/.test(w)));

type Kind = DateExpression['kind'];
/** A match waiting for document-order resolution. */
interface Cand {
  s: number; // normalized offsets
  e: number;
  rule: string;
  m: RegExpExecArray;
}
interface Rule {
  id: string;
  re: RegExp;
  en?: boolean;
  ab?: boolean;
  /** Required part of the pattern, scanned first; the full pattern (sticky) is then tried from
   *  the few word starts just before each hit. Patterns that open with optional words were ~10x
   *  slower when scanned directly. */
  core?: RegExp;
  /** Rules without a core: every position a match can start at is in these start lists (see
   *  StartIndex), so the sticky pattern is tried there only instead of scanning the whole text. */
  from?: StartSet;
}
/** Where a rule's matches can start: digit-run starts, and/or the positions of one letter list
 *  (see StartIndex) whose first char is flagged in `first` and that pass `gate`. */
interface StartSet { digits: boolean; letters: LetterList | null; first: Uint8Array; gate: ((nt: string, p: number) => boolean) | null }
type LetterList = 'latin' | 'ar-span' | 'ar-ord';

/** A StartSet. `firstChars` are the chars the pattern's leading words can begin with (every
 *  alternative of its optional leading groups and of its first required word); `gate`, a
 *  necessary condition for a match at a letter start (cheaper than trying the pattern). */
function startSet(digits: boolean, letters: LetterList | null = null, firstChars = '', gate: StartSet['gate'] = null): StartSet {
  const first = new Uint8Array(0x700);
  for (const ch of firstChars) first[ch.charCodeAt(0)] = 1;
  return { digits, letters, first, gate };
}

/** ar-span at a letter: its opening words (وبين، من، فيما بين، بين يومي: at most 10 letters
 *  and the spaces between them, no digit) lead to the first day's digits. */
function arSpanGate(nt: string, p: number): boolean {
  let letters = 0;
  for (let i = p; i < nt.length; i++) {
    const c = nt.charCodeAt(i);
    if (isDigitUnit(c)) return true;
    if (!isSpaceUnit(c) && ++letters > 10) return false;
  }
  return false;
}

/** First words of the Arabic ordinals (الخامس عشر, الحادي والعشرين start with الخامس, الحادي). */
const AR_ORDINAL_HEADS = [...new Set([...AR_ORDINALS.keys()].map((k) => k.split(' ')[0]!))];

/** Leading-word first letters of the English patterns (their preposition, season and name lists). */
const EN_SEASON_FIRST = 'emlt'; // early mid late the ...
const EN_MONTH_FIRST = 'jfmasond';
const EN_WEEKDAY_FIRST = 'smtwf';
const EN_COUNT_FIRST = 'tsefnoa'; // three seven eight four five nine one two six ten an a

/** Rule scanned at its candidate starts; its pattern is sticky, tried at one position at a time. */
const r = (id: string, src: string, from: StartSet, en = false): Rule => ({ id, re: new RegExp(src, 'uy'), en, from });
/** Arabic rule whose start is checked in code (see arabicWordStart): a variable-length
 *  lookbehind in the pattern made every scan ~50x slower. */
const rA = (id: string, src: string, core: string): Rule => ({ id, re: new RegExp(src, 'uy'), ab: true, core: new RegExp(core, 'gu') });
/** Rules in priority order for equal spans; the longest match at a position wins. */
const RULES: Rule[] = [
  r('ymd', `(?<![\\d./\\-])((?:19|20)\\d\\d)([/.\\-])(\\d{1,2})\\2(\\d{1,2})(?![\\d])`, startSet(true)),
  r('dmy', `(?<![\\d./\\-])(\\d{1,2})([/.\\-])(\\d{1,2})\\2${YEAR}`, startSet(true)),
  // Arabic day-month spans: بين 6 و8 أكتوبر، من 6 إلى 8 أكتوبر، 6-8 أكتوبر
  r('ar-span', `(?:${B}[وف]?(?:ما\\s+)?(?:بين|من)\\s+(?:يومي\\s+|يوم\\s+)?)?${DAY}\\s*(?:و\\s*|-|–|الي\\s+|حتي\\s+)\\s*(\\d{1,2})(?!\\d)\\s+(?:من\\s+)?${AR_MONTH}${AR_YEAR}?`, startSet(true, 'ar-span', 'وفمب', arSpanGate)),
  r('ar-dm', `${DAY}\\s*(?:من\\s+)?${AR_MONTH}${AR_YEAR}?`, startSet(true)),
  r('ar-ord', `${B}(?:يوم\\s+)?(${alt(AR_ORDINALS.keys())})\\s+من\\s+(?:(?:شهر\\s+)?(${ARM})${E}(?:\\s*[(/\\-]\\s*(?:${ARM})${E}\\s*\\)?)?${AR_YEAR}?|الشهر\\s+(الماضي|المنصرم|الفايت|السابق|الجاري|الحالي|ذاته|نفسه)|(?:نفس|ذات)\\s+الشهر)`, startSet(false, 'ar-ord', 'يا')),
  r('ar-dm-rel', `${DAY}\\s+من\\s+(?:الشهر\\s+(الماضي|المنصرم|الفايت|السابق|الجاري|الحالي|ذاته|نفسه)|(?:نفس|ذات)\\s+الشهر)`, startSet(true)),
  rA('ar-month', `(?:(في|خلال|منذ|بحلول|حتي|مع|قبل|بعد)\\s+)?(?:${SEASON_AR}\\s+)?${AR_MONTH_STRICT}${AR_YEAR}?`, `(?:${ARM_STRICT})${E}`),
  rA('ar-year', `(?:(في|خلال|منذ|بحلول|حتي|مع|قبل)\\s+)?(?:${SEASON_AR}\\s+)?(?:(?:عام|العام|لعام|سنه|السنه|عامي)\\s*)?${YEAR}(?:\\s*م${E})?`, `(?:19|20)\\d\\d`),
  rA('ar-rel-year', `(?:${SEASON_AR}\\s+)?(?:العام|السنه)\\s+(الماضي|المنصرم|الفايت|السابق|الجاري|الحالي)${E}`, `(?:العام|السنه)\\s+(?:الماضي|المنصرم|الفايت|السابق|الجاري|الحالي)`),
  rA('ar-rel-month', `(?:${SEASON_AR}\\s+)?الشهر\\s+(الماضي|المنصرم|الفايت|السابق|الجاري|الحالي)${E}`, `الشهر\\s+(?:الماضي|المنصرم|الفايت|السابق|الجاري|الحالي)`),
  rA('ar-rel-week', `(?:خلال\\s+)?الاسبوع\\s+(الماضي|المنصرم|الفايت)${E}`, 'الاسبوع\\s'),
  rA('ar-weekday', `(?:(اليوم|امس|منذ|فجر|صباح|ظهر|عصر|مساء|ليل|ليله)\\s+)?(?:(يوم)\\s+)?(${WD_AR})${E}(?:\\s+(الماضي|المنصرم|الفايت|السابق|المقبل|القادم)${E})?`, `(?:${WD_AR})${E}`),
  rA('ar-prev', `(?:في\\s+)?(?:(?:صباح|مساء|فجر|ظهر|ليله)\\s+)?(?:اليوم\\s+(التالي|الموالي|اللاحق|السابق|ذاته|نفسه)|(?:نفس|ذات)\\s+اليوم)${E}`, 'اليوم\\s+(?:التالي|الموالي|اللاحق|السابق|ذاته|نفسه)|(?:نفس|ذات)\\s+اليوم'),
  rA('ar-after', `(بعد|قبل)\\s+(?:ذلك\\s+)?(?:ب\\s*)?(يوم(?:\\s+واحد)?|يومين|اسبوع|اسبوعين|(\\d{1,2}|${COUNT_AR})\\s+(?:ايام|اسابيع))(?:\\s+من\\s+ذلك)?${E}(?!\\s+(?:كامل|كاملين|من\\s+(?!ذلك)))`, '(?:بعد|قبل)\\s'),
  // "صبّوا غضبهم على البلدة لمدة أربعة أيام متواصلة حتى السيطرة عليها": what follows حتى came N days later
  rA('ar-until', `(?:لمده|طيله|طوال|علي\\s+مدي|علي\\s+مدار)\\s+(يوم(?:\\s+واحد)?|يومين|اسبوع|اسبوعين|(\\d{1,2}|${COUNT_AR})\\s+(?:ايام|اسابيع))(?:\\s+(?:متواصله|متتاليه|متواصلين|متتاليين|كامله|كاملين))?\\s+(?:حتي|الي\\s+ان)${E}`, '(?:لمده|طيله|طوال|علي\\s+مدي|علي\\s+مدار)\\s'),
  rA('ar-pub', `(?:(?:صباح|مساء|فجر|ظهر|عصر|ليله)\\s+)?(اليوم|امس|البارحه|اول\\s+امس|اول\\s+من\\s+امس)${E}|${B}(الليله\\s+الماضيه|ليله\\s+امس)${E}`, 'اليوم|امس|البارحه|الليله\\s|ليله\\s'),
  // English
  r('en-span', `(?:\\b(?:between|from)\\s+)?(?<![\\d.,/:\\-])(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:and|to|-|–|until)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${ENM})(?![a-z])${EN_YEAR}?`, startSet(true, 'latin', 'bf'), true),
  r('en-dm', `${DAY}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${ENM})(?![a-z])${EN_YEAR}?`, startSet(true), true),
  r('en-md', `\\b(${ENM})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?:\\s*[-–]\\s*(\\d{1,2})(?!\\d))?${EN_YEAR}?`, startSet(false, 'latin', EN_MONTH_FIRST), true),
  r('en-month', `\\b(?:(in|during|by|since|until|till|through|of)\\s+)?(?:${SEASON_EN}[\\s\\-]+)?(${ENM})(?![a-z])${EN_YEAR}?`, startSet(false, 'latin', 'idbsuto' + EN_SEASON_FIRST + EN_MONTH_FIRST), true),
  r('en-year', `\\b(?:(in|during|by|since|until|of)\\s+)?(?:${SEASON_EN}[\\s\\-]+)?${YEAR}`, startSet(true, 'latin', 'idbsuo' + EN_SEASON_FIRST), true),
  r('en-rel', `\\b(?:${SEASON_EN}\\s+)?(last|this|the\\s+previous|the\\s+past)\\s+(year|month|week)\\b`, startSet(false, 'latin', EN_SEASON_FIRST + 'lt'), true),
  r('en-weekday', `\\b(?:(last|this|on|since|by|early|late)\\s+)?(${WD_EN})\\b(?:\\s+(night|morning|evening|afternoon))?`, startSet(false, 'latin', 'ltosbe' + EN_WEEKDAY_FIRST), true),
  r('en-prev', `\\b(?:on\\s+)?(?:the\\s+(next|following|same|previous|preceding)\\s+(day|morning|evening|night|afternoon)|(that\\s+same|later\\s+that)\\s+day|the\\s+day\\s+(before|after)|(${COUNT_EN}|\\d{1,2})\\s+(days?|weeks?)\\s+(later|earlier|ago))\\b`, startSet(true, 'latin', 'otl' + EN_COUNT_FIRST), true),
  r('en-until', `\\bfor\\s+(?:(a|one|two|three|four|five|six|seven|\\d{1,2})\\s+)?(days?|weeks?)(?:\\s+(?:straight|in\\s+a\\s+row|running))?,?\\s+(?:until|till|before)\\b`, startSet(false, 'latin', 'f'), true),
  r('en-pub', `\\b(yesterday|today|tonight|last\\s+night|this\\s+morning|the\\s+day\\s+before\\s+yesterday)\\b`, startSet(false, 'latin', 'ytl'), true),
];

// ---------------------------------------------------------------- matching

/** JavaScript's \s, by char code. */
function isSpaceUnit(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
/** A char after which a word starts for startsBefore: \s ( [ « " ، , . ؛ : */
function isOpenerUnit(c: number): boolean {
  return isSpaceUnit(c) || c === 0x28 || c === 0x5b || c === 0xab || c === 0x22 || c === 0x60c || c === 0x2c || c === 0x2e || c === 0x61b || c === 0x3a;
}
function isDigitUnit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** [A-Za-z0-9_]: the word chars of \b. */
function isAsciiWordUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}
/** Positions where a rule without a core can start matching. Its pattern opens with a digit
 *  (after a non-digit), an English word (after \b) or one of a few Arabic words, so a sticky
 *  match tried at these positions (and only these) finds exactly what a global scan of the
 *  pattern finds, at a fraction of the cost: most positions start nothing. The lists are found
 *  by simple global regexes (a native scan) when a rule first needs them. */
class StartIndex {
  private readonly lists = new Map<string, number[]>();
  constructor(private readonly nt: string) {}

  private digitStarts: number[] | null = null;
  private latinStarts: number[] | null = null;
  private arSpanStarts: number[] | null = null;

  /** Starts of ASCII digit runs (the match starts of /[0-9]+/g), by char code: no match arrays. */
  digits(): number[] {
    if (this.digitStarts) return this.digitStarts;
    const nt = this.nt;
    const out: number[] = [];
    let prevDigit = false;
    for (let i = 0; i < nt.length; i++) {
      const d = isDigitUnit(nt.charCodeAt(i));
      if (d && !prevDigit) out.push(i);
      prevDigit = d;
    }
    return (this.digitStarts = out);
  }

  letters(kind: LetterList): number[] {
    if (kind === 'latin') {
      // a-z after a char that is not [A-Za-z0-9_]: the first letter of a word-char run
      if (this.latinStarts) return this.latinStarts;
      const nt = this.nt;
      const out: number[] = [];
      let prevWord = false;
      for (let i = 0; i < nt.length; i++) {
        const c = nt.charCodeAt(i);
        if (c >= 97 && c <= 122 && !prevWord) out.push(i);
        prevWord = isAsciiWordUnit(c);
      }
      return (this.latinStarts = out);
    }
    if (kind === 'ar-span') return (this.arSpanStarts ??= this.arSpanLeads());
    return this.list(kind, AR_ORD_LEAD, (m, out) => out.push(m.index));
  }

  /** ما / بين / من and a space, at q (where the pattern may start, or at a و ف just before q).
   *  Only near digits: a match at a letter passes arSpanGate (at most 10 non-space chars to the
   *  first digit), so only the few chars before each digit run are looked at, not the whole
   *  text (من is one of the commonest words). The gate is still applied in scanStarts. */
  private arSpanLeads(): number[] {
    const nt = this.nt;
    const out: number[] = [];
    let done = 0; // positions before this were looked at (for an earlier digit run)
    for (const d of this.digits()) {
      let w = d;
      for (let k = d - 1, letters = 0; k >= done; k--) {
        const c = nt.charCodeAt(k);
        if (isDigitUnit(c)) break;
        if (!isSpaceUnit(c) && ++letters > 10) break;
        w = k;
      }
      for (let q = w; q < d; q++) {
        if (!isArSpanLead(nt, q)) continue;
        const c = q > 0 ? nt.charCodeAt(q - 1) : 0;
        if (c === 0x648 || c === 0x641) out.push(q - 1);
        out.push(q);
      }
      done = d;
    }
    return out;
  }

  private list(key: string, re: RegExp, add: (m: RegExpExecArray, out: number[]) => void): number[] {
    let out = this.lists.get(key);
    if (out) return out;
    out = [];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(this.nt)) !== null) add(m, out);
    this.lists.set(key, out);
    return out;
  }
}
/** ar-span's optional opening: [وف]? (ما\s+)? (بين|من)\s+ — a match at a letter has ما, بين or من
 *  and a space at its start or one char in (neither starts with و or ف). This is /(?:ما|بين|من)\s/
 *  at q, by char code. */
function isArSpanLead(nt: string, q: number): boolean {
  const c = nt.charCodeAt(q);
  if (c === 0x645) { // م
    const c1 = nt.charCodeAt(q + 1);
    return (c1 === 0x627 || c1 === 0x646) && isSpaceUnit(nt.charCodeAt(q + 2)); // ما من
  }
  return c === 0x628 && nt.charCodeAt(q + 1) === 0x64a && nt.charCodeAt(q + 2) === 0x646 && isSpaceUnit(nt.charCodeAt(q + 3)); // بين
}
/** ar-ord opens with يوم or an ordinal's first word, followed by a space. */
const AR_ORD_LEAD = new RegExp(`(?:يوم|${AR_ORDINAL_HEADS.join('|')})\\s`, 'g');

const NO_STARTS: number[] = [];

/** Every match of a rule without a core, as a global scan (`g`) of its pattern would give them:
 *  the leftmost match from where the last one ended. Candidate starts come in increasing order
 *  from the merged start lists. */
function scanStarts(nt: string, rule: Rule, ix: StartIndex, found: (m: RegExpExecArray) => void): void {
  const from = rule.from!;
  const a = from.digits ? ix.digits() : NO_STARTS;
  const b = from.letters ? ix.letters(from.letters) : NO_STARTS;
  const re = rule.re;
  let ia = 0;
  let ib = 0;
  let next = 0; // where the global scan would resume
  for (;;) {
    let p: number;
    if (ia < a.length && (ib >= b.length || a[ia]! < b[ib]!)) p = a[ia++]!;
    else if (ib < b.length) {
      p = b[ib++]!;
      if (!from.first[nt.charCodeAt(p)] || (from.gate !== null && p >= next && !from.gate(nt, p))) continue;
    } else return;
    if (p < next) continue;
    re.lastIndex = p;
    const m = re.exec(nt);
    if (m === null) continue;
    next = m[0].length === 0 ? p + 1 : p + m[0].length;
    if (m[0].length > 0) found(m);
  }
}

/** Scratch buffer of startsBefore (at most 12 starts: 6 word starts, each maybe after a proclitic). */
const STARTS = new Int32Array(16);

/** Candidate starts for a pattern whose required part is at `p`: up to four words back (and
 *  just after a proclitic و ف ب ل), leftmost first so the longest match wins. Fills STARTS,
 *  returns the count. */
function startsBefore(nt: string, p: number): number {
  let n = 0;
  let words = 0;
  for (let i = p; i >= 0 && p - i <= 40 && words <= 4; i--) {
    if (i === p || i === 0 || isOpenerUnit(nt.charCodeAt(i - 1))) {
      n = insertSorted(n, i);
      if (isProcliticUnit(nt.charCodeAt(i))) n = insertSorted(n, i + 1);
      if (i < p) words++;
    }
  }
  return n;
}

function insertSorted(n: number, v: number): number {
  let k = n;
  while (k > 0 && STARTS[k - 1]! > v) {
    STARTS[k] = STARTS[k - 1]!;
    k--;
  }
  STARTS[k] = v;
  return n + 1;
}

/** Matches of a rule with a core: from each core hit not inside the last match, the pattern is
 *  tried from the word starts before it, leftmost first; the first match that reaches the hit wins. */
function scanCore(nt: string, rule: Rule, found: (m: RegExpExecArray) => void): void {
  const core = rule.core!;
  core.lastIndex = 0;
  let h: RegExpExecArray | null;
  let coveredTo = -1;
  while ((h = core.exec(nt)) !== null) {
    const p = h.index;
    if (p < coveredTo) continue;
    const n = startsBefore(nt, p);
    for (let k = 0; k < n; k++) {
      const st = STARTS[k]!;
      if (!arabicWordStart(nt, st)) continue;
      rule.re.lastIndex = st;
      const m = rule.re.exec(nt);
      if (m && st + m[0].length > p) {
        found(m);
        coveredTo = st + m[0].length;
        break;
      }
    }
  }
}

type RankedCand = Cand & { ri: number };

/** Every rule's matches (overlapping between rules), for `select`. */
function candidates(nt: string, lang: Lang, orig: string, map: Int32Array, only?: ReadonlySet<string>): RankedCand[] {
  const all: RankedCand[] = [];
  const ix = new StartIndex(nt);
  const hasLatin = lang === 'en' || /[a-z]/.test(nt);
  const hasArabic = lang === 'ar' || /[\u0600-\u06FF]/.test(nt);
  for (let ri = 0; ri < RULES.length; ri++) {
    const rule = RULES[ri]!;
    if (rule.en ? !hasLatin : !hasArabic) continue;
    if (only && !only.has(rule.id)) continue;
    const found = (m: RegExpExecArray): void => {
      let s = m.index;
      const e = s + m[0].length;
      while (s < e && isSpaceUnit(nt.charCodeAt(s))) s++;
      if (rule.id === 'ar-span' && (nt[s] === 'و' || nt[s] === 'ف') && /\p{L}/u.test(nt[s + 1] ?? '')) s++; // وبين
      // English month and weekday names are capitalized; "may", "march" in lower case are words.
      if (rule.en && !capitalOk(rule.id, m, orig, map)) return;
      all.push({ s, e, rule: rule.id, m, ri });
    };
    if (rule.core) scanCore(nt, rule, found);
    else scanStarts(nt, rule, ix, found);
  }
  return all;
}

/** Non-overlapping candidates: longest match wins, earlier rule breaks ties. */
function select(all: RankedCand[]): Cand[] {
  all.sort((a, b) => a.s - b.s || (b.e - b.s) - (a.e - a.s) || a.ri - b.ri);
  const out: Cand[] = [];
  let lastEnd = -1;
  for (let i = 0; i < all.length; i++) {
    const c = all[i]!;
    if (c.s < lastEnd) continue;
    // a month name taken with its preposition ("the night of May 3"): a day-month starting inside
    // it and running on is the date
    if (!NUMERIC_RULES.has(c.rule)) {
      let longer = false;
      for (let j = i + 1; j < all.length && all[j]!.s < c.e; j++) if (all[j]!.s > c.s && all[j]!.e > c.e && NUMERIC_RULES.has(all[j]!.rule)) longer = true;
      if (longer) continue;
    }
    out.push(c);
    lastEnd = c.e;
  }
  return out;
}

/** Collect non-overlapping candidates: longest match wins, earlier rule breaks ties. */
function collect(nt: string, lang: Lang, orig: string, map: Int32Array, only?: ReadonlySet<string>): Cand[] {
  return select(candidates(nt, lang, orig, map, only));
}

function capitalOk(id: string, m: RegExpExecArray, orig: string, map: Int32Array): boolean {
  const word = id === 'en-weekday' ? m[2] : id === 'en-month' ? m[3] : id === 'en-md' ? m[1] : id === 'en-dm' ? m[2] : id === 'en-span' ? m[3] : undefined;
  if (word === undefined) return true;
  const at = m.index + m[0].indexOf(word, id === 'en-md' ? 0 : 1);
  const c = orig[map[at]] ?? '';
  return c !== c.toLowerCase();
}

// ---------------------------------------------------------------- resolution

interface State {
  published: string | null;
  year: number | null; // nearest preceding explicit year
  lastDay: string | null; // last day-precision date (anchor for "the next day")
  lastMonth: { y: number; m: number } | null; // for الشهر ذاته
}

type Draft = Omit<DateExpression, 'span' | 'text'> & { explicitYear?: number; silent?: boolean };

function monthOf(w: string | undefined): number | null {
  if (!w) return null;
  return MONTH_NUM.get(w.replace(/\.$/, '').replace(/\s+/g, ' ')) ?? null;
}
function yearFor(month: number, st: State): { y: number; inferred: boolean } | null {
  if (st.year !== null) return { y: st.year, inferred: true };
  const p = st.published ? parseYmd(st.published) : null;
  if (!p) return null;
  return { y: month > p.m ? p.y - 1 : p.y, inferred: true };
}
function dayDraft(y: number, m: number, d: number, kind: Kind, explicit: boolean): Draft | null {
  if (!validDay(y, m, d)) return null;
  return { date: ymd(y, m, d), precision: 'day', kind, ...(explicit ? { explicitYear: y } : {}) };
}
function monthDraft(y: number, m: number, kind: Kind, explicit: boolean): Draft {
  return { date: ymd(y, m, 1), end: ymd(y, m, daysInMonth(y, m)), precision: 'month', kind, ...(explicit ? { explicitYear: y } : {}) };
}
type Third = 'early' | 'mid' | 'late' | 'h1' | 'h2';
function seasonOf(w: string | undefined): Third | null {
  if (!w) return null;
  const k = w.replace(/\s+/g, ' ');
  if (/^(مطلع|اوائل|بدايه|بدايات|مستهل|early|the beginning of|the start of)$/.test(k)) return 'early';
  if (/^(منتصف|اواسط|mid|the middle of)$/.test(k)) return 'mid';
  if (/^(اواخر|نهايه|اخر|late|the end of)$/.test(k)) return 'late';
  if (k === 'the first half of') return 'h1';
  if (k === 'the second half of') return 'h2';
  return null;
}
/** The right third (or half) of a year or a month, month precision. */
function seasonDraft(y: number, m: number | null, t: Third, explicit: boolean): Draft {
  let start: string, end: string;
  if (m === null) {
    const [a, b] = t === 'early' ? [1, 4] : t === 'mid' ? [5, 8] : t === 'late' ? [9, 12] : t === 'h1' ? [1, 6] : [7, 12];
    start = ymd(y, a, 1);
    end = ymd(y, b, daysInMonth(y, b));
  } else {
    const dim = daysInMonth(y, m);
    const [a, b] = t === 'early' ? [1, 10] : t === 'mid' ? [11, 20] : t === 'late' ? [21, dim] : t === 'h1' ? [1, 15] : [16, dim];
    start = ymd(y, m, a);
    end = ymd(y, m, b);
  }
  return { date: start, end, precision: 'month', kind: 'season', ...(explicit ? { explicitYear: y } : {}) };
}
function spanDraft(y: number, m: number, d1: number, d2: number, explicit: boolean): Draft | null {
  if (!validDay(y, m, d1) || !validDay(y, m, d2) || d2 <= d1) return null;
  const precision: DatePrecision = d2 - d1 + 1 <= 7 ? 'week' : 'month';
  return { date: ymd(y, m, d1), end: ymd(y, m, d2), precision, kind: 'span', ...(explicit ? { explicitYear: y } : {}) };
}
function fromPublished(st: State, days: number, kind: Kind = 'relative'): Draft | null {
  if (!st.published || !parseYmd(st.published)) return null;
  return { date: resolveRelativeDate(st.published, days), precision: 'day', kind, relative: { anchor: 'published', days } };
}
function fromPrevious(st: State, days: number): Draft | null {
  if (!st.lastDay) return null;
  return { date: resolveRelativeDate(st.lastDay, days), precision: 'day', kind: 'relative', relative: { anchor: 'previous', days } };
}
function weekdayDraft(st: State, wd: number, inclusive: boolean): Draft | null {
  if (!st.published || !parseYmd(st.published)) return null;
  const date = weekdayBefore(st.published, wd, inclusive);
  return { date, precision: 'day', kind: 'weekday', relative: { anchor: 'published', days: dayDiff(date, st.published) } };
}
function relMonth(st: State, which: string): { y: number; m: number } | null {
  if (/^(ذاته|نفسه|نفس|ذات)$/.test(which)) return st.lastMonth;
  const p = st.published ? parseYmd(st.published) : null;
  if (!p) return null;
  if (/^(الجاري|الحالي|this)$/.test(which)) return { y: p.y, m: p.m };
  return p.m === 1 ? { y: p.y - 1, m: 12 } : { y: p.y, m: p.m - 1 };
}
const PAST = /^(الماضي|المنصرم|الفايت|السابق|last|the previous|the past)$/;
const countOf = (w: string | undefined): number | null => (w === undefined ? null : /^\d+$/.test(w) ? +w : SMALL_COUNTS.get(w) ?? null);

/** `w` with each whitespace run as one space (w.replace(/\s+/g, ' ')); most groups have none to fold. */
function oneSpaced(w: string): string {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (isSpaceUnit(c) && (c !== 32 || isSpaceUnit(w.charCodeAt(i + 1)))) return w.replace(/\s+/g, ' ');
  }
  return w;
}

/** Turn one candidate into a date, given what came before in the document. */
function resolve(c: Cand, st: State): Draft | null {
  const m = c.m;
  const g = (i: number): string | undefined => (m[i] === undefined ? undefined : oneSpaced(m[i]));
  switch (c.rule) {
    case 'ymd': return dayDraft(+m[1], +m[3], +m[4], 'absolute', true);
    case 'dmy': return dayDraft(+m[4], +m[3], +m[1], 'absolute', true);
    case 'ar-span': case 'en-span': {
      const mo = monthOf(g(c.rule === 'ar-span' ? 3 : 3))!;
      const yStr = m[4];
      const y = yStr ? { y: +yStr, inferred: false } : yearFor(mo, st);
      if (!y) return null;
      return spanDraft(y.y, mo, +m[1], +m[2], !!yStr);
    }
    case 'ar-dm': case 'en-dm': {
      const mo = monthOf(g(2))!;
      if (m[3]) return dayDraft(+m[3], mo, +m[1], 'absolute', true);
      const y = yearFor(mo, st);
      return y ? dayDraft(y.y, mo, +m[1], 'inferred-year', false) : null;
    }
    case 'en-md': {
      const mo = monthOf(g(1))!;
      const yS = m[4];
      const y = yS ? { y: +yS } : yearFor(mo, st);
      if (!y) return null;
      if (m[3]) return spanDraft(y.y, mo, +m[2], +m[3], !!yS);
      return dayDraft(y.y, mo, +m[2], yS ? 'absolute' : 'inferred-year', !!yS);
    }
    case 'ar-ord': case 'ar-dm-rel': {
      const day = c.rule === 'ar-ord' ? AR_ORDINALS.get(g(1)!)! : +m[1];
      if (c.rule === 'ar-ord' && m[2]) {
        const mo = monthOf(g(2))!;
        if (m[3]) return dayDraft(+m[3], mo, day, 'absolute', true);
        const y = yearFor(mo, st);
        return y ? dayDraft(y.y, mo, day, 'inferred-year', false) : null;
      }
      const which = c.rule === 'ar-ord' ? (g(4) ?? 'ذاته') : (g(2) ?? 'ذاته');
      const ym = relMonth(st, which);
      if (!ym) return null;
      const d = dayDraft(ym.y, ym.m, day, 'relative', false);
      if (d && st.published && !/^(ذاته|نفسه|نفس|ذات)$/.test(which)) d.relative = { anchor: 'published', days: dayDiff(d.date, st.published) };
      else if (d && st.lastDay) d.relative = { anchor: 'previous', days: dayDiff(d.date, st.lastDay) };
      return d;
    }
    case 'ar-month': case 'en-month': {
      const [prepI, seasonI, monI, yI] = c.rule === 'ar-month' ? [1, 2, 3, 4] : [1, 2, 3, 4];
      const prep = g(prepI);
      const season = seasonOf(g(seasonI));
      const mo = monthOf(g(monI))!;
      const yS = m[yI];
      // a bare month name without year, preposition or season is too weak ("Mars", "March" as a verb)
      if (!yS && !prep && !season && !/^(?:شهر)/.test(m[0].trim())) return null;
      const y = yS ? { y: +yS } : yearFor(mo, st);
      if (!y) return null;
      const d = season ? seasonDraft(y.y, mo, season, !!yS) : monthDraft(y.y, mo, 'month', !!yS);
      if (prep === 'بحلول' || prep === 'by') d.by = true;
      return d;
    }
    case 'ar-year': case 'en-year': {
      const prep = g(1);
      const season = seasonOf(g(2));
      const y = +m[3];
      const bare = c.rule === 'ar-year' ? !prep && !season && !/^(?:عام|العام|لعام|سنه|السنه|عامي)/.test(m[0].trim()) : !prep && !season;
      // A bare year ("the 2017 offensive") is no date of its own but still sets the year for the
      // day-months after it; 2000 is left out, it is more often a count than a year in reports.
      if (bare) return y >= 1990 && y <= 2039 && y !== 2000 ? { date: '', precision: 'year', kind: 'year', explicitYear: y, silent: true } : null;
      const d: Draft = season ? seasonDraft(y, null, season, true)
        : { date: ymd(y, 1, 1), end: ymd(y, 12, 31), precision: 'year', kind: 'year', explicitYear: y };
      if (prep === 'بحلول' || prep === 'by') d.by = true;
      // "Since 2017, Ankara has ...", "منذ عام 2011": where a state began, not the year the report
      // then tells (a later "In August" is the latest August)
      if (prep === 'since' || prep === 'منذ') delete d.explicitYear;
      return d;
    }
    case 'ar-rel-year': case 'en-rel': {
      const season = seasonOf(g(1));
      const which = g(2)!;
      const unit = c.rule === 'ar-rel-year' ? 'year' : g(3)!;
      const p = st.published ? parseYmd(st.published) : null;
      if (!p) return null;
      if (unit === 'week') {
        if (!PAST.test(which)) return null;
        return { date: resolveRelativeDate(st.published!, -7), end: resolveRelativeDate(st.published!, -1), precision: 'week', kind: 'relative', relative: { anchor: 'published', days: -7 } };
      }
      if (unit === 'month') {
        const ym = relMonth(st, which === 'this' ? 'الجاري' : 'الماضي');
        if (!ym) return null;
        const d = season ? seasonDraft(ym.y, ym.m, season, false) : monthDraft(ym.y, ym.m, 'relative', false);
        d.relative = { anchor: 'published', days: dayDiff(d.date, st.published!) };
        return d;
      }
      const y = PAST.test(which) ? p.y - 1 : p.y;
      const d: Draft = season ? seasonDraft(y, null, season, false) : { date: ymd(y, 1, 1), end: ymd(y, 12, 31), precision: 'year', kind: 'relative' };
      d.relative = { anchor: 'published', days: dayDiff(d.date, st.published!) };
      d.explicitYear = y; // "last year" fixes the year for later day-months as firmly as "2017"
      return d;
    }
    case 'ar-rel-month': {
      const season = seasonOf(g(1));
      const ym = relMonth(st, g(2)!);
      if (!ym || !st.published) return null;
      const d = season ? seasonDraft(ym.y, ym.m, season, false) : monthDraft(ym.y, ym.m, 'relative', false);
      d.relative = { anchor: 'published', days: dayDiff(d.date, st.published) };
      return d;
    }
    case 'ar-rel-week':
      if (!st.published || !parseYmd(st.published)) return null;
      return { date: resolveRelativeDate(st.published, -7), end: resolveRelativeDate(st.published, -1), precision: 'week', kind: 'relative', relative: { anchor: 'published', days: -7 } };
    case 'ar-weekday': {
      const pre = g(1);
      const wd = WEEKDAYS.get(g(3)!)!;
      const post = g(4);
      if (post === 'المقبل' || post === 'القادم') return null; // future
      // Without "يوم" or a time word, الاثنين can be "the two": require some context for it.
      if (wd === 1 && !pre && !m[2] && !post) return null;
      const exclusive = pre === 'امس' || pre === 'منذ' || (post !== undefined && PAST.test(post));
      return weekdayDraft(st, wd, !exclusive);
    }
    case 'en-weekday': {
      const wd = WEEKDAYS.get(g(2)!)!;
      return weekdayDraft(st, wd, g(1) !== 'last' && g(1) !== 'since');
    }
    case 'ar-prev': {
      const w = g(1);
      const days = w === undefined || w === 'ذاته' || w === 'نفسه' ? 0 : w === 'السابق' ? -1 : 1;
      return fromPrevious(st, days);
    }
    case 'ar-after': {
      const sign = g(1) === 'قبل' ? -1 : 1;
      const what = g(2)!;
      let days: number | null;
      if (what.startsWith('يومين')) days = 2;
      else if (what.startsWith('يوم')) days = 1;
      else if (what === 'اسبوعين') days = 14;
      else if (what === 'اسبوع') days = 7;
      else {
        const n = countOf(g(3));
        days = n === null ? null : /اسابيع/.test(what) ? n * 7 : n;
      }
      // "بعد يوم" without "ذلك" can also mean "a day after <event>": still relative to the last date;
      // "قبل يومين" without "ذلك" is "two days ago", counted back from the report's day
      if (days !== null && sign < 0 && !/ذلك/.test(m[0]!)) return fromPublished(st, -days);
      return days === null ? null : fromPrevious(st, sign * days);
    }
    case 'ar-until': {
      const what = g(1)!;
      const n = what.startsWith('يومين') ? 2 : what.startsWith('يوم') ? 1 : what === 'اسبوعين' ? 14 : what === 'اسبوع' ? 7 : countOf(g(2));
      if (n === null) return null;
      return fromPrevious(st, /اسابيع/.test(what) ? n * 7 : n);
    }
    case 'en-until': {
      const n = g(1) === undefined || g(1) === 'a' ? 1 : countOf(g(1));
      if (n === null) return null;
      return fromPrevious(st, /^week/.test(g(2)!) ? n * 7 : n);
    }
    case 'ar-pub': {
      const w = g(1) ?? g(2)!;
      const days = w === 'اليوم' ? 0 : /اول/.test(w) ? -2 : -1;
      return fromPublished(st, days);
    }
    case 'en-prev': {
      if (m[1]) {
        const w = g(1)!;
        return fromPrevious(st, w === 'same' ? 0 : w === 'previous' || w === 'preceding' ? -1 : 1);
      }
      if (m[3]) return fromPrevious(st, 0);
      if (m[4]) return fromPrevious(st, m[4] === 'before' ? -1 : 1);
      const n = countOf(g(5));
      if (n === null) return null;
      // ("two days ago" counts back from the report's day, "two days earlier" from the last date told)
      if (g(7) === 'ago') return fromPublished(st, -n * (/^week/.test(g(6)!) ? 7 : 1));
      const days = n * (/^week/.test(g(6)!) ? 7 : 1) * (g(7) === 'earlier' ? -1 : 1);
      return fromPrevious(st, days);
    }
    case 'en-pub': {
      const w = g(1)!;
      return fromPublished(st, w === 'yesterday' || w === 'last night' ? -1 : w.startsWith('the day before') ? -2 : 0);
    }
  }
  return null;
}

/** Rules whose matches contain digits or count words (the only ones findNumbers must avoid). */
const NUMERIC_RULES: ReadonlySet<string> = new Set([
  'ymd', 'dmy', 'ar-span', 'ar-dm', 'ar-dm-rel', 'ar-after', 'en-span', 'en-dm', 'en-md', 'en-prev',
]);

/** Spans of every digit- or count-bearing date expression, resolvable or not (no publication date needed):
 *  findNumbers uses them so that day-of-month and "two days later" are not reported as counts. */
export function dateShapedSpans(text: string, lang: Lang): { start: number; end: number }[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    const { text: nt, map } = foldForMatch(text);
    return collect(nt, lang, text, map, NUMERIC_RULES).map((c) => ({ start: map[c.s], end: map[c.e - 1] + 1 }));
  } catch {
    return [];
  }
}

const BY_BEFORE = /(?:بحلول|\bby)\s*$/u;
const MARKS_AFTER = /[\u064B-\u065F\u0670\u0640\u200E\u200F]/;

const SPAN_JOIN = /^\s*(?:and|to|until|through|-|–|—|و|الى|إلى|حتى|حتي)\s*$/u;
const SPAN_OPEN = /(?:\b(?:between|from)|(?<![\p{L}])(?:بين|من))\s*$/u;
/** "between 30 September and 2 October" / "بين 30 سبتمبر و2 أكتوبر": two day dates joined
 *  into one span (same-month spans are matched directly by the span rules). */
function mergeCrossMonthSpan(a: DateExpression, b: DateExpression, text: string): DateExpression | null {
  if (a.precision !== 'day' || b.precision !== 'day' || a.relative || b.relative) return null;
  if (!SPAN_JOIN.test(text.slice(a.span.end, b.span.start))) return null;
  const open = SPAN_OPEN.exec(text.slice(Math.max(0, a.span.start - 12), a.span.start));
  if (!open) return null;
  let first = a.date;
  if (a.kind === 'inferred-year' && b.kind === 'absolute') {
    // the year written at the end of the span belongs to both ends (30 September and 2 October 2017)
    const pa = parseYmd(a.date)!, pb = parseYmd(b.date)!;
    const y = pa.m > pb.m ? pb.y - 1 : pb.y;
    if (!validDay(y, pa.m, pa.d)) return null;
    first = ymd(y, pa.m, pa.d);
  }
  if (b.date <= first) return null;
  const days = dayDiff(b.date, first) + 1;
  if (days > 62) return null;
  const start = a.span.start - open[0].length;
  return {
    date: first, end: b.date, precision: days <= 7 ? 'week' : 'month', kind: 'span',
    span: { start, end: b.span.end }, text: text.slice(start, b.span.end), ...(a.by || b.by ? { by: true } : {}),
  };
}

/** All date expressions of a document, in order. Day-months without a year take the nearest
 *  preceding explicit year, else the publication year (a month after the publication month
 *  means the year before). Relative expressions need `published` (weekdays, أمس, last week) or
 *  an earlier day-precision date (the next day); without it they are skipped. Never throws. */
export function findDates(text: string, ctx: DateContext): DateExpression[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    const { text: nt, map } = foldForMatch(text);
    const lang: Lang = ctx?.lang === 'en' ? 'en' : 'ar';
    return resolveAll(text, nt, collect(nt, lang, text, map), map, ctx);
  } catch {
    return []; // language stages never throw on odd text
  }
}

/** findDates and dateShapedSpans of one text (what findNumbers takes as `dateSpans`) from one
 *  normalization and one scan: the numeric rules' candidates are a subset of all rules' ones, and
 *  `select` over them gives what a scan of those rules alone gives. Never throws. */
export function findDatesWithSpans(text: string, ctx: DateContext): { dates: DateExpression[]; dateSpans: { start: number; end: number }[] } {
  if (typeof text !== 'string' || text.length === 0) return { dates: [], dateSpans: [] };
  if (ctx?.lang !== 'ar' && ctx?.lang !== 'en') return { dates: findDates(text, ctx), dateSpans: dateShapedSpans(text, ctx?.lang) };
  try {
    const { text: nt, map } = foldForMatch(text);
    const all = candidates(nt, ctx.lang, text, map);
    const numeric = all.filter((c) => NUMERIC_RULES.has(c.rule));
    const dateSpans = select(numeric).map((c) => ({ start: map[c.s], end: map[c.e - 1] + 1 }));
    let dates: DateExpression[];
    try { dates = resolveAll(text, nt, select(all), map, ctx); } catch { dates = []; }
    return { dates, dateSpans };
  } catch {
    return { dates: [], dateSpans: [] };
  }
}

/** Resolution of the selected candidates in document order (see findDates). */
function resolveAll(text: string, nt: string, cands: readonly Cand[], map: Int32Array, ctx: DateContext): DateExpression[] {
  const published = ctx?.published && parseYmd(ctx.published) ? ctx.published : null;
  const st: State = { published, year: null, lastDay: null, lastMonth: null };
  const out: DateExpression[] = [];
  for (const c of cands) {
    const d = resolve(c, st);
    if (!d) continue;
    if (d.silent) {
      st.year = d.explicitYear ?? st.year;
      continue;
    }
    let ns = c.s;
    // "by"/بحلول directly before a date (the month and year rules capture it themselves)
    const bm = BY_BEFORE.exec(nt.slice(Math.max(0, ns - 12), ns));
    if (bm && !d.by && (d.precision === 'day' || d.kind === 'span' || d.kind === 'inferred-year' || d.kind === 'absolute')) {
      d.by = true;
      ns -= bm[0].length;
    }
    const start = map[ns];
    let end = map[c.e - 1] + 1;
    while (end < text.length && MARKS_AFTER.test(text[end])) end++;
    if (d.explicitYear !== undefined) st.year = d.explicitYear;
    if (d.precision === 'day') st.lastDay = d.date;
    else if (d.kind === 'span' && d.end) st.lastDay = d.end; // "two days later" counts from the span's end
    const p = parseYmd(d.date);
    if (p && (d.precision === 'day' || d.kind === 'span' || d.kind === 'month')) st.lastMonth = { y: p.y, m: p.m };
    const { explicitYear: _drop, silent: _silent, ...expr } = d;
    void _drop;
    void _silent;
    const cur: DateExpression = { ...expr, span: { start, end }, text: text.slice(start, end) };
    const merged = out.length > 0 ? mergeCrossMonthSpan(out[out.length - 1], cur, text) : null;
    if (merged) {
      out[out.length - 1] = merged;
      st.lastDay = merged.end ?? merged.date;
      continue;
    }
    out.push(cur);
  }
  return out;
}
