// Romanization and consonant skeletons. Press spellings of Arabic place names vary wildly
// (Khan Shaykhun / Khan Sheikhoun / Khane Cheikhoun), but their consonants mostly agree.
// A skeleton keeps the consonants, folds the letters that transliterations confuse, and is
// computed both from Latin spellings and directly from the Arabic name, so a press spelling
// that no list contains still finds the Arabic-named place.

const AR_CONSONANTS: Record<string, string[]> = {
  'ب': ['b'], 'ت': ['t'], 'ث': ['t', 's'], 'ج': ['j'], 'ح': ['h'], 'خ': ['k'], 'د': ['d'],
  'ذ': ['z', 'd'], 'ر': ['r'], 'ز': ['z'], 'س': ['s'], 'ش': ['$'], 'ص': ['s'], 'ض': ['d'],
  'ط': ['t'], 'ظ': ['z', 'd'], 'غ': ['k'], 'ف': ['f'], 'ق': ['k'], 'ك': ['k'], 'ل': ['l'],
  'م': ['m'], 'ن': ['n'], 'ه': ['h'], 'پ': ['b'], 'چ': ['$'], 'ڤ': ['f'], 'گ': ['k'],
};
// Letters that are vowels, hamza carriers or ayn: no consonant in the skeleton.
const AR_SILENT = new Set(['ا', 'أ', 'إ', 'آ', 'ء', 'ئ', 'ؤ', 'ى', 'ع', 'ي', 'ة']);

const AR_READABLE: Record<string, string> = {
  'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'dh', 'ر': 'r',
  'ز': 'z', 'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'غ': 'gh', 'ف': 'f',
  'ق': 'q', 'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h', 'ع': '', 'ء': '', 'أ': 'a',
  'إ': 'i', 'آ': 'a', 'ا': 'a', 'ى': 'a', 'ئ': '', 'ؤ': '', 'ة': 'ah',
};

const AR_LETTER = /[\u0621-\u064A\u067E\u0686\u06A4\u06AF]/;
const AR_DIACRITICS = /[\u064B-\u0652\u0670\u0640]/g;

/** True when `s` contains Arabic letters. */
export function isArabic(s: string): boolean {
  return AR_LETTER.test(s);
}

/** Arabic article ال at the start of a word (not when the word is only the article + 1 letter). */
export function stripArabicArticle(word: string): string {
  return word.length >= 4 && word.startsWith('ال') ? word.slice(2) : word;
}

/** و is a consonant (w) at the start of a word, after alef, or before a long vowel/ta marbuta;
 *  elsewhere it is the long vowel u/o. */
function wawIsConsonant(word: string, i: number): boolean {
  if (i === 0) return true;
  const prev = word[i - 1];
  const next = word[i + 1];
  return prev === 'ا' || next === 'ا' || next === 'ي' || next === 'ة' || next === 'ه' && i + 2 === word.length;
}

/** Consonant skeletons of one Arabic word (several when a letter has two usual romanizations,
 *  e.g. ظ as z or d). At most 4 are returned. */
export function arabicWordSkeletons(word: string): string[] {
  const w = stripArabicArticle(word.replace(AR_DIACRITICS, ''));
  let outs = [''];
  for (let i = 0; i < w.length; i++) {
    const ch = w[i]!;
    let opts: string[] | undefined;
    if (ch === 'و') opts = wawIsConsonant(w, i) ? ['w'] : undefined;
    else if (ch === 'ه' && i === w.length - 1) opts = undefined; // final h, as ta marbuta
    else if (AR_SILENT.has(ch)) opts = undefined;
    else opts = AR_CONSONANTS[ch];
    if (!opts) continue;
    const next: string[] = [];
    for (const o of outs) for (const c of opts) if (next.length < 4) next.push(o + c);
    outs = next;
  }
  return outs.filter((s) => s.length > 0);
}

const LATIN_ARTICLES = new Set(['al', 'el', 'ad', 'ash', 'as', 'at', 'az', 'an', 'ar', 'ath', 'adh', 'ed', 'es', 'et', 'ez', 'er', 'en', 'esh', 'ul', 'il']);

/** Latin article words as they appear in transliterations (al-, el-, ash-, ad-, …). */
export function isLatinArticle(w: string): boolean {
  return LATIN_ARTICLES.has(w);
}

/** Consonant skeleton of one Latin word: de-accented, lower-cased, digraphs folded
 *  (sh/ch → $, kh/gh/q/g/c → k, dh → z, th → t, ou → u), doubled letters and vowels dropped,
 *  final -ah/-eh/-at/-et (ta marbuta) dropped. */
export function latinWordSkeleton(word: string): string {
  let s = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
  if (s.length > 4) s = s.replace(/(ah|eh|at|et|a|e)$/, '');
  else if (s.length > 2) s = s.replace(/(ah|eh)$/, '');
  s = s.replace(/(.)\1+/g, '$1');
  s = s
    .replace(/dj/g, 'j')
    .replace(/ou/g, 'u')
    .replace(/sch|sh|ch/g, '$')
    .replace(/kh|gh|qh|q|g|c/g, 'k')
    .replace(/dh/g, 'z')
    .replace(/th/g, 't')
    .replace(/ph/g, 'f')
    .replace(/[aeiouy]/g, '');
  return s;
}

/** A readable romanization of an Arabic name, for display and as a generated alias
 *  (short vowels are not written in Arabic, so only long vowels appear: كفرنبودة → Kfrnbudah). */
export function romanizeArabic(name: string): string {
  const words = name.replace(AR_DIACRITICS, '').split(/\s+/).filter(Boolean);
  const out = words.map((word) => {
    let prefix = '';
    let w = word;
    if (w.length >= 4 && w.startsWith('ال')) {
      prefix = 'al-';
      w = w.slice(2);
    }
    let r = '';
    for (let i = 0; i < w.length; i++) {
      const ch = w[i]!;
      if (ch === 'و') r += wawIsConsonant(w, i) ? 'w' : 'u';
      else if (ch === 'ي') r += i === 0 || w[i - 1] === 'ا' || w[i + 1] === 'ا' ? 'y' : 'i';
      else r += AR_READABLE[ch] ?? (AR_LETTER.test(ch) ? '' : ch);
    }
    r = r.replace(/(.)\1+/g, '$1$1');
    return prefix + (r.charAt(0).toUpperCase() + r.slice(1));
  });
  return out.join(' ');
}
