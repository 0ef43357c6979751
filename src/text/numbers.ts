// Number expressions: digits, Arabic and English number words, vague quantities, qualifiers.
import type { Lang, NumberExpression, Qualifier, Token } from '../core/index.js';
import { normalizeKey } from './normalize.js';
import { tokenize } from './tokenize.js';
import { dateShapedSpans } from './dates.js';

interface NumberLexicon {
  /** key → value for cardinal words; multipliers are 100, 1000, 1e6. */
  words: Map<string, number>;
  multipliers: Map<string, number>;
  /** key (single word or space-joined phrase) → ACLED count for vague quantities. */
  vague: Map<string, number>;
  /** Base used when a vague word multiplies (عشرات الآلاف = 10 000, tens of thousands). */
  vagueBase: Map<string, number>;
  /** Qualifier phrases as content-token key sequences, before and after the number. */
  before: { seq: string[]; q: Qualifier }[];
  after: { seq: string[]; q: Qualifier }[];
  teenOnes: Set<string>;
  /** Every key a number phrase can start with (gate before the parser). */
  starts: Set<string>;
  /** First words of the vague phrases: only words in it can start one (spares building keys). */
  vagueFirst: Set<string>;
  dualNouns: Set<string>;
  dualAnOnly: Set<string>;
}

const AR_UNITS: [string[], number][] = [
  [['واحد', 'واحدة'], 1], [['اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'اثنا', 'اثني', 'اثنتا', 'اثنتي'], 2],
  [['ثلاث', 'ثلاثة'], 3], [['أربع', 'أربعة'], 4], [['خمس', 'خمسة'], 5], [['ست', 'ستة'], 6], [['سبع', 'سبعة'], 7],
  [['ثمان', 'ثماني', 'ثمانية'], 8], [['تسع', 'تسعة'], 9], [['عشر', 'عشرة'], 10],
  [['عشرون', 'عشرين'], 20], [['ثلاثون', 'ثلاثين'], 30], [['أربعون', 'أربعين'], 40], [['خمسون', 'خمسين'], 50],
  [['ستون', 'ستين'], 60], [['سبعون', 'سبعين'], 70], [['ثمانون', 'ثمانين'], 80], [['تسعون', 'تسعين'], 90],
  [['مئة', 'مائة', 'مية', 'مئه'], 100], [['مئتان', 'مئتين', 'مائتان', 'مائتين', 'مئتا', 'مئتي', 'مائتا', 'مائتي'], 200],
  [['ألف', 'ألفا', 'ألفاً'], 1000], [['ألفان', 'ألفين', 'ألفا', 'ألفي'], 2000],
  [['مليون', 'مليونا'], 1e6], [['مليونان', 'مليونين', 'مليوني'], 2e6],
];
const AR_HUNDRED_STEMS: [string, number][] = [['ثلاث', 3], ['أربع', 4], ['خمس', 5], ['ست', 6], ['سبع', 7], ['ثمان', 8], ['تسع', 9]];
const EN_WORDS: [string, number][] = [
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
  ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60],
  ['seventy', 70], ['eighty', 80], ['ninety', 90], ['dozen', 12],
];
const MULTIPLIERS: [string[], number][] = [
  [['hundred', 'مئة', 'مائة', 'مية'], 100], [['thousand', 'آلاف', 'ألوف', 'ألف', 'ألفا'], 1000], [['million', 'مليون', 'ملايين'], 1e6],
];
const VAGUE: [string[], number, number][] = [
  // words, ACLED count, base when multiplying (tens of thousands = 10 000)
  [['عشرات', 'dozens', 'scores'], 12, 10], [['tens'], 10, 10], [['مئات', 'hundreds'], 100, 100], [['آلاف', 'ألوف', 'thousands'], 1000, 1000],
  [['عدة', 'several', 'a number of', 'عدد من', 'a few', 'بضع', 'بضعة', 'a handful of', 'few'], 3, 3],
];
const QUALIFIERS_BEFORE: [string[], Qualifier][] = [
  [['أكثر من', 'ما يزيد عن', 'ما يزيد على', 'يزيد عن', 'أزيد من', 'ما يربو على', 'more than', 'over', 'upwards of', 'in excess of'], 'more_than'],
  [['ما لا يقل عن', 'لا يقل عن', 'على الأقل', 'at least', 'no fewer than', 'no less than', 'not less than'], 'at_least'],
  [['نحو', 'حوالي', 'حوالى', 'قرابة', 'زهاء', 'ما يقارب', 'يقارب', 'ما يقرب من', 'تقريبا', 'about', 'around', 'nearly', 'approximately', 'some', 'almost', 'roughly', 'an estimated', 'close to'], 'about'],
  [['حتى', 'ما يصل إلى', 'يصل إلى', 'up to', 'as many as', 'less than', 'fewer than', 'أقل من'], 'up_to'],
];
const QUALIFIERS_AFTER: [string[], Qualifier][] = [
  [['على الأقل', 'at least', 'or more'], 'at_least'],
  [['تقريبا', 'تقريباً'], 'about'],
];
/** Singular nouns common in war reporting whose dual (ين / ان) means 2: قريتين، يومين. Nouns
 *  with a sound masculine plural (مقاتلين، مسلحين) are left out: their dual and plural look alike. */
const DUAL_NOUNS = [
  'يوم', 'شهر', 'أسبوع', 'ساعة', 'عام', 'سنة', 'مرة', 'قرية', 'بلدة', 'مدينة', 'شخص', 'طفل', 'طفلة', 'جندي', 'عنصر',
  'امرأة', 'رجل', 'شاب', 'طائرة', 'غارة', 'صاروخ', 'قذيفة', 'سيارة', 'دبابة', 'مدرعة', 'حاجز', 'نقطة', 'موقع', 'تلة', 'قرية',
  'ضابط', 'هجوم', 'انفجار', 'برميل', 'لغم', 'مستشفى', 'مدرسة', 'حي', 'محور', 'جبهة', 'قائد', 'شقيق',
];
/** Nouns with a sound masculine plural: their nominative dual (ان) is still 2 — مدنيان، مقاتلان —
 *  where ين is dual and plural alike (مدنيين). */
const DUAL_AN_ONLY_NOUNS = ['مدني', 'مقاتل', 'مسلح', 'مواطن', 'عسكري', 'ناشط', 'مسعف', 'متطوع', 'صحفي', 'إرهابي', 'قيادي', 'معتقل'];

/** Content-token keys of a phrase, exactly as the tokenizer would give them (clitics dropped). */
function phraseKeys(p: string): string[] {
  return tokenize(p, /[a-z]/i.test(p) ? 'en' : 'ar').filter((t) => !t.clitic && t.kind !== 'punct').map((t) => t.norm);
}

let LEX: NumberLexicon | null = null;
function lexicon(): NumberLexicon {
  if (LEX) return LEX;
  const words = new Map<string, number>();
  for (const [ws, v] of AR_UNITS) for (const w of ws) if (!words.has(normalizeKey(w))) words.set(normalizeKey(w), v);
  for (const [stem, v] of AR_HUNDRED_STEMS) for (const h of ['مئة', 'مائة']) words.set(normalizeKey(stem + h), v * 100);
  for (const [w, v] of EN_WORDS) words.set(w, v);
  const multipliers = new Map<string, number>();
  for (const [ws, v] of MULTIPLIERS) for (const w of ws) multipliers.set(normalizeKey(w), v);
  const vague = new Map<string, number>();
  const vagueBase = new Map<string, number>();
  for (const [ws, v, b] of VAGUE) for (const w of ws) {
    const k = phraseKeys(w).join(' ');
    vague.set(k, v);
    vagueBase.set(k, b);
  }
  const before = QUALIFIERS_BEFORE.flatMap(([ps, q]) => ps.map((p) => ({ seq: phraseKeys(p), q })));
  const after = QUALIFIERS_AFTER.flatMap(([ps, q]) => ps.map((p) => ({ seq: phraseKeys(p), q })));
  before.sort((a, b) => b.seq.length - a.seq.length);
  after.sort((a, b) => b.seq.length - a.seq.length);
  const dualNouns = new Set(DUAL_NOUNS.map((w) => normalizeKey(w)));
  const dualAnOnly = new Set(DUAL_AN_ONLY_NOUNS.map((w) => normalizeKey(w)));
  const teenOnes = new Set(['احد', 'احدي']);
  const starts = new Set<string>([...words.keys(), ...multipliers.keys(), ...teenOnes, 'a', 'an']);
  for (const k of vague.keys()) starts.add(k.split(' ')[0]);
  const vagueFirst = new Set<string>();
  for (const k of vague.keys()) vagueFirst.add(k.split(' ')[0]);
  LEX = { words, multipliers, vague, vagueBase, before, after, teenOnes, dualNouns, dualAnOnly, starts, vagueFirst };
  return LEX;
}

/** The count a dual noun stands for: قريتين / قريتان / يومين / بيومين → 2; anything else → null.
 *  Only nouns in a short list of countable war-reporting nouns (a plural like مدنيين is not a dual). */
export function dualNounValue(word: string): number | null {
  if (typeof word !== 'string') return null;
  const key = normalizeKey(word);
  for (let p = 0; p <= 2 && p < key.length; p++) {
    if (p > 0 && !'وفبلك'.includes(key[p - 1])) break;
    const v = dualKeyValue(key.slice(p));
    if (v !== null) return v;
  }
  return null;
}

/** dualNounValue on a key without proclitics. */
function dualKeyValue(w: string): number | null {
  const nouns = lexicon().dualNouns;
  const n = w.length;
  if (n < 4) return null;
  const last2 = w.slice(-2);
  if (last2 === 'ين' || last2 === 'ان') {
    const stem = w.slice(0, -2);
    if (nouns.has(stem) || (last2 === 'ان' && lexicon().dualAnOnly.has(stem))) return 2;
    if (stem.endsWith('ت') && nouns.has(stem.slice(0, -1) + 'ه')) return 2; // قريتين ← قرية
    return null;
  }
  // construct state after ت: قريتي / قريتا (الريف)
  if ((w[n - 1] === 'ي' || w[n - 1] === 'ا') && w[n - 2] === 'ت' && nouns.has(w.slice(0, -2) + 'ه')) return 2;
  return null;
}

const THOUSANDS_SEP = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const PLAIN = /^\d+(?:\.\d+)?$/;
const EURO_THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/; // 1.500 in some Arabic outlets: ambiguous, treated as decimal only if one group

/** Value of a digit token, or null when it is a date, time or code (2024/12/05, 10:30). */
function digitValue(norm: string): number | null {
  if (THOUSANDS_SEP.test(norm)) return Number(norm.replace(/,/g, ''));
  if (PLAIN.test(norm)) return Number(norm);
  if (EURO_THOUSANDS.test(norm) && norm.split('.').length > 2) return null;
  return null;
}

interface Parsed { value: number; end: number; vague: boolean }

/** Scratch of findNumbers: indexes of its content tokens (findNumbers does not re-enter itself). */
let CONTENT = new Int32Array(1024);

/** Parse a number phrase starting at content token `i` (content = non-clitic, non-punct). */
function parseAt(toks: Token[], ci: Int32Array, i: number, lex: NumberLexicon, text: string): Parsed | null {
  const t = toks[ci[i]];
  const key = t.norm;
  // vague phrases (longest first: عدد من, a number of); keys are built only after a first word of one
  for (let len = 3; len >= 1 && lex.vagueFirst.has(key); len--) {
    if (i + len > ci.length) continue;
    const k = len === 1 ? key : len === 2 ? key + ' ' + toks[ci[i + 1]].norm : key + ' ' + toks[ci[i + 1]].norm + ' ' + toks[ci[i + 2]].norm;
    const v = lex.vague.get(k);
    if (v !== undefined) {
      // "عشرات الآلاف", "hundreds of thousands": a vague base times a multiplier
      const next = i + len < ci.length ? toks[ci[i + len]].norm : '';
      const next2 = i + len + 1 < ci.length ? toks[ci[i + len + 1]].norm : '';
      let mult = 0;
      let used = 0;
      if (next === 'of' && (next2 === 'thousands' || next2 === 'millions')) [mult, used] = [next2 === 'thousands' ? 1000 : 1e6, 2];
      else if (next === 'الاف' || next === 'الوف' || next === 'ملايين') [mult, used] = [next === 'ملايين' ? 1e6 : 1000, 1];
      const base = lex.vagueBase.get(k)!;
      if (mult > base) return { value: base * mult, end: i + len + used, vague: true };
      return { value: v, end: i + len, vague: true };
    }
  }
  let total = 0;
  let current = 0;
  let j = i;
  let any = false;
  let lastWasDigit = false;
  for (; j < ci.length; j++) {
    const tok = toks[ci[j]];
    const k = tok.norm;
    let v: number | undefined;
    if (tok.kind === 'number') {
      if (any) break;
      const d = digitValue(k);
      if (d === null) return null;
      current = d;
      any = true;
      lastWasDigit = true;
      continue;
    }
    if (k === 'and' && any && total + current >= 100 && j + 1 < ci.length && lex.words.has(toks[ci[j + 1]].norm)) continue;
    const mult = lex.multipliers.get(k);
    if (mult !== undefined && (any || k === 'الف' || k === 'الفا' || k === 'مليون' || k === 'ميه' || k === 'مايه')) {
      if (mult >= 1000) {
        total += (current || 1) * mult;
        current = 0;
      } else current = (current || 1) * mult;
      any = true;
      lastWasDigit = false;
      continue;
    }
    if (lastWasDigit) break;
    if (k === 'a' && !any && j + 1 < ci.length && /^(?:hundred|thousand|million|dozen)$/.test(toks[ci[j + 1]].norm)) {
      current = 1;
      any = true;
      continue;
    }
    if (lex.teenOnes.has(k)) {
      const nk = j + 1 < ci.length ? toks[ci[j + 1]].norm : '';
      if (nk === 'عشر' || nk === 'عشره') {
        current += 11;
        j++;
        any = true;
        continue;
      }
      break;
    }
    if (k.includes(' ')) {
      // hyphenated English compound: twenty-five
      const parts = k.split(' ').map((p) => lex.words.get(p));
      if (parts.every((p) => p !== undefined && p < 100)) v = (parts as number[]).reduce((a, b) => a + b, 0);
    } else v = lex.words.get(k);
    if (v === undefined) break;
    if (v === 12 && k === 'dozen') {
      current = (current || 1) * 12;
      any = true;
      continue;
    }
    if (v >= 1000) {
      total += current + v; // ألفين، مليونين: already a full amount
      current = 0;
    } else if (v === 10 && current > 0 && current < 10) current += 10; // ثلاثة عشر
    else current += v;
    any = true;
    // Between Arabic number words, the conjunction و joins (خمسة وعشرون): the clitic was dropped
    // from content tokens, so just check that the next word carries one.
    if (j + 1 < ci.length) {
      const nextTok = toks[ci[j + 1]];
      const joined = ci[j + 1] - 1 >= 0 && toks[ci[j + 1] - 1].clitic && toks[ci[j + 1] - 1].norm === 'و';
      const isAr = /[\u0600-\u06FF]/.test(k);
      const nv = lex.words.get(nextTok.norm) ?? lex.multipliers.get(nextTok.norm);
      if (isAr && nv !== undefined && !joined && nv < 10 * v && !(v < 10 && (nv === 10 || nv >= 100))) {
        j++;
        break;
      }
    }
  }
  void text;
  if (!any) return null;
  return { value: total + current, end: j, vague: false };
}

/** Number expressions in `text` (a sentence or a document); spans are offsets into `text` plus
 *  `offset`, and cover the qualifier phrase (أكثر من 20) when there is one. Years, dates,
 *  day-of-month, times, citation markers [12], list markers and model numbers (Su-24) are skipped.
 *  `dateSpans`: dateShapedSpans(text, lang) when the caller already has it (findDatesWithSpans). */
export function findNumbers(text: string, lang: Lang, offset = 0, tokens?: Token[], dateSpans?: readonly { start: number; end: number }[]): NumberExpression[] {
  const out: NumberExpression[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  const lex = lexicon();
  // callers that already tokenized `text` (at offset 0) pass the tokens in: one tokenization a document
  const toks = tokens ?? tokenize(text, lang, 0);
  // content-token indexes, in a scratch buffer reused from call to call (a view of its first n)
  let content = CONTENT;
  if (content.length < toks.length) {
    content = new Int32Array(Math.max(toks.length, content.length * 2));
    if (toks.length <= 1 << 20) CONTENT = content; // a huge document's buffer is not kept
  }
  let nc = 0;
  for (let k = 0; k < toks.length; k++) if (!toks[k].clitic && toks[k].kind !== 'punct') content[nc++] = k;
  const ci = content.subarray(0, nc);
  // callers that ran findDatesWithSpans on `text` pass its dateSpans in: one date scan a document
  dateSpans ??= dateShapedSpans(text, lang);
  let ds = 0;
  for (let i = 0; i < ci.length; i++) {
    const t = toks[ci[i]];
    if (t.kind === 'word' && !lex.starts.has(t.norm) && !t.norm.includes(' ')) {
      // not a number word: maybe a dual noun (قريتين، عنصرين)
      const c = t.norm.charCodeAt(t.norm.length - 1);
      if (c !== 0x646 && c !== 0x64a && c !== 0x627) continue; // ن ي ا
      const dual = dualKeyValue(t.norm);
      if (dual === null) continue;
      while (ds < dateSpans.length && dateSpans[ds].end <= t.start) ds++;
      if (ds < dateSpans.length && dateSpans[ds].start < t.end) continue;
      out.push({ value: dual, qualifier: 'exact', vague: false, text: t.text, span: { start: t.start + offset, end: t.end + offset } });
      continue;
    }
    // skip number words after the article (العاشر، الاثنين = Monday) except vague plurals (العشرات)
    const prevTok = ci[i] > 0 ? toks[ci[i] - 1] : undefined;
    if (t.kind === 'word' && prevTok?.clitic && prevTok.norm === 'ال' && !lex.vague.has(t.norm)) continue;
    const p = parseAt(toks, ci, i, lex, text);
    if (!p || p.end <= i) continue;
    const first = t;
    const last = toks[ci[p.end - 1]];
    if (first.kind === 'number' && p.end === i + 1 && skipDigits(text, first, p.value)) continue;
    while (ds < dateSpans.length && dateSpans[ds].end <= first.start) ds++;
    if (ds < dateSpans.length && dateSpans[ds].start < last.end) {
      i = p.end - 1;
      continue;
    }
    if (p.value > 0 && (t.norm === 'one' || t.norm === 'واحد') && /\bno$/i.test(text.slice(Math.max(0, first.start - 4), first.start).trim())) continue;
    let qualifier: Qualifier = p.vague ? 'vague' : 'exact';
    let start = first.start;
    let end = last.end;
    for (const { seq, q } of lex.before) {
      if (seq.length > i) continue;
      let ok = true;
      for (let k = 0; k < seq.length && ok; k++) ok = toks[ci[i - seq.length + k]].norm === seq[k];
      if (ok) {
        qualifier = q;
        start = toks[ci[i - seq.length]].start;
        break;
      }
    }
    if (qualifier === 'exact' || qualifier === 'vague') {
      for (const { seq, q } of lex.after) {
        if (p.end + seq.length > ci.length) continue;
        let ok = true;
        for (let k = 0; k < seq.length && ok; k++) ok = toks[ci[p.end + k]].norm === seq[k];
        // allow one noun between the number and "على الأقل" (قتل 5 مدنيين على الأقل)
        let skip = 0;
        if (!ok && p.end + 1 + seq.length <= ci.length) {
          ok = true;
          for (let k = 0; k < seq.length && ok; k++) ok = toks[ci[p.end + 1 + k]].norm === seq[k];
          skip = 1;
        }
        if (ok) {
          qualifier = q;
          end = toks[ci[p.end + skip + seq.length - 1]].end;
          break;
        }
      }
    }
    // A vague word keeps vague: true whatever qualifier precedes it (أكثر من عشرات is still vague).
    out.push({ value: p.value, qualifier, vague: p.vague, text: text.slice(start, end), span: { start: start + offset, end: end + offset } });
    i = p.end - 1;
  }
  markRanges(text, offset, out);
  return out;
}

const RANGE_BEFORE = /(?:\bbetween|(?:^|[\s\u060c])(?:ما\s+)?بين)\s*$/i;
const RANGE_JOIN = /^\s*(?:and|to|و|-|–)\s*$/i;
/** "between 10 and 15", "ما بين 10 و15": the low figure is a floor, the high one a ceiling (the
 *  schema has no range; at_least + up_to keep both and the conservative total takes the floor). */
function markRanges(text: string, offset: number, out: NumberExpression[]): void {
  for (let k = 1; k < out.length; k++) {
    const a = out[k - 1]!, b = out[k]!;
    if (a.qualifier !== 'exact' || b.qualifier !== 'exact' || a.value >= b.value) continue;
    if (!RANGE_JOIN.test(text.slice(a.span.end - offset, b.span.start - offset))) continue;
    if (!RANGE_BEFORE.test(text.slice(Math.max(0, a.span.start - offset - 12), a.span.start - offset))) continue;
    a.qualifier = 'at_least';
    b.qualifier = 'up_to';
  }
}

/** Digit tokens that are not counts: years, citation/list markers, model numbers, ordinals, times. */
function skipDigits(text: string, t: Token, value: number): boolean {
  const before = text[t.start - 1] ?? '';
  const after = text[t.end] ?? '';
  if (Number.isInteger(value) && value >= 1900 && value <= 2099 && !t.text.includes(',')) return true; // a year
  if (before === '[' && after === ']') return true; // citation marker
  if (/[A-Za-z\u00C0-\u024F]/.test(before)) return true; // F16 (Arabic و/ب before a digit is a clitic)
  if (before === '-' && /\p{L}/u.test(text[t.start - 2] ?? '')) return true; // Su-24, T-72
  if (/^(?:st|nd|rd|th)\b/i.test(text.slice(t.end, t.end + 3))) return true; // 24th
  if (after === ':' && /\d/.test(text[t.end + 1] ?? '')) return true; // 10:30
  if (before === ':' && /\d/.test(text[t.start - 2] ?? '')) return true;
  // list marker "1.": the (cheap) char after first, then only spaces back to the line start
  if (after !== '.' && after !== ')' && after !== '-') return false;
  const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
  return /^\s*$/.test(text.slice(lineStart, t.start));
}
