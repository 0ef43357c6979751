// One pass over a document's tokens: places, regions and actors by longest match in a word trie,
// through Arabic proclitics and articles and through transliteration variants (consonant
// skeletons, capitalized Latin words only). Head nouns (قرية، بلدة، village …) raise confidence
// and an unknown name after one is kept as `unresolved_place`.
import type { Lang, Mention, Place, Token } from '../core/index.js';
import type { ActorIndex } from './actors.js';
import { Gazetteer, placePrior, type Direction } from './gazetteer.js';
import { nameKeyWords } from './names.js';
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
}
const newNode = (): Node => ({ next: null, places: null, actor: null });

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

/** One orthographic word (Arabic proclitics grouped back) or a hyphen part of a Latin word. */
interface Unit {
  start: number;
  end: number;
  /** Lookup keys: the word with 0..n leading proclitics dropped, articles stripped. */
  keys: string[];
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
}

function latinSubUnits(t: Token, out: Unit[]): void {
  const parts = t.text.split(/[-‐–]/);
  const norms = t.norm.split(' ');
  const aligned = parts.length === norms.length;
  let pos = t.start;
  for (let k = 0; k < norms.length; k++) {
    const surface = aligned ? parts[k]! : t.text;
    const start = aligned ? pos : t.start;
    const end = aligned ? pos + surface.length : t.end;
    pos = end + 1;
    let key = norms[k]!;
    const keys = [key];
    // English possessive: Hama's → hama (the key form drops the apostrophe: "hamas")
    if (k === norms.length - 1 && /['’]s$/.test(t.text)) keys.unshift((key = key.slice(0, -1)));
    const cap = /^\p{Lu}/u.test(surface);
    const article = isLatinArticle(key) && (norms.length > 1 || key === 'al' || key === 'el');
    out.push({ start, end, keys, skel: cap && !article ? latinWordSkeleton(key) : null, arabic: false, cap, clitics: '', article, punct: null, definite: false });
  }
}

/** Build matching units from tokens. */
export function buildUnits(tokens: Token[]): Unit[] {
  const out: Unit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.kind === 'punct') {
      out.push({ start: t.start, end: t.end, keys: [], skel: null, arabic: false, cap: false, clitics: '', article: false, punct: t.text, definite: false });
      i++;
      continue;
    }
    if (!isArabic(t.text)) {
      latinSubUnits(t, out);
      i++;
      continue;
    }
    // group the Arabic word's tokens (clitics + stem)
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1]!.word === t.word && tokens[j + 1]!.kind !== 'punct') j++;
    const keys: string[] = [];
    let clitics = '';
    let definite = false;
    let unstripped: string[] | null = null;
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
    out.push({ start: t0.start, end: tokens[j]!.end, keys, skel: null, arabic: true, cap: false, clitics, article: false, punct: null, definite });
    i = j + 1;
  }
  return out;
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
      if (words.join('').length < 2) continue;
      addPlace(insert(this.root, words), e.id);
      // كفرنبودة / كفر نبودة, Kafrnabudah / Kafr Nabudah: both spellings are common
      if (words.length >= 2 && this.S.joinablePrefixes.has(words[0]!)) addPlace(insert(this.root, [words[0]! + words[1]!, ...words.slice(2)]), e.id);
      else if (words.length === 1 && words[0]!.startsWith('كفر') && words[0]!.length > 5) addPlace(insert(this.root, ['كفر', words[0]!.slice(3)]), e.id);
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
    for (const a of actors.aliasEntries()) {
      const words = nameKeyWords(a.alias);
      if (words.length === 0) continue;
      const n = insert(this.root, words);
      if (!n.actor || (n.actorAmbiguous && !a.ambiguous)) {
        n.actor = a.actor_id;
        n.actorAmbiguous = !!a.ambiguous;
        n.actorCased = a.case_sensitive ? a.alias : undefined;
      }
    }
  }

  /** One pass over a document's tokens: every place, region and actor mention with its span,
   *  candidates and why. Never throws on odd input. */
  findMentions(text: string, tokens: Token[], lang: Lang): Mention[] {
    const out: Mention[] = [];
    if (!Array.isArray(tokens) || tokens.length === 0 || typeof text !== 'string') return out;
    void lang;
    const units = buildUnits(tokens);
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
    if (!first.article && first.skel === null) {
      const next = this.root.next!;
      let any = false;
      for (let k = 0; k < first.keys.length; k++) if (next.has(first.keys[k]!)) { any = true; break; }
      if (!any) return null;
    }
    const st: WalkState = { units, i, best: null };
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
    return st.best;
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
    const keys = u.keys;
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

  private headNoun(u: Unit): { plural: boolean; definite: boolean; kind: string } | null {
    const keys = u.keys;
    for (let i = 0; i < keys.length; i++) {
      const h = this.heads.get(keys[i]!);
      if (h) return { plural: h.plural, definite: u.definite, kind: h.kind };
    }
    return null;
  }

  // -------------------------------------------------------------- regions

  /** Region forms; returns the unit index after the region phrase, or `i` when none. */
  private matchRegion(units: Unit[], i: number, text: string, out: Mention[]): number {
    const u = units[i]!;
    if (!u.keys.some((k) => this.regionStart.has(k))) return i;
    const key = (j: number): string[] => units[j]?.keys ?? [];
    const has = (j: number, set: ReadonlySet<string>): boolean => key(j).some((k) => set.has(k));
    const dirAt = (j: number, table: Record<string, Direction>): { dir: Direction; end: number } | null => {
      const a = key(j).map((k) => table[k]).find(Boolean);
      if (!a) return null;
      const b = key(j + 1).map((k) => table[k]).find(Boolean);
      if (b && units[j + 1]!.clitics === '' && (a === 'north' || a === 'south') && (b === 'east' || b === 'west')) return { dir: (a + b) as Direction, end: j + 2 };
      return { dir: a, end: j + 1 };
    };
    const push = (gov: Place, relation: string, start: number, end: number, why: string): void => {
      const place = this.gazetteer.region(gov.name, relation);
      out.push({ kind: 'region', start, end, surface: text.slice(start, end), ref: place.id, score: 0.9, why, relation, admin1: gov.name, candidates: [place.id] });
    };
    if (u.arabic) {
      // ريف حماة الشمالي · ريفي حماة الشمالي وإدلب الجنوبي · ريف حماة
      if (has(i, this.S.countrysideAr) && !this.govAt(units, i)) {
        const dual = has(i, this.S.countrysideDualAr);
        const d0 = dirAt(i + 1, this.dirsAr); // الريف الشمالي لحماة
        if (d0) {
          let j = d0.end;
          if (has(j, MIN)) j++;
          const g = this.govAt(units, j);
          if (g) {
            push(g.gov, `countryside-${d0.dir}`, u.start, units[g.end - 1]!.end, 'countryside + direction + governorate');
            return g.end;
          }
        }
        let j = i + 1;
        let end = i;
        for (let n = 0; n < (dual ? 2 : 1); n++) {
          const g = this.govAt(units, j);
          if (!g) break;
          let d = dirAt(g.end, this.dirsAr);
          if (!d) {
            const dd = (units[g.end]?.keys ?? []).map((k) => this.w.dualDirAr[k]).find(Boolean);
            if (dd) d = { dir: dd as Direction, end: g.end + 1 };
          }
          const stop = d ? d.end : g.end;
          const start = n === 0 ? u.start : units[j]!.start;
          // ريفي حلب وإدلب الجنوبيين: a dual direction after the second governorate covers both
          const dualDir = !d && n === 0 && dual ? this.dualDirAfter(units, g.end) : null;
          const dd = d?.dir ?? dualDir;
          push(g.gov, dd ? `countryside-${dd}` : 'countryside', start, units[stop - 1]!.end, dd ? 'countryside + governorate + direction' : 'countryside + governorate');
          end = stop;
          j = stop;
          if (!units[j] || !units[j]!.clitics.startsWith('و')) break;
        }
        return end;
      }
      // محافظة إدلب · محافظتي إدلب وحماة
      if (has(i, this.S.provinceAr)) {
        const dual = has(i, this.S.provinceDualAr);
        let j = i + 1;
        let end = i;
        for (let n = 0; n < (dual ? 2 : 1); n++) {
          const g = this.govAt(units, j);
          if (!g) break;
          push(g.gov, 'province', n === 0 ? u.start : units[j]!.start, units[g.end - 1]!.end, 'province + governorate');
          end = j = g.end;
          if (!units[j] || !units[j]!.clitics.startsWith('و')) break;
        }
        return end;
      }
      // شمال حماة · شمالي حماة · الشمال الشرقي من حماة · جنوب إدلب
      const d = dirAt(i, this.dirsAr);
      if (d && (has(i, this.S.dirNounsAr) || u.definite)) {
        let j = d.end;
        if (has(j, MIN)) j++;
        const g = this.govAt(units, j);
        if (g) {
          push(g.gov, d.dir, u.start, units[g.end - 1]!.end, 'direction + governorate');
          return g.end;
        }
      }
      return i;
    }
    // English: northern countryside of Hama · northern Hama countryside · north(-east) of Hama ·
    // southern Idlib · Idlib province · Hama countryside · rural Hama · countryside of Idlib
    let j = i;
    if (u.keys[0] === 'the') j++;
    const d = dirAt(j, this.dirsEn);
    let k = d ? d.end : j;
    let countryside = false;
    if (has(k, this.S.countrysideEn) && has(k + 1, OF)) {
      countryside = true;
      k += 2;
    } else if (d && has(k, OF)) k++;
    // "the northern part of the Hama": an article before the governorate after "of"
    if (k > j && units[k]?.keys[0] === 'the' && has(k - 1, OF)) k++;
    const g = this.govAt(units, k);
    if (g) {
      let end = g.end;
      // Hama's northern countryside
      const d2 = !d && !countryside ? dirAt(end, this.dirsEn) : null;
      if (d2 && has(d2.end, this.S.countrysideEn)) {
        push(g.gov, `countryside-${d2.dir}`, units[k]!.start, units[d2.end]!.end, 'governorate + direction + countryside');
        return d2.end + 1;
      }
      if (has(end, this.S.countrysideEn)) { countryside = true; end++; }
      else if (!d && !countryside && has(end, AND)) {
        // Idlib and Hama governorates
        const g2 = this.govAt(units, end + 1);
        if (g2 && has(g2.end, this.S.provinceEn)) {
          push(g.gov, 'province', units[k]!.start, units[g.end - 1]!.end, 'governorate (+ and + governorate) + province');
          push(g2.gov, 'province', units[end + 1]!.start, units[g2.end]!.end, 'governorate + province');
          return g2.end + 1;
        }
      } else if (!d && !countryside && has(end, this.S.provinceEn)) {
        push(g.gov, 'province', units[k]!.start, units[end]!.end, 'governorate + province');
        return end + 1;
      }
      if (d || countryside) {
        const rel = d ? (countryside ? `countryside-${d.dir}` : d.dir) : 'countryside';
        push(g.gov, rel, units[j]!.start, units[end - 1]!.end, 'direction/countryside + governorate');
        return end;
      }
    }
    if (has(j, this.S.provinceEn) && has(j + 1, OF)) {
      const g2 = this.govAt(units, j + 2);
      if (g2) {
        push(g2.gov, 'province', units[j]!.start, units[g2.end - 1]!.end, 'province of + governorate');
        return g2.end;
      }
    }
    return i;
  }

  /** `وإدلب الجنوبيين` after a first governorate: the dual direction adjective, if any. */
  private dualDirAfter(units: Unit[], j: number): Direction | null {
    if (!units[j]?.clitics.startsWith('و')) return null;
    const g = this.govAt(units, j);
    if (!g) return null;
    for (const k of units[g.end]?.keys ?? []) {
      const d = this.w.dualDirAr[k];
      if (d) return d as Direction;
    }
    return null;
  }

  // -------------------------------------------------------------- head nouns and lists

  private afterHead(units: Unit[], i: number, head: { plural: boolean; definite: boolean; kind: string }, text: string, out: Mention[]): number {
    let j = i + 1;
    const u = units[i]!;
    if (!u.arabic && units[j]?.keys[0] === 'of') j++;
    let end = i + 1;
    for (let n = 0; n < (head.plural ? 12 : 1); n++) {
      if (j >= units.length || units[j]!.punct !== null || this.headNoun(units[j]!)) break;
      let hit = this.longest(units, j);
      // جبلي الأكراد والتركمان، تلال كبينة: each name is "جبل/تل + name"
      if (!hit && u.arabic && (head.kind === 'mountain' || head.kind === 'hill')) hit = this.longestAfter(head.kind === 'mountain' ? 'جبل' : 'تل', units, j);
      // جسر المزارب، تل X: a generic first word matched alone is the start of an unknown name
      const genericOnly = !!hit && hit.end === j + 1 && units[j]!.arabic && units[j]!.keys.some((k) => this.S.joinablePrefixesAr.has(k)) && this.unknownName(units, j) === j + 2;
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
      if (u.keys.some((k) => this.S.notNamesAr.has(k)) || u.keys[0]!.length < 2) return j;
      // استعصت، استهدفت: Form X verbs and masdars are not names
      if (u.keys.some((k) => k.startsWith('است') && k.length >= 5)) return j;
      if (u.keys.some((k) => this.S.joinablePrefixesAr.has(k)) && units[j + 1]?.arabic && units[j + 1]!.clitics === '') return j + 2;
      return j + 1;
    }
    let k = j;
    while (k < units.length && (units[k]!.cap || (units[k]!.article && units[k + 1]?.cap)) && !this.S.notNamesEn.has(units[k]!.keys[0]!)) k++;
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
    if (actor && (!node.places || !(head || prep))) {
      out.push({ kind: 'actor', start, end, surface, ref: actor, score: node.actorAmbiguous ? 0.6 : 0.9, why: node.actorAmbiguous ? 'ambiguous actor alias' : 'actor alias', candidates: [actor] });
      return;
    }
    if (!node.places) return;
    const ids0 = hit.extra ? [...node.places, ...hit.extra.filter((x) => !node.places!.includes(x))] : node.places;
    const all = ids0.map((id) => this.gazetteer.get(id)!).filter(Boolean);
    const syrian = all.filter((p) => p.country_code === 'SY' || p.kind === 'country');
    const strong = !!(head || cue.prep || cue.list || cue.region || cue.postHead);
    const single = hit.end - i === 1;
    let cands = syrian.length ? syrian : all;
    // السورية، التركية: a definite country name without its own article is the adjective
    if (first.arabic && first.definite && single) cands = cands.filter((p) => !(p.kind === 'country' && p.name_ar && !p.name_ar.startsWith('ال')));
    const keyLen = units.slice(i, hit.end).map((x) => x.keys[0] ?? '').join('').length;
    // Gates against common words that are also place names.
    if (!first.arabic) {
      const content = units.slice(i, hit.end).filter((x) => !x.article);
      if (!content.every((x) => x.cap || /^\d/.test(x.keys[0] ?? ''))) return;
      // Tal Maqta'a, Kafr Zita: a generic first word before an unknown capitalized word
      const next = units[hit.end];
      if (content.length === 1 && this.S.joinablePrefixes.has(content[0]!.keys[0]!) && next?.cap && !next.arabic) {
        const e2 = this.unknownName(units, hit.end);
        const s2 = units[e2 - 1]!.end;
        out.push({ kind: 'unresolved_place', start, end: s2, surface: text.slice(start, s2), ref: null, score: 0.4, why: 'unknown name after a generic place word', candidates: [] });
        return;
      }
      // function words are never place names, whatever a gazetteer's codes say (THE = Teresina)
      if (content.length === 1 && this.S.notNamesEn.has(content[0]!.keys[0]!)) return;
      if (content.length === 1 && (this.S.commonEn.has(content[0]!.keys[0]!) || keyLen <= 3) && !strong) return;
      // a one-word transliteration variant is too easily an English word (Although ~ Latakia)
      if (content.length === 1 && hit.viaSkeleton && !(head || cue.list || cue.postHead)) return;
      // one capitalized word that names many places is usually a personal name (Ahmad, Hassan)
      if (content.length === 1 && !strong && ids0.length >= 5 && !first.article && !all.some((p) => p.kind === 'city' || p.kind === 'governorate' || p.kind === 'country')) return;
      // a capitalized word before a single-word name is usually part of a person's name (Ahmad Nasr)
      const prev = units[i - 1];
      if (content.length === 1 && !strong && prev && prev.cap && !prev.article && i >= 2 && units[i - 2]!.punct === null && !this.S.notNamesEn.has(prev.keys[0]!)) return;
    } else {
      if (single && keyLen <= 3 && !(head || cue.prep || cue.list)) return;
      if (single && first.keys.some((k) => this.S.commonAr.has(k)) && !head) return;
      // a first name before عبد/بن is a person (رامي عبد الرحمن)
      if (single && units[hit.end]?.keys.some((k) => this.S.personNameNextAr.has(k))) return;
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
    const ids = cands.sort((a, b) => placePrior(b) - placePrior(a)).map((p) => p.id);
    const why = [hit.viaSkeleton ? 'transliteration variant' : 'gazetteer name'];
    if (head) why.push(`after head noun (${head})`);
    else if (cue.postHead) why.push('before head noun');
    else if (cue.prep) why.push('after place preposition');
    else if (cue.list) why.push('in a list of places');
    else if (cue.region) why.push('before a region');
    if (ids.length > 1) why.push(`${ids.length} candidates, prior: ${cands[0]!.name} (${cands[0]!.admin1 ?? cands[0]!.country})`);
    const score = Math.min(1, (hit.viaSkeleton ? 0.7 : 0.85) + (head ? 0.1 : strong ? 0.05 : 0) - (ids.length > 1 ? 0.05 : 0));
    out.push({ kind: 'place', start, end, surface, ref: ids[0]!, score, why: why.join('; '), candidates: ids, admin1: cands[0]!.admin1 ?? undefined });
  }

  /** Context that makes a name a place: a place preposition (في، من، ب-، in, near), a list
   *  continuing a place just found (و-/،/and), a following head noun (Abu Dali village) or region. */
  private cues(units: Unit[], i: number, end: number, out: Mention[]): { prep: boolean; list: boolean; region: boolean; postHead: boolean } {
    const first = units[i]!;
    const prev = units[i - 1];
    const prep = first.clitics.includes('ب') || !!prev?.keys.some((k) => this.S.placePrepositions.has(k));
    const last = out[out.length - 1];
    let list = false;
    if (last && (last.kind === 'place' || last.kind === 'unresolved_place')) {
      if (prev && prev.end === last.end && first.clitics.startsWith('و')) list = true;
      else if (prev && (prev.punct === '،' || prev.punct === ',' || prev.keys[0] === 'and') && units[i - 2]?.end === last.end) list = true;
      else if (prev?.keys[0] === 'and' && units[i - 2]?.punct === ',' && units[i - 3]?.end === last.end) list = true;
    }
    const next = units[end];
    const postHead = !first.arabic && !!next?.keys.some((k) => this.S.postHeadNounsEn.has(k));
    const region = !!next && (next.keys.some((k) => this.S.countrysideAr.has(k)) || (next.keys[0] === 'في' && !!units[end + 1]?.keys.some((k) => this.S.countrysideAr.has(k))));
    return { prep, list, region, postHead };
  }
}

function addPlace(n: Node, id: string): void {
  if (!n.places) n.places = [id];
  else if (!n.places.includes(id)) n.places.push(id);
}
