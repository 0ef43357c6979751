// Publication dates: the dateline near the top of an article, and metadata date strings.
// Self-contained (numeric and month-name patterns) so ingest does not depend on the text
// stage. Only FULL dates (day, month, year) count: `مارس 2017` or `On 19 September` are not
// datelines.

const HEAD_LINES = 12;
const HEAD_CHARS = 800;
/** A date on a short line is a dateline; on a longer line it must open the line. */
const SHORT_LINE = 80;
const MAX_PREFIX = 40;
const MIN_YEAR = 1990;

const EN_MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

// Egyptian/Gulf transliterations and Levantine/Iraqi (Syriac) names, with the usual
// hamza/alef and ya/ha spelling variants.
const AR_MONTHS: Record<string, number> = {
  'يناير': 1, 'فبراير': 2, 'مارس': 3, 'أبريل': 4, 'ابريل': 4, 'إبريل': 4, 'مايو': 5,
  'يونيو': 6, 'يونيه': 6, 'يوليو': 7, 'يوليه': 7, 'أغسطس': 8, 'اغسطس': 8, 'سبتمبر': 9,
  'أكتوبر': 10, 'اكتوبر': 10, 'نوفمبر': 11, 'ديسمبر': 12,
  'كانون الثاني': 1, 'شباط': 2, 'آذار': 3, 'اذار': 3, 'نيسان': 4, 'أيار': 5, 'ايار': 5,
  'حزيران': 6, 'تموز': 7, 'آب': 8, 'اب': 8, 'أيلول': 9, 'ايلول': 9,
  'تشرين الأول': 10, 'تشرين الاول': 10, 'تشرين الثاني': 11, 'كانون الأول': 12, 'كانون الاول': 12,
};

function alternation(names: string[]): string {
  return names.sort((a, b) => b.length - a.length).map((n) => n.replace(/ /g, '\\s+')).join('|');
}

const EN_MONTH = `(${alternation(Object.keys(EN_MONTHS))})\\.?`;
const AR_MONTH = `(${alternation(Object.keys(AR_MONTHS))})`;
// `كانون الأول/ديسمبر` and `ديسمبر (كانون الأول)` name the month twice.
const AR_MONTH_PAIR = `${AR_MONTH}(?:\\s*[/(]\\s*(?:${alternation(Object.keys(AR_MONTHS))})\\s*\\)?)?`;
const YEAR = '((?:19|20)\\d\\d)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

interface Pattern {
  re: RegExp;
  toDate(m: RegExpExecArray): [number, number, number] | null; // year, month, day
}

const PATTERNS: Pattern[] = [
  // 2024-12-05, 2024/12/05, 2024.12.05
  { re: new RegExp(`(?<!\\d)${YEAR}([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)`, 'g'), toDate: (m) => [+m[1], +m[3], +m[4]] },
  // 05.08.2019, 3/8/2019, 05-08-2019: day first (Arabic and European usage); month first only
  // when the second number cannot be a month (8/23/2019).
  {
    re: new RegExp(`(?<![\\d/.-])(\\d{1,2})([-/.])(\\d{1,2})\\2${YEAR}(?!\\d)`, 'g'),
    toDate: (m) => (+m[3] > 12 && +m[1] <= 12 ? [+m[4], +m[1], +m[3]] : [+m[4], +m[3], +m[1]]),
  },
  // 5 December 2024, 5 Dec. 2024, 5th of December, 2024
  {
    re: new RegExp(`(?<!\\d)${DAY}\\s+(?:of\\s+)?${EN_MONTH},?\\s+${YEAR}(?!\\d)`, 'gi'),
    toDate: (m) => [+m[3], EN_MONTHS[m[2].toLowerCase()] ?? 0, +m[1]],
  },
  // December 5, 2024
  {
    re: new RegExp(`\\b${EN_MONTH}\\s+${DAY},?\\s+${YEAR}(?!\\d)`, 'gi'),
    toDate: (m) => [+m[3], EN_MONTHS[m[1].toLowerCase()] ?? 0, +m[2]],
  },
  // 5 ديسمبر 2024, 5 كانون الأول 2024, 5 كانون الأول/ديسمبر 2024
  {
    re: new RegExp(`(?<!\\d)(\\d{1,2})\\s*(?:من\\s+)?${AR_MONTH_PAIR}\\s*[،,]?\\s*${YEAR}(?!\\d)`, 'g'),
    toDate: (m) => [+m[3], AR_MONTHS[m[2].replace(/\s+/g, ' ')] ?? 0, +m[1]],
  },
];

// A date right after these words is inside a sentence (an event date), not a dateline.
const SENTENCE_PREFIX = /(?:^|\s)(?:on|since|until|till|by|from|before|after|between|and|منذ|حتى|قبل|بعد|بين|مطلع|أواخر|اواخر|و)\s*$/i;
const PUBLISHED_WORD = /published|updated|posted|نشر|نُشر|تاريخ|آخر تحديث|اخر تحديث|تحديث/i;

/** Arabic-Indic and Persian digits → ASCII; one code unit each, so offsets are unchanged. */
export function foldDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

/** YYYY-MM-DD if the parts make a real calendar date in the plausible range, else null. */
export function validDate(y: number, m: number, d: number, now = new Date()): string | null {
  if (!Number.isInteger(y) || y < MIN_YEAR || y > now.getUTCFullYear() + 1) return null;
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

interface Found {
  index: number;
  date: string;
}

/** Every full date in one line, in line order. */
function datesInLine(line: string): Found[] {
  const found: Found[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(line); m; m = p.re.exec(line)) {
      const parts = p.toDate(m);
      const date = parts ? validDate(parts[0], parts[1], parts[2]) : null;
      if (date) found.push({ index: m.index, date });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

function isDatelinePosition(line: string, index: number): boolean {
  const prefix = line.slice(0, index);
  if (PUBLISHED_WORD.test(prefix)) return true;
  if (SENTENCE_PREFIX.test(prefix)) return false;
  return line.length <= SHORT_LINE || prefix.trim().length <= MAX_PREFIX;
}

/** The first full date in the first ~12 non-empty lines / ~800 characters that stands as a
 *  dateline (a short line, or the opening of a line), as YYYY-MM-DD; null when there is none. */
export function findDateline(text: string): string | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  const head = foldDigits(text.slice(0, HEAD_CHARS));
  let seen = 0;
  for (const raw of head.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (++seen > HEAD_LINES) break;
    for (const f of datesInLine(line)) {
      if (isDatelinePosition(line, f.index)) return f.date;
    }
  }
  return null;
}

/** A metadata date string (ISO 8601, RFC 2822 from feeds, or a written date) → YYYY-MM-DD. */
export function normalizeDate(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const t = new Date(value > 1e11 ? value : value * 1000);
    return validDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
  }
  if (typeof value !== 'string') return null;
  const s = foldDigits(value.trim());
  if (!s) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(s);
  if (iso) return validDate(+iso[1], +iso[2], +iso[3]);
  const written = datesInLine(s)[0];
  if (written) return written.date;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  return validDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}
