// Trigger and cue lexicons: JSON data under data/lexicon, validated with zod on load and
// compiled once into a word trie (exact words + stem prefixes) for one pass over a document.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ALL_SUB_EVENT_TYPES, DATA_DIR, MarsadError, type Lang, type SubEventType, type Victims } from '../core/index.js';
import { normalizeKey } from '../text/index.js';

export const LEXICON_DIR = join(DATA_DIR, 'lexicon');

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const changelog = z.array(z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), change: z.string().min(1) })).min(1);
const forms = z.array(z.string().trim().min(1)).min(1);

const triggerSchema = z.object({
  id: z.string().regex(KEBAB, 'id must be kebab-case'),
  sub_event_type: z.string().refine((s) => (ALL_SUB_EVENT_TYPES as string[]).includes(s), 'unknown sub_event_type'),
  territory: z.boolean().optional(),
  forms,
  not_after: z.array(z.string().min(1)).optional(),
  not_before: z.array(z.string().min(1)).optional(),
  roles: z.record(z.string(), z.string()),
  requires: z.array(z.enum(['place', 'place-after', 'place-or-area', 'actor', 'armed-actor', 'actor-or-place', 'conclude', 'establish', 'retreat-after', 'own-date', 'aircraft-after', 'death', 'victims-after', 'target-after'])).optional(),
  ambiguous_air: z.boolean().optional(),
  weak: z.boolean().optional(),
  /** Coded only when the sentence has no other event: "X killed 12 rebels" is an event of its own,
   *  "an air strike killed 12" is the air strike. */
  fallback: z.boolean().optional(),
  anaphoric: z.boolean().optional(),
  /** The object is a pronoun: the place is the one named before the trigger (its antecedent). */
  antecedent: z.boolean().optional(),
  /** Not subsumed by a capture reported in the same sentence (a repelled attack). */
  independent: z.boolean().optional(),
  civilian_targeting: z.boolean().optional(),
  example: z.string().min(1),
  source: z.string().min(1),
  note: z.string().optional(),
});

export const CUE_GROUPS = [
  'negation', 'inability', 'denial', 'planned', 'threatened', 'hypothetical', 'fear', 'attempt', 'achieve', 'claim', 'attribution',
  'kill', 'injury', 'casualties', 'victims', 'unnamed_place', 'air_context', 'assoc', 'leader',
  'patient', 'agent_by', 'near', 'quantifier', 'except', 'actor_adjective', 'purpose_noun', 'conclude', 'establish', 'including', 'object_stop', 'captured', 'subset', 'commentary', 'retreat', 'again', 'earlier', 'look_back', 'toll', 'grievance', 'one_victim', 'kin', 'riot', 'target', 'disperse', 'intercept', 'mediation', 'cumulative', 'responsibility', 'remnant', 'flight',
] as const;
export type CueGroup = (typeof CUE_GROUPS)[number];

const cueSchema = z.object({
  id: z.string().regex(KEBAB, 'id must be kebab-case'),
  group: z.enum(CUE_GROUPS),
  forms,
  victims: z.enum(['civilians', 'rebels', 'government', 'foreign_forces', 'combatants', 'unspecified']).optional(),
  actor: z.string().min(1).optional(),
  source: z.string().min(1),
});

const triggerFileSchema = z.object({
  version: z.number().int(),
  lang: z.enum(['ar', 'en']),
  description: z.string().optional(),
  changelog,
  triggers: z.array(triggerSchema).min(1),
});
const cueFileSchema = z.object({
  version: z.number().int(),
  lang: z.enum(['ar', 'en']),
  description: z.string().optional(),
  changelog,
  cues: z.array(cueSchema).min(1),
});

export type TriggerRule = z.infer<typeof triggerSchema> & { sub_event_type: SubEventType; lang: Lang };
export type CueEntry = z.infer<typeof cueSchema> & { lang: Lang; victims?: Victims };

/** What a trie node stores at the end of a pattern. */
export interface TrieHit<T> { value: T; words: number }

/** A trie over normalized words. A pattern word ending in `*` matches any word with that stem. */
export class WordTrie<T> {
  private readonly exact = new Map<string, WordTrie<T>>();
  private readonly prefix = new Map<string, WordTrie<T>>();
  private maxPrefix = 0;
  readonly values: T[] = [];

  add(words: string[], value: T): void {
    let node: WordTrie<T> = this;
    for (const w of words) {
      const isPrefix = w.length > 2 && w.endsWith('*');
      const key = isPrefix ? w.slice(0, -1) : w;
      const map = isPrefix ? node.prefix : node.exact;
      if (isPrefix) node.maxPrefix = Math.max(node.maxPrefix, key.length);
      let next = map.get(key);
      if (!next) { next = new WordTrie<T>(); map.set(key, next); }
      node = next;
    }
    node.values.push(value);
  }

  /** Memo of `step` by forms array identity: buildWords shares one forms array between all words
   *  with the same tokens, so a recurring word costs one identity-hashed lookup. */
  private readonly byArray = new Map<readonly string[], WordTrie<T>[]>();
  /** Memo of `step` by the forms' contents (one level per form, no joined key string is built),
   *  for arrays seen for the first time. */
  private readonly stepCache = new Map<string, StepMemo<T>>();
  private stepCacheSize = 0;

  /** Children reachable by one word given its candidate forms (full word, stem without clitics).
   *  Memoized per node: the same words recur throughout a corpus. The result is shared: read-only. */
  step(forms: readonly string[]): WordTrie<T>[] {
    const hit = this.byArray.get(forms);
    if (hit !== undefined) return hit;
    const out = this.stepByContent(forms);
    // bounded: arrays of words built anew (not from buildWords' cache) would otherwise accumulate
    if (this.byArray.size >= 200_000) this.byArray.clear();
    this.byArray.set(forms, out);
    return out;
  }

  private stepByContent(forms: readonly string[]): WordTrie<T>[] {
    const n = forms.length;
    let memo = this.stepCache.get(forms[0]!);
    for (let k = 1; memo !== undefined && k < n; k++) memo = memo.more?.get(forms[k]!);
    if (memo?.out) return memo.out;
    const out = this.stepUncached(forms);
    if (this.stepCacheSize < 200_000) this.remember(forms, out);
    return out;
  }

  private remember(forms: readonly string[], out: WordTrie<T>[]): void {
    let memo = this.stepCache.get(forms[0]!);
    if (!memo) this.stepCache.set(forms[0]!, (memo = { out: null, more: null }));
    for (let k = 1; k < forms.length; k++) {
      const more: Map<string, StepMemo<T>> = (memo.more ??= new Map());
      let next = more.get(forms[k]!);
      if (!next) more.set(forms[k]!, (next = { out: null, more: null }));
      memo = next;
    }
    memo.out = out;
    this.stepCacheSize++;
  }

  private stepUncached(forms: readonly string[]): WordTrie<T>[] {
    const out: WordTrie<T>[] = [];
    for (const f of forms) {
      const e = this.exact.get(f);
      if (e && !out.includes(e)) out.push(e);
      if (this.maxPrefix) {
        for (let k = Math.min(f.length, this.maxPrefix); k >= 2; k--) {
          const p = this.prefix.get(f.slice(0, k));
          if (p && !out.includes(p)) out.push(p);
        }
      }
    }
    return out;
  }

  /** Longest match starting at word `i`: the values of the longest pattern and its length in words. */
  longest(words: readonly { forms: readonly string[] }[], i: number, stop?: (j: number) => boolean): TrieHit<T[]> | null {
    if (i >= words.length) return null;
    // most words start no pattern: answered from the root's memo without allocating
    let frontier: readonly WordTrie<T>[] = this.step(words[i]!.forms);
    if (!frontier.length) return null;
    // the frontier holding the longest patterns so far; their values are gathered once at the end
    let bestAt: readonly WordTrie<T>[] | null = hasValues(frontier) ? frontier : null;
    let bestLen = bestAt ? 1 : 0;
    for (let j = i + 1; j < words.length; j++) {
      if (stop && stop(j)) break;
      const forms = words[j]!.forms;
      if (frontier.length === 1) frontier = frontier[0]!.step(forms); // the usual case: no new array
      else {
        const next: WordTrie<T>[] = [];
        for (const n of frontier) for (const c of n.step(forms)) next.push(c);
        frontier = next;
      }
      if (!frontier.length) break;
      if (hasValues(frontier)) { bestAt = frontier; bestLen = j - i + 1; }
    }
    if (!bestAt) return null;
    // all patterns of the longest length count (an exact word and a stem can both match)
    // (the first node's values are taken as they are, duplicates included, as before)
    let value: T[] | null = null;
    for (const n of bestAt) {
      if (!n.values.length) continue;
      if (value === null) value = [...n.values];
      else for (const v of n.values) if (!value.includes(v)) value.push(v);
    }
    return { value: value!, words: bestLen };
  }
}

function hasValues<T>(frontier: readonly WordTrie<T>[]): boolean {
  for (const n of frontier) if (n.values.length) return true;
  return false;
}

/** One level of WordTrie.step's memo: the children for the forms so far, and deeper levels. */
interface StepMemo<T> { out: WordTrie<T>[] | null; more: Map<string, StepMemo<T>> | null }

export interface CompiledLang {
  triggers: WordTrie<TriggerRule>;
  cues: WordTrie<CueEntry>;
  notAfter: Map<string, Set<string>>; // rule id → previous-word keys that cancel it
  notBefore: Map<string, Set<string>>; // rule id → next-word keys that cancel it
}

export interface Lexicon {
  triggers: TriggerRule[];
  cues: CueEntry[];
  /** Compiled per language, built once by loadLexicon / compileLexicon. */
  compiled: Record<Lang, CompiledLang>;
}

function keyWords(form: string): string[] {
  const star = form.endsWith('*');
  const key = normalizeKey(star ? form.slice(0, -1) : form);
  const words = key.split(' ').filter(Boolean);
  if (star && words.length) words[words.length - 1] += '*';
  return words;
}

function fail(file: string, detail: string): never {
  throw new MarsadError('MARSAD_ERR_DATA_INVALID', detail, { file });
}

function entryLabel(doc: unknown, path: PropertyKey[]): string {
  const [list, idx] = path;
  const items = (doc as Record<string, unknown>)?.[list as string];
  const entry = Array.isArray(items) && typeof idx === 'number' ? (items[idx] as { id?: string } | undefined) : undefined;
  return entry?.id ? `entry "${entry.id}"` : `at ${path.join('.')}`;
}

export function parseTriggerFile(doc: unknown, file: string): TriggerRule[] {
  const r = triggerFileSchema.safeParse(doc);
  if (!r.success) {
    const iss = r.error.issues[0]!;
    fail(file, `${entryLabel(doc, iss.path)}: ${iss.path.slice(2).join('.') || ''} ${iss.message}`.trim());
  }
  return r.data.triggers.map((t) => ({ ...t, lang: r.data.lang }) as TriggerRule);
}

export function parseCueFile(doc: unknown, file: string): CueEntry[] {
  const r = cueFileSchema.safeParse(doc);
  if (!r.success) {
    const iss = r.error.issues[0]!;
    fail(file, `${entryLabel(doc, iss.path)}: ${iss.path.slice(2).join('.') || ''} ${iss.message}`.trim());
  }
  return r.data.cues.map((c) => ({ ...c, lang: r.data.lang }) as CueEntry);
}

/** Builds the tries; rejects duplicate ids across all files. */
export function compileLexicon(triggers: TriggerRule[], cues: CueEntry[], file = '<lexicon>'): Lexicon {
  const seen = new Set<string>();
  for (const e of [...triggers, ...cues]) {
    if (seen.has(e.id)) fail(file, `entry "${e.id}": duplicate id`);
    seen.add(e.id);
  }
  const compiled = {} as Record<Lang, CompiledLang>;
  for (const lang of ['ar', 'en'] as Lang[]) {
    const c: CompiledLang = { triggers: new WordTrie(), cues: new WordTrie(), notAfter: new Map(), notBefore: new Map() };
    for (const t of triggers) {
      if (t.lang !== lang) continue;
      for (const f of t.forms) { const w = keyWords(f); if (w.length) c.triggers.add(w, t); }
      if (t.not_after) c.notAfter.set(t.id, new Set(t.not_after.map((s) => normalizeKey(s))));
      if (t.not_before) c.notBefore.set(t.id, new Set(t.not_before.map((s) => normalizeKey(s))));
    }
    for (const q of cues) {
      if (q.lang !== lang) continue;
      for (const f of q.forms) { const w = keyWords(f); if (w.length) c.cues.add(w, q); }
    }
    compiled[lang] = c;
  }
  return { triggers, cues, compiled };
}

/** Loads every `triggers.*.json` and `cues.*.json` in `dir` (default data/lexicon). */
export function loadLexicon(dir: string = LEXICON_DIR): Lexicon {
  const triggers: TriggerRule[] = [];
  const cues: CueEntry[] = [];
  for (const lang of ['ar', 'en']) {
    for (const [kind, into] of [['triggers', triggers], ['cues', cues]] as const) {
      const file = join(dir, `${kind}.${lang}.json`);
      if (!existsSync(file)) continue;
      let doc: unknown;
      try { doc = JSON.parse(readFileSync(file, 'utf8')); } catch (e) { fail(file, `not valid JSON: ${(e as Error).message}`); }
      if (kind === 'triggers') (into as TriggerRule[]).push(...parseTriggerFile(doc, file));
      else (into as CueEntry[]).push(...parseCueFile(doc, file));
    }
  }
  if (!triggers.length) fail(dir, 'no trigger lexicon found');
  return compileLexicon(triggers, cues, dir);
}
