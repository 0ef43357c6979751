// Orthographic words built from tokens: the unit the trigger and cue tries walk over.
// A word carries several candidate forms (full word, and the stem after each split-off
// proclitic) so a wrong proclitic split (وسيطرت → و + س + يطرت) still matches سيطرت.
import type { Span, Token } from '../core/index.js';
import type { WordTrie } from './lexicon.js';

export interface Word extends Span {
  /** Candidate normalized forms, the clitic-free stem first. */
  forms: string[];
  /** The clitic-free stem (normalized). */
  stem: string;
  /** Normalized proclitics split off this word, in order (e.g. ['و', 'ال']). */
  clitics: string[];
  punct: boolean;
  number: boolean;
}

export function buildWords(tokens: readonly Token[]): Word[] {
  const words: Word[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.kind === 'punct') {
      words.push({ start: t.start, end: t.end, forms: [t.norm], stem: t.norm, clitics: [], punct: true, number: false });
      i++;
      continue;
    }
    // gather the tokens of one orthographic word (same `word` index, not punctuation)
    let j = i;
    const parts: Token[] = [];
    while (j < tokens.length && tokens[j]!.word === t.word && tokens[j]!.kind !== 'punct') parts.push(tokens[j++]!);
    const clitics: string[] = [];
    let k = 0;
    while (k < parts.length - 1 && parts[k]!.clitic) clitics.push(parts[k++]!.norm);
    const stemParts = parts.slice(k).map((p) => p.norm);
    const stem = stemParts.join('');
    const forms = [stem];
    // re-joined forms: drop fewer clitics (handles wrong splits)
    for (let c = k - 1; c >= 0; c--) {
      const f = parts.slice(c).map((p) => p.norm).join('');
      if (!forms.includes(f)) forms.push(f);
    }
    const start = parts[0]!.start;
    const end = parts[parts.length - 1]!.end;
    const number = parts.length === 1 && t.kind === 'number';
    // a token whose key has spaces (hyphenated `air-strikes`) becomes several words
    if (stem.includes(' ') && clitics.length === 0) {
      for (const w of stem.split(' ').filter(Boolean)) words.push({ start, end, forms: [w], stem: w, clitics: [], punct: false, number: false });
    } else {
      words.push({ start, end, forms, stem, clitics, punct: false, number });
    }
    i = j;
  }
  return words;
}

/** Index of the first word whose end is after `offset` (binary search). */
export function wordAt(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Word range [from, to) covering a character span. */
export function wordRange(words: readonly Word[], span: Span): [number, number] {
  const from = wordAt(words, span.start);
  let to = from;
  while (to < words.length && words[to]!.start < span.end) to++;
  return [from, Math.max(to, from + 1)];
}

export interface LexHit<T> { values: T[]; from: number; to: number }

/** One left-to-right pass: longest non-overlapping matches of a trie; never crosses punctuation. */
export function scanWords<T>(words: readonly Word[], trie: WordTrie<T>, blocked?: (i: number) => boolean): LexHit<T>[] {
  const out: LexHit<T>[] = [];
  const stop = (j: number) => words[j]!.punct || (blocked ? blocked(j) : false);
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    if (w.punct || (blocked && blocked(i))) { i++; continue; }
    const hit = trie.longest(words, i, stop);
    if (hit) {
      out.push({ values: hit.value, from: i, to: i + hit.words });
      i += hit.words;
    } else i++;
  }
  return out;
}
