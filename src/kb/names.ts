// Name keys shared by the gazetteer and the mention matcher: a name becomes a list of word keys
// (normalizeKey, punctuation dropped, articles removed) so "Jisr al-Shughur", "Jisr ash-Shughur"
// and "جسر الشغور" each walk the same kind of path in a trie, and text does the same per word.
import { normalizeKey } from '../text/index.js';
import { isArabic, isLatinArticle, latinWordSkeleton, arabicWordSkeletons, stripArabicArticle } from './romanize.js';

const NON_WORD = /[^\p{L}\p{N}]+/u;

/** Word keys of a name: normalized, articles (ال, al-, el-, ash- …) dropped. */
export function nameKeyWords(name: string): string[] {
  const words = normalizeKey(name).split(NON_WORD).filter(Boolean);
  const arabic = isArabic(name);
  const orig = arabic ? name.normalize('NFC').replace(/[\u064B-\u0652\u0670\u0640]/g, '').split(NON_WORD).filter(Boolean) : [];
  const aligned = orig.length === words.length;
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // only a written ال is the article (آليات is not ال + يات)
    if (isArabic(w)) out.push(!aligned || orig[i]!.startsWith('ال') ? stripArabicArticle(w) : w);
    else if (!(isLatinArticle(w) && i < words.length - 1)) out.push(w);
  }
  return out;
}

export function nameKey(name: string): string {
  return nameKeyWords(name).join(' ');
}

/** Latin consonant skeleton words of a Latin name (articles dropped), or null when too short to
 *  be safe (fewer than 3 consonants in all). */
export function latinSkeletonWords(name: string): string[] | null {
  const words = nameKeyWords(name);
  if (words.length === 0 || words.some((w) => isArabic(w))) return null;
  const sk = words.map(latinWordSkeleton);
  if (sk.some((s) => s.length === 0) || sk.join('').length < 3) return null;
  return sk;
}

/** Consonant skeletons of an Arabic name (one per romanization choice, at most 4). */
export function arabicSkeletonWords(name: string): string[][] {
  const words = nameKeyWords(name);
  if (words.length === 0 || !words.every(isArabic)) return [];
  let outs: string[][] = [[]];
  for (const w of words) {
    const opts = arabicWordSkeletons(w);
    if (opts.length === 0) return [];
    const next: string[][] = [];
    for (const o of outs) for (const s of opts) if (next.length < 4) next.push([...o, s]);
    outs = next;
  }
  return outs.filter((o) => o.join('').length >= 3);
}

const latinSkelCache = new Map<string, string>();
const arabicSkelCache = new Map<string, string[]>();

/** Latin skeleton of already-keyed words (cached per word; the same words recur across names). */
export function latinSkeletonOfWords(words: readonly string[]): string[] | null {
  if (words.length === 0) return null;
  const out: string[] = [];
  let len = 0;
  for (const w of words) {
    let sk = latinSkelCache.get(w);
    if (sk === undefined) {
      sk = isArabic(w) ? '' : latinWordSkeleton(w);
      latinSkelCache.set(w, sk);
    }
    if (!sk) return null;
    len += sk.length;
    out.push(sk);
  }
  return len >= 3 ? out : null;
}

/** Arabic skeletons of already-keyed words (at most 4 combinations). */
export function arabicSkeletonsOfWords(words: readonly string[]): string[][] {
  let outs: string[][] = [[]];
  for (const w of words) {
    let opts = arabicSkelCache.get(w);
    if (opts === undefined) {
      opts = isArabic(w) ? arabicWordSkeletons(w) : [];
      arabicSkelCache.set(w, opts);
    }
    if (opts.length === 0) return [];
    const next: string[][] = [];
    for (const o of outs) for (const sk of opts) if (next.length < 4) next.push([...o, sk]);
    outs = next;
  }
  return outs.filter((o) => o.join('').length >= 3);
}

/** The other spellings of a name built on معرة (Maarat): joined with ت (معرتحرمه), joined without
 *  it (معرشورين), or split (معره حرمه). Keys are normalized (ة → ه). */
export function maaratVariants(words: readonly string[]): string[][] {
  const [w0, w1] = words;
  if (!w0) return [];
  if (w0 === 'معره' && w1 && words.length >= 2 && !w1.startsWith('ال')) return [['معرت' + w1, ...words.slice(2)], ['معر' + w1, ...words.slice(2)]];
  if (words.length === 1 && w0.length > 6 && w0.startsWith('معرت')) return [['معره', w0.slice(4)]];
  if (words.length === 1 && w0.length > 5 && w0.startsWith('معر') && !/^معر[هتو]/.test(w0)) return [['معره', w0.slice(3)]];
  return [];
}
