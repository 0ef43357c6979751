// One pass over a document's tokens: places, regions and actors by longest match in a word trie,
// through Arabic proclitics and articles and through transliteration variants (consonant
// skeletons, capitalized Latin words only). Head nouns (قرية، بلدة، village …) raise confidence
// and an unknown name after one is kept as `unresolved_place`.
import type { Lang, Mention, Place, Token } from '../core/index.js';
import type { ActorIndex } from './actors.js';
import { Gazetteer, placePrior, type Direction } from './gazetteer.js';
import { maaratVariants, nameKeyWords } from './names.js';
import { isArabic, isLatinArticle, latinWordSkeleton, stripArabicArticle } from './romanize.js';
import { loadMatcherWords, type MatcherWords } from './words.js';

type ListKey = { [K in keyof MatcherWords]: MatcherWords[K] extends string[] ? K : never }[keyof MatcherWords];
type MatcherSets = Record<Exclude<ListKey, 'changelog'>, ReadonlySet<string>>;

// ---------------------------------------------------------------- trie

interface Node {
  next: Map<string, Node> | null;
  places: string[] | null;
  actor: string | null;
  actorAmbiguous?: boolean;
  /** Set for aliases that only mean the actor in this exact case (IS, TIP, UN: not "is", "tip"). */
  actorCased?: string;
  /** `places` looked up in the gazetteer, and the Syrian ones (filled on first match; shared,
   *  so never sorted or changed in place). */
  found: { all: Place[]; syrian: Place[] } | null;
}
const newNode = (): Node => ({ next: null, places: null, actor: null, actorAmbiguous: false, actorCased: undefined, found: null });

function insert(root: Node, words: readonly string[]): Node {
  let n = root;
  for (const w of words) {
    if (!n.next) n.next = new Map();
    let c = n.next.get(w);
    if (!c) {
      c = newNode();
      n.next.set(w, c);
    }
    n = c;
  }
  return n;
}

// ---------------------------------------------------------------- units

/** What the matcher needs of one orthographic word (Arabic proclitics grouped back) or one
 *  hyphen part of a Latin word. It depends only on the word's tokens, so it is computed once per
 *  distinct word and shared by all its occurrences (see WordCache). Never mutated. */
interface WordInfo {
  /** Lookup keys: the word with 0..n leading proclitics dropped, articles stripped. */
  keys: string[];
  /** The keys by which the word may continue a name: all of them, but for a word with a
   *  preposition written onto it (ب ل ك) only its forms with the preposition ("قرية المزرعة
   *  بريف حماة" is not the village of Mazraat al-Reef; كفر بطيخ still is Kafr Battikh). */
  contKeys: string[];
  /** Latin skeleton (capitalized Latin words only). */
  skel: string | null;
  arabic: boolean;
  cap: boolean;
  /** Proclitic letters split off this word (و، ب، ل …). */
  clitics: string;
  /** The bare article (al, el, ad-…) of a Latin name. */
  article: boolean;
  /** Punctuation unit (ends lists and names). */
  punct: string | null;
  /** True when the word (Arabic) carried the article ال. */
  definite: boolean;
  /** The head noun this word is (قرية، villages …), or null. */
  head: HeadNoun | null;
  /** ROOT_START | SKEL_START | REGION_START: which tries or phrases a key can start. */
  flags: number;
  /** The name trie's first-level nodes for the keys, in key order (the walk's first step
   *  without a lookup in the root's large map). */
  rootKids: Node[];
  /** W_* bits: which closed word classes (matcher-words.json) the word's keys belong to. */
  sets: number;
  /** Direction named by the first key that is one (dirAr, dirEn, dualDirAr tables). */
  dirAr: Direction | null;
  dirEn: Direction | null;
  dualDir: Direction | null;
}

interface HeadNoun { plural: boolean; definite: boolean; kind: string }

/** One word of a document: its span and its (shared) word info, copied in. A class so that
 *  every unit has one shape (units are reused across documents, see WordCache.push). */
class Unit implements WordInfo {
  keys: string[] = [];
  contKeys: string[] = [];
  skel: string | null = null;
  arabic = false;
  cap = false;
  clitics = '';
  article = false;
  punct: string | null = null;
  definite = false;
  head: HeadNoun | null = null;
  flags = 0;
  rootKids: Node[] = [];
  sets = 0;
  dirAr: Direction | null = null;
  dirEn: Direction | null = null;
  dualDir: Direction | null = null;
  start = 0;
  end = 0;
}

const ROOT_START = 1;
const SKEL_START = 2;
const REGION_START = 4;

// Word-class bits (WordInfo.sets), computed once per distinct word so that the per-token
// checks are bit tests instead of `keys.some((k) => set.has(k))` closures. "any": some key is
// in the class; "first": keys[0] is.
const W_COUNTRYSIDE_AR = 1 << 0; // any
const W_COUNTRYSIDE_DUAL_AR = 1 << 1; // any
const W_PROVINCE_AR = 1 << 2; // any
const W_PROVINCE_DUAL_AR = 1 << 3; // any
const W_DIR_NOUN_AR = 1 << 4; // any
const W_MIN = 1 << 5; // any: من
const W_OF = 1 << 6; // any: of
const W_AND = 1 << 7; // any: and
const W_COUNTRYSIDE_EN = 1 << 8; // any
const W_PROVINCE_EN = 1 << 9; // any
const W_PLACE_PREP = 1 << 10; // any
const W_POST_HEAD_EN = 1 << 11; // any
const W_COMMON_AR = 1 << 12; // any
const W_PERSON_NEXT_AR = 1 << 13; // any
const W_NOT_NAME_AR = 1 << 14; // any
const W_JOINABLE_AR = 1 << 15; // any
const W_FORM_X = 1 << 16; // any: است… of 5+ letters (Form X verbs and masdars)
const W0_NOT_NAME_EN = 1 << 17; // first
const W0_COMMON_EN = 1 << 18; // first
const W0_JOINABLE = 1 << 19; // first
const W0_DIGIT = 1 << 20; // first: starts with an ASCII digit
const W_FEATURE_EN = 1 << 21; // any: lower-case word that may continue an English name (air base)
const W_LIST_INTRO = 1 << 22; // any: opens the list after a plural head noun (بينها، including)
const W0_PLACE_VERB_EN = 1 << 23; // first: an English verb whose object is a place (captured, shelled)
const W_PLACE_VERB_AR = 1 << 24; // any: an Arabic verb whose object is a place (قصفت، اقتحمت)

/** Word info before the matcher-specific fields (head, flags, classes) are filled in. */
type BaseInfo = Omit<WordInfo, 'head' | 'flags' | 'rootKids' | 'sets' | 'dirAr' | 'dirEn' | 'dualDir'>;

const POSSESSIVE = /['’]s$/;
const UPPER_FIRST = /^\p{Lu}/u;
const HYPHENS = /[-‐–]/;

/** The hyphen parts of a Latin token (al-Msherfeh → al, msherfeh): their infos, and their spans
 *  relative to the token start when the parts align with the key's words (null: whole token). */
interface LatinWord { infos: BaseInfo[]; offsets: number[] | null }

function latinWord(t: Token): LatinWord {
  const parts = t.text.split(HYPHENS);
  const norms = t.norm.split(' ');
  const aligned = parts.length === norms.length;
  const infos: BaseInfo[] = [];
  const offsets: number[] | null = aligned ? [] : null;
  let pos = 0;
  for (let k = 0; k < norms.length; k++) {
    const surface = aligned ? parts[k]! : t.text;
    if (offsets) offsets.push(pos, pos + surface.length);
    pos += surface.length + 1;
    let key = norms[k]!;
    const keys = [key];
    // English possessive: Hama's → hama (the key form drops the apostrophe: "hamas")
    if (k === norms.length - 1 && POSSESSIVE.test(t.text)) keys.unshift((key = key.slice(0, -1)));
    const cap = UPPER_FIRST.test(surface);
    const article = isLatinArticle(key) && (norms.length > 1 || key === 'al' || key === 'el');
    infos.push({ keys, contKeys: keys, skel: cap && !article ? latinWordSkeleton(key) : null, arabic: false, cap, clitics: '', article, punct: null, definite: false });
  }
  return { infos, offsets };
}

/** The info of the Arabic word made of tokens[i..j] (clitics + stem). */
function arabicWord(tokens: Token[], i: number, j: number): BaseInfo {
  const keys: string[] = [];
  let clitics = '';
  let definite = false;
  let unstripped: string[] | null = null;
  // the forms that keep a preposition split off the word (see WordInfo.contKeys)
  let withPreposition: string[] | null = null;
  // stem first (the tokenizer's best split), then less-split forms
  let v = '';
  for (let k = j; k >= i; k--) {
    const g = tokens[k]!;
    v = g.norm + v;
    // only a written ال is the article (آليات is not ال + يات)
    const st = g.text.startsWith('ال') ? stripArabicArticle(v) : v;
    if (st !== v) {
      definite = true;
      (unstripped ??= []).push(v);
    }
    if (g.clitic && (g.norm === 'ب' || g.norm === 'ل' || g.norm === 'ك' || g.norm === 'لل')) withPreposition ??= [];
    if (withPreposition && st) withPreposition.push(st);
    if (st && !keys.includes(st)) keys.push(st);
    if (k > i && !tokens[k - 1]!.clitic) break;
  }
  if (unstripped) for (const x of unstripped) if (!keys.includes(x)) keys.push(x);
  const t0 = tokens[i]!;
  // وأم، فتل: the tokenizer keeps و/ف on stems it does not know; a name may follow
  if (i === j && t0.norm.length >= 3 && (t0.norm[0] === 'و' || t0.norm[0] === 'ف')) {
    const x = t0.norm.slice(1);
    const st = t0.text.startsWith('ال', 1) ? stripArabicArticle(x) : x;
    if (!keys.includes(st)) keys.push(st);
    clitics = t0.norm[0]!;
  }
  for (let k = i; k <= j; k++) {
    const g = tokens[k]!;
    if (!g.clitic) continue;
    if (g.norm === 'ال' || g.norm === 'لل') definite = true;
    if (g.norm !== 'ال') clitics += g.norm;
  }
  return { keys, contKeys: withPreposition ? keys.filter((k) => withPreposition.includes(k)) : keys, skel: null, arabic: true, cap: false, clitics, article: false, punct: null, definite };
}

/** Cache entry for a token text: the token's norm and clitic flag (checked, so a token that
 *  differs in them is never given another token's info), and what starts or ends with it. */
interface WordEntry {
  norm: string;
  clitic: boolean;
  /** Latin token: its parts. */
  latin: WordInfo[] | null;
  offsets: number[] | null;
  /** Arabic word ending with this token. */
  info: WordInfo | null;
  /** Arabic words continuing with the next token (by its text). */
  next: Map<string, WordEntry> | null;
}

/** Word infos by token texts, per matcher (flags depend on its tries). Words recur across a
 *  corpus, so building the units of a document is mostly lookups. Bounded: dropped when full. */
const WORD_CACHE_LIMIT = 200_000;

class WordCache {
  private readonly byText = new Map<string, WordEntry>();
  private readonly punct = new Map<string, WordInfo>();
  private size = 0;
  /** Reused unit objects (units never outlive a findMentions call). */
  private readonly pool: Unit[] = [];

  constructor(private readonly decorate: (b: BaseInfo) => WordInfo) {}

  /** Build matching units from tokens. */
  build(tokens: Token[]): Unit[] {
    const out: Unit[] = [];
    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i]!;
      if (t.kind === 'punct') {
        this.push(out, this.punctInfo(t.text), t.start, t.end);
        i++;
        continue;
      }
      const e = this.entry(this.byText, t);
      if (e && e.latin) {
        this.pushLatin(out, t, e.latin, e.offsets);
        i++;
        continue;
      }
      if (!e && !isArabic(t.text)) {
        const w = latinWord(t);
        const infos = w.infos.map(this.decorate);
        if (this.room()) this.byText.set(t.text, { norm: t.norm, clitic: !!t.clitic, latin: infos, offsets: w.offsets, info: null, next: null });
        this.pushLatin(out, t, infos, w.offsets);
        i++;
        continue;
      }
      // group the Arabic word's tokens (clitics + stem)
      let j = i;
      while (j + 1 < tokens.length && tokens[j + 1]!.word === t.word && tokens[j + 1]!.kind !== 'punct') j++;
      this.push(out, this.arabicInfo(tokens, i, j, e), t.start, tokens[j]!.end);
      i = j + 1;
    }
    return out;
  }

  private push(out: Unit[], w: WordInfo, start: number, end: number): void {
    let u = this.pool[out.length];
    if (!u) this.pool.push((u = new Unit()));
    u.keys = w.keys; u.contKeys = w.contKeys; u.skel = w.skel; u.arabic = w.arabic; u.cap = w.cap; u.clitics = w.clitics; u.article = w.article;
    u.punct = w.punct; u.definite = w.definite; u.head = w.head; u.flags = w.flags; u.rootKids = w.rootKids; u.sets = w.sets;
    u.dirAr = w.dirAr; u.dirEn = w.dirEn; u.dualDir = w.dualDir; u.start = start; u.end = end;
    out.push(u);
  }

  private pushLatin(out: Unit[], t: Token, infos: WordInfo[], offsets: number[] | null): void {
    for (let k = 0; k < infos.length; k++) {
      if (offsets) this.push(out, infos[k]!, t.start + offsets[2 * k]!, t.start + offsets[2 * k + 1]!);
      else this.push(out, infos[k]!, t.start, t.end);
    }
  }

  private punctInfo(text: string): WordInfo {
    let w = this.punct.get(text);
    if (!w) {
      w = this.decorate({ keys: [], contKeys: [], skel: null, arabic: false, cap: false, clitics: '', article: false, punct: text, definite: false });
      if (this.room()) this.punct.set(text, w);
    }
    return w;
  }

  /** The cache entry for token `t` in `map`, if its norm and clitic flag match. */
  private entry(map: Map<string, WordEntry> | null, t: Token): WordEntry | undefined {
    const e = map?.get(t.text);
    return e && e.norm === t.norm && e.clitic === !!t.clitic ? e : undefined;
  }

  /** Info of the Arabic word tokens[i..j], from the cache (following the tokens' texts) or computed. */
  private arabicInfo(tokens: Token[], i: number, j: number, first: WordEntry | undefined): WordInfo {
    let e = first;
    for (let k = i + 1; e && k <= j; k++) e = this.entry(e.next, tokens[k]!);
    if (e?.info) return e.info;
    const info = this.decorate(arabicWord(tokens, i, j));
    if (!this.room()) return info;
    // store along the path of token texts (a token whose norm or flag differs is left uncached)
    let map = this.byText;
    for (let k = i; k <= j; k++) {
      const t = tokens[k]!;
      let n = map.get(t.text);
      if (!n) {
        map.set(t.text, (n = { norm: t.norm, clitic: !!t.clitic, latin: null, offsets: null, info: null, next: null }));
        this.size++;
      } else if (n.norm !== t.norm || n.clitic !== !!t.clitic || n.latin) return info;
      if (k === j) n.info = info;
      else map = n.next ??= new Map();
    }
    return info;
  }

  /** False (after clearing) when the cache is full. */
  private room(): boolean {
    if (++this.size < WORD_CACHE_LIMIT) return true;
    this.byText.clear();
    this.punct.clear();
    this.size = 0;
    return false;
  }
}

// ---------------------------------------------------------------- matcher

const MIN: ReadonlySet<string> = new Set(['من']);
const OF: ReadonlySet<string> = new Set(['of']);
const AND: ReadonlySet<string> = new Set(['and']);

interface WalkState { units: Unit[]; i: number; best: Hit | null }

interface Hit { end: number; node: Node; viaSkeleton: boolean; /** skeleton candidates of the same span */ extra?: string[] | null }


export class MentionMatcher {
  private readonly root = newNode();
  private readonly skelRoot = newNode();
  private readonly govRoot = newNode(); // governorate names → places[0] = governorate id

  private readonly w: MatcherWords;
  private readonly S: MatcherSets;
  private readonly heads = new Map<string, { plural: boolean; kind: string }>();
  /** Keys that can start a region phrase (directions, ريف، محافظة, governorate names, the). */
  private readonly regionStart = new Set<string>();
  private readonly dirsAr: Record<string, Direction>;
  private readonly dirsEn: Record<string, Direction>;
  private readonly words: WordCache;
  /** Walk state, reused: one longest-match search at a time. */
  private readonly st: WalkState = { units: [], i: 0, best: null };

  constructor(private readonly gazetteer: Gazetteer, actors: ActorIndex, words?: MatcherWords) {
    this.w = words ?? loadMatcherWords();
    // sets, not lists: every unit is checked against them
    const S = {} as Record<string, ReadonlySet<string>>;
    for (const [k, v] of Object.entries(this.w)) if (Array.isArray(v) && k !== 'changelog') S[k] = new Set(v as string[]);
    this.S = S as unknown as MatcherSets;
    for (const [k, v] of Object.entries(this.w.headNouns)) this.heads.set(k, { plural: v.endsWith('+'), kind: v.replace('+', '') });
    this.dirsAr = this.w.dirAr as Record<string, Direction>;
    this.dirsEn = this.w.dirEn as Record<string, Direction>;
    for (const e of gazetteer.nameEntries()) {
      const words = e.words;
      if (keyLength(words) < 2) continue;
      addPlace(insert(this.root, words), e.id);
      // كفرنبودة / كفر نبودة, Kafrnabudah / Kafr Nabudah: both spellings are common
      if (words.length >= 2 && this.S.joinablePrefixes.has(words[0]!)) addPlace(insert(this.root, [words[0]! + words[1]!, ...words.slice(2)]), e.id);
      else if (words.length === 1 && words[0]!.startsWith('كفر') && words[0]!.length > 5) addPlace(insert(this.root, ['كفر', words[0]!.slice(3)]), e.id);
      // معرتحرمة / معرة حرمة, معرشورين / معرة شورين: joined, the ة of معرة becomes ت or drops
      for (const v of maaratVariants(words)) addPlace(insert(this.root, v), e.id);
      for (const sk of e.skels) {
        addPlace(insert(this.skelRoot, sk), e.id);
        // كفرسجنة is written joined in Arabic and split in English (Kafr Sajna)
        if (e.arabic && sk.length === 1 && words[0]!.startsWith('كفر') && sk[0]!.startsWith('kfr') && sk[0]!.length > 4) addPlace(insert(this.skelRoot, ['kfr', sk[0]!.slice(3)]), e.id);
      }
    }
    for (const gov of gazetteer.governorates()) {
      for (const n of gazetteer.namesOf(gov)) {
        const words = nameKeyWords(n.replace(/^محافظة\s+|\s+(governorate|province)$/i, ''));
        if (words.length) addPlace(insert(this.govRoot, words), gov.id);
      }
    }
    for (const k of [...Object.keys(this.w.dirAr), ...Object.keys(this.w.dirEn), ...this.w.countrysideAr, ...this.w.provinceAr,
      ...this.w.countrysideEn, ...this.w.provinceEn, 'the', ...(this.govRoot.next?.keys() ?? [])]) this.regionStart.add(k);
    const entries = actors.aliasEntries();
    for (const a of entries) {
      const words = nameKeyWords(a.alias);
      if (words.length === 0) continue;
      const n = insert(this.root, words);
      if (!n.actor || (n.actorAmbiguous && !a.ambiguous)) {
        n.actor = a.actor_id;
        n.actorAmbiguous = !!a.ambiguous;
        n.actorCased = a.case_sensitive ? a.alias : undefined;
      }
    }
    // "Syria's army", "Turkey's military": a state's forces named with the country's possessive,
    // as its demonym names them ("Syrian army"); the key of "Syria's" is "syria"
    for (const a of entries) {
      const kind = actors.get(a.actor_id)?.kind;
      if (a.lang !== 'en' || a.ambiguous || (kind !== 'state' && kind !== 'foreign_state')) continue;
      const [first, ...rest] = a.alias.split(' ');
      const code = rest.length ? gazetteer.countryOfDemonym(first!) : undefined;
      const country = code ? gazetteer.get(`marsad:country-${code.toLowerCase()}`)?.name : undefined;
      if (!country) continue;
      const n = insert(this.root, nameKeyWords(`${country} ${rest.join(' ')}`));
      n.actor ??= a.actor_id;
    }
    // last: word flags depend on the finished tries
    this.words = new WordCache((b) => this.decorate(b));
  }

  /** The matcher-specific part of a word's info: head noun and which tries its keys start. */
  private decorate(b: BaseInfo): WordInfo {
    let head: HeadNoun | null = null;
    for (const k of b.keys) {
      const h = this.heads.get(k);
      if (h) {
        head = { plural: h.plural, definite: b.definite, kind: h.kind };
        break;
      }
    }
    let flags = 0;
    const rootKids: Node[] = [];
    const kidKeys: string[] = [];
    for (const k of b.keys) {
      const c = this.root.next?.get(k);
      if (c) {
        flags |= ROOT_START;
        rootKids.push(c);
        kidKeys.push(k);
      }
      if (this.regionStart.has(k)) flags |= REGION_START;
    }
    // كبانة is a village, not ك + بانة: when the written word and its proclitic-stripped stem are
    // both names, the written word wins (longest match at equal length goes to the first kid)
    if (b.arabic && rootKids.length > 1) {
      const order = kidKeys.map((k, i) => i).sort((x, y) => {
        const ax = kidKeys[x]!.startsWith('ال') ? 1 : 0, ay = kidKeys[y]!.startsWith('ال') ? 1 : 0;
        return ax - ay || kidKeys[y]!.length - kidKeys[x]!.length;
      });
      const sorted = order.map((i) => rootKids[i]!);
      rootKids.length = 0;
      rootKids.push(...sorted);
    }
    if (b.skel !== null && this.skelRoot.next?.has(b.skel)) flags |= SKEL_START;
    const S = this.S;
    let sets = 0;
    for (const k of b.keys) {
      if (S.countrysideAr.has(k)) sets |= W_COUNTRYSIDE_AR;
      if (S.countrysideDualAr.has(k)) sets |= W_COUNTRYSIDE_DUAL_AR;
      if (S.provinceAr.has(k)) sets |= W_PROVINCE_AR;
      if (S.provinceDualAr.has(k)) sets |= W_PROVINCE_DUAL_AR;
      if (S.dirNounsAr.has(k)) sets |= W_DIR_NOUN_AR;
      if (MIN.has(k)) sets |= W_MIN;
      if (OF.has(k)) sets |= W_OF;
      if (AND.has(k)) sets |= W_AND;
      if (S.countrysideEn.has(k)) sets |= W_COUNTRYSIDE_EN;
      if (S.provinceEn.has(k)) sets |= W_PROVINCE_EN;
      if (S.placePrepositions.has(k)) sets |= W_PLACE_PREP;
      if (S.postHeadNounsEn.has(k)) sets |= W_POST_HEAD_EN;
      if (S.featureWordsEn.has(k)) sets |= W_FEATURE_EN;
      if (S.commonAr.has(k)) sets |= W_COMMON_AR;
      if (S.personNameNextAr.has(k)) sets |= W_PERSON_NEXT_AR;
      if (S.notNamesAr.has(k)) sets |= W_NOT_NAME_AR;
      if (S.listIntro.has(k)) sets |= W_LIST_INTRO;
      if (S.placeVerbsAr.has(k)) sets |= W_PLACE_VERB_AR;
      if (S.joinablePrefixesAr.has(k)) sets |= W_JOINABLE_AR;
      if (k.startsWith('است') && k.length >= 5) sets |= W_FORM_X;
    }
    const k0 = b.keys[0];
    if (k0 !== undefined) {
      if (S.notNamesEn.has(k0)) sets |= W0_NOT_NAME_EN;
      if (S.commonEn.has(k0)) sets |= W0_COMMON_EN;
      if (S.joinablePrefixes.has(k0)) sets |= W0_JOINABLE;
      if (S.placeVerbsEn.has(k0)) sets |= W0_PLACE_VERB_EN;
      if (/^\d/.test(k0)) sets |= W0_DIGIT;
    }
    // one literal for every info: one shape
    return { keys: b.keys, contKeys: b.contKeys, skel: b.skel, arabic: b.arabic, cap: b.cap, clitics: b.clitics, article: b.article, punct: b.punct, definite: b.definite, head, flags,
      rootKids, sets, dirAr: firstDir(b.keys, this.dirsAr), dirEn: firstDir(b.keys, this.dirsEn), dualDir: firstDir(b.keys, this.w.dualDirAr as Record<string, Direction>) };
  }

  /** One pass over a document's tokens: every place, region and actor mention with its span,
   *  candidates and why. Never throws on odd input. */
  findMentions(text: string, tokens: Token[], lang: Lang): Mention[] {
    const out: Mention[] = [];
    if (!Array.isArray(tokens) || tokens.length === 0 || typeof text !== 'string') return out;
    void lang;
    const units = this.words.build(tokens);
    let i = 0;
    while (i < units.length) {
      const u = units[i]!;
      if (u.punct !== null || u.keys.length === 0) {
        i++;
        continue;
      }
      const reg = this.matchRegion(units, i, text, out);
      if (reg > i) {
        i = reg;
        continue;
      }
      const head = this.headNoun(u);
      const hit = this.longest(units, i);
      // a definite head noun (المطار العسكري, القرية) is followed by adjectives, not a name
      if (head && !head.definite && (!hit || hit.end === i + 1 && !hit.node.actor)) {
        const next = this.afterHead(units, i, head, text, out);
        if (next > i + 1) {
          i = next;
          continue;
        }
      }
      if (hit && !(head && hit.end === i + 1)) {
        this.emit(units, i, hit, text, out, null);
        i = hit.end;
        continue;
      }
      i++;
    }
    return out;
  }

  // -------------------------------------------------------------- lookups

  /** Longest exact match from `i` (articles skipped inside Latin names); skeleton match for
   *  capitalized Latin words when no exact match is as long. */
  private longest(units: Unit[], i: number): Hit | null {
    const first = units[i]!;
    // fast path: most words start no name
    if (!first.article && (first.flags & (ROOT_START | SKEL_START)) === 0) return null;
    const st = this.walkFrom(units, i);
    if (first.article && i + 1 < units.length) this.walk(st, this.root, i + 1, false);
    this.walk(st, this.root, i, false);
    if (!first.arabic) {
      const s = first.article && i + 1 < units.length ? i + 1 : i;
      const exact = st.best;
      if (units[s]?.skel) this.walk(st, this.skelRoot, s, true);
      // the same span by spelling variant: its places are candidates too (al-Msherfeh ~ Mushayrifa)
      if (exact && st.best === exact) {
        st.best = null;
        this.walk(st, this.skelRoot, s, true);
        const sk = st.best as Hit | null;
        st.best = exact;
        if (sk && sk.end === exact.end && sk.node.places) exact.extra = sk.node.places;
      }
    }
    const best = st.best;
    st.units = [];
    st.best = null;
    return best;
  }

  private walkFrom(units: Unit[], i: number): WalkState {
    const st = this.st;
    st.units = units;
    st.i = i;
    st.best = null;
    return st;
  }

  /** Depth-first walk of the trie along the units (a method, not a closure: this is the hot path). */
  private walk(st: WalkState, node: Node, j: number, skel: boolean): void {
    if (j > st.i && (node.places !== null || node.actor !== null)) {
      const best = st.best;
      if (!best || j > best.end || (j === best.end && best.viaSkeleton && !skel)) st.best = { end: j, node, viaSkeleton: skel };
    }
    const next = node.next;
    if (!next || j >= st.units.length) return;
    const u = st.units[j]!;
    if (u.punct !== null) return;
    if (u.article && j + 1 < st.units.length && st.units[j + 1]!.punct === null) this.walk(st, node, j + 1, skel);
    if (skel) {
      if (u.skel) {
        const c = next.get(u.skel);
        if (c) this.walk(st, c, j + 1, true);
      }
      return;
    }
    if (node === this.root) {
      const kids = u.rootKids;
      for (let k = 0; k < kids.length; k++) this.walk(st, kids[k]!, j + 1, false);
      return;
    }
    const keys = u.contKeys;
    for (let k = 0; k < keys.length; k++) {
      const c = next.get(keys[k]!);
      if (c) this.walk(st, c, j + 1, false);
    }
  }

  /** Longest place match for `prefix + units[j..]` (names that start with a generic word). */
  private longestAfter(prefix: string, units: Unit[], j: number): Hit | null {
    let node = this.root.next?.get(prefix);
    let best: Hit | null = null;
    for (let k = j; node?.next && k < units.length && units[k]!.punct === null; k++) {
      let c: Node | undefined;
      for (const key of units[k]!.keys) if ((c = node.next.get(key))) break;
      if (!c) break;
      node = c;
      if (node.places) best = { end: k + 1, node, viaSkeleton: false };
    }
    return best;
  }

  private govAt(units: Unit[], i: number): { end: number; gov: Place } | null {
    let node: Node | undefined = this.govRoot;
    let best: { end: number; gov: Place } | null = null;
    for (let j = i; j < units.length && node?.next; j++) {
      const u = units[j]!;
      if (u.punct !== null) break;
      if (u.article) continue;
      let c: Node | undefined;
      for (const k of u.keys) if ((c = node.next.get(k))) break;
      if (!c) break;
      node = c;
      if (node.places) best = { end: j + 1, gov: this.gazetteer.get(node.places[0]!)! };
    }
    return best;
  }

  /** Candidates outside Syria a report could mean over a Syrian namesake: capitals and towns of 100,000+. */
  private majorAbroad(all: readonly Place[]): Place[] {
    return all.filter((p) => p.country_code !== 'SY' && p.kind !== 'country' && (this.gazetteer.isCapital(p.id) || (p.population ?? 0) >= 100_000));
  }

  private headNoun(u: Unit): HeadNoun | null {
    return u.head;
  }

  // -------------------------------------------------------------- regions

  /** Region forms; returns the unit index after the region phrase, or `i` when none.
   *  Word-class tests are bit tests on the units (W_*), and there are no per-call closures. */
  private matchRegion(units: Unit[], i: number, text: string, out: Mention[]): number {
    const u = units[i]!;
    if ((u.flags & REGION_START) === 0) return i;
    if (u.arabic) {
      // ريف حماة الشمالي · ريفي حماة الشمالي وإدلب الجنوبي · ريف حماة
      if (has(units, i, W_COUNTRYSIDE_AR) && !this.govAt(units, i)) {
        const dual = has(units, i, W_COUNTRYSIDE_DUAL_AR);
        const d0 = dirAt(units, i + 1, true); // الريف الشمالي لحماة
        if (d0) {
          let j = d0.end;
          if (has(units, j, W_MIN)) j++;
          const g = this.govAt(units, j);
          if (g) {
            this.pushRegion(out, text, g.gov, `countryside-${d0.dir}`, u.start, units[g.end - 1]!.end, 'countryside + direction + governorate');
            return g.end;
          }
        }
        let j = i + 1;
        let end = i;
        for (let n = 0; n < (dual ? 2 : 1); n++) {
          const g = this.govAt(units, j);
          if (!g) break;
          let d = dirAt(units, g.end, true);
          if (!d) {
            const dd = g.end < units.length ? units[g.end]!.dualDir : null;
            if (dd) d = { dir: dd, end: g.end + 1 };
          }
          const stop = d ? d.end : g.end;
          const start = n === 0 ? u.start : units[j]!.start;
          // ريفي حلب وإدلب الجنوبيين: a dual direction after the second governorate covers both
          const dualDir = !d && n === 0 && dual ? this.dualDirAfter(units, g.end) : null;
          const dd = d?.dir ?? dualDir;
          this.pushRegion(out, text, g.gov, dd ? `countryside-${dd}` : 'countryside', start, units[stop - 1]!.end, dd ? 'countryside + governorate + direction' : 'countryside + governorate');
          end = stop;
          j = stop;
          if (!units[j] || !units[j]!.clitics.startsWith('و')) break;
        }
        return end;
      }
      // محافظة إدلب · محافظتي إدلب وحماة
      if (has(units, i, W_PROVINCE_AR)) {
        const dual = has(units, i, W_PROVINCE_DUAL_AR);
        let j = i + 1;
        let end = i;
        for (let n = 0; n < (dual ? 2 : 1); n++) {
          const g = this.govAt(units, j);
          if (!g) break;
          this.pushRegion(out, text, g.gov, 'province', n === 0 ? u.start : units[j]!.start, units[g.end - 1]!.end, 'province + governorate');
          end = j = g.end;
          if (!units[j] || !units[j]!.clitics.startsWith('و')) break;
        }
        return end;
      }
      // شمال حماة · شمالي حماة · الشمال الشرقي من حماة · جنوب إدلب
      const d = dirAt(units, i, true);
      if (d && (has(units, i, W_DIR_NOUN_AR) || u.definite)) {
        let j = d.end;
        if (has(units, j, W_MIN)) j++;
        const g = this.govAt(units, j);
        if (g) {
          this.pushRegion(out, text, g.gov, d.dir, u.start, units[g.end - 1]!.end, 'direction + governorate');
          return g.end;
        }
      }
      return i;
    }
    // English: northern countryside of Hama · northern Hama countryside · north(-east) of Hama ·
    // southern Idlib · Idlib province · Hama countryside · rural Hama · countryside of Idlib
    let j = i;
    if (u.keys[0] === 'the') j++;
    const d = dirAt(units, j, false);
    let k = d ? d.end : j;
    let countryside = false;
    if (has(units, k, W_COUNTRYSIDE_EN) && has(units, k + 1, W_OF)) {
      countryside = true;
      k += 2;
    } else if (d && has(units, k, W_OF)) k++;
    // "the northern part of the Hama": an article before the governorate after "of"
    if (k > j && units[k]?.keys[0] === 'the' && has(units, k - 1, W_OF)) k++;
    const g = this.govAt(units, k);
    if (g) {
      let end = g.end;
      // Hama's northern countryside
      const d2 = !d && !countryside ? dirAt(units, end, false) : null;
      if (d2 && has(units, d2.end, W_COUNTRYSIDE_EN)) {
        this.pushRegion(out, text, g.gov, `countryside-${d2.dir}`, units[k]!.start, units[d2.end]!.end, 'governorate + direction + countryside');
        return d2.end + 1;
      }
      if (has(units, end, W_COUNTRYSIDE_EN)) { countryside = true; end++; }
      else if (!d && !countryside && has(units, end, W_AND)) {
        // Idlib and Hama governorates
        const g2 = this.govAt(units, end + 1);
        if (g2 && has(units, g2.end, W_PROVINCE_EN)) {
          this.pushRegion(out, text, g.gov, 'province', units[k]!.start, units[g.end - 1]!.end, 'governorate (+ and + governorate) + province');
          this.pushRegion(out, text, g2.gov, 'province', units[end + 1]!.start, units[g2.end]!.end, 'governorate + province');
          return g2.end + 1;
        }
      } else if (!d && !countryside && has(units, end, W_PROVINCE_EN)) {
        this.pushRegion(out, text, g.gov, 'province', units[k]!.start, units[end]!.end, 'governorate + province');
        return end + 1;
      }
      if (d || countryside) {
        const rel = d ? (countryside ? `countryside-${d.dir}` : d.dir) : 'countryside';
        this.pushRegion(out, text, g.gov, rel, units[j]!.start, units[end - 1]!.end, 'direction/countryside + governorate');
        return end;
      }
    }
    if (has(units, j, W_PROVINCE_EN) && has(units, j + 1, W_OF)) {
      const g2 = this.govAt(units, j + 2);
      if (g2) {
        this.pushRegion(out, text, g2.gov, 'province', units[j]!.start, units[g2.end - 1]!.end, 'province of + governorate');
        return g2.end;
      }
    }
    return i;
  }

  private pushRegion(out: Mention[], text: string, gov: Place, relation: string, start: number, end: number, why: string): void {
    const place = this.gazetteer.region(gov.name, relation);
    out.push({ kind: 'region', start, end, surface: text.slice(start, end), ref: place.id, score: 0.9, why, relation, admin1: gov.name, candidates: [place.id] });
  }

  /** `وإدلب الجنوبيين` after a first governorate: the dual direction adjective, if any. */
  private dualDirAfter(units: Unit[], j: number): Direction | null {
    if (!units[j]?.clitics.startsWith('و')) return null;
    const g = this.govAt(units, j);
    if (!g) return null;
    return g.end < units.length ? units[g.end]!.dualDir : null;
  }

  // -------------------------------------------------------------- head nouns and lists

  private afterHead(units: Unit[], i: number, head: { plural: boolean; definite: boolean; kind: string }, text: string, out: Mention[]): number {
    let j = i + 1;
    const u = units[i]!;
    if (!u.arabic && units[j]?.keys[0] === 'of') j++;
    let end = i + 1;
    // "عدة قرى بينها عطشان والخوين", "several villages, including Atshan": the list follows its opener
    if (head.plural) {
      const k = units[j]?.punct === ',' || units[j]?.punct === '،' ? j + 1 : j;
      if (units[k] && (units[k]!.sets & W_LIST_INTRO) !== 0) j = k + 1;
    }
    for (let n = 0; n < (head.plural ? 12 : 1); n++) {
      // (a definite head noun right after a singular one is the name: "مدينة التل", "قرية المزرعة")
      const namedHead = !head.plural && n === 0 && u.arabic && !!units[j]?.arabic && units[j]!.definite;
      if (j >= units.length || units[j]!.punct !== null || (this.headNoun(units[j]!) && !namedHead)) break;
      // (a word that is never a name ends the list: "محور كبانة، إلا أن")
      if (units[j]!.arabic && (units[j]!.sets & W_NOT_NAME_AR) !== 0) break;
      let hit = this.longest(units, j);
      // جبلي الأكراد والتركمان، تلال كبينة: each name is "جبل/تل + name"
      if (!hit && u.arabic && (head.kind === 'mountain' || head.kind === 'hill')) hit = this.longestAfter(head.kind === 'mountain' ? 'جبل' : 'تل', units, j);
      // جسر المزارب، تل X: a generic first word matched alone is the start of an unknown name
      const genericOnly = !!hit && hit.end === j + 1 && units[j]!.arabic && has(units, j, W_JOINABLE_AR) && this.unknownName(units, j) === j + 2;
      if (hit && !hit.node.actor && hit.node.places && !genericOnly) {
        this.emit(units, j, hit, text, out, head.kind);
        end = j = hit.end;
      } else if (hit && hit.node.actor) break;
      else {
        const un = this.unknownName(units, j);
        // after لمدينة/كمدينة ("for a city") a name is unlikely
        if (un <= j || head.definite && n === 0 || /[لك]/.test(u.clitics)) break;
        // تل مقطع، جبل X: the head noun is part of the name
        const s = (head.kind === 'hill' || head.kind === 'mountain') && n === 0 && u.arabic ? u.start + u.clitics.length : units[j]!.start;
        const e = units[un - 1]!.end;
        out.push({ kind: 'unresolved_place', start: s, end: e, surface: text.slice(s, e), ref: null, score: 0.4, why: `unknown name after head noun "${text.slice(u.start, u.end)}"`, candidates: [] });
        end = j = un;
      }
      if (!head.plural) break;
      // list separators: ، , و and
      const sep = units[j];
      if (!sep) break;
      if (sep.punct === '،' || sep.punct === ',') {
        j++;
        if (units[j]?.keys[0] === 'and') j++;
      } else if (sep.keys[0] === 'and') j++;
      else if (!(sep.arabic && sep.clitics.startsWith('و'))) break;
    }
    return end;
  }

  /** Extent of an unknown place name at `j`: one Arabic word (two after كفر، تل، أبو …),
   *  or a run of capitalized Latin words. Returns `j` when the word is not name-like. */
  private unknownName(units: Unit[], j: number): number {
    const u = units[j]!;
    if (u.punct !== null || this.headNoun(u)) return j;
    if (u.arabic) {
      if ((u.sets & W_NOT_NAME_AR) !== 0 || u.keys[0]!.length < 2) return j;
      // استعصت، استهدفت: Form X verbs and masdars are not names
      if ((u.sets & W_FORM_X) !== 0) return j;
      if ((u.sets & W_JOINABLE_AR) !== 0 && units[j + 1]?.arabic && units[j + 1]!.clitics === '') return j + 2;
      return j + 1;
    }
    let k = j;
    while (k < units.length && (units[k]!.cap || (units[k]!.article && units[k + 1]?.cap)) && (units[k]!.sets & W0_NOT_NAME_EN) === 0) k++;
    return k;
  }

  // -------------------------------------------------------------- emit

  private emit(units: Unit[], i: number, hit: Hit, text: string, out: Mention[], head: string | null): void {
    const start = units[i]!.start;
    const end = units[hit.end - 1]!.end;
    const surface = text.slice(start, end);
    const node = hit.node;
    const first = units[i]!;
    const cue = this.cues(units, i, hit.end, out);
    const prep = cue.prep;
    const actor = node.actor && (!node.actorCased || surface === node.actorCased) ? node.actor : null;
    // "according to SANA": an acronym alias written as such is the actor even after a place
    // preposition (Sanaa is written Sanaa or Sana'a, not SANA)
    // "عناصر من الفصائل": after a preposition, an actor alias that is otherwise only a small
    // village abroad (الفصايل, Fasayil in the West Bank) is the actor
    const minorAbroad = () => {
      if (head || !node.places || hit.extra) return false;
      const f = (node.found ??= this.placesOf(node.places));
      return !f.syrian.length && !this.majorAbroad(f.all).length;
    };
    if (actor && (!node.places || !(head || prep) || /^[A-Z]{2,}$/.test(surface) || minorAbroad())) {
      out.push({ kind: 'actor', start, end, surface, ref: actor, score: node.actorAmbiguous ? 0.6 : 0.9, why: node.actorAmbiguous ? 'ambiguous actor alias' : 'actor alias', candidates: [actor] });
      return;
    }
    if (!node.places) return;
    const ids0 = hit.extra ? [...node.places, ...hit.extra.filter((x) => !node.places!.includes(x))] : node.places;
    const { all, syrian } = hit.extra ? this.placesOf(ids0) : (node.found ??= this.placesOf(ids0));
    const strong = !!(head || cue.prep || cue.list || cue.region || cue.postHead || cue.verb);
    const single = hit.end - i === 1;
    // Syrian namesakes come first, but a major town abroad stays a candidate: the document
    // decides (resolvePlaceMentions: "Hodeidah" in a report about Yemen)
    let cands = syrian.length ? (syrian.length === all.length ? syrian : [...syrian, ...this.majorAbroad(all)]) : all;
    // السورية، التركية: a definite country name without its own article is the adjective
    if (first.arabic && first.definite && single) cands = cands.filter((p) => !(p.kind === 'country' && p.name_ar && !p.name_ar.startsWith('ال')));
    let keyLen = 0;
    for (let k = i; k < hit.end; k++) keyLen += units[k]!.keys[0]?.length ?? 0;
    // Gates against common words that are also place names.
    if (!first.arabic) {
      // the span's words other than articles: all capitalized (or numbers)?
      let contentLen = 0;
      let c0: Unit | null = null;
      for (let k = i; k < hit.end; k++) {
        const x = units[k]!;
        if (x.article) continue;
        // "Hmeimim air base": after a capitalized word, lower-case feature words continue the name
        if (!x.cap && (x.sets & W0_DIGIT) === 0 && !(c0 && (x.sets & W_FEATURE_EN) !== 0)) return;
        c0 ??= x;
        contentLen++;
      }
      const one = contentLen === 1 ? c0!.sets : 0; // word classes of a one-word name
      // Tal Maqta'a, Kafr Zita: a generic first word before an unknown capitalized word
      const next = units[hit.end];
      if ((one & W0_JOINABLE) !== 0 && next?.cap && !next.arabic) {
        const e2 = this.unknownName(units, hit.end);
        const s2 = units[e2 - 1]!.end;
        out.push({ kind: 'unresolved_place', start, end: s2, surface: text.slice(start, s2), ref: null, score: 0.4, why: 'unknown name after a generic place word', candidates: [] });
        return;
      }
      // function words are never place names, whatever a gazetteer's codes say (THE = Teresina)
      if ((one & W0_NOT_NAME_EN) !== 0) return;
      if (contentLen === 1 && ((one & W0_COMMON_EN) !== 0 || keyLen <= 3) && !strong) return;
      // a one-word transliteration variant is too easily an English word (Although ~ Latakia)
      if (contentLen === 1 && hit.viaSkeleton && !(head || cue.list || cue.postHead)) return;
      // one capitalized word that names many places is usually a personal name (Ahmad, Hassan)
      // (unless one of them is a large town: Afrin, Kobani are towns and their districts' names)
      if (contentLen === 1 && !strong && ids0.length >= 5 && !first.article && !all.some((p) => p.kind === 'city' || p.kind === 'governorate' || p.kind === 'country' || (p.population ?? 0) >= 20000)) return;
      // a capitalized word before a single-word name is usually part of a person's name (Ahmad Nasr)
      const prev = units[i - 1];
      if (contentLen === 1 && !strong && prev && prev.cap && !prev.article && i >= 2 && units[i - 2]!.punct === null && (prev.sets & W0_NOT_NAME_EN) === 0) return;
    } else {
      if (single && keyLen <= 3 && !(head || cue.prep || cue.list)) return;
      if (single && (first.sets & W_COMMON_AR) !== 0 && !head) return;
      // (a word that is never a name is none in a list either: "محور كبانة، إلا أن")
      if (single && (first.sets & W_NOT_NAME_AR) !== 0 && !head) return;
      // a first name before عبد/بن is a person (رامي عبد الرحمن)
      if (single && has(units, hit.end, W_PERSON_NEXT_AR)) return;
      if (single && !strong) {
        // a single Arabic word is too often a common word (تقدم، الشهداء، عليه): small villages
        // and neighbourhoods need a cue; towns with a known population do not
        cands = cands.filter((p) => !((p.kind === 'village' || p.kind === 'neighbourhood' || p.kind === 'farm' || p.kind === 'district' || p.kind === 'subdistrict') && !p.population));
      }
    }
    // neighbourhood names are common words (التقدم، الصناعة): only after حي or inside a list
    if (!(head || cue.list)) cands = cands.filter((p) => p.kind !== 'neighbourhood') ;
    // places abroad: Arabic needs a cue unless the place is a major city
    if (!syrian.length && first.arabic) cands = cands.filter((p) => p.kind === 'country' || this.gazetteer.isCapital(p.id) || (p.population ?? 0) >= 1000000 || (strong && (p.population ?? 0) >= 100000));
    if (!syrian.length && !first.arabic && !strong) cands = cands.filter((p) => p.kind === 'country' || (p.population ?? 0) >= 50000);
    if (cands.length === 0) {
      if (actor) out.push({ kind: 'actor', start, end, surface, ref: actor, score: 0.6, why: 'actor alias (place reading rejected)', candidates: [actor] });
      return;
    }
    // sorted in place (cands[0] is the prior's choice below); a copy when the lists are the node's
    if (cands === all || cands === syrian) cands = cands.slice();
    const ids = cands.sort((a, b) => placePrior(b) - placePrior(a)).map((p) => p.id);
    const why = [hit.viaSkeleton ? 'transliteration variant' : 'gazetteer name'];
    if (head) why.push(`after head noun (${head})`);
    else if (cue.postHead) why.push('before head noun');
    else if (cue.prep) why.push('after place preposition');
    else if (cue.list) why.push('in a list of places');
    else if (cue.region) why.push('before a region');
    else if (cue.verb) why.push('object of a verb of taking or striking places');
    if (ids.length > 1) why.push(`${ids.length} candidates, prior: ${cands[0]!.name} (${cands[0]!.admin1 ?? cands[0]!.country})`);
    const score = Math.min(1, (hit.viaSkeleton ? 0.7 : 0.85) + (head ? 0.1 : strong ? 0.05 : 0) - (ids.length > 1 ? 0.05 : 0));
    // namesakes by spelling variant only (Kabani ~ Kobani): candidates, but behind the exact ones
    const variants = hit.extra ? ids.filter((id) => !node.places!.includes(id)) : [];
    out.push({ kind: 'place', start, end, surface, ref: ids[0]!, score, why: why.join('; '), candidates: ids, admin1: cands[0]!.admin1 ?? undefined,
      ...(variants.length && variants.length < ids.length ? { variants } : {}) });
  }

  /** The gazetteer places of `ids`, and those in Syria (countries count as Syrian here). */
  private placesOf(ids: readonly string[]): { all: Place[]; syrian: Place[] } {
    const all = ids.map((id) => this.gazetteer.get(id)!).filter(Boolean);
    return { all, syrian: all.filter((p) => p.country_code === 'SY' || p.kind === 'country') };
  }

  /** "قصفت قوات النظام كفرنبودة", "اقتحمت الطائرات الحربية ...", "دخلت الهبيط": the word at `i` is
   *  the object of a verb of striking or taking places, after its subject (an actor's name, or up
   *  to three definite words) or right after it. */
  private afterPlaceVerbAr(units: Unit[], i: number, last: Mention | undefined): boolean {
    const first = units[i]!;
    // (و starts another clause or list; a letter the tokenizer took for a preposition may be
    // the name's own: كفرنبودة)
    if (first.clitics.startsWith('و') || first.clitics.startsWith('ف')) return false;
    let k = i - 1;
    if (last && last.kind === 'actor' && units[k] && units[k]!.end === last.end) {
      while (k >= 0 && units[k]!.start > last.start) k--;
      k--;
    } else {
      let n = 0;
      for (; n < 3 && k >= 0; n++, k--) {
        const u = units[k]!;
        if ((u.sets & W_PLACE_VERB_AR) !== 0 || !u.arabic || !u.definite || u.punct !== null || /[بلك]/.test(u.clitics)) break;
      }
      // (after a subject of definite words, a definite word may be one more of its adjectives:
      // "استهدف الطيران الحربي مشفى")
      if (n > 0 && first.definite) return false;
    }
    return k >= 0 && (units[k]!.sets & W_PLACE_VERB_AR) !== 0;
  }

  /** Context that makes a name a place: a place preposition (في، من، ب-، in, near), a list
   *  continuing a place just found (و-/،/and), a following head noun (Abu Dali village) or region. */
  private cues(units: Unit[], i: number, end: number, out: Mention[]): { prep: boolean; list: boolean; region: boolean; postHead: boolean; verb: boolean } {
    const first = units[i]!;
    const prev = units[i - 1];
    const prep = first.clitics.includes('ب') || has(units, i - 1, W_PLACE_PREP);
    const last = out[out.length - 1];
    let list = false;
    if (last && (last.kind === 'place' || last.kind === 'unresolved_place')) {
      if (prev && prev.end === last.end && first.clitics.startsWith('و')) list = true;
      else if (prev && (prev.punct === '،' || prev.punct === ',' || prev.keys[0] === 'and') && units[i - 2]?.end === last.end) list = true;
      else if (prev?.keys[0] === 'and' && units[i - 2]?.punct === ',' && units[i - 3]?.end === last.end) list = true;
    }
    const next = units[end];
    const postHead = !first.arabic && has(units, end, W_POST_HEAD_EN);
    const region = !!next && (has(units, end, W_COUNTRYSIDE_AR) || (next.keys[0] === 'في' && has(units, end + 1, W_COUNTRYSIDE_AR)));
    // "forces captured Atshan": the object of a verb of taking or striking places (not a cue for
    // an actor's name, which such verbs take as often: "captured ISIS fighters")
    const verb = first.arabic ? this.afterPlaceVerbAr(units, i, last) : !!prev && (prev.sets & W0_PLACE_VERB_EN) !== 0;
    return { prep, list, region, postHead, verb };
  }
}

/** Whether unit `j` exists and is in word class `bit`. */
function has(units: Unit[], j: number, bit: number): boolean {
  const u = units[j];
  return u !== undefined && (u.sets & bit) !== 0;
}

/** A direction word at `j` (شمال، الشمالي، northern …), joined with a following east/west one. */
function dirAt(units: Unit[], j: number, ar: boolean): { dir: Direction; end: number } | null {
  const u = units[j];
  const a = u ? (ar ? u.dirAr : u.dirEn) : null;
  if (!a) return null;
  const v = units[j + 1];
  const b = v ? (ar ? v.dirAr : v.dirEn) : null;
  if (b && v!.clitics === '' && (a === 'north' || a === 'south') && (b === 'east' || b === 'west')) return { dir: (a + b) as Direction, end: j + 2 };
  return { dir: a, end: j + 1 };
}

/** The direction the first key found in `table` names (`keys.map((k) => table[k]).find(Boolean)`). */
function firstDir(keys: readonly string[], table: Record<string, Direction>): Direction | null {
  for (const k of keys) {
    // own keys only: a word like "constructor" must not find Object.prototype members
    const d = Object.hasOwn(table, k) ? table[k] : undefined;
    if (d) return d;
  }
  return null;
}

/** Letters in all words (`words.join('').length`, without building the string). */
function keyLength(words: readonly string[]): number {
  let n = 0;
  for (const w of words) n += w.length;
  return n;
}

function addPlace(n: Node, id: string): void {
  if (!n.places) n.places = [id];
  else if (!n.places.includes(id)) n.places.push(id);
}

