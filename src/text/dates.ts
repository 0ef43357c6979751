// Date expressions in Arabic and English news text, resolved to calendar dates.
// Matching runs on normalizeForMatch(text) (Arabic letter variants unified, digits folded,
// lower-cased) and maps spans back to the original offsets. Resolution is one pass in document
// order, because year inference and "the next day" need the dates that came before.
import type { DateExpression, DatePrecision, Lang } from '../core/index.js';
import { normalizeForMatch } from './normalize.js';

export interface DateContext { lang: Lang; published: string | null /* YYYY-MM-DD */ }

// ---------------------------------------------------------------- calendar helpers

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}
function ymd(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}
function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}
function parseYmd(s: string): { y: number; m: number; d: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s ?? '');
  if (!m) return null;
  const y = +m[1], mo = +m[2], d = +m[3];
  return validDay(y, mo, d) ? { y, m: mo, d } : null;
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
/** Arabic word start that tolerates attached و ف ب ل (واليوم، وبعد يومين، وأمس). */
function arabicWordStart(nt: string, i: number): boolean {
  let k = i - 1;
  for (let n = 0; n <= 2; n++, k--) {
    if (k < 0 || !LETTER_OR_DIGIT.test(nt[k])) return true;
    if (!'وفبل'.includes(nt[k])) return false;
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
}

const r = (id: string, src: string, en = false): Rule => ({ id, re: new RegExp(src, 'gu'), en });
/** Arabic rule whose start is checked in code (see arabicWordStart): a variable-length
 *  lookbehind in the pattern made every scan ~50x slower. */
const rA = (id: string, src: string, core: string): Rule => ({ id, re: new RegExp(src, 'uy'), ab: true, core: new RegExp(core, 'gu') });
/** Rules in priority order for equal spans; the longest match at a position wins. */
const RULES: Rule[] = [
  r('ymd', `(?<![\\d./\\-])((?:19|20)\\d\\d)([/.\\-])(\\d{1,2})\\2(\\d{1,2})(?![\\d])`),
  r('dmy', `(?<![\\d./\\-])(\\d{1,2})([/.\\-])(\\d{1,2})\\2${YEAR}`),
  // Arabic day-month spans: بين 6 و8 أكتوبر، من 6 إلى 8 أكتوبر، 6-8 أكتوبر
  r('ar-span', `(?:${B}[وف]?(?:ما\\s+)?(?:بين|من)\\s+(?:يومي\\s+|يوم\\s+)?)?${DAY}\\s*(?:و\\s*|-|–|الي\\s+|حتي\\s+)\\s*(\\d{1,2})(?!\\d)\\s+(?:من\\s+)?${AR_MONTH}${AR_YEAR}?`),
  r('ar-dm', `${DAY}\\s*(?:من\\s+)?${AR_MONTH}${AR_YEAR}?`),
  r('ar-ord', `${B}(?:يوم\\s+)?(${alt(AR_ORDINALS.keys())})\\s+من\\s+(?:(?:شهر\\s+)?(${ARM})${E}(?:\\s*[(/\\-]\\s*(?:${ARM})${E}\\s*\\)?)?${AR_YEAR}?|الشهر\\s+(الماضي|المنصرم|الفايت|السابق|الجاري|الحالي|ذاته|نفسه)|(?:نفس|ذات)\\s+الشهر)`),
  r('ar-dm-rel', `${DAY}\\s+من\\s+(?:الشهر\\s+(الماضي|المنصرم|الفايت|السابق|الجاري|الحالي|ذاته|نفسه)|(?:نفس|ذات)\\s+الشهر)`),
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
  r('en-span', `(?:\\b(?:between|from)\\s+)?(?<![\\d.,/:\\-])(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:and|to|-|–|until)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${ENM})(?![a-z])${EN_YEAR}?`, true),
  r('en-dm', `${DAY}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${ENM})(?![a-z])${EN_YEAR}?`, true),
  r('en-md', `\\b(${ENM})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?:\\s*[-–]\\s*(\\d{1,2})(?!\\d))?${EN_YEAR}?`, true),
  r('en-month', `\\b(?:(in|during|by|since|until|till|through|of)\\s+)?(?:${SEASON_EN}[\\s\\-]+)?(${ENM})(?![a-z])${EN_YEAR}?`, true),
  r('en-year', `\\b(?:(in|during|by|since|until|of)\\s+)?(?:${SEASON_EN}[\\s\\-]+)?${YEAR}`, true),
  r('en-rel', `\\b(?:${SEASON_EN}\\s+)?(last|this|the\\s+previous|the\\s+past)\\s+(year|month|week)\\b`, true),
  r('en-weekday', `\\b(?:(last|this|on|since|by|early|late)\\s+)?(${WD_EN})\\b(?:\\s+(night|morning|evening|afternoon))?`, true),
  r('en-prev', `\\b(?:on\\s+)?(?:the\\s+(next|following|same|previous|preceding)\\s+(day|morning|evening|night|afternoon)|(that\\s+same|later\\s+that)\\s+day|the\\s+day\\s+(before|after)|(${COUNT_EN}|\\d{1,2})\\s+(days?|weeks?)\\s+(later|earlier))\\b`, true),
  r('en-until', `\\bfor\\s+(?:(a|one|two|three|four|five|six|seven|\\d{1,2})\\s+)?(days?|weeks?)(?:\\s+(?:straight|in\\s+a\\s+row|running))?,?\\s+(?:until|till|before)\\b`, true),
  r('en-pub', `\\b(yesterday|today|tonight|last\\s+night|this\\s+morning|the\\s+day\\s+before\\s+yesterday)\\b`, true),
];

/** Candidate starts for a pattern whose required part is at `p`: up to four words back (and
 *  just after a proclitic و ف ب ل), leftmost first so the longest match wins. */
function startsBefore(nt: string, p: number): number[] {
  const starts: number[] = [];
  let words = 0;
  for (let i = p; i >= 0 && p - i <= 40 && words <= 4; i--) {
    const prevIsSpace = i === 0 || /[\s(\[«"،,.؛:]/.test(nt[i - 1]);
    if (i === p || prevIsSpace) {
      starts.push(i);
      if ('وفبل'.includes(nt[i])) starts.push(i + 1);
      if (i < p) words++;
    }
  }
  return starts.sort((a, b) => a - b);
}

/** Collect non-overlapping candidates: longest match wins, earlier rule breaks ties. */
function collect(nt: string, lang: Lang, orig: string, map: number[], only?: ReadonlySet<string>): Cand[] {
  const all: (Cand & { ri: number })[] = [];
  const hasLatin = lang === 'en' || /[a-z]/.test(nt);
  const hasArabic = lang === 'ar' || /[\u0600-\u06FF]/.test(nt);
  const push = (rule: Rule, ri: number, m: RegExpExecArray): void => {
    let s = m.index;
    const e = s + m[0].length;
    while (s < e && /\s/.test(nt[s])) s++;
    if (rule.id === 'ar-span' && (nt[s] === 'و' || nt[s] === 'ف') && /\p{L}/u.test(nt[s + 1] ?? '')) s++; // وبين
    // English month and weekday names are capitalized; "may", "march" in lower case are words.
    if (rule.en && !capitalOk(rule.id, m, orig, map)) return;
    all.push({ s, e, rule: rule.id, m, ri });
  };
  RULES.forEach((rule, ri) => {
    if (rule.en ? !hasLatin : !hasArabic) return;
    if (only && !only.has(rule.id)) return;
    if (rule.core) {
      rule.core.lastIndex = 0;
      let h: RegExpExecArray | null;
      let coveredTo = -1;
      while ((h = rule.core.exec(nt)) !== null) {
        const p = h.index;
        if (p < coveredTo) continue;
        for (const st of startsBefore(nt, p)) {
          if (!arabicWordStart(nt, st)) continue;
          rule.re.lastIndex = st;
          const m = rule.re.exec(nt);
          if (m && st + m[0].length > p) {
            push(rule, ri, m);
            coveredTo = st + m[0].length;
            break;
          }
        }
      }
      return;
    }
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(nt)) !== null) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      push(rule, ri, m);
    }
  });
  all.sort((a, b) => a.s - b.s || (b.e - b.s) - (a.e - a.s) || a.ri - b.ri);
  const out: Cand[] = [];
  let lastEnd = -1;
  for (const c of all) {
    if (c.s < lastEnd) continue;
    out.push(c);
    lastEnd = c.e;
  }
  return out;
}

function capitalOk(id: string, m: RegExpExecArray, orig: string, map: number[]): boolean {
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

/** Turn one candidate into a date, given what came before in the document. */
function resolve(c: Cand, st: State): Draft | null {
  const m = c.m;
  const g = (i: number): string | undefined => (m[i] === undefined ? undefined : m[i].replace(/\s+/g, ' '));
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
      // "بعد يوم" without "ذلك" can also mean "a day after <event>": still relative to the last date.
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
    const { text: nt, map } = normalizeForMatch(text);
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
    const { text: nt, map } = normalizeForMatch(text);
    const lang: Lang = ctx?.lang === 'en' ? 'en' : 'ar';
    const published = ctx?.published && parseYmd(ctx.published) ? ctx.published : null;
    const st: State = { published, year: null, lastDay: null, lastMonth: null };
    const out: DateExpression[] = [];
    for (const c of collect(nt, lang, text, map)) {
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
  } catch {
    return []; // language stages never throw on odd text
  }
}
