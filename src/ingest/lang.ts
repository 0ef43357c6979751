// Language of a document: Arabic by script share (franc's trigrams are unreliable on short
// Arabic text and mixed-script bulletins), everything else by franc-min.
import { francAll } from 'franc-min';
import type { DocLang } from '../core/index.js';

const ARABIC_SHARE = 0.4;
/** Below this many letters no statistical guess is meaningful. */
const MIN_LETTERS = 20;
/** franc on a long prefix is as good as on the whole text and keeps ingest fast. */
const SAMPLE_CHARS = 2000;
/** franc's scores are relative to the best (1.0); English this close to the top is English
 *  (franc-min often ranks Scots or Frisian first on short English news text). */
const ENGLISH_NEAR_TOP = 0.95;

const IS_LETTER = 1;
const IS_ARABIC = 2; // a letter of the Arabic script
const IS_LATIN = 4; // a character of the Latin script
const LETTER_RE = /\p{L}/u;
const ARABIC_RE = /\p{Script=Arabic}/u;
const LATIN_RE = /\p{Script=Latin}/u;

function classOf(ch: string): number {
  return (LETTER_RE.test(ch) ? IS_LETTER | (ARABIC_RE.test(ch) ? IS_ARABIC : 0) : 0) | (LATIN_RE.test(ch) ? IS_LATIN : 0);
}

/** Per BMP code unit: IS_LETTER | IS_ARABIC | IS_LATIN bits, built on first use. A counting loop
 *  over it replaces global Unicode-property regex matches that built an array of every letter. */
let letterClass: Uint8Array | null = null;
function letterClasses(): Uint8Array {
  if (letterClass) return letterClass;
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) t[c] = classOf(String.fromCharCode(c));
  return (letterClass = t);
}

/** Letters, Arabic-script letters and Latin-script characters in `s`, per code point. */
function countLetters(s: string): { letters: number; arabic: number; latin: number } {
  let letters = 0;
  let arabic = 0;
  let latin = 0;
  const table = letterClasses();
  for (let i = 0; i < s.length; i++) {
    let k = table[s.charCodeAt(i)]!;
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) {
      k = classOf(String.fromCodePoint(cp)); // astral: rare, classified directly
      i++;
    }
    if (k & IS_LETTER) letters++;
    if (k & IS_ARABIC) arabic++;
    if (k & IS_LATIN) latin++;
  }
  return { letters, arabic, latin };
}

export function detectLanguage(text: string): { lang: DocLang; supported: boolean } {
  if (typeof text !== 'string') return { lang: 'und', supported: false };
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const { letters, arabic } = countLetters(sample);
  if (letters > 0 && arabic / letters > ARABIC_SHARE) return arabicScript(sample, arabic);
  if (letters < MIN_LETTERS) return { lang: 'und', supported: false };
  const latin = isLatinMostly(sample);
  // Trigram statistics are unreliable on one-line bulletins; English function words and the
  // commonest conflict-reporting words are not.
  // Long text this dense in them is English too, and franc's trigram pass is a tenth of ingest.
  if (latin) {
    const share = englishWordShare(sample);
    if (share >= (letters < SHORT_LETTERS ? ENGLISH_WORD_SHARE : ENGLISH_WORD_SHARE_LONG)) return { lang: 'en', supported: true };
  }
  const ranked = francAll(sample, { minLength: MIN_LETTERS });
  const top = ranked[0]?.[0] ?? 'und';
  if (top === 'eng') return { lang: 'en', supported: true };
  const eng = ranked.find(([code]) => code === 'eng');
  if (eng && eng[1] >= ENGLISH_NEAR_TOP && latin) return { lang: 'en', supported: true };
  return { lang: top, supported: false };
}

/** Letters Arabic does not use but Persian, Urdu, Pashto and Kurdish do. */
const NON_ARABIC_LETTERS = /[\u067E\u0686\u0698\u06AF\u0679\u0688\u0691\u06BA\u06BE\u06C1\u06D2\u06D5\u06B5\u06CE]/g;
/** Persian-keyboard yeh and keheh also appear in Arabic typed on Persian layouts, so they are
 *  folded to the Arabic letters before asking franc, and only the letters above trigger it. */
const PERSIAN_YEH_KEHEH = /[\u06CC\u06A9]/g;
const ARABIC_SCRIPT_LANGS = ['arb', 'pes', 'urd', 'pbu', 'skr', 'ckb'];

function arabicScript(sample: string, arabicLetters: number): { lang: DocLang; supported: boolean } {
  const foreign = sample.match(NON_ARABIC_LETTERS)?.length ?? 0;
  if (foreign / arabicLetters < 0.01) return { lang: 'ar', supported: true };
  const folded = sample.replace(PERSIAN_YEH_KEHEH, (c) => (c === '\u06CC' ? '\u064A' : '\u0643'));
  const top = francAll(folded, { only: ARABIC_SCRIPT_LANGS, minLength: MIN_LETTERS })[0]?.[0];
  return !top || top === 'arb' || top === 'und' ? { lang: 'ar', supported: true } : { lang: top, supported: false };
}

/** Below this many letters, English is recognised by its words rather than by franc. */
const SHORT_LETTERS = 300;
const ENGLISH_WORD_SHARE = 0.25;
/** English news prose runs at 0.4–0.5 of these words; French, German or Spanish share few of
 *  them (in, was, over), far below this. Between the two, franc decides. */
const ENGLISH_WORD_SHARE_LONG = 0.33;
// English function words and the commonest words of English conflict reporting. A general
// fact of the language, not tuned to any document.
const ENGLISH_WORDS = new Set(
  ('the of in on at to from by with for and or but was were is are has have had been be will ' +
    'said says say that this which who whom their its his her they he she it after before near ' +
    'into over under against during since two three four five several dozens killed wounded injured ' +
    'dead attack attacked attacks strike strikes struck shelled shelling clashes fighting fighters ' +
    'forces troops army rebels rebel government civilians civilian people town city village villages ' +
    'province countryside northern southern eastern western north south east west captured retakes ' +
    'retook seized took control air drone airstrike airstrikes artillery rocket rockets militants ' +
    'regime opposition sources local monitor monitoring group reported according').split(' '),
);

function englishWordShare(sample: string): number {
  const words = sample.toLowerCase().match(/[a-z]+(?:'[a-z]+)?/g) ?? [];
  if (words.length < 3) return 0;
  let hits = 0;
  for (const w of words) if (ENGLISH_WORDS.has(w)) hits++;
  return hits / words.length;
}

function isLatinMostly(sample: string): boolean {
  const { letters, latin } = countLetters(sample);
  return letters > 0 && latin / letters > 0.8;
}

const LANG_NAMES: Record<string, 'ar' | 'en'> = {
  ar: 'ar', ara: 'ar', arb: 'ar', apc: 'ar', ajp: 'ar', arabic: 'ar', 'عربي': 'ar', 'العربية': 'ar', 'عربية': 'ar',
  en: 'en', eng: 'en', english: 'en', 'إنجليزي': 'en', 'الإنجليزية': 'en',
};

/** A metadata language (`ar`, `ar-SY`, `arabic`, `en-US`, `fr`…) → stored language. */
export function normalizeLangTag(value: unknown): { lang: DocLang; supported: boolean } | null {
  if (typeof value !== 'string') return null;
  const tag = value.trim().toLowerCase();
  if (!tag) return null;
  const primary = tag.split(/[-_]/)[0];
  const known = LANG_NAMES[tag] ?? LANG_NAMES[primary];
  if (known) return { lang: known, supported: true };
  return /^[a-z]{2,3}$/.test(primary) ? { lang: primary, supported: false } : null;
}
