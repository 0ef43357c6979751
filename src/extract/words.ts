// Orthographic words built from tokens: the unit the trigger and cue tries walk over.
// A word carries several candidate forms (full word, and the stem after each split-off
// proclitic) so a wrong proclitic split (وسيطرت → و + س + يطرت) still matches سيطرت.
import type { Span, Token } from '../core/index.js';
import type { WordTrie } from './lexicon.js';

export interface Word extends Span {
  /** Candidate normalized forms, the clitic-free stem first. Shared between words with the same
   *  tokens: read-only. */
  forms: readonly string[];
  /** The clitic-free stem (normalized). */
  stem: string;
  /** Normalized proclitics split off this word, in order (e.g. ['و', 'ال']). Read-only, shared. */
  clitics: readonly string[];
  punct: boolean;
  number: boolean;
}

/** What a word's forms, stem and clitics are, given its tokens' norms and clitic flags. The same
 *  words recur throughout a corpus, so shapes are computed once and shared (read-only): building
 *  them anew allocated several arrays and strings per word. */
interface Shape {
  forms: readonly string[];
  stem: string;
  clitics: readonly string[];
  /** A hyphenated token (`air-strikes`, key `air strikes`): its words, one shape each. */
  split: readonly Shape[] | null;
}

/** Cache node: one level per token of the word; the next token's norm is looked up in `clitic` or
 *  `plain` by whether this token is a clitic (which decides what is split off). */
interface ShapeNode {
  shape: Shape | null;
  clitic: Map<string, ShapeNode> | null;
  plain: Map<string, ShapeNode> | null;
}

const NO_CLITICS: readonly string[] = Object.freeze([]);
const SHAPE_LIMIT = 100_000;
let shapeRoot = new Map<string, ShapeNode>();
let shapeCount = 0;

function child(map: Map<string, ShapeNode>, key: string): ShapeNode {
  let n = map.get(key);
  if (n === undefined) {
    n = { shape: null, clitic: null, plain: null };
    map.set(key, n);
    shapeCount++;
  }
  return n;
}

/** The shape of the word made of tokens [from, to) (one orthographic word, no punctuation). */
function shapeOf(tokens: readonly Token[], from: number, to: number): Shape {
  if (shapeCount >= SHAPE_LIMIT) {
    shapeRoot = new Map(); // bounded memory on huge corpora
    shapeCount = 0;
  }
  let node = child(shapeRoot, tokens[from]!.norm);
  for (let k = from + 1; k < to; k++) {
    const prev = tokens[k - 1]!;
    const map = prev.clitic ? (node.clitic ??= new Map()) : (node.plain ??= new Map());
    node = child(map, tokens[k]!.norm);
  }
  return (node.shape ??= computeShape(tokens, from, to));
}

function singleShape(w: string): Shape {
  return { forms: [w], stem: w, clitics: NO_CLITICS, split: null };
}

function computeShape(tokens: readonly Token[], from: number, to: number): Shape {
  const parts = tokens.slice(from, to);
  const clitics: string[] = [];
  let k = 0;
  while (k < parts.length - 1 && parts[k]!.clitic) clitics.push(parts[k++]!.norm);
  const stem = parts.slice(k).map((p) => p.norm).join('');
  const forms = [stem];
  // re-joined forms: drop fewer clitics (handles wrong splits)
  for (let c = k - 1; c >= 0; c--) {
    const f = parts.slice(c).map((p) => p.norm).join('');
    if (!forms.includes(f)) forms.push(f);
  }
  // a token whose key has spaces (hyphenated `air-strikes`) becomes several words
  if (stem.includes(' ') && clitics.length === 0) return { forms, stem, clitics: NO_CLITICS, split: stem.split(' ').filter(Boolean).map(singleShape) };
  return { forms, stem, clitics: clitics.length ? clitics : NO_CLITICS, split: null };
}

/** Punctuation words: one shared forms array per punctuation key. */
const punctForms = new Map<string, readonly string[]>();
function punctFormsOf(norm: string): readonly string[] {
  let f = punctForms.get(norm);
  if (f === undefined) {
    if (punctForms.size >= 10_000) punctForms.clear();
    punctForms.set(norm, (f = [norm]));
  }
  return f;
}

export function buildWords(tokens: readonly Token[]): Word[] {
  const words: Word[] = [];
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    const t = tokens[i]!;
    if (t.kind === 'punct') {
      words.push({ start: t.start, end: t.end, forms: punctFormsOf(t.norm), stem: t.norm, clitics: NO_CLITICS, punct: true, number: false });
      i++;
      continue;
    }
    // gather the tokens of one orthographic word (same `word` index, not punctuation)
    let j = i + 1;
    while (j < n && tokens[j]!.word === t.word && tokens[j]!.kind !== 'punct') j++;
    const shape = shapeOf(tokens, i, j);
    const start = t.start;
    const end = tokens[j - 1]!.end;
    if (shape.split) {
      for (const p of shape.split) words.push({ start, end, forms: p.forms, stem: p.stem, clitics: NO_CLITICS, punct: false, number: false });
    } else {
      words.push({ start, end, forms: shape.forms, stem: shape.stem, clitics: shape.clitics, punct: false, number: j - i === 1 && t.kind === 'number' });
    }
    i = j;
  }
  return words;
}

/** "by" / a ب- prefix: what follows is the cause or agent ("killed by government shelling",
 *  "بقصف لقوات النظام"), not more of the victims named before it. */
/** Second halves of English modifiers written with a hyphen, which the tokenizer makes two
 *  words: Kurdish-led, Turkish-backed, Iran-allied. */
const MODIFIER_TAIL = /^(?:led|backed|allied|affiliated|aligned|supported|sponsored|controlled|linked)$/;

/** The word at `i` ends a hyphenated modifier ("Kurdish-led"): with the word before it, it
 *  stands between a noun and an actor's name without adding to their distance. */
export function endsModifier(words: readonly Word[], i: number): boolean {
  return i > 0 && MODIFIER_TAIL.test(words[i]!.stem) && !words[i - 1]!.punct;
}

/** Where the name at `from` starts with its hyphenated modifiers ("the Kurdish-led SDF"). */
export function modifiedFrom(words: readonly Word[], from: number): number {
  let start = from;
  while (start >= 2 && endsModifier(words, start - 1)) start -= 2;
  return start;
}

export function introducesCause(w: Word): boolean {
  return w.stem === 'by' || w.clitics.includes('ب');
}

/** The word is Arabic (its stem is written in Arabic letters). */
export const isArabicWord = (w: Word): boolean => /[\u0600-\u06ff]/.test(w.stem);

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
