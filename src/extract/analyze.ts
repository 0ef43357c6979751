// analyzeDocument: one pass over a document's words → ACLED-style events with evidence.
// Per sentence, each trigger (lexicon rule) forms a frame; its arguments come from the kb
// mentions around it (actor1 = agent, actor2 = patient, places after it), the document
// context fills the gaps (last date, last region, last actor, the air campaign's actor).
import { hash } from 'node:crypto';
import {
  eventTypeOf,
  type DateExpression,
  type DocEvent,
  type FatalityClaim,
  type InterCode,
  type Lang,
  type Mention,
  type Modality,
  type NumberExpression,
  type Place,
  type RawDocument,
  type Sentence,
  type SubEventType,
  type Token,
  type Victims,
} from '../core/index.js';
import type { KnowledgeBase } from '../kb/index.js';
import { resolvePlaceMentions } from '../kb/index.js';
import { findDatesWithSpans, findNumbers, resolveRelativeDate, segmentSentences, tokenize } from '../text/index.js';
import { conservativeFatalities, findClaims, mergeClaims, shareClaim, singleVictimNouns, type ActorInfo, type SentenceView } from './claims.js';
import type { CompiledLang, CueEntry, Lexicon, TriggerRule } from './lexicon.js';
import { buildWords, introducesCause, isArabicWord, modifiedFrom, scanWords, wordRange, type LexHit, type Word } from './words.js';

export interface DocumentAnalysis {
  sentences: Sentence[];
  tokens: Token[];
  mentions: Mention[];
  dates: DateExpression[];
  numbers: NumberExpression[];
  events: DocEvent[];
}

type DocInput = Pick<RawDocument, 'doc_id' | 'text' | 'lang' | 'published' | 'title'>;

interface ActorRef { m: Mention | null; from: number; to: number; info: ActorInfo }
interface PlaceRef { m: Mention; from: number; to: number; place: Place | null; near: boolean; isArea: boolean; weak: boolean; abroad?: boolean;
  /** Quarters of the city, not all of it ("districts of eastern Aleppo"): always near. */
  quarters?: boolean }

interface DateValue { date: string | null; end: string | null; precision: 1 | 2 | 3; fromText: boolean; transient?: boolean }

interface Frame {
  rule: TriggerRule;
  from: number;
  to: number;
  sub: SubEventType;
  ruleIds: string[];
  modality: Modality;
  claimant: string | null;
  actor1: ActorInfo | null;
  assoc1: ActorInfo[];
  actor2: ActorInfo | null;
  assoc2: ActorInfo[];
  actor1FromText: boolean;
  places: PlaceRef[];
  flags: string[];
  /** A bare nominal reference to an event already coded ("the fighting"): no new event. */
  anaphoric: boolean;
  events: DocEvent[];
  /** Dated over months up to the report ("since late April"): a campaign, coded as no event. */
  campaign?: boolean;
}

const EMPTY = (): DocumentAnalysis => ({ sentences: [], tokens: [], mentions: [], dates: [], numbers: [], events: [] });
const NON_VIOLENT = new Set(['Agreement', 'Change to group/activity', 'Headquarters or base established', 'Arrests', 'Non-violent transfer of territory', 'Other', 'Peaceful protest']);
/** Events whose announcement is the event itself ("أعلنت الفصائل تشكيل غرفة عمليات"). */
const ANNOUNCED_EVENTS = new Set(['Agreement', 'Change to group/activity', 'Headquarters or base established']);
const CIVILIANS = 'Civilians (Syria)';
/** Kinds of place that, named right after a place, say where it lies (a plain, a mountain range). */
const LOCATOR_KINDS = new Set<string>(['plain', 'mountain', 'region']);
const TOWN_KINDS = new Set<string>(['city', 'town', 'village', 'neighbourhood']);
const BOMBINGS = new Set<string>(['Remote explosive/landmine/IED', 'Suicide bomb', 'Grenade']);
const NO_NUMBERS = new Uint8Array(0);
const CLAUSE_PUNCT = new Set([',', '،', ';', '؛', ':', '(', ')', '-', '–', '—']);
const RELATIVE = new Set(['التي', 'الذي', 'اللذين', 'اللتين', 'الذين', 'اللواتي', 'which', 'who', 'whose', 'where', 'that']);
const LIST_WORDS = new Set(['and', 'the', 'و', 'ال', 'of', 'as', 'well']);
/** "its forces", "قواتها": a party's own forces, named by a possessive. */
const OWN_FORCES_EN = /^(?:forces|troops|soldiers|army|aircraft|warplanes|jets|drones|fighters|units|artillery)$/;
const OWN_FORCES_AR = /^(?:قوات|جنود|طائرات|طيران|مقاتلي|عناصر|وحدات|مدفعيه)(?:ها|ه|هم)$/;
const ROAD = /^(?:طريق|اوتوستراد|اتوستراد|اوتستراد|highway|road|motorway)$/;
const DASH = /^[-–—]$/;
/** "طريق حلب – اللاذقية الدولي", "الطريق الدولي حلب-دمشق", "the Aleppo-Latakia highway": the towns
 *  a road is named after are not where what happens on it happened. The road word comes first in
 *  Arabic, last in English; the two towns are joined by a dash ("طريق سراقب", "the road to Saraqeb"
 *  still name a town). */
function namesARoad(text: string, words: readonly Word[], from: number, to: number): boolean {
  const road = (i: number, latin: boolean) => i >= 0 && i < words.length && ROAD.test(words[i]!.stem) && /^[a-z]/.test(words[i]!.stem) === latin;
  const intl = (i: number) => (i >= 0 && words[i]!.stem === 'دولي' ? i - 1 : i);
  // the word at i is joined to the one before it by a dash (a token of its own, or inside "Aleppo-Latakia")
  const dashBefore = (i: number): number => {
    if (i - 1 >= 0 && words[i - 1]!.punct && DASH.test(words[i - 1]!.stem)) return i - 2;
    return i > 0 && DASH.test(text[words[i]!.start - 1] ?? '') ? i - 1 : -1;
  };
  // one hyphenated token for both towns ("Aleppo-Latakia": its words share the token's span)
  if (to > from && /[-–]/.test(text.slice(words[from]!.start, words[to - 1]!.end)) && (road(to, true) || road(intl(from - 1), false))) return true;
  // the second town (after the dash), then the first (before it)
  const first = dashBefore(from);
  if (first >= 0 && (road(intl(first - 1), false) || road(intl(first - 2), false) || road(to, true))) return true;
  const second = to < words.length && words[to]!.punct && DASH.test(words[to]!.stem) ? to + 1 : to < words.length && dashBefore(to) === to - 1 ? to : -1;
  return second >= 0 && (road(intl(from - 1), false) || road(second + 1, true) || road(second + 2, true));
}

/** "على طريق دير الزور - الميادين", "on the Deir ez-Zor–Mayadin road": a road between two towns of
 *  one governorate is in that governorate (geo_precision 3), though at neither town. */
function roadsWithinAGovernorate(towns: { m: Mention; from: number; to: number; place: Place }[], text: string, kb: KnowledgeBase): PlaceRef[] {
  const out: PlaceRef[] = [];
  for (let k = 0; k + 1 < towns.length; k++) {
    const a = towns[k]!, b = towns[k + 1]!;
    if (b.from - a.to > 2 || a.place.admin1 !== b.place.admin1) continue;
    const gov = kb.gazetteer.governorate(a.place.admin1!);
    if (!gov) continue;
    const region = kb.gazetteer.region(gov.name, 'province');
    const m: Mention = { kind: 'region', start: a.m.start, end: b.m.end, surface: text.slice(a.m.start, b.m.end), ref: region.id, score: 0.9,
      why: `a road between two towns of ${gov.name}`, candidates: [region.id], admin1: gov.name };
    out.push({ m, from: a.from, to: b.to, place: region, near: false, isArea: true, weak: false });
    k++;
  }
  return out;
}

/** Mentions the kb is unsure of (weak transliteration guesses) are not used as event places. */
const MIN_PLACE_SCORE = 0.65;
/** Words between a trigger and its first place. */
const MAX_PLACE_DISTANCE = 12;
/** Below this a place is used only as the object right after a trigger, never from context. */
const SURE_PLACE_SCORE = 0.72;

function lastDayOfMonth(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

function toDateValue(d: DateExpression, previous: DateValue | null): DateValue {
  if (d.by) {
    const end = d.end && d.precision !== 'day' ? d.end : d.date;
    if (previous?.date && previous.date < end) return { date: previous.date, end, precision: d.precision === 'day' ? 2 : 3, fromText: true };
    return { date: d.date, end: d.end ?? null, precision: d.precision === 'day' ? 1 : 3, fromText: true };
  }
  switch (d.precision) {
    case 'day': return { date: d.date, end: null, precision: 1, fromText: true, transient: !!d.relative && d.relative.anchor === 'published' && d.relative.days < 0 };
    case 'week': return { date: d.date, end: d.end ?? null, precision: 2, fromText: true };
    case 'month': return { date: d.date, end: d.end ?? lastDayOfMonth(d.date), precision: 3, fromText: true };
    default: return { date: d.date, end: d.end ?? `${d.date.slice(0, 4)}-12-31`, precision: 3, fromText: true };
  }
}

// (one-shot crypto.hash: a Hash object per event cost more than the digest; the hot array
// helpers below are plain loops, which V8 did not keep deoptimizing as array kinds varied)
function hashId(parts: (string | number | null)[]): string {
  let key = '';
  for (let i = 0; i < parts.length; i++) key += (i ? '|' : '') + String(parts[i] ?? '');
  return hash('sha1', key, 'hex').slice(0, 16);
}

function hasGroup(c: LexHit<CueEntry>, g: string): boolean {
  return c.values.some((v) => v.group === g);
}

const NO_CUES: readonly LexHit<CueEntry>[] = [];

/** A sentence's cue hits, also by group (each list in text order). Built once per sentence: every
 *  trigger asks for the cues of a few groups, and rescanning all cues' values for each was the
 *  bulk of the frame building. */
class SentenceCues {
  private readonly byGroup = new Map<string, LexHit<CueEntry>[]>();
  /** Who the sentence says holds a place ("the rebel-held town", "الخاضعة لسيطرة الفصائل"):
   *  no party to what happens there, but the side an attack on it or its capture is against. */
  readonly holders: ActorRef[] = [];
  constructor(readonly all: LexHit<CueEntry>[]) {
    for (const c of all) {
      for (let k = 0; k < c.values.length; k++) {
        const g = c.values[k]!.group;
        // (a cue listed once per group even when several of its entries share it)
        if (c.values.findIndex((v) => v.group === g) !== k) continue;
        const list = this.byGroup.get(g);
        if (list) list.push(c); else this.byGroup.set(g, [c]);
      }
    }
  }
  of(group: string): readonly LexHit<CueEntry>[] { return this.byGroup.get(group) ?? NO_CUES; }
  has(group: string): boolean { return this.byGroup.has(group); }
  /** The first cue of the group inside words [from, to). */
  between(from: number, to: number, group: string): LexHit<CueEntry> | undefined {
    return this.of(group).find((c) => c.from >= from && c.to <= to);
  }
}

type KbActor = ReturnType<KnowledgeBase['actors']['all']>[number] & { claimant_name?: string; acts_as?: string; air_power?: boolean };

/** Actor facts the frames need, read once per actor id from the kb. */
function actorInfoFactory(kb: KnowledgeBase): (id: string) => ActorInfo | null {
  const cache = new Map<string, ActorInfo | null>();
  const all = kb.actors.all() as KbActor[];
  // a claimant that speaks for an armed actor (Russian MoD for Russia) names that actor's claims
  const spokesman = new Map<string, string>();
  for (const a of all) if (a.kind === 'claimant' && a.acts_as && !spokesman.has(a.acts_as)) spokesman.set(a.acts_as, a.claimant_name ?? a.name);
  return (id: string) => {
    if (cache.has(id)) return cache.get(id)!;
    const a = kb.actors.get(id) as KbActor | undefined;
    let info: ActorInfo | null = null;
    if (a) {
      const gov = kb.actors.isGovernmentSide(id);
      info = {
        id,
        name: a.name,
        kind: a.kind,
        side: gov ? 'government' : a.side,
        inter: a.inter,
        claimantName: a.kind === 'claimant' ? (a.claimant_name ?? a.name) : (spokesman.get(id) ?? a.name),
        actsAs: a.kind === 'claimant' && a.acts_as ? a.acts_as : undefined,
        airPower: a.air_power === true,
      };
    }
    cache.set(id, info);
    return info;
  };
}

/** As a party to an event, a ministry is the armed actor it speaks for; sources are never parties. */
function asParty(info: ActorInfo, infoOf: (id: string) => ActorInfo | null): ActorInfo | null {
  if (info.actsAs) return infoOf(info.actsAs);
  if (info.kind === 'claimant') return null;
  return info;
}

export function analyzeDocument(doc: DocInput, kb: KnowledgeBase, lexicon: Lexicon): DocumentAnalysis {
  try {
    return analyze(doc, kb, lexicon);
  } catch (e) {
    // language stages never throw on odd text
    if (process.env.MARSAD_DEBUG) throw e;
    return EMPTY();
  }
}

/** A region of a governorate by direction (not its countryside or the whole province). */
const DIRECTIONAL_REGION = /^marsad:region:[^:]+:(?:north|south|east|west|northeast|northwest|southeast|southwest)$/;
/** "districts of", "neighbourhoods in", "أحياء", "الأحياء": the quarters of a city just before `at`. Stems in key form. */
const QUARTERS = /^(?:districts|neighbourhoods|neighborhoods|quarters|احياء|الاحياء)$/;
function quartersBefore(words: readonly Word[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    const w = words[i]!;
    if (w.punct) return false;
    if (w.forms.some((f) => QUARTERS.test(f))) return true;
    if (!/^(?:of|in|the|في|من)$/.test(w.stem)) return false;
  }
  return false;
}

/** The mentions less the places and regions that lie inside a date expression. */
function withoutPlacesInDates(mentions: Mention[], dates: readonly DateExpression[]): Mention[] {
  if (!dates.length) return mentions;
  return mentions.filter((m) => m.kind === 'actor' || !dates.some((d) => d.span.start <= m.start && m.end <= d.span.end));
}

/** A full date in the first lines of the text (the dateline of a report with no publication date). */
function firstDatelineDate(dates: DateExpression[]): string | null {
  for (let k = 0; k < dates.length; k++) {
    const d = dates[k]!;
    if (d.span.start < 400 && d.precision === 'day' && d.kind === 'absolute') return d.date;
  }
  return null;
}

/** The country most of the document's confident places are in (ACLED codes per country). */
function dominantCountry(mentions: Mention[], kb: KnowledgeBase): { code: string; name: string; others: Set<string> } | null {
  // a capital abroad is named as a seat of government (talks in Moscow, Ankara said) more often
  // than as a place things happen in: capitals count only in a report that names no other town;
  // a place resolved with doubt counts half
  const count = (withCapitals: boolean) => {
    const counts = new Map<string, { n: number; name: string }>();
    // (index loops over the document's arrays: their array kinds vary, which deoptimized for-of)
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k]!;
      if ((m.kind !== 'place' && m.kind !== 'region') || !m.ref || m.score < MIN_PLACE_SCORE) continue;
      const p = kb.gazetteer.get(m.ref);
      if (!p?.country_code || (!withCapitals && kb.gazetteer.isCapital(p.id))) continue;
      const c = counts.get(p.country_code) ?? { n: 0, name: p.country };
      c.n += m.score < 0.8 ? 0.5 : 1;
      counts.set(p.country_code, c);
    }
    return counts;
  };
  let counts = count(false);
  if (!counts.size) counts = count(true);
  let best: { code: string; name: string; n: number } | null = null;
  let total = 0;
  for (const [code, c] of counts) { total += c.n; if (!best || c.n > best.n) best = { code, name: c.name, n: c.n }; }
  if (!best) return null;
  // other countries the report is substantially about (a quarter of its places) stay in
  const others = new Set<string>();
  for (const [code, c] of counts) if (code !== best.code && c.n >= total / 4) others.add(code);
  return { code: best.code, name: best.name, others };
}

function analyze(doc: DocInput, kb: KnowledgeBase, lexicon: Lexicon): DocumentAnalysis {
  const text = doc.text ?? '';
  if (doc.lang !== 'ar' && doc.lang !== 'en') return EMPTY();
  const lang: Lang = doc.lang;
  if (!text.trim()) return EMPTY();
  const lex: CompiledLang = lexicon.compiled[lang];

  const sentences = segmentSentences(text, lang);
  const tokens = tokenize(text, lang);
  // one date scan serves both: numbers skip what is part of a date
  const found = findDatesWithSpans(text, { lang, published: doc.published ?? null });
  // (a month in a date is no place: "6 من شباط" is not the village of Shbat)
  const mentions = withoutPlacesInDates(safeMentions(kb, text, tokens, lang), found.dates);
  const dates = reanchorYears(found.dates);
  const numbers = findNumbers(text, lang, 0, tokens, found.dateSpans);
  const words = buildWords(tokens);
  const infoOf = actorInfoFactory(kb);
  const country = dominantCountry(mentions, kb);
  const byNameCache = new Map<string, ActorInfo | null>();
  const actorByName = (name: string): ActorInfo | null => {
    const n = name.replace('{country}', country?.name ?? 'Syria');
    if (!byNameCache.has(n)) {
      const a = kb.actors.byName(n);
      byNameCache.set(n, a ? infoOf(a.id) : null);
    }
    return byNameCache.get(n)!;
  };

  // mentions → word ranges; words inside a mention never trigger (هيئة تحرير الشام is not a liberation)
  const inMention = new Uint8Array(words.length);
  const actorRefs: ActorRef[] = [];
  const placeRefs: PlaceRef[] = [];
  const numberAt = new Uint8Array(words.length);
  for (const n of numbers) { const [f, t] = wordRange(words, n.span); for (let i = f; i < t && i < words.length; i++) numberAt[i] = 1; }
  // words that make the actor after them a victim: figures, and singular victim nouns ("عنصر")
  // marked per sentence below
  const victimAt = numberAt.slice();
  const roadTowns: { m: Mention; from: number; to: number; place: Place }[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const [from, to] = wordRange(words, m);
    const info = m.kind === 'actor' && m.ref ? infoOf(m.ref) : null;
    // (except the protesters: "خرج مئات المتظاهرين في", "hundreds of demonstrators gathered" tell
    // the protest by naming its actor; bit 4 keeps them from being cues)
    const mark = info?.kind === 'protesters' ? 4 : 1;
    for (let i = from; i < to && i < words.length; i++) inMention[i] |= mark;
    if (m.kind === 'actor' && m.ref) {
      if (info) actorRefs.push({ m, from, to, info });
    } else if (m.kind === 'place' || m.kind === 'region' || m.kind === 'unresolved_place') {
      const place = m.ref ? kb.gazetteer.get(m.ref) ?? null : null;
      if (m.kind !== 'unresolved_place' && m.score < MIN_PLACE_SCORE) continue;
      const weak = m.kind !== 'unresolved_place' && m.score < SURE_PLACE_SCORE;
      // a report about one country: foreign towns are background (Astana talks), not event places
      if (place && country && place.country_code !== country.code && !country.others.has(place.country_code)) {
        // (its capital may still speak for it: "Ankara said")
        if (kb.gazetteer.isCapital(place.id)) placeRefs.push({ m, from, to, place, near: false, isArea: false, weak: true, abroad: true });
        continue;
      }
      if (place && place.kind === 'country') continue;
      if (isDatelinePlace(text, m)) continue;
      if (namesARoad(text, words, from, to)) {
        if (place?.admin1 && place.country_code === 'SY' && m.kind === 'place') roadTowns.push({ m, from, to, place });
        continue;
      }
      // "four districts of eastern Aleppo", "أحياء شرق حلب": the quarters of a city, not the
      // countryside of its governorate (the city, near: geo_precision 2)
      const city = m.kind === 'region' && place?.admin1 && DIRECTIONAL_REGION.test(place.id) && quartersBefore(words, from)
        ? kb.gazetteer.cityOf(place.admin1) : undefined;
      if (city) { placeRefs.push({ m, from, to, place: city, near: true, isArea: false, weak, quarters: true }); continue; }
      placeRefs.push({ m, from, to, place, near: false, isArea: isArea(place, m), weak });
    }
  }
  placeRefs.push(...roadsWithinAGovernorate(roadTowns, text, kb));
  actorRefs.sort((a, b) => a.from - b.from);
  placeRefs.sort((a, b) => a.from - b.from);
  // "Hayat Tahrir al-Sham rebels", "Islamic State militants": the generic noun right after a
  // named group is that group, not a second party
  // ("the Kurdish Asayish police": a bare "police" after a named force is that force)
  const generic = (a: ActorInfo) => isGenericRebels(a) || a.id.startsWith('unidentified-armed-group');
  const bareForce = (r: ActorRef) => !!r.m && /^(?:the )?(?:police|police forces|forces|troops)$/i.test(r.m.surface);
  for (let k = actorRefs.length - 1; k > 0; k--) {
    const a = actorRefs[k]!, before = actorRefs[k - 1]!;
    if (a.from === before.to && (generic(a.info) || bareForce(a)) && !generic(before.info) && before.info.inter >= 2 && before.info.inter <= 4) actorRefs.splice(k, 1);
  }

  const triggerHits = scanWords(words, lex.triggers, (i) => (inMention[i]! & 1) === 1);
  // words of a date ("3 May 2019") are not cues (May is not a modal)
  for (let k = 0; k < dates.length; k++) { const [f, t] = wordRange(words, dates[k]!.span); for (let i = f; i < t && i < words.length; i++) inMention[i] |= 2; }
  const cueHits = scanWords(words, lex.cues, (i) => inMention[i] !== 0);

  // no publication date: a full date in the first lines is the dateline
  const dateline = doc.published ?? firstDatelineDate(dates);
  const ctx = new DocContext(dateline);
  // a report about another country: its events default to that country, not to Syria
  if (country && country.code !== 'SY') ctx.country = kb.gazetteer.get(`marsad:country-${country.code.toLowerCase()}`) ?? null;
  {
    const counts = new Map<string, number>();
    for (const p of placeRefs) if (p.place?.admin1 && !p.weak) counts.set(p.place.admin1, (counts.get(p.place.admin1) ?? 0) + 1);
    let best = 0;
    for (const [a, n] of counts) if (n > best) { best = n; ctx.mainAdmin1 = a; }
  }
  const events: DocEvent[] = [];
  const byKey = new Map<string, DocEvent>();
  let th = 0, ch = 0, ah = 0, ph = 0, dh = 0, nh = 0;

  let lastEnd = 0;
  const ds: DocScope = { doc, text, lang, lex, kb, sentences, words, ctx, infoOf, actorByName, numberAt, victimAt, events, byKey };
  for (const s of sentences) {
    // a blank line between sentences starts a new paragraph (anaphora does not cross it)
    if (/\n\s*\n/.test(text.slice(lastEnd, s.start))) ctx.paragraph++;
    lastEnd = s.end;
    const [sFrom, sTo] = sentenceWords(words, s);
    const trig: LexHit<TriggerRule>[] = [];
    while (th < triggerHits.length && triggerHits[th]!.from < sTo) { if (triggerHits[th]!.from >= sFrom) trig.push(triggerHits[th]!); th++; }
    const cues: LexHit<CueEntry>[] = [];
    while (ch < cueHits.length && cueHits[ch]!.from < sTo) { if (cueHits[ch]!.from >= sFrom) cues.push(cueHits[ch]!); ch++; }
    const actors: ActorRef[] = [];
    while (ah < actorRefs.length && actorRefs[ah]!.from < sTo) { if (actorRefs[ah]!.from >= sFrom) actors.push(actorRefs[ah]!); ah++; }
    const places: PlaceRef[] = [];
    while (ph < placeRefs.length && placeRefs[ph]!.from < sTo) { if (placeRefs[ph]!.from >= sFrom) places.push(placeRefs[ph]!); ph++; }
    const sNumbers: NumberExpression[] = [];
    while (nh < numbers.length && numbers[nh]!.span.start < s.end) { if (numbers[nh]!.span.start >= s.start) sNumbers.push(numbers[nh]!); nh++; }
    const sDates: DateExpression[] = [];
    while (dh < dates.length && dates[dh]!.span.start < s.end) {
      const d = dates[dh]!;
      // "BEIRUT, May 9, 2019 — Troops captured ... on Wednesday": the dateline dates the report, not the event
      if (d.span.start >= s.start && !isDatelineDate(text, d)) sDates.push(d);
      dh++;
    }

    analyzeSentence(ds, s, sFrom, sTo, trig, cues, actors, places, sNumbers, sDates);
  }

  relocateFromFollowingContext(events, kb);
  attributeAirStrikesFromFollowingContext(events);
  foldCountryWideIntoNamedPlace(events);
  foldHeadlineIntoBody(events);
  for (const e of events) finishEvent(e, actorByName);
  return { sentences, tokens, mentions, dates, numbers, events: dedupeEvents(events, actorByName) };
}

/** What each sentence of a document is analyzed against. The per-sentence work is split in
 *  functions of its own for V8: small functions are optimized sooner, and a deopt in one of
 *  them no longer recompiles the whole document loop. */
interface DocScope {
  doc: DocInput;
  text: string;
  lang: Lang;
  lex: CompiledLang;
  kb: KnowledgeBase;
  sentences: Sentence[];
  words: Word[];
  ctx: DocContext;
  infoOf: (id: string) => ActorInfo | null;
  actorByName: (name: string) => ActorInfo | null;
  numberAt: Uint8Array;
  victimAt: Uint8Array;
  events: DocEvent[];
  byKey: Map<string, DocEvent>;
}

/** Nothing before `at` in the sentence opens a relative clause or the past continuous. */
const BACKGROUND_BEFORE = /^(?:التي|الذي|الذين|اللذين|اللواتي|كان|كانت|كانوا|which|who|that|had|used)$/;
function mainClauseBefore(words: readonly Word[], sFrom: number, at: number): boolean {
  if (at - sFrom > 10) return false;
  for (let i = sFrom; i < at; i++) if (BACKGROUND_BEFORE.test(words[i]!.stem)) return false;
  return true;
}

/** A date said as the start of a stretch up to now: "since late April", "منذ أواخر نيسان". */
function sinceDate(text: string, d: DateExpression): boolean {
  return /^(?:since|منذ)\s/i.test(text.slice(d.span.start, d.span.end)) || /(?:\bsince|منذ)\s+$/i.test(text.slice(Math.max(0, d.span.start - 8), d.span.start));
}

/** The first sentence of the report's body (after its title line, if it has one). */
function isLead(text: string, sentences: readonly Sentence[], s: Sentence): boolean {
  if (s.index === 0) return true;
  const first = sentences[0];
  return s.index === 1 && !!first && !/[.!?؟。…]\s*$/.test(first.text) && standsOnItsOwnLine(text, first);
}

/** One sentence: its frames become events (new, or merged into one already coded), its
 *  figures go to them, and what it names is carried to the next sentences. */
function analyzeSentence(ds: DocScope, s: Sentence, sFrom: number, sTo: number, trig: LexHit<TriggerRule>[], cues: LexHit<CueEntry>[],
  actors: ActorRef[], places: PlaceRef[], sNumbers: NumberExpression[], sDates: DateExpression[]): void {
  const { doc, text, lang, lex, sentences, words, ctx, infoOf, numberAt, victimAt } = ds;
  const sc = new SentenceCues(cues);
  sentenceParties(ds, sc, actors, places, sFrom, sTo);

  // a heading ("The offensive", "الهجوم بقيادة ...") is not a report of an event
  const unpunctuated = !/[.!?؟。…]\s*$/.test(s.text);
  // (".." and "…" also end the first part of a headline, "إدلب تحت القصف.. مجازر ...", when it is
  // a few words only: a sentence ending in ".." is common too)
  const headlinePart = /(?:\.\.|…)\s*$/.test(s.text) && contentWords(words, sFrom, sTo) <= 3;
  // (a full stop makes three words a sentence: "Rebels pounded Hama.")
  // (a clause the segmenter cut at "، فيما" ends in a comma: the sentence goes on, it is no heading)
  const goesOn = /[،,؛;]\s*$/.test(s.text);
  const isHeading = !sDates.length && !goesOn && ((sTo - sFrom <= 4 && (unpunctuated || contentWords(words, sFrom, sTo) <= 2)) || (sTo - sFrom <= 8 && unpunctuated) || headlinePart);
  const titleLine = s.index === 0 && unpunctuated && sentences.length > 3 && standsOnItsOwnLine(text, s);
  if (isHeading && standsOnItsOwnLine(text, s)) ctx.enterSection();

  for (const p of places) p.near = !!p.quarters || isNear(words, sc, p, sFrom);
  const view: SentenceView = { words, from: sFrom, to: sTo, cues, actors: actors.filter((a) => a.m) as SentenceView['actors'], adjectives: actors.filter((a) => !a.m), numberAt };
  // (single victim nouns need a death word near them; found once, for the claims and the parties)
  const singles = sc.has('kill') ? singleVictimNouns(view) : [];
  const claims = findClaims(view, sNumbers, doc.doc_id, text, singles);

  // "66 rebels were killed": an actor counted in a casualty sentence is a victim, not a party
  const casualties = sc.has('kill') || sc.has('injury');
  for (const c of singles) victimAt[c.from] ||= 2;
  const victimNumbers = casualties ? victimAt : NO_NUMBERS;
  // commentary quoted from someone ("... يرى أن «...»") with no date of its own is analysis, not a report of an event
  const quoted = sDates.length ? [] : quotedSpans(words, sFrom, sTo)
    .filter(([a]) => sc.of('commentary').some((c) => c.to <= a && a - c.to <= 16));
  const trigHere = quoted.length ? trig.filter((t) => !quoted.some(([a, b]) => t.from > a && t.from < b)) : trig;
  // (the lead of a dated report is dated by it: "خرج العشرات من أبناء مدينة بنش في مظاهرة")
  const lead = !!doc.published && isLead(text, sentences, s);
  const frames = isHeading ? [] : buildFrames(s.index, lang, lex, words, sFrom, sTo, trigHere, sc, actors, places, victimNumbers, ctx, infoOf, sDates.length > 0, lead);

  // "On 27 September, another 43 deaths were reported in towns in Idlib, including X and Y":
  // a dated casualty report with places but no trigger continues the campaign of the last event
  if (!frames.length && !isHeading && claims.length && places.length && sDates.length) {
    const last = ctx.lastViolent(s.index, 6);
    const f = last ? campaignFrame(last, places, sFrom, ctx, infoOf) : null;
    if (f) frames.push(f);
  }

  const dateFor = (at: number): DateValue => {
    // "التي تمت السيطرة عليهما في وقت سابق": done at some earlier time, not on the context's day
    if (!sDates.length && sc.of('earlier').some((c) => c.from > at && c.from - at <= 6)) {
      return { date: null, end: null, precision: 1, fromText: false };
    }
    const chosen = pickDate(words, sDates, at, sFrom, lang, (df) => sc.all.some((c) => (hasGroup(c, 'attribution') || hasGroup(c, 'claim'))
      && c.to <= df && df - c.to <= 5 && !trig.some((t) => t.from >= c.to && t.from < df)));
    if (chosen) {
      const dv = toDateValue(chosen, ctx.date);
      // "since late April, more than 820 civilians have been killed", "منذ أواخر نيسان": a
      // stretch of weeks or months up to the report is a campaign, not one event's time (and at
      // more than two months it is coded as none)
      const now = ctx.published;
      if (dv.precision !== 1 && now && dv.date && dv.date < now && sinceDate(text, chosen)) return { ...dv, end: now, precision: 3 };
      return dv;
    }
    return ctx.date ? { ...ctx.date, fromText: false } : ctx.defaultDate();
  };

  const hasOwnAnchor = places.length > 0 || sDates.length > 0 || actors.some((a) => a.m && isParty(a, victimNumbers, words));
  const sentEvents = codeSentenceEvents(ds, s, sFrom, sDates, frames, places, dateFor, hasOwnAnchor, titleLine);
  attachClaims(claims, frames, words, sentEvents, ctx, s.index, sc);
  for (const r of sc.of('responsibility')) claimedAttack(ds, r, actors, sentEvents, s.index);
  for (const ev of sentEvents) foreignDeadAsActor2(ev, actors);
  carryContext(ds, sc, s, sDates, sentEvents, places, frames, actors, victimNumbers);
}

/** "IS claimed responsibility", "وتبنى تنظيم الدولة الهجوم": the armed group that claims an attack
 *  is its author (ACLED codes claimed attacks so) — of this sentence's attack, else (a sentence that
 *  tells no event) of the last one told; only when the report names no author for it. */
function claimedAttack(ds: DocScope, r: LexHit<CueEntry>, actors: readonly ActorRef[], sentEvents: DocEvent[], sIndex: number): void {
  const armed = (a: ActorRef) => !!a.m && a.info.kind !== 'claimant' && a.info.kind !== 'civilians' && a.info.inter >= 1 && a.info.inter <= 8;
  // Arabic verb first (تبنى تنظيم الدولة), English subject first (Islamic State claimed)
  const claimer = ds.lang === 'ar'
    ? actors.find((a) => armed(a) && a.from >= r.to && a.from - r.to <= 2) ?? [...actors].reverse().find((a) => armed(a) && a.to <= r.from && r.from - a.to <= 2)
    : [...actors].reverse().find((a) => armed(a) && a.to <= r.from && r.from - a.to <= 3);
  if (!claimer) return;
  // (the events of a sentence all cite it whole: the last violent one of them is the attack told)
  const violent = sentEvents.filter((e) => !NON_VIOLENT.has(e.sub_event_type));
  const target = violent.length ? violent[violent.length - 1] : sentEvents.length ? undefined : ds.ctx.lastViolent(sIndex, 2);
  if (!target || target.actor1) return;
  target.actor1 = claimer.info.name;
  target.inter1 = claimer.info.inter as InterCode;
  target.rule_ids?.push('claimed-responsibility');
  if (target.review_flags) target.review_flags = target.review_flags.filter((f) => f !== 'default-actor' && f !== 'context-actor');
}

/** The sentence's parties beyond the kb's actor mentions (a capital that speaks, a nationality
 *  adjective), less those that only describe something (a place's controller, a unit's group). */
function sentenceParties(ds: DocScope, sc: SentenceCues, actors: ActorRef[], places: PlaceRef[], sFrom: number, sTo: number): void {
  const { text, kb, words, actorByName } = ds;
  // "Ankara said its forces killed ...", "وأعلنت موسكو أن ...": a capital that speaks is its state
  for (let i = places.length - 1; i >= 0; i--) {
    const p = places[i]!;
    if (!p.place || !kb.gazetteer.isCapital(p.place.id) || !capitalSpeaks(sc, p)) {
      // (a capital abroad that does not speak is background, as other places abroad are)
      if (p.abroad) places.splice(i, 1);
      continue;
    }
    const state = kb.gazetteer.get(`marsad:country-${p.place.country_code.toLowerCase()}`);
    const info = state ? actorByName(`Military Forces of ${state.name}`) : null;
    if (!info) continue;
    actors.push({ m: p.m, from: p.from, to: p.to, info });
    places.splice(i, 1);
  }
  // nationality adjectives next to nothing else are parties too ("Russian airstrikes", "الغارات الروسية")
  for (const c of sc.of('actor_adjective')) {
    const cue = c.values.find((v) => v.group === 'actor_adjective')!;
    const info = cue.actor ? actorByName(cue.actor) : null;
    if (notAPartyAdjective(words, c.from, c.to, sTo)) continue;
    // ("بلدة الريحانية التركية": right after a place's name it says whose the place is)
    if (places.some((p) => p.to === c.from)) continue;
    if (info && !actors.some((a) => a.from <= c.from && c.from < a.to)) actors.push({ m: null, from: c.from, to: c.to, info });
  }
  actors.sort((a, b) => a.from - b.from);
  // "Turkey's defence ministry said its forces had neutralised ...", "قالت وزارة الدفاع التركية إن
  // قواتها حيّدت ...": "its forces" are the forces of the one named before (a ministry's, its state's)
  for (let i = sFrom; i < sTo; i++) {
    const w = words[i]!;
    const own = w.stem === 'its' || w.stem === 'their' ? (OWN_FORCES_EN.test(words[i + 1]?.stem ?? '') ? 2 : 0) : OWN_FORCES_AR.test(w.stem) ? 1 : 0;
    if (!own || actors.some((a) => a.from <= i && i < a.to)) continue;
    const before = actors.filter((a) => a.to <= i).pop();
    const info = before ? asParty(before.info, ds.infoOf) : null;
    if (!info || info.inter < 1 || info.kind === 'civilians' || info.kind === 'protesters') continue;
    // (named in the text, as a mention is: it can be a subject)
    const start = w.start, end = words[i + own - 1]!.end;
    const m: Mention = { kind: 'actor', start, end, surface: text.slice(start, end), ref: info.id, score: 0.8, why: 'possessive: the forces of the party named before' };
    actors.push({ m, from: i, to: i + own, info });
  }
  actors.sort((a, b) => a.from - b.from);
  // "the rebel-held town", "الخاضعة لسيطرة قوات النظام": who holds a place describes it, it is
  // not a party to what happens there (but who runs a checkpoint or holds a base owns what an
  // attack hits: "a checkpoint run by HTS")
  for (let i = actors.length - 1; i >= 0; i--) {
    if (controllerOfPlace(text, words, actors[i]!, sFrom, sTo) && !ownsTarget(actors[i]!, sc, words, ds.lang)) sc.holders.push(...actors.splice(i, 1));
  }
  // "الشرطة العسكرية التابعة للجيش الوطني": a unit named with the group it belongs to is that group
  for (let i = actors.length - 2; i >= 0; i--) {
    const a = actors[i]!, b = actors[i + 1]!;
    // (an adjective may stand between: "الشرطة العسكرية التابعة")
    if (b.from > a.to && b.from - a.to <= 2 && AFFILIATED_AR.test(words[b.from - 1]!.stem) && words[b.from]!.clitics.some((c) => c === 'ل' || c === 'لل')) actors.splice(i, 1);
  }
}

/** The sentence's frames as events, one per place each names; an event already coded (same type,
 *  place, day and modality) is credited instead of coded twice. */
function codeSentenceEvents(ds: DocScope, s: Sentence, sFrom: number, sDates: DateExpression[], frames: Frame[], places: PlaceRef[],
  dateFor: (at: number) => DateValue, hasOwnAnchor: boolean, titleLine: boolean): DocEvent[] {
  const { doc, lang, kb, words, ctx, events, byKey } = ds;
  const sentEvents: DocEvent[] = [];
  // Two triggers of one event in a sentence ("ألقى الطيران المروحي براميل متفجرة على قرية X"):
  // when one of them names its place, the other does not become an event at the context's area.
  const locsOf = new Map<Frame, Loc[]>();
  const placedSubs = new Set<string>();
  const folded: Frame[] = [];
  for (const f of frames) {
    if (f.anaphoric) continue;
    const locs = locationsFor(f, places, words, ctx, kb, s.index);
    locsOf.set(f, locs);
    if (locs.some((l) => l.fromText)) placedSubs.add(f.sub);
  }
  for (const f of frames) {
    if (f.anaphoric) continue;
    if ((f.rule.anaphoric || f.rule.weak) && !hasOwnAnchor && ctx.events.length) { f.anaphoric = true; continue; }
    let dv = dateFor(f.from);
    // "Russian jets struck Idlib on Sunday. The strikes hit Kafr Nabl": the strikes named again
    // in the next sentence are on that day, though a weekday does not date the rest of the report
    const toldJustBefore = !f.rule.territory && definiteTrigger(words, f.from, sFrom, lang) ? ctx.toldJustBefore(f.sub, s.index) : undefined;
    if (toldJustBefore) {
      f.ruleIds.push('named-again');
      if (!dv.fromText && toldJustBefore.event_date && toldJustBefore.review_flags?.includes('transient-date')) {
        dv = { date: toldJustBefore.event_date, end: toldJustBefore.event_date_end, precision: 1, fromText: false, transient: true };
      }
    }
    // "The attack came a day after government forces shelled the town", "بعد يومين من قصف ...":
    // what follows "N days after" happened N days before the sentence's own day
    const lag = lagBefore(words, sFrom, f.from, lang);
    if (lag && dv.date && dv.precision === 1 && !sDates.some((d) => wordRange(words, d.span)[0] >= lag.at)) {
      dv = { ...dv, date: resolveRelativeDate(dv.date, -lag.days), end: null };
      f.flags.push('date-before-reference');
    }
    if (dv.transient) f.flags.push('transient-date');
    // ACLED codes nothing vaguer than a month: a year-only date is background, and an event
    // with no date at all (no date in the text, no publication date) cannot be coded
    if (!dv.date) continue;
    if (dv.end && dv.precision === 3 && daysBetween(dv.date, dv.end) > 62) { f.campaign = true; continue; }
    const locs = locsOf.get(f) ?? locationsFor(f, places, words, ctx, kb, s.index);
    const placed = locs.some((l) => l.fromText);
    for (const loc of locs) {
      if (!loc.fromText && !placed && placedSubs.has(f.sub)) { folded.push(f); continue; }
      // a title placing its event only in a country ("... in northwest Syria") announces what
      // the body reports with its place
      if (titleLine && loc.precision === 3 && (loc.place_id === null || loc.place_id.startsWith('marsad:country-'))) continue;
      const ev = makeEvent(doc, s, f, loc, dv, kb);
      if (titleLine) ev.review_flags?.push('headline');
      const mkey = ev.modality === 'asserted' || ev.modality === 'claimed' ? 'happened' : ev.modality;
      let key = `${ev.sub_event_type}|${loc.key}|${ev.event_date}|${mkey}`;
      // (unless the text names the other side doing it: "rebels shelled Hama. Government forces shelled Hama")
      const other = byKey.get(key);
      const otherBy = other && ctx.frameOf(other);
      if (otherBy?.actor1FromText && f.actor1FromText && opposedSides(otherBy.actor1, f.actor1)) key += `|${f.actor1!.id}`;
      const prev = byKey.get(key);
      if (prev) {
        for (const r of ev.rule_ids ?? []) if (!prev.rule_ids!.includes(r)) prev.rule_ids!.push(r);
        if (!sentEvents.includes(prev)) sentEvents.push(prev);
        f.events.push(prev);
        continue;
      }
      byKey.set(key, ev);
      events.push(ev);
      sentEvents.push(ev);
      f.events.push(ev);
    }
  }

  // a folded trigger's rule is credited to the event it described
  for (const f of folded) {
    for (const ev of sentEvents) {
      if (ev.sub_event_type !== f.sub) continue;
      for (const r of f.ruleIds) if (!ev.rule_ids!.includes(r)) ev.rule_ids!.push(r);
      if (!f.events.includes(ev)) f.events.push(ev);
    }
  }
  return sentEvents;
}

/** What the sentence leaves to the next ones: its date, places, frames and parties. */
function carryContext(ds: DocScope, sc: SentenceCues, s: Sentence, sDates: DateExpression[], sentEvents: DocEvent[], places: PlaceRef[], frames: Frame[], actors: ActorRef[], victimNumbers: Uint8Array): void {
  const { words, ctx } = ds;
  // context carried to the next sentences — not a date the text looks back to ("an attack
  // back on September 18"): the narrative stays where it was
  const lookBack = sc.of('look_back').some((c) => sDates.some((d) => { const df = wordRange(words, d.span)[0]; return df >= c.to && df - c.to <= 1; }));
  const main = lookBack ? undefined : sentEvents.find((e) => e.time_precision === 1 && !e.review_flags?.includes('default-date') && !e.review_flags?.includes('transient-date'));
  if (main && main.event_date) ctx.sectionUndated = false;
  if (main) ctx.date = { date: main.event_date, end: main.event_date_end, precision: main.time_precision, fromText: true };
  else if (sDates.length && !lookBack) {
    const dv = toDateValue(sDates[sDates.length - 1]!, ctx.date);
    if (!dv.transient) ctx.date = dv;
  }
  for (const p of places) ctx.notePlace(p, s.index);
  for (const f of frames) { ctx.noteFrame(f, s.index); ctx.noteFrameEvents(f); }
  for (const a of actors) if (isParty(a, victimNumbers, words)) ctx.noteActor(a.info);
  if (sentEvents.length) ctx.noteEvents(sentEvents, s.index);
}

/** ACLED's conventions for what a document's event leaves unnamed, applied once it has all its figures. */
function finishEvent(e: DocEvent, actorByName: (name: string) => ActorInfo | null): void {
  e.fatalities = conservativeFatalities(e.fatality_claims);
  // ACLED names the civilians killed by a strike or shelling as its actor2 (without calling
  // it civilian targeting) when no armed side was hit
  if (!e.actor2 && e.event_type === 'Explosions/Remote violence' && onlyDead(e, 'civilians')) {
    e.actor2 = localizedGeneric(CIVILIANS, e.country ?? 'Syria');
    e.inter2 = 7;
    e.rule_ids?.push('civilian-dead-as-actor2');
  }
  // "استشهد مدني برصاص قناص لقوات النظام": fire that killed only civilians, with no armed
  // opponent named, is an attack on civilians, not a clash
  if (!e.actor2 && e.sub_event_type === 'Armed clash' && onlyDead(e, 'civilians')) {
    e.sub_event_type = 'Attack';
    e.event_type = eventTypeOf('Attack') ?? 'Violence against civilians';
    e.actor2 = localizedGeneric(CIVILIANS, e.country ?? 'Syria');
    e.inter2 = 7;
    e.civilian_targeting = true;
    e.rule_ids?.push('civilians-shot');
  }
  // ACLED: those arrested, when no group is named, are civilians ("arrested dozens in Daraa")
  if (!e.actor2 && e.sub_event_type === 'Arrests' && e.actor1) {
    e.actor2 = localizedGeneric(CIVILIANS, e.country ?? 'Syria');
    e.inter2 = 7;
    e.rule_ids?.push('arrested-civilians');
  }
  // ACLED: a bomb nobody claimed, or a killing of civilians no one is named for ("a body found
  // shot dead"), is the work of an "Unidentified Armed Group (<country>)"
  if (!e.actor1 && (BOMBINGS.has(e.sub_event_type) || (e.sub_event_type === 'Attack' && e.civilian_targeting))) {
    const unknown = actorByName(`Unidentified Armed Group (${e.country ?? 'Syria'})`);
    if (unknown) { e.actor1 = unknown.name; e.inter1 = unknown.inter as InterCode; e.rule_ids?.push(BOMBINGS.has(e.sub_event_type) ? 'unclaimed-bomb' : 'unknown-attacker'); }
  }
  // "rebels retook Jibin ... 22 pro-regime fighters were killed": in a battle with no named
  // opponent, the other side whose fighters died is the opponent
  if (!e.actor2 && e.actor1 && e.event_type === 'Battles') {
    const a1 = actorByName(e.actor1);
    const c = e.country ?? 'Syria';
    const lost = (v: string) => e.fatality_claims.some((x) => x.victims === v);
    const opponent = !a1 ? null
      : a1.side === 'government' && lost('rebels') ? actorByName(`Opposition Rebels (${c})`)
        : a1.side !== 'government' && a1.inter !== 1 && lost('government') ? actorByName(`Military Forces of ${c}`) : null;
    if (opponent) { e.actor2 = opponent.name; e.inter2 = opponent.inter as InterCode; e.rule_ids?.push('opponent-among-the-dead'); }
  }
  // "a roadside bomb killed three soldiers": the state forces whose soldiers died were hit
  const state = !e.actor2 && e.event_type === 'Explosions/Remote violence' && onlyDead(e, 'government')
    ? actorByName(`Military Forces of ${e.country ?? 'Syria'}`) : null;
  if (state && e.inter1 !== 1 && e.actor1 !== state.name) {
    e.actor2 = state.name;
    e.inter2 = state.inter as InterCode;
    e.rule_ids?.push('soldiers-dead-as-actor2');
  }
  e.notes = notesFor(e);
}

/** "Two Turkish soldiers were killed by a roadside bomb", "قتل جنديان تركيان بانفجار عبوة": when a
 *  bombing or strike killed only foreign forces and the sentence names one foreign army, that
 *  army was hit (ACLED's actor2). */
function foreignDeadAsActor2(e: DocEvent, actors: readonly ActorRef[]): void {
  // (in a bombardment, and in a shooting whose target is not named: "killed when their post came under fire")
  if (e.actor2 || (e.event_type !== 'Explosions/Remote violence' && e.sub_event_type !== 'Armed clash') || !onlyDead(e, 'foreign_forces')) return;
  const armies = new Set(actors.filter((a) => a.info.kind === 'foreign_state' && a.info.name !== e.actor1).map((a) => a.info));
  if (armies.size !== 1) return;
  const [army] = armies;
  e.actor2 = army!.name;
  e.inter2 = army!.inter as InterCode;
  e.rule_ids?.push('foreign-dead-as-actor2');
}

const LAG_COUNT_EN: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
const LAG_COUNT_AR: Record<string, number> = { ثلاثه: 3, اربعه: 4, خمسه: 5, سته: 6, سبعه: 7 };
const LAG_UNIT_AR: Record<string, number> = { يوم: 1, يومين: 2, يومان: 2, اسبوع: 7, اسبوعين: 14 };
/** "two days after" / "a week after", "بعد يومين من" / "بعد ثلاثة أيام من" a few words before `at`:
 *  how many days earlier than the sentence's day what follows it happened, and where the phrase starts. */
function lagBefore(words: readonly Word[], sFrom: number, at: number, lang: Lang): { days: number; at: number } | null {
  const count = (w: Word | undefined, table: Record<string, number>) => (w ? (w.number ? Number(w.stem) : table[w.stem]) : undefined);
  for (let i = Math.max(sFrom, at - 8); i < at; i++) {
    const w = words[i]!;
    if (lang === 'en' && w.stem === 'after' && i - sFrom >= 2 && at - i <= 5) {
      const unit = words[i - 1]!.stem;
      const n = count(words[i - 2], LAG_COUNT_EN);
      const per = /^days?$/.test(unit) ? 1 : /^weeks?$/.test(unit) ? 7 : 0;
      if (n && per) return { days: n * per, at: i - 2 };
    }
    if (lang === 'ar' && w.stem === 'بعد' && i + 2 < at && at - i <= 7) {
      const one = LAG_UNIT_AR[words[i + 1]!.stem];
      if (one && words[i + 2]!.stem === 'من') return { days: one, at: i };
      const n = count(words[i + 1], LAG_COUNT_AR);
      const per = words[i + 2]!.stem === 'ايام' ? 1 : words[i + 2]!.stem === 'اسابيع' ? 7 : 0;
      if (n && per && i + 3 < at && words[i + 3]!.stem === 'من') return { days: n * per, at: i };
    }
  }
  return null;
}

/** The frame of the event of this sub-event type told in the previous sentence, when its author
 *  is named in the text. */
function authorNamedBefore(ctx: DocContext, sub: SubEventType, sIndex: number): Frame | null {
  const told = ctx.toldJustBefore(sub, sIndex);
  const f = told ? ctx.frameOf(told) : undefined;
  return f?.actor1 && f.actor1FromText ? f : null;
}

/** "the strikes", "their shelling", "الغارات": a trigger noun marked as already known. */
function definiteTrigger(words: readonly Word[], from: number, sFrom: number, lang: Lang): boolean {
  if (lang === 'ar') return words[from]!.clitics.includes('ال');
  const prev = from > sFrom ? words[from - 1] : undefined;
  return !!prev && /^(the|their|its|this|that|his|her|s)$/.test(prev.stem);
}

/** The event counts dead, and all of them of one group. */
function onlyDead(e: DocEvent, victims: Victims): boolean {
  return e.fatality_claims.length > 0 && e.fatality_claims.every((c) => c.victims === victims);
}

function shiftYear(date: string, delta: number): string {
  return `${Number(date.slice(0, 4)) + delta}${date.slice(4)}`;
}

/** A narrative moves forward: a day-month without a year takes the year of the last full date
 *  (not of a background "since 2011"), and the next year when it would fall before that date. */
function reanchorYears(dates: DateExpression[]): DateExpression[] {
  let anchor: string | null = null;
  let lastShift = 0;
  let lastOriginalYear: string | null = null;
  return dates.map((d) => {
    let out = d;
    if (d.kind === 'inferred-year' && d.precision === 'day' && anchor) {
      let year = Number(anchor.slice(0, 4));
      // a jump back of two months or more is the next year; a few days back is a flashback
      if (daysBetween(`${year}${d.date.slice(4)}`, anchor) > 60) year += 1;
      const delta = year - Number(d.date.slice(0, 4));
      if (delta) out = { ...d, date: shiftYear(d.date, delta), end: d.end ? shiftYear(d.end, delta) : d.end };
      lastShift = delta;
      lastOriginalYear = d.date.slice(0, 4);
    } else if (d.kind === 'relative' && d.relative?.anchor === 'previous' && lastShift && d.date.slice(0, 4) === lastOriginalYear) {
      out = { ...d, date: shiftYear(d.date, lastShift), end: d.end ? shiftYear(d.end, lastShift) : d.end };
    } else if (d.kind === 'absolute' || d.kind === 'month') {
      lastShift = 0;
    }
    if (out.precision === 'day' && out.kind !== 'weekday') anchor = out.date;
    return out;
  });
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86400000;
}

/** An event placed only from context, when no earlier event of its kind had a place, takes the
 *  governorate of the next event of its kind named within three sentences (the report names
 *  where the air campaign is just after announcing it). */
function relocateFromFollowingContext(events: DocEvent[], kb: KnowledgeBase): void {
  const located = (o: DocEvent) => !o.review_flags?.includes('context-place');
  // events are in sentence order: look only at the window of three sentences either side
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    // (an area its own sentence names is from the text: "forces backed by Russian air strikes
    // captured a town in northwestern Hama" is not moved to the next strike's governorate)
    if (located(e) || e.review_flags?.includes('sentence-area')) continue;
    let before = false;
    for (let j = i - 1; j >= 0 && events[j]!.sentence_index >= e.sentence_index - 3; j--) {
      const o = events[j]!;
      if (o.sentence_index < e.sentence_index && o.event_type === e.event_type && located(o)) { before = true; break; }
    }
    if (before) continue;
    let next: DocEvent | undefined;
    for (let j = i + 1; j < events.length && events[j]!.sentence_index <= e.sentence_index + 3; j++) {
      const o = events[j]!;
      if (o.sentence_index > e.sentence_index && o.event_type === e.event_type && located(o) && o.admin1) { next = o; break; }
    }
    const gov = next?.admin1 ? kb.gazetteer.governorate(next.admin1) : undefined;
    if (!gov || gov.admin1 === e.admin1 || gov.name === e.admin1) continue;
    e.location = gov.name; e.location_ar = gov.name_ar; e.place_id = gov.id; e.latitude = gov.lat; e.longitude = gov.lon;
    e.admin1 = gov.admin1 ?? gov.name; e.admin2 = null; e.country = gov.country; e.geo_precision = 3;
    e.rule_ids = [...(e.rule_ids ?? []), 'context-place-following'];
    const id = hashId([e.doc_id, e.sources[0]!.evidence.start, e.sources[0]!.evidence.end, e.sub_event_type, gov.id, e.event_date]);
    e.event_id = id; e.doc_event_id = id;
  }
}

/** "Russian jets carried out dozens of strikes in northwestern Syria on Sunday. The strikes hit
 *  Kafr Nabl ...": an event placed in no governorate (a country, "northwestern Syria") that the
 *  next sentence names again and places, the same kind on the same day by the same hand, is that event: its
 *  figures join the placed one and it is not coded twice. */
function foldCountryWideIntoNamedPlace(events: DocEvent[]): void {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.admin1 || e.geo_precision !== 3 || (e.modality !== 'asserted' && e.modality !== 'claimed')) continue;
    // (a capture of unnamed places, "capturing two villages", is the captures the next sentence names)
    const placed = events.find((o) => o.sentence_index === e.sentence_index + 1 && (o.rule_ids?.includes('named-again') || TERRITORY_CHANGE.has(e.sub_event_type)) && o.sub_event_type === e.sub_event_type
      && o.event_date === e.event_date && !!o.admin1 && o.modality === e.modality && (!o.actor1 || !e.actor1 || o.actor1 === e.actor1));
    if (!placed) continue;
    for (const c of e.fatality_claims) {
      if (!placed.fatality_claims.some((x) => x.count === c.count && x.victims === c.victims && x.claimant === c.claimant)) placed.fatality_claims.push(c);
    }
    placed.actor1 ??= e.actor1;
    placed.rule_ids = [...(placed.rule_ids ?? []), 'country-wide-placed-next'];
    events.splice(i, 1);
  }
}

/** The event is told as having happened (asserted, or claimed by one side). */
const toldAsHappened = (e: Pick<DocEvent, 'modality'>): boolean => e.modality === 'asserted' || e.modality === 'claimed';

/** Placed only in a region, a countryside or a governorate (not a town of its own). */
const vagueArea = (e: DocEvent): boolean => e.geo_precision === 3 || (e.place_id ?? '').startsWith('marsad:region:');

/** "مقتل 9 مدنيين بقصف جوي روسي على ريف إدلب" over a body that tells the strike at its village:
 *  a headline event the body reports again (same kind and day, at the same place or inside the
 *  headline's region) is that event; its figures join the body's. */
function foldHeadlineIntoBody(events: DocEvent[]): void {
  const inside = (e: DocEvent, o: DocEvent) => o.place_id === e.place_id || vagueArea(e);
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (!e.review_flags?.includes('headline')) continue;
    const body = events.find((o) => o !== e && !o.review_flags?.includes('headline') && o.sub_event_type === e.sub_event_type
      && o.event_date === e.event_date && toldAsHappened(o) === toldAsHappened(e) && (!e.admin1 || o.admin1 === e.admin1)
      && inside(e, o) && (!e.actor1 || !o.actor1 || o.actor1 === e.actor1));
    if (!body) continue;
    mergeClaims(body.fatality_claims, e.fatality_claims);
    body.fatalities = conservativeFatalities(body.fatality_claims);
    body.rule_ids = [...(body.rule_ids ?? []), 'headline-told-again'];
    events.splice(i, 1);
  }
}

/** An air strike whose author is not named yet ("more than 40 civilians were killed in 500
 *  air-strikes") takes the author of the next air strike within three sentences that names one
 *  ("There were also claims of government and Russian airstrikes"): aircraft belong to a few
 *  states, and a report names them once for a campaign. Marked as taken from context. */
function attributeAirStrikesFromFollowingContext(events: DocEvent[]): void {
  const named = (o: DocEvent) => !!o.actor1 && !o.review_flags?.includes('default-actor') && !o.review_flags?.includes('context-actor');
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (e.sub_event_type !== 'Air/drone strike' || e.actor1 || !e.review_flags?.includes('default-actor')) continue;
    let next: DocEvent | undefined;
    for (let j = i + 1; j < events.length && events[j]!.sentence_index <= e.sentence_index + 3; j++) {
      const o = events[j]!;
      // only an air force (state or foreign forces) flies a campaign a report names once; a
      // group's drone strike nearby says nothing of who flew the unattributed raids
      if (o.sentence_index > e.sentence_index && o.sub_event_type === 'Air/drone strike' && named(o) && (o.inter1 === 1 || o.inter1 === 8)) { next = o; break; }
    }
    if (!next) continue;
    e.actor1 = next.actor1;
    e.inter1 = next.inter1;
    e.assoc_actor_1 = [...next.assoc_actor_1];
    e.review_flags = e.review_flags.map((f) => (f === 'default-actor' ? 'context-actor' : f));
    e.rule_ids = [...(e.rule_ids ?? []), 'context-air-actor-following'];
  }
}

/** One event per place, day and kind: later duplicates fold their claims and rules into the first. */
const TERRITORY_CHANGE = new Set<string>(['Government regains territory', 'Non-state actor overtakes territory']);

/** Two actors on opposite sides: the government side (state forces, their militias and allies)
 *  against everyone else. The same thing done to one place on one day by each is two events. */
function opposedSides(a: ActorInfo | null | undefined, b: ActorInfo | null | undefined): boolean {
  return !!a && !!b && (a.side === 'government') !== (b.side === 'government');
}

function dedupeEvents(events: DocEvent[], actorByName: (name: string) => ActorInfo | null): DocEvent[] {
  const sideOf = (e: DocEvent) => (e.actor1 && !e.review_flags?.includes('default-actor') ? actorByName(e.actor1) : null);
  const seen = new Map<string, DocEvent>();
  const out: DocEvent[] = [];
  for (const e of events) {
    const happened = e.modality === 'asserted' || e.modality === 'claimed' ? 'happened' : e.modality;
    const key = `${e.sub_event_type}|${e.place_id ?? e.location}|${e.event_date}|${happened}`;
    let first = seen.get(key);
    // (state forces and an armed group doing the same to the same place that day are two events)
    if (first && opposedSides(sideOf(first), sideOf(e))) first = undefined;
    // a vaguer restatement (the governorate, "the countryside", or a place taken from context) of an
    // event already coded that day in the same governorate is the same event
    const fromContext = !!e.review_flags?.includes('context-place') && !e.review_flags.includes('sentence-area');
    const vague = !e.review_flags?.includes('unresolved-place') && (e.geo_precision === 3 || /:(countryside|province)$/.test(e.place_id ?? '') || fromContext);
    // (by the same side in the same or the next sentence, with no place of its own, it restates even a
    // precisely placed one: "قصف جوي روسي على معرة النعمان، فيما قالت وزارة الدفاع الروسية إن
    // الطائرات استهدفت مواقع")
    const restated = (o: DocEvent) => (o.sentence_index === e.sentence_index || (fromContext && e.sentence_index === (o.sentence_index ?? -2) + 1))
      && (!e.actor1 || o.actor1 === e.actor1);
    if (!first && vague && e.admin1) {
      first = out.find((o) => o.sub_event_type === e.sub_event_type && o.event_date === e.event_date && o.admin1 === e.admin1
        && (o.modality === e.modality || (toldAsHappened(o) && toldAsHappened(e)))
        && (o.geo_precision >= 2 || restated(o)) && !opposedSides(sideOf(o), sideOf(e)));
    }
    if (!first) { seen.set(key, e); out.push(e); continue; }
    mergeClaims(first.fatality_claims, e.fatality_claims);
    first.fatalities = conservativeFatalities(first.fatality_claims);
    for (const r of e.rule_ids ?? []) if (!first.rule_ids!.includes(r)) first.rule_ids!.push(r);
  }
  return foldClashesIntoCaptures(out);
}

/** ACLED: one event per place per day. A clash at a place that changed hands that day is part of
 *  the capture, whichever sentence reports it: its claims join the capture. */
function foldClashesIntoCaptures(events: DocEvent[]): DocEvent[] {
  const captureAt = new Map<string, DocEvent>();
  for (const e of events) {
    if (TERRITORY_CHANGE.has(e.sub_event_type) && e.place_id && e.time_precision === 1 && toldAsHappened(e)) captureAt.set(`${e.place_id}|${e.event_date}`, e);
  }
  if (!captureAt.size) return events;
  return events.filter((e) => {
    if (e.sub_event_type !== 'Armed clash' || !e.place_id || e.time_precision !== 1 || !toldAsHappened(e)) return true;
    const capture = captureAt.get(`${e.place_id}|${e.event_date}`);
    if (!capture) return true;
    mergeClaims(capture.fatality_claims, e.fatality_claims);
    capture.fatalities = conservativeFatalities(capture.fatality_claims);
    if (!capture.rule_ids!.includes('clash-part-of-capture')) capture.rule_ids!.push('clash-part-of-capture');
    return false;
  });
}

/** Mentions from the kb; a failure there degrades to no mentions rather than no analysis. */
function safeMentions(kb: KnowledgeBase, text: string, tokens: Token[], lang: Lang): Mention[] {
  try {
    return resolvePlaceMentions(kb.matcher.findMentions(text, tokens, lang), kb.gazetteer, text);
  } catch (e) {
    if (process.env.MARSAD_DEBUG) throw e;
    return [];
  }
}

/** A wire-copy dateline: an absolute date near the top of the text, at the start of its line or
 *  after a place name ("BEIRUT, May 9, 2019 —", "دمشق - 5 أيار 2019 (سانا) -"), followed by a dash. */
const DATELINE_AFTER = /^\s*(?:\([^)\n]{1,40}\)\s*)?[-–—]/;
const DATELINE_BEFORE = /^[^\n.!?؟]{0,40}$/;
function isDatelineDate(text: string, d: DateExpression): boolean {
  if (d.kind !== 'absolute' || d.span.start > 300) return false;
  if (!DATELINE_AFTER.test(text.slice(d.span.end, d.span.end + 48))) return false;
  const lineStart = text.lastIndexOf('\n', d.span.start - 1) + 1;
  return DATELINE_BEFORE.test(text.slice(lineStart, d.span.start));
}

/** A relative clause opens shortly before word `at` (", which …", "، التي …") and is not closed before it. */
function opensRelativeClause(words: readonly Word[], at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 12; i--) {
    const w = words[i]!;
    if (!w.punct) continue;
    return CLAUSE_PUNCT.has(w.stem) && RELATIVE.has(words[i + 1]?.stem ?? '');
  }
  return false;
}

/** "ADEN, March 3, 2018 (Reuters) -": the city of a wire dateline is where the report was
 *  filed, not where its events happened. Upper-case, at the start of a line, a dash soon after. */
function isDatelinePlace(text: string, m: Mention): boolean {
  if (m.start > 300 || !/[A-Z]/.test(m.surface) || m.surface !== m.surface.toUpperCase()) return false;
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  if (text.slice(lineStart, m.start).trim()) return false;
  return /^,[^\n]{0,40}?[-–—]/.test(text.slice(m.end, m.end + 48));
}

/** The date expression that governs a trigger: the nearest one in its clause, else the nearest before it. */
function pickDate(words: readonly Word[], sDates: DateExpression[], at: number, sFrom: number, lang: Lang,
  statement: (dateFrom: number) => boolean = () => false): DateExpression | null {
  if (!sDates.length) return null;
  let best: DateExpression | null = null;
  let bestScore = Infinity;
  for (const d of sDates) {
    const [df, dt] = wordRange(words, d.span);
    // "the deadliest since 2018", "منذ عام 2011": the year a comparison or a state starts from is not the event's
    // (the preposition is inside the date's span, or just before it: منذ عام 2011)
    if (d.precision === 'year' && [df, df - 1, df - 2].some((k) => k >= sFrom && k < dt && /^(?:since|منذ)$/.test(words[k]!.stem))) continue;
    const before = dt <= at;
    const dist = before ? at - dt : df - at;
    let crosses = false;
    let relative = false;
    for (let i = Math.min(dt, at); i < Math.max(df, at); i++) {
      // (a relative clause closed by a second comma before the date does not hold it: "كفرنبل، التي تسيطر عليها الفصائل، يوم الاثنين")
      if (words[i]!.punct && CLAUSE_PUNCT.has(words[i]!.stem)) { crosses = true; relative = RELATIVE.has(words[i + 1]?.stem ?? ''); }
    }
    // a date after the trigger inside a relative clause (", which ... in April") belongs to that clause
    if (!before && relative) continue;
    // so does one before it ("X, which launched the offensive on Wednesday, said it captured Y")
    const inRelative = before && crosses && opensRelativeClause(words, df);
    // ... and one in "two days after the 10 May airstrikes, rebels attacked" to the earlier event
    const inLag = before && crosses && !!lagBefore(words, sFrom, df, lang);
    // "a commander said on Tuesday that rebels had captured X on Monday", "قال قيادي يوم الثلاثاء إن
    // الفصائل سيطرت على X يوم الاثنين": the day of the statement yields to the event's own
    const said = sDates.length > 1 && statement(df) ? 50 : 0;
    const score = said + (before ? dist + (crosses ? 10 : 0) + (inRelative || inLag ? 100 : 0) : 15 + dist + (crosses ? 100 : 0));
    if (score < bestScore) { bestScore = score; best = d; }
  }
  return best;
}

/** Each figure goes to the event of the nearest trigger; a bare reference ("in the fighting")
 *  sends it to the last event of that kind; with no trigger, to the previous sentence's event. */
function attachClaims(claims: FatalityClaim[], frames: Frame[], words: readonly Word[], sentEvents: DocEvent[], ctx: DocContext, sIndex: number, cues: SentenceCues): void {
  // "The offensive, which began in late April, has killed more than 500 civilians": a running
  // total over a campaign is no single day's toll (an event with a span of its own may take it)
  // (so is the toll of a bombardment dated over months, "since late April": coded as no event)
  const cumulative = cues.has('cumulative') || frames.some((f) => f.campaign);
  for (const c of claims) {
    const [cf] = wordRange(words, { start: c.evidence!.start, end: c.evidence!.end });
    let best: Frame | null = null;
    let bestD = Infinity;
    for (const f of frames) {
      if (NON_VIOLENT.has(f.sub) || f.modality === 'negated' || f.modality === 'denied') continue;
      if (!f.events.length && !f.anaphoric) continue;
      // (the attack a claim refers to gives its figures to the one coded in the sentence)
      if (f.anaphoric && f.ruleIds.includes('claimed-attack') && frames.some((g) => g.events.length && !NON_VIOLENT.has(g.sub))) continue;
      // the figure's own clause first ("killed in airstrikes"), then the nearest trigger
      const [a, b] = f.from <= cf ? [f.to, cf] : [cf, f.from];
      let d = (f.from <= cf ? cf - f.to : (f.from - cf) + 1) + (clauseBreak(words, a, b) ? 6 : 0);
      // "40 civilians ... in nearly 500 air-strikes", "قتلى جراء الغارات": the figure's cause follows it
      if (f.from > cf && !clauseBreak(words, a, b) && hasCauseWord(words, cf, f.from)) d -= 4;
      if (d < bestD) { bestD = d; best = f; }
    }
    let target: DocEvent | undefined;
    // (one event per place: the figure's own, "five civilians in Maarat al-Numan and two in Kafr Nabl")
    if (best && best.events.length) {
      target = eventAtPlaceAfter(best, words, c);
      // one figure for the trigger's several places ("air strikes on X, Y and Z killed 12"): ACLED
      // divides it among their events
      if (!target && best.events.length > 1 && c.count !== null && !(cumulative && best.events[0]!.time_precision === 1)) {
        const parts = shareClaim(c, best.events.length);
        best.events.forEach((e, k) => { mergeClaims(e.fatality_claims, [parts[k]!]); e.fatalities = conservativeFatalities(e.fatality_claims); });
        continue;
      }
      target ??= best.events.find((e) => e.geo_precision === 1) ?? best.events[0];
    } else if (best?.anaphoric) {
      target = ctx.lastOfRule(best.rule.id, sIndex) ?? ctx.episodeStart(best.sub, sIndex) ?? ctx.lastOfType(best.sub, sIndex) ?? ctx.lastViolent(sIndex, 3);
      // ("17 soldiers were killed in the clashes, while 9 rebels died": the event named again is
      // the one the next sentences go on about)
      if (target) ctx.noteEvents([target], sIndex);
    }
    // no trigger: a casualty total belongs to the offensive being narrated, else to the last violent event
    // — fighters' deaths to the last battle when one was just reported (not to the air strike
    // narrated after it: "سيطرت قوات النظام على X ... في حين تواصل الطائرات الروسية قصفها ... مقتل سبعة عناصر")
    else {
      const fighters = c.victims === 'government' || c.victims === 'rebels' || c.victims === 'combatants' || c.victims === 'foreign_forces';
      target = sentEvents.find((e) => !NON_VIOLENT.has(e.sub_event_type)) ?? ctx.recentOffensive(sIndex, 4)
        ?? (fighters ? ctx.lastBattle(sIndex, 3) : undefined) ?? ctx.lastViolent(sIndex, 3);
    }
    if (!target || (cumulative && (target.time_precision === 1 || !frames.some((f) => f.events.includes(target!))))) continue;
    mergeClaims(target.fatality_claims, [c]);
    target.fatalities = conservativeFatalities(target.fatality_claims);
  }
}

/** The frame's event at the place named right after a figure and its noun ("two in Kafr Nabl",
 *  "خمسة مدنيين في معرة النعمان"), or later in its clause ("killing two civilians and wounding
 *  three in the town of al-Bara"), when the frame has one event per place. Not past the frame's
 *  own trigger: "12 civilians were killed in air strikes on X and Y" places the strikes. */
function eventAtPlaceAfter(f: Frame, words: readonly Word[], c: FatalityClaim): DocEvent | undefined {
  if (f.events.length < 2 || !c.evidence) return undefined;
  const [, ct] = wordRange(words, c.evidence);
  const p = f.places.find((q) => q.from >= ct && q.from - ct <= 8 && !(f.from >= ct && f.from < q.from) && !words.slice(ct, q.from).some((w) => w.punct));
  return p?.place ? f.events.find((e) => e.place_id === p.place!.id) : undefined;
}

const CAUSE_WORDS = new Set(['in', 'by', 'from', 'during', 'amid', 'في', 'جراء', 'بسبب', 'نتيجه', 'اثر', 'خلال', 'اثناء']);
/** A preposition of cause between a casualty figure and a later trigger ("killed in airstrikes"). */
function hasCauseWord(words: readonly Word[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CAUSE_WORDS.has(words[i]!.stem)) return true;
  return false;
}

/** Word ranges between paired quotation marks that hold a clause (more than six words), not a name. */
function quotedSpans(words: readonly Word[], from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    if (!w.punct) continue;
    if (w.stem === '«' || (w.stem === '"' && open < 0)) open = i;
    else if ((w.stem === '»' || w.stem === '"') && open >= 0) {
      if (i - open > 7) out.push([open, i]);
      open = -1;
    }
  }
  // an unclosed quotation runs to the end of the sentence
  if (open >= 0 && to - open > 7) out.push([open, to]);
  return out;
}

const AMONG_THEM = new Set(['بينهم', 'بينهن', 'منهم']);
function isParty(a: ActorRef, numberAt: Uint8Array, words: readonly Word[]): boolean {
  if (a.info.kind === 'claimant' && !a.info.actsAs) return false;
  // "66 rebels", "عشرات العناصر لقوات النظام": the actor names victims, not a party
  // (a figure reaches 3 words ahead, a victim noun 2: "عنصر من قوات النظام", not "مدني برصاص قناص لقوات";
  // and not past the cause it died of: "3 مدنيين بقصف لقوات النظام", "3 killed by government fire")
  // ("two members of the Kurdish-led SDF": a hyphenated modifier adds nothing to the distance)
  const start = modifiedFrom(words, a.from);
  for (let i = start - 1; i >= Math.max(0, start - 3); i--) {
    if (numberAt[i] === 1 || (numberAt[i] === 2 && start - i <= 2)) return false;
    if (introducesCause(words[i]!)) break;
  }
  // ("... مقابل 17 مقاتلا، بينهم قيادي في هيئة تحرير الشام": named among the dead)
  for (let i = a.from - 1; i >= Math.max(0, a.from - 3) && !words[i]!.punct; i--) if (AMONG_THEM.has(words[i]!.stem)) return false;
  // "23 عنصرا من قوات النظام والمسلحين الموالين لها": a side joined by و to the victims' side is
  // among the victims too
  if (a.from > 0 && words[a.from]!.clitics[0] === 'و') {
    let of = false;
    for (let i = a.from - 1; i >= Math.max(0, a.from - 6); i--) {
      const w = words[i]!;
      if (w.punct || introducesCause(w)) break;
      if (w.stem === 'من') of = true;
      if (numberAt[i] === 1 && of) return false;
    }
  }
  return true;
}

function sentenceWords(words: readonly Word[], s: Sentence): [number, number] {
  const [from] = wordRange(words, { start: s.start, end: s.start + 1 });
  let to = from;
  while (to < words.length && words[to]!.start < s.end) to++;
  return [from, to];
}

function isArea(place: Place | null, m: Mention): boolean {
  if (m.kind === 'region') return true;
  if (!place) return false;
  return place.kind === 'governorate' || place.kind === 'region' || place.kind === 'district' || place.kind === 'country' || place.kind === 'subdistrict';
}

function isNear(words: readonly Word[], cues: SentenceCues, p: PlaceRef, sFrom: number): boolean {
  if (p.m.kind === 'region') return false;
  for (const c of cues.of('near')) {
    if (c.from < sFrom) continue;
    // "the nearby town of Latamneh" is Latamneh itself
    if (words[c.from]!.stem === 'nearby' && /^(?:town|towns|village|villages|city|hamlet|hill|hills)$/.test(words[c.to]?.stem ?? '')) continue;
    if (c.to <= p.from && p.from - c.to <= 3) {
      let ok = true;
      for (let i = c.to; i < p.from; i++) if (words[i]!.punct) ok = false;
      if (ok) return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------- document context

class DocContext {
  date: DateValue | null = null;
  region: Place | null = null;
  governorate: Place | null = null;
  /** The country of a report about somewhere other than Syria (null: Syria). */
  country: Place | null = null;
  lastActor1: ActorInfo | null = null;
  lastAssoc1: ActorInfo[] = [];
  airActor: ActorInfo | null = null;
  airAssoc: ActorInfo[] = [];
  lastOpp: ActorInfo | null = null;
  airSentences = 0;
  events: { e: DocEvent; s: number }[] = [];
  private readonly govCounts = new Map<string, { n: number; a: ActorInfo }>();
  constructor(readonly published: string | null) {}

  defaultDate(): DateValue {
    if (this.sectionUndated) return { date: null, end: null, precision: 1, fromText: false };
    return { date: this.published, end: null, precision: 1, fromText: false };
  }
  /** Set after a heading dropped the carried date: undated events there stay undated. */
  sectionUndated = false;
  /** A heading opens a section that may be about another time (a feature's next chapter): a
   *  date carried from before it no longer dates what follows, unless it is the report's own
   *  day (within a week of publication, as in a news bulletin's subheads). */
  enterSection(): void {
    const carried = this.date?.date;
    if (!carried) return;
    if (this.published && Math.abs(Date.parse(carried) - Date.parse(this.published)) <= 7 * 86400000) return;
    this.date = null;
    this.sectionUndated = true;
  }
  lastNamed: PlaceRef | null = null;
  /** The sentence lastNamed was named in. */
  lastNamedAt = -1;
  notePlace(p: PlaceRef, sIndex: number): void {
    if (!p.place || p.weak) return;
    if (!p.isArea) { this.lastNamed = p; this.lastNamedAt = sIndex; }
    if (p.place.kind === 'region' && (p.place.precision ?? 2) === 2) this.region = p.place;
    else if (p.place.kind === 'governorate' || p.place.kind === 'region') { this.governorate = p.place; }
  }
  private leader: { a: ActorInfo; s: number; p: number } | null = null;
  /** The named non-state group that led a battle in the last three sentences. */
  paragraph = 0;
  recentLeader(sIndex: number): ActorInfo | null {
    return this.leader && this.leader.s >= sIndex - 3 && this.leader.p === this.paragraph ? this.leader.a : null;
  }
  private lastCapture: { f: Frame; s: number } | null = null;
  /** The place named last, when it was named within three sentences: what "the town" refers to. */
  recentlyNamed(sIndex: number): PlaceRef | null {
    return this.lastNamed && sIndex - this.lastNamedAt <= 3 ? this.lastNamed : null;
  }

  /** The last asserted capture in this or the `within` sentences before. */
  recentCapture(sIndex: number, within = 2): Frame | null {
    return this.lastCapture && this.lastCapture.s >= sIndex - within ? this.lastCapture.f : null;
  }
  noteFrame(f: Frame, sIndex = 0): void {
    if (f.rule.territory && f.modality === 'asserted' && f.actor1) this.lastCapture = { f, s: sIndex };
    if (f.actor1 && f.actor1FromText && eventTypeOf(f.sub) === 'Battles' && f.actor1.side !== 'government' && f.actor1.inter === 2 && !isGenericRebels(f.actor1) && f.events.length) this.leader = { a: f.actor1, s: sIndex, p: this.paragraph };
    if (f.actor1 && f.actor1FromText) { this.lastActor1 = f.actor1; this.lastAssoc1 = f.assoc1; }
    if (f.sub === 'Air/drone strike' && f.actor1 && f.actor1FromText) { this.airActor = f.actor1; this.airAssoc = f.assoc1; }
  }
  noteActor(a: ActorInfo): void {
    if (a.kind === 'claimant' || a.kind === 'civilians') return;
    if (a.side === 'government') {
      const c = this.govCounts.get(a.id) ?? { n: 0, a };
      c.n += a.inter === 1 ? 2 : 1;
      this.govCounts.set(a.id, c);
    } else if (a.side !== 'foreign' && a.inter !== 8) {
      this.lastOpp = a;
      const c = this.oppCounts.get(a.id) ?? { n: 0, a };
      c.n += isGenericRebels(a) ? 1 : 2;
      this.oppCounts.set(a.id, c);
    }
  }
  private readonly oppCounts = new Map<string, { n: number; a: ActorInfo }>();
  /** Whom the government took a place from, when the sentence does not say: the side that took
   *  that place earlier in the report, else the group leading the fighting just told, else the
   *  opposition group the report names most (a named group counting twice the generic rebels). */
  heldBefore(places: readonly PlaceRef[], sIndex: number): ActorInfo | null {
    const ids = new Set(places.map((p) => p.place?.id).filter((id): id is string => !!id));
    for (let i = this.events.length - 1; ids.size && i >= 0; i--) {
      const { e } = this.events[i]!;
      if (e.sub_event_type !== 'Non-state actor overtakes territory' || !e.place_id || !ids.has(e.place_id)) continue;
      if (e.modality !== 'asserted' && e.modality !== 'claimed') continue;
      const holder = this.frameByEvent.get(e)?.actor1;
      if (holder) return holder;
    }
    const lead = this.recentLeader(sIndex);
    if (lead) return lead;
    let best: { n: number; a: ActorInfo } | null = null;
    for (const c of this.oppCounts.values()) if (!best || c.n > best.n) best = c;
    return best?.a ?? this.lastOpp;
  }
  /** The government-side actor the document talks about most. */
  get lastGov(): ActorInfo | null {
    let best: { n: number; a: ActorInfo } | null = null;
    for (const c of this.govCounts.values()) if (!best || c.n > best.n) best = c;
    return best?.a ?? null;
  }
  private readonly frameByEvent = new Map<DocEvent, Frame>();
  noteEvents(es: DocEvent[], s: number): void {
    for (const e of es) this.events.push({ e, s });
  }
  noteFrameEvents(f: Frame): void {
    for (const e of f.events) {
      if (!this.frameByEvent.has(e)) this.frameByEvent.set(e, f);
      // the area each kind of event happens in (the air campaign over Idlib, the ground fighting north of Hama)
      if (!e.review_flags?.includes('context-place') && e.admin1) {
        const area = { admin1: e.admin1, id: e.place_id, precision: e.geo_precision };
        this.typeArea.set(e.event_type, area);
      }
    }
  }
  frameOf(e: DocEvent): Frame | undefined { return this.frameByEvent.get(e); }
  /** An event produced by this rule in the last few sentences. */
  recentRule(ruleId: string, sIndex: number): boolean {
    for (let i = this.events.length - 1; i >= 0; i--) {
      const { e, s } = this.events[i]!;
      if (s < sIndex - 6) return false;
      if (e.rule_ids?.includes(ruleId)) return true;
    }
    return false;
  }
  ruleOf(e: DocEvent): TriggerRule | undefined { return this.frameByEvent.get(e)?.rule; }
  readonly typeArea = new Map<string, { admin1: string; id: string | null; precision: number }>();
  /** The governorate most of the document's places are in. */
  mainAdmin1: string | null = null;
  lastOfRule(ruleId: string, sIndex: number): DocEvent | undefined {
    for (let i = this.events.length - 1; i >= 0; i--) {
      const { e, s } = this.events[i]!;
      if (s < sIndex - 8) return undefined;
      if (e.rule_ids?.[0] === ruleId) return e;
    }
    return undefined;
  }
  /** "killed in the fighting": the first event of that kind in the last two sentences (the
   *  episode the figure covers; like a figure covering several places, it goes to the first). */
  episodeStart(sub: SubEventType, sIndex: number): DocEvent | undefined {
    const type = eventTypeOf(sub);
    let first: DocEvent | undefined;
    for (let i = this.events.length - 1; i >= 0; i--) {
      const { e, s } = this.events[i]!;
      if (s < sIndex - 2) break;
      if (e.event_type === type && toldAsHappened(e)) first = e;
    }
    return first;
  }
  /** The last attack/offensive (a weak clash trigger) coded in the last few sentences. */
  recentOffensive(sIndex: number, within: number): DocEvent | undefined {
    for (let i = this.events.length - 1; i >= 0; i--) {
      const { e, s } = this.events[i]!;
      if (s < sIndex - within) return undefined;
      const rule = this.frameByEvent.get(e)?.rule;
      if (rule?.weak && rule.sub_event_type === 'Armed clash' && e.sub_event_type === 'Armed clash' && e.modality === 'asserted') return e;
    }
    return undefined;
  }
  /** The last event of this kind (lastOfType), when it is of this very sub-event type and was
   *  first told in the previous sentence: the event a definite trigger names again. */
  toldJustBefore(sub: SubEventType, sIndex: number): DocEvent | undefined {
    const e = this.lastOfType(sub, sIndex);
    if (!e || e.sub_event_type !== sub) return undefined;
    return this.events.find((x) => x.e === e)!.s === sIndex - 1 ? e : undefined;
  }
  lastOfType(sub: SubEventType, sIndex: number): DocEvent | undefined {
    const type = eventTypeOf(sub);
    for (let i = this.events.length - 1; i >= 0; i--) {
      const { e, s } = this.events[i]!;
      if (s < sIndex - 8) return undefined;
      if (e.event_type === type) return e;
    }
    return undefined;
  }
  lastBattle(sIndex: number, within: number): DocEvent | undefined {
    for (let i = this.events.length - 1; i >= 0; i--) {
      const { e, s } = this.events[i]!;
      if (s < sIndex - within) return undefined;
      if (e.event_type === 'Battles' && toldAsHappened(e)) return e;
    }
    return undefined;
  }
  lastViolent(sIndex: number, within: number): DocEvent | undefined {
    for (let i = this.events.length - 1; i >= 0; i--) {
      const { e, s } = this.events[i]!;
      if (s < sIndex - within) return undefined;
      if (!NON_VIOLENT.has(e.sub_event_type) && toldAsHappened(e)) return e;
    }
    return undefined;
  }
}

// ---------------------------------------------------------------- frames

/** A nationality adjective that names a country's land or its clients, not its forces: "the
 *  Turkish border", "Turkish-backed factions", "الحدود التركية", "الأراضي السورية", "الشمال السوري". */
const NON_PARTY_HEAD = /^(?:border|borders|frontier|territory|territories|soil|backed|supported|lira|language|حدود|اراضي|حدوديه|ليره|شمال|جنوب|شرق|غرب|ساحل|داخل|عمق)$/;
function notAPartyAdjective(words: readonly Word[], from: number, to: number, sTo: number): boolean {
  const next = to < sTo ? words[to]!.stem : '';
  const prev = from > 0 ? words[from - 1]!.stem : '';
  return NON_PARTY_HEAD.test(next) || NON_PARTY_HEAD.test(prev);
}

/** "Residents of Kafr Nabl protested", "أهالي كفرنبل": a place named as the actors' home is where they act. */
const RESIDENTS = /^(?:residents|inhabitants|people|locals|villagers|اهالي|سكان|ابناء|اهل)$/;
function residentsOf(words: readonly Word[], placeFrom: number, sFrom: number): boolean {
  const w1 = placeFrom - 1 >= sFrom ? words[placeFrom - 1]!.stem : '';
  if (RESIDENTS.test(w1)) return true; // أهالي كفرنبل
  const w2 = placeFrom - 2 >= sFrom ? words[placeFrom - 2]!.stem : '';
  return w1 === 'of' && RESIDENTS.test(w2);
}

const MEMBER_NOUN = /^(?:fighters|members|militants|gunmen|elements|troops|units|soldiers|commanders|militiamen|jihadists|rebels)$/;
const AFFILIATED_AR = /^(?:تابع|تابعه|تابعين|تابعون|تابعتين)$/;
const HELD = /^(?:held|controlled|run|dominated)$/;
const TERRITORY_NOUN = /^(?:enclave|enclaves|stronghold|strongholds|bastion|pocket|territory|territories|heartland|capital)$/;
const UNDER_CONTROL_AR = /^(?:خاضعه|تحت|مناطق|منطقه)$/;
/** An actor named as a place's controller: "rebel-held", "HTS-controlled", "held by the regime",
 *  "under rebel control", "under the control of", "الخاضعة لسيطرة", "تحت سيطرة", "مناطق سيطرة". */
function controllerOfPlace(text: string, words: readonly Word[], a: { from: number; to: number }, sFrom: number, sTo: number): boolean {
  const at = (i: number) => (i >= sFrom && i < sTo ? words[i]!.stem : '');
  const next = at(a.to), prev = at(a.from - 1), prev2 = at(a.from - 2);
  // only hyphenated ("rebel-held"): "rebels held the town" is a report of who holds it
  const joined = a.to < sTo && (words[a.to]!.start === words[a.to - 1]!.start || text.slice(words[a.to - 1]!.end, words[a.to]!.start) === '-');
  if (HELD.test(next) && joined) return true;
  // a mention ending inside a hyphenated token ("the regime" in "the regime-held") covers it whole
  const last = a.to - 1;
  if (last > a.from && HELD.test(words[last]!.stem) && words[last]!.start === words[last - 1]!.start) return true;
  if (prev === 'by' && HELD.test(prev2)) return true;
  // "the Islamic State's last enclave", "the rebels' stronghold": whose territory it is
  const end = a.to > sFrom ? words[a.to - 1]!.end : -1;
  const possessive = end >= 0 && (/^['’]/.test(text.slice(end, end + 1)) || /['’]s$/.test(text.slice(Math.max(0, end - 2), end)));
  if (possessive && (TERRITORY_NOUN.test(next) || TERRITORY_NOUN.test(at(a.to + 1)))) return true;
  if (prev === 'under' && next === 'control') return true;
  if (prev === 'of' && prev2 === 'control' && (at(a.from - 3) === 'under' || at(a.from - 4) === 'under')) return true;
  return (prev === 'سيطره' || prev === 'نفوذ') && UNDER_CONTROL_AR.test(prev2);
}

/** قد is "may" before an imperfect verb (قد تسيطر) but "had/already" before a perfect one, and
 *  in the pluperfect كانت ... قد سيطرت: only the first is hypothetical. */
function hypothetical(c: LexHit<CueEntry> | undefined, words: readonly Word[], sFrom: number): boolean {
  if (!c) return false;
  if (words[c.from]!.stem !== 'قد') return true;
  for (let i = Math.max(sFrom, c.from - 5); i < c.from; i++) if (/^(?:كان|كانت|كانوا)$/.test(words[i]!.stem)) return false;
  const next = c.to < words.length ? words[c.to]!.stem : '';
  // an imperfect verb (يسيطر، تسيطر، نسيطر، أسيطر) that is not a perfect form ending in ت/وا
  return /^[يتنا]/.test(next) && !/(?:ت|وا)$/.test(next);
}

/** A verb of concluding names the deal as made: before it (reached / توصلت إلى), right after it,
 *  or as a passive a few words on ("a deal to evacuate rebels from Douma was announced"). */
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'is', 'are']);
function concluded(cues: SentenceCues, words: readonly Word[], hit: { from: number; to: number }, sTo: number): boolean {
  return cues.of('conclude').some((c) => c.from < sTo && (c.to <= hit.from
    ? wordsBetween(words, c.to, hit.from) <= 16
    : c.from <= hit.to + 4 || (c.from <= hit.to + 9 && c.from > 0 && PASSIVE_AUX.has(words[c.from - 1]!.stem))));
}

/** A word just before an agreement that makes it the background of the sentence's events
 *  ("despite a ceasefire", "in violation of the truce", "رغم اتفاق", "خرق الهدنة", "بموجب الاتفاق"). */
const AGREEMENT_BACKGROUND = /^(?:despite|violation|violations|violating|violated|breach|breaches|breaching|رغم|خرق|خروقات|انتهاك|انتهاكات|بموجب)$/;
function agreementAsBackground(words: readonly Word[], at: number, sFrom: number): boolean {
  for (let i = at - 1, n = 0; i >= sFrom && n < 3; i--) {
    const w = words[i]!;
    if (w.punct) return false;
    if (w.forms.some((f) => AGREEMENT_BACKGROUND.test(f))) return true;
    if (!/^(?:a|an|the|of|its|this|that)$/.test(w.stem)) n++;
  }
  return false;
}

/** A riot word whose subject is the protest's people: right after them in English ("protesters
 *  set fire to"), right before them in Arabic ("أضرم محتجون النار"), with no armed party between. */
function protestersRiot(words: readonly Word[], cues: SentenceCues, hit: { from: number; to: number }, parties: readonly ActorRef[]): boolean {
  const armedBetween = (from: number, to: number) => parties.some((a) => a.from >= from && a.to <= to && a.info.inter >= 1 && a.info.inter <= 4);
  return cues.of('riot').some((c) => (c.from >= hit.to && c.from - hit.to <= 6 && !armedBetween(hit.to, c.from) && !clauseBreak(words, hit.to, c.from))
    || (isArabicWord(words[c.from]!) && c.to <= hit.from && hit.from - c.to <= 2 && !armedBetween(c.to, hit.from)));
}

/** The words between are "عناصر من" / "مقاتلون من": a member noun and its "of". Stems in key form. */
const MEMBERS_AR = /^(?:عناصر|مقاتلون|مقاتلين|مسلحون|مسلحين|افراد|اعضاء|عنصر|مقاتل)$/;
function membersOf(words: readonly Word[], from: number, to: number): boolean {
  return to - from === 2 && MEMBERS_AR.test(words[from]!.stem) && words[from + 1]!.stem === 'من';
}

/** The gas at `at` is what a bombardment carried: "with chlorine gas", "بغاز الكلور", "بقذائف تحوي غازات سامة". */
function deliversGas(words: readonly Word[], at: number): boolean {
  const w = words[at]!;
  return w.clitics.includes('ب') || /^(?:with|containing|carrying|loaded|تحوي|تحمل|تحتوي|محمله|محمل)$/.test(words[at - 1]?.stem ?? '');
}

/** "despite", "رغم", "بالرغم من", "على الرغم من" between two positions. */
function despiteBetween(words: readonly Word[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (words[i]!.forms.some((f) => f === 'despite' || f === 'رغم')) return true;
  return false;
}

/** A side said to withdraw: "rebels withdrew", "انسحبت الفصائل", "بعد انسحاب الفصائل". Stems in key form. */
const WITHDREW_EN = /^(?:withdrew|withdrawn|retreated|fled|pulled)$/;
const WITHDREW_AR = /^(?:انسحاب|الانسحاب|انسحبت|انسحب|انسحبوا|تراجع|تراجعت|فرار|انكفاء)$/;
function withdrewFrom(words: readonly Word[], a: ActorRef): boolean {
  for (let i = a.to; i < Math.min(words.length, a.to + 2); i++) if (WITHDREW_EN.test(words[i]!.stem)) return true;
  for (let i = a.from - 1; i >= Math.max(0, a.from - 2); i--) if (WITHDREW_AR.test(words[i]!.stem)) return true;
  return false;
}

/** The actor named beside a verb of saying or claiming: within three words after it (Arabic
 *  verb first) or before it (English subject first). */
function speakerBeside(actors: readonly ActorRef[], c: { from: number; to: number }, ok: (a: ActorRef) => boolean): ActorRef | undefined {
  return actors.find((a) => ok(a) && ((a.from >= c.to && a.from - c.to <= 3) || (a.to <= c.from && c.from - a.to <= 3)));
}

/** "by" up to three words before the word at `at` ("shot dead by a government sniper"). */
function byBefore(words: readonly Word[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    const w = words[i]!;
    if (w.punct) return false;
    if (w.stem === 'by') return true;
  }
  return false;
}

/** Words between two positions, not counting punctuation and figures (a date or a list of
 *  signatories in brackets between the verb and the deal does not make them far apart). */
function wordsBetween(words: readonly Word[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (!words[i]!.punct && !words[i]!.number) n++;
  return n;
}

/** A verb of saying right after the capital ("Ankara said") or right before it ("قالت أنقرة"). */
function capitalSpeaks(cues: SentenceCues, p: { from: number; to: number }): boolean {
  const speaks = (c: LexHit<CueEntry>) => c.from === p.to || c.to === p.from;
  return cues.of('attribution').some(speaks) || cues.of('claim').some(speaks) || cues.of('denial').some(speaks);
}

/** The actor is the owner of a thing attacks hit: right after a patrol, convoy or checkpoint word
 *  ("دورية لقوات النظام", "a convoy of the Turkish army"), or in English right before one
 *  ("an army checkpoint"). */
function ownsTarget(a: ActorRef, cues: SentenceCues, words: readonly Word[], lang: Lang): boolean {
  return cues.of('target').some((c) => {
    if (lang === 'en' && c.from === a.to) return true;
    if (c.to > a.from || a.from - c.to > 2) return false;
    for (let i = c.to; i < a.from; i++) if (words[i]!.punct) return false;
    return true;
  });
}

/** The actor a mediation word names: its adjective ("Russian mediation", "Russian-brokered",
 *  "وساطة روسية") or the one after it ("mediated by the UN", "under the auspices of Russia", "برعاية الأمم المتحدة"). */
function mediates(a: ActorRef, cues: SentenceCues, words: readonly Word[]): boolean {
  return cues.of('mediation').some((c) => (!a.m && a.to === c.from) || (a.from >= c.to && a.from - c.to <= 2
    && words.slice(c.to, a.from).every((w) => /^(?:by|of|the|من)$/.test(w.stem))));
}

/** "بين A وB من جهة، وC من جهة أخرى", "between A and B on one side and C on the other": where
 *  the first side ends (its marker's first word), where the second starts (after the marker) and
 *  where it ends (its own marker, else the limit). Null without the first side's marker. */
function sidesAfterBetween(words: readonly Word[], from: number, limit: number): { end1: number; start2: number; end2: number; after: number } | null {
  const at = (i: number) => (i < limit ? words[i]!.stem : '');
  // the marker at i and its length in words; `other` for the second side's
  const marker = (i: number): { n: number; other: boolean } | null => {
    if (at(i) === 'من' && at(i + 1) === 'جهه') return /^(?:اخري|ثانيه|الاخري)$/.test(at(i + 2)) ? { n: 3, other: true } : { n: 2, other: false };
    if (at(i) === 'on' && at(i + 1) === 'one' && /^(?:side|hand)$/.test(at(i + 2))) return { n: 3, other: false };
    if (at(i) === 'on' && at(i + 1) === 'the' && at(i + 2) === 'one' && /^(?:side|hand)$/.test(at(i + 3))) return { n: 4, other: false };
    if (at(i) === 'on' && at(i + 1) === 'the' && at(i + 2) === 'other') return { n: /^(?:side|hand)$/.test(at(i + 3)) ? 4 : 3, other: true };
    return null;
  };
  let end1 = -1;
  let start2 = -1;
  for (let i = from; i < limit; i++) {
    const m = marker(i);
    if (!m) continue;
    if (end1 < 0 && !m.other) { end1 = i; start2 = i + m.n; i += m.n - 1; continue; }
    if (end1 >= 0 && m.other) return { end1, start2, end2: i, after: i + m.n };
  }
  return end1 >= 0 ? { end1, start2, end2: limit, after: limit } : null;
}

const FACTIONS_OF = /^(?:two|rival|factions?|groups?|units?|brigades?|of|within|the|in|فصيلين|فصيلان|مجموعتين|مجموعتان|من|ضمن|في|داخل|تابعين|تابعان)$/;
const TWO_FACTIONS = /^(?:two|rival|فصيلين|فصيلان|مجموعتين|مجموعتان)$/;

/** The words between "between/بين" and a single actor say it fights itself ("two factions of the"). */
function isInfighting(ws: readonly Word[]): boolean {
  // (any of a word's forms: فصيلين is not ف + صيلين)
  const is = (w: Word, re: RegExp) => w.forms.some((f) => re.test(f));
  return ws.length > 0 && ws.length <= 5 && ws.every((w) => is(w, FACTIONS_OF)) && ws.some((w) => is(w, TWO_FACTIONS));
}

type Role = 'patient' | 'assoc' | 'leader' | 'agent_by' | 'speaker' | null;

const SUBJECT_PRONOUNS = new Set(['it', 'its', 'they', 'their', 'he', 'his', 'she', 'her', 'we', 'our']);
/** "The army said the shelling targeted X", "قال الجيش إن القصف استهدف": who reports what others
 *  did is not its author — unless it speaks of itself ("said it shelled", "قال إنه قصف", "أنها"). */
function reportsOthers(a: ActorRef, cues: SentenceCues, words: readonly Word[], lang: Lang, sTo: number): boolean {
  // (a ministry of defence reports what its own forces did)
  if (a.info.actsAs) return false;
  if (lang === 'en') {
    const said = cues.of('attribution').find((c) => c.from === a.to);
    if (!said) return false;
    // ("HTS claimed responsibility for the attack": who claims an attack is its author)
    if (/^(?:responsibility|credit)$/.test(words[said.to]?.stem ?? '')) return false;
    // ("The SDF announced the capture of Baghouz": announcing a deed by its noun is claiming it)
    if (/^(?:announced|announces|declared|declares)$/.test(words[said.from]!.stem) && /^(?:the|its|their|a)$/.test(words[said.to]?.stem ?? '')) return false;
    for (let i = said.to; i < Math.min(sTo, said.to + 6); i++) if (SUBJECT_PRONOUNS.has(words[i]!.stem)) return false;
    return said.to < sTo;
  }
  // Arabic: the verb of saying, the speaker, then إن/أن with no pronoun and a definite noun
  if (!cues.of('attribution').some((c) => c.to === a.from) || a.to + 1 >= sTo) return false;
  return words[a.to]!.stem === 'ان' && words[a.to + 1]!.clitics.includes('ال');
}

/** "from the Kurdish-led SDF", "against Turkish-backed factions": the second half of a hyphenated
 *  adjective (split into two words) does not put the actor further from its preposition. */
const COMPOUND_TAIL = new Set(['led', 'backed', 'allied', 'linked', 'affiliated', 'aligned', 'supported', 'dominated']);
function compoundTails(words: readonly Word[], from: number, to: number): number {
  let n = 0;
  for (let i = from + 1; i < to; i++) if (COMPOUND_TAIL.has(words[i]!.stem) && !words[i - 1]!.punct) n++;
  return n;
}

/** "under Russian air cover", "with heavy Turkish artillery support": English names the backer
 *  inside the support phrase, between its preposition and its noun (Arabic after the noun, بغطاء
 *  جوي روسي, which the assoc cue before it covers). */
const SUPPORT_NOUN = /^(?:cover|support|backing)$/;
const SUPPORT_KIND = /^(?:air|aerial|artillery|fire|logistical|military)$/;
function backerInSupportPhrase(actor: ActorRef, words: readonly Word[]): boolean {
  let i = actor.to;
  if (SUPPORT_KIND.test(words[i]?.stem ?? '')) i++;
  if (!SUPPORT_NOUN.test(words[i]?.stem ?? '')) return false;
  for (let k = actor.from - 1; k >= Math.max(0, actor.from - 3); k--) {
    const w = words[k]!;
    if (w.punct) return false;
    if (/^(?:with|under|amid)$/.test(w.stem)) return true;
  }
  return false;
}

/** The grammatical role a marker gives an actor: a marker within 2 words before it (or before the
 *  first actor of its coordinated list `X، Y و Z`); `alongside/إلى جانب` reach to the next trigger. */
function roleOf(actor: ActorRef, cues: SentenceCues, words: readonly Word[], actors: ActorRef[], trig: LexHit<TriggerRule>[]): Role {
  if (backerInSupportPhrase(actor, words)) return 'assoc';
  let start = actor.from;
  for (;;) {
    const prev = actors.filter((a) => a.to <= start).pop();
    if (!prev) break;
    let ok = true;
    for (let i = prev.to; i < start; i++) {
      const w = words[i]!;
      if (!(w.punct && (w.stem === ',' || w.stem === '،' || w.stem === '"')) && !LIST_WORDS.has(w.stem)) { ok = false; break; }
    }
    if (!ok) break;
    start = prev.from;
  }
  let best: Role = null;
  let bestD = Infinity;
  for (const c of cues.all) {
    if (c.to > start) continue;
    const reach = hasGroup(c, 'assoc') || hasGroup(c, 'leader') ? 12 : 2;
    let d = start - c.to;
    if (d > reach && d <= reach + 2) d -= compoundTails(words, c.to, start);
    if (d > reach) continue;
    // "fighters from the Islamic State group": membership, not the side acted upon
    if (c.from > 0 && words[c.from]!.stem === 'from' && MEMBER_NOUN.test(words[c.from - 1]!.stem)) continue;
    let blocked = false;
    for (let i = c.to; i < start; i++) {
      const w = words[i]!;
      if (w.punct && w.stem !== '"' && !(reach > 2 && (w.stem === ',' || w.stem === '،'))) blocked = true;
    }
    for (let k = 0; k < trig.length && !blocked; k++) if (trig[k]!.from >= c.to && trig[k]!.from < start) blocked = true;
    if (blocked || d >= bestD) continue;
    bestD = d;
    if (hasGroup(c, 'leader')) best = 'leader';
    else if (hasGroup(c, 'agent_by')) best = 'agent_by';
    else if (hasGroup(c, 'assoc')) best = 'assoc';
    else if (hasGroup(c, 'patient')) best = 'patient';
  }
  return best;
}

interface Candidate { hit: LexHit<TriggerRule>; rule: TriggerRule; sub: SubEventType; ruleIds: string[]; modality: Modality; claimant: string | null; anaphoric?: boolean;
  /** The bombardment that backs another event of the sentence (see supportingStrikes). */
  supports?: Candidate }

/** "forces backed by Russian air strikes captured X", "سيطرت قوات النظام مدعومة بغارات روسية على X":
 *  strikes named as the support of a capture or a battle in the same clause hit where it was
 *  fought. They are marked with the event they back: that one's arguments run across them, and
 *  they take its places. */
function supportingStrikes(kept: Candidate[], cues: SentenceCues, words: readonly Word[]): void {
  for (const c of kept) {
    if (eventTypeOf(c.sub) !== 'Explosions/Remote violence') continue;
    if (!cues.of('assoc').some((a) => a.to <= c.hit.from && c.hit.from - a.to <= 2)) continue;
    const main = kept.filter((m) => m !== c && !m.supports && (m.rule.territory || eventTypeOf(m.sub) === 'Battles')
      && Math.abs(m.hit.from - c.hit.from) <= 12 && !clauseBreak(words, Math.min(m.hit.to, c.hit.to), Math.max(m.hit.from, c.hit.from)))
      .sort((x, y) => Math.abs(x.hit.from - c.hit.from) - Math.abs(y.hit.from - c.hit.from))[0];
    if (main) { c.supports = main; c.ruleIds.push('supporting-strike'); }
  }
}

/** "قصف متبادل", "تبادل القصف", "mutual shelling", "an exchange of fire": fire traded by two sides. */
function exchangedFire(words: readonly Word[], hit: { from: number; to: number }): boolean {
  const at = (i: number) => words[i]?.stem ?? '';
  return /^(?:متبادل|متبادله|المتبادل|المتبادله)$/.test(at(hit.to)) || /^(?:تبادل|mutual|exchange|exchanged|exchanging)$/.test(at(hit.from - 1))
    || (at(hit.from - 1) === 'of' && /^(?:exchange|exchanges)$/.test(at(hit.from - 2)));
}

/** A ground weapon named right after a bombardment word ("استهدفت الفصائل بصواريخ غراد"). */
function groundWeaponAfter(trig: readonly LexHit<TriggerRule>[], hit: LexHit<TriggerRule>): boolean {
  return trig.some((t) => t !== hit && t.from >= hit.to && t.from - hit.to <= 4
    && t.values.some((v) => v.sub_event_type === 'Shelling/artillery/missile attack' && !v.ambiguous_air));
}

/** An aircraft word shortly before (air force, warplanes, الطيران، الجوية), also inside an actor's name. */
function airWordBefore(words: readonly Word[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = words[i]!.stem;
    // stems are in key form: ئ is folded to ي (طائرات → طايرات)
    if (w === 'air' || w === 'aircraft' || w.startsWith('warplane') || w.startsWith('helicopter') || w === 'jets' || w === 'drone' || w === 'drones' || w === 'مسيره' || w === 'مسيرات' || w === 'طيران' || w === 'جويه' || w === 'طايرات' || w === 'طايره' || w === 'مقاتلات' || w === 'حربيه' || w === 'مروحيه' || w === 'مروحيات') return true;
  }
  return false;
}

/** "air defences", "الدفاعات الجوية", "الدفاع الجوي" within three words of the trigger (the
 *  subject before it, or after an Arabic verb). Stems are in key form. */
function airDefenceNear(words: readonly Word[], hit: { from: number; to: number }, sFrom: number, sTo: number): boolean {
  const defence = (w: Word) => /^(?:defen[cs]es?|دفاعات|دفاع)$/.test(w.stem);
  const air = (w: Word | undefined) => !!w && /^(?:air|جويه|جوي)$/.test(w.stem);
  for (let i = Math.max(sFrom, hit.from - 3); i < Math.min(sTo, hit.to + 3); i++) {
    const w = words[i]!;
    if (i >= hit.from && i < hit.to) continue;
    if (defence(w) && (air(words[i - 1]) || air(words[i + 1]))) return true;
  }
  return false;
}

/** A missile word at the trigger that is not a cruise missile. */
function isAirMissile(words: readonly Word[], from: number, to: number): boolean {
  let missile = false;
  for (let i = Math.max(0, from - 1); i < to && i < words.length; i++) {
    const w = words[i]!.stem;
    if (w === 'cruise' || w === 'كروز') return false;
    if (i >= from && (w.startsWith('missile') || w.startsWith('صاروخ') || w.startsWith('صواريخ'))) missile = true;
  }
  return missile;
}

/** "the town", "البلدة", "المدينة": one definite place noun (not "the villages", not "the town of X"). */
const SINGULAR_PLACE_NOUN = new Set(['town', 'village', 'city', 'بلده', 'قريه', 'مدينه']);
/** "أطرافها", "محيطها", "its outskirts", "its surroundings" right after the trigger (a pronoun for the place just named). */
const SURROUNDINGS_AR = /^(?:اطراف|محيط|مشارف|ريف|تخوم|داخل)(?:ها|ه)$/;
function itsSurroundings(words: readonly Word[], hit: { from: number; to: number }, nextFrom: number, prevTo: number): boolean {
  // (or just before a weapon trigger: "قصفت قوات النظام أطرافها بالقذائف")
  for (let i = Math.max(prevTo, hit.from - 3); i < hit.from; i++) if (SURROUNDINGS_AR.test(words[i]!.stem) && !clauseBreak(words, i, hit.from)) return true;
  for (let i = hit.to; i < Math.min(nextFrom, hit.to + 4, words.length); i++) {
    const w = words[i]!.stem;
    if (SURROUNDINGS_AR.test(w)) return true;
    if ((w === 'its' || w === 'their') && /^(?:outskirts|surroundings|edges|environs|vicinity|countryside)$/.test(words[i + 1]?.stem ?? '')) return true;
    if (words[i]!.punct) return false;
  }
  return false;
}

/** "the town", "البلدة": a definite place noun naming no place, up to `reach` words after the
 *  trigger (before the next one), or, given `prevTo`, as close before it in the same clause. */
function theTownNear(words: readonly Word[], cues: SentenceCues, hit: { from: number; to: number },
  at: { reach: number; nextFrom?: number; prevTo?: number }): LexHit<CueEntry> | undefined {
  const { reach, nextFrom = Infinity, prevTo } = at;
  return cues.of('unnamed_place').find((c) => definitePlaceNoun(words, c.from, c.to)
    && ((c.from >= hit.to && c.from - hit.to <= reach && c.from < nextFrom)
      // ("fighting was still raging on the outskirts of the town", "تدور المعارك في محيط البلدة":
      // a place phrase further on in the clause)
      || (c.from >= hit.to && c.from - hit.to <= 10 && c.from < nextFrom && placePhraseAt(words, c.from) && !clauseBreak(words, hit.to, c.from))
      || (prevTo !== undefined && c.to <= hit.from && hit.from - c.to <= reach && c.from >= prevTo && !clauseBreak(words, c.to, hit.from))));
}

/** The definite noun at `at` is governed by a preposition of place ("in the town", "of the
 *  town", "في البلدة", "محيط المدينة"). Stems in key form. */
const PLACE_PREPOSITION = /^(?:in|at|near|of|on|around|inside|outside|into|في|علي|قرب|محيط|اطراف|داخل|الي|نحو)$/;
function placePhraseAt(words: readonly Word[], at: number): boolean {
  const w = words[at]!;
  if (isArabicWord(w)) return w.clitics.includes('ب') || PLACE_PREPOSITION.test(words[at - 1]?.stem ?? '');
  return words[at - 1]?.stem === 'the' && PLACE_PREPOSITION.test(words[at - 2]?.stem ?? '');
}

function definitePlaceNoun(words: readonly Word[], from: number, to: number): boolean {
  if (to !== from + 1 || !SINGULAR_PLACE_NOUN.has(words[from]!.stem)) return false;
  if (words[to]?.stem === 'of') return false;
  return words[from]!.clitics.includes('ال') || words[from - 1]?.stem === 'the';
}

function contentWords(words: readonly Word[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (!words[i]!.punct) n++;
  return n;
}

/** A heading is a line of its own: only blank space between it and the line breaks around it. */
function standsOnItsOwnLine(text: string, s: Sentence): boolean {
  const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
  const nl = text.indexOf('\n', s.end);
  const lineEnd = nl < 0 ? text.length : nl;
  return !text.slice(lineStart, s.start).trim() && !text.slice(s.end, lineEnd).trim();
}

const SYRIAN_MILITARY = 'military-forces-of-syria';

/** Barrel-bomb words (براميل متفجرة، برميل، barrel bombs). Stems are in key form. */
function hasBarrelWord(words: readonly Word[], from: number, to: number): boolean {
  for (let i = from; i < to && i < words.length; i++) {
    // (any of the word's forms: the tokenizer may read برميلاً as ب + رميلا)
    for (const w of words[i]!.forms) if (w === 'براميل' || w === 'برميل' || w === 'برميلا' || w === 'برميلين' || w.startsWith('barrel')) return true;
  }
  return false;
}

/** An aircraft named as the object after `from` (outside the actors' names, which are the
 *  subject: أسقط الطيران الروسي براميل dropped barrels), and no munition before it. */
function aircraftObjectAfter(words: readonly Word[], from: number, to: number, actors: readonly ActorRef[]): boolean {
  for (let i = from; i < to && i < words.length; i++) {
    if (actors.some((a) => a.from <= i && i < a.to)) continue;
    if (hasBarrelWord(words, i, i + 1) || /^(قنابل|منشورات|صواريخ|bombs?|leaflets)$/.test(words[i]!.stem)) return false;
    if (airWordBefore(words, i, i + 1) || isDroneWord(words, i, i + 1)) return true;
  }
  return false;
}

/** "a warplane was shot down": an aircraft as the subject of a passive shoot-down verb at `hitFrom`. */
function passiveAircraftBefore(words: readonly Word[], hitFrom: number, sFrom: number, actors: readonly ActorRef[]): boolean {
  const aux = hitFrom - 1;
  if (aux <= sFrom || !PASSIVE_AUX.has(words[aux]!.stem)) return false;
  let from = aux;
  while (from > Math.max(sFrom, aux - 5) && !words[from - 1]!.punct) from--;
  return aircraftObjectAfter(words, from, aux, actors);
}

/** The aircraft after a shoot-down verb is a drone, not a warplane or a helicopter. */
function downedDrone(words: readonly Word[], from: number, to: number): boolean {
  let drone = false;
  for (let i = from; i < to && i < words.length; i++) {
    if (/^(?:warplanes?|helicopters?|jets?|fighter|حربيه|حربيتين|مروحيه|مروحيتين|مقاتله)$/.test(words[i]!.stem)) return false;
    if (isDroneWord(words, i, i + 1)) drone = true;
  }
  return drone;
}

/** Drone words (drone, طائرة مسيرة، بدون طيار) at the trigger: the one air strike armed groups fly. */
function isDroneWord(words: readonly Word[], from: number, to: number): boolean {
  for (let i = from; i < to && i < words.length; i++) {
    const w = words[i]!.stem;
    if (w.startsWith('drone') || w.startsWith('مسير') || w === 'طيار') return true;
  }
  return false;
}

function buildFrames(
  sIndex: number,
  lang: Lang,
  lex: CompiledLang,
  words: readonly Word[],
  sFrom: number,
  sTo: number,
  trig: LexHit<TriggerRule>[],
  cues: SentenceCues,
  allActors: ActorRef[],
  places: PlaceRef[],
  numberAt: Uint8Array,
  ctx: DocContext,
  infoOf: (id: string) => ActorInfo | null,
  /** the sentence has a date of its own */
  dated = false,
  /** the sentence is the lead of a report with a publication date */
  lead = false,
): Frame[] {
  const parties = allActors.filter((a) => isParty(a, numberAt, words));
  const airCue = cues.has('air_context');
  if (airCue) ctx.airSentences = 6; else if (ctx.airSentences > 0) ctx.airSentences--;
  // (most sentences have no trigger: nothing more to read in them)
  if (!trig.length) return [];
  // words inside an actor's name are not cues, but "طائرات حربية روسية" / "Russian warplanes"
  // named as the actor says this sentence's bombardment came from the air
  const airAt = [...cues.of('air_context').map((c) => c.from), ...allActors.filter((a) => a.m && airWordBefore(words, a.from, a.to)).map((a) => a.from)];
  const unnamedArea = cues.has('unnamed_place');
  const armed = parties.filter((a) => (a.info.inter >= 1 && a.info.inter <= 4) || a.info.inter === 8);

  const sc: FrameScope = { sIndex, lang, lex, words, sFrom, sTo, trig, cues, allActors, places, ctx, infoOf, dated, lead, parties, armed, airAt, unnamedArea };
  // ---- phase 1: which triggers make events, of which type and modality
  const cands: Candidate[] = [];
  for (let ti = 0; ti < trig.length; ti++) {
    const c = candidateFor(sc, ti);
    if (!c) continue;
    // "فشل في استعادة السيطرة على", "failed to regain control of": the second word of a two-word
    // capture is the same verb, and fails, is planned or is claimed with the first
    const prev = cands[cands.length - 1];
    if (prev && c.rule.territory && prev.rule.territory && c.hit.from === prev.hit.to && c.modality === 'asserted' && prev.modality !== 'asserted') {
      c.modality = prev.modality;
      c.claimant = prev.claimant;
      for (const id of prev.ruleIds) if ((id === 'failed-capture' || id === 'attempted-capture') && !c.ruleIds.includes(id)) c.ruleIds.push(id);
    }
    cands.push(c);
  }
  // "..., وتبنى تنظيم الدولة الهجوم", "Islamic State claimed the attack": the attack named after a
  // claim is one already told (in the sentence, or just before and named with the article)
  for (const r of cues.of('responsibility')) {
    const toldBefore = cands.some((x) => x.hit.to <= r.from && !NON_VIOLENT.has(x.sub));
    for (const f of cands) {
      if (f.rule.territory || f.hit.from <= r.from || f.hit.from - r.to > 5) continue;
      if (toldBefore || (definiteTrigger(words, f.hit.from, sFrom, lang) && !!ctx.lastViolent(sIndex, 2))) { f.anaphoric = true; f.ruleIds.push('claimed-attack'); }
    }
  }
  const kept = suppress(cands, cues, words, parties);
  if (!kept.length) return [];
  supportingStrikes(kept, cues, words);

  // ---- phase 2: arguments of each surviving trigger
  const roles = new Map<ActorRef, Role>();
  // (a supporting strike does not cut its backer off from the support cue: "مدعومة بغارات روسية")
  const keptHits = kept.filter((k) => !k.supports).map((k) => k.hit);
  for (const a of parties) roles.set(a, roleOf(a, cues, words, parties, keptHits) ?? (reportsOthers(a, cues, words, lang, sTo) ? 'speaker' : null));
  const exceptAt = cues.of('except').map((c) => c.from);
  // (the same for every trigger of the sentence)
  // words a list of the event's places may run across: "including", and the toll that says where
  // it fell ("، ما أسفر عن مقتل خمسة مدنيين في معرة النعمان", ", killing five civilians in X")
  const listGapAt = new Set<number>();
  for (const c of cues.of('including')) for (let k = c.from; k < c.to; k++) listGapAt.add(k);
  for (const c of cues.all) if (c.values.some((v) => v.group === 'kill' || v.group === 'victims' || v.group === 'injury')) for (let k = c.from; k < c.to; k++) listGapAt.add(k);
  for (let k = sFrom; k < sTo; k++) if (numberAt[k]) listGapAt.add(k);
  const frames: Frame[] = [];
  const frameOfCand = new Map<Candidate, Frame>();
  for (let ki = 0; ki < kept.length; ki++) {
    const f = frameFor(sc, kept, ki, roles, exceptAt, listGapAt, frames);
    if (f) { frames.push(f); frameOfCand.set(kept[ki]!, f); }
  }
  for (const c of kept) {
    const f = c.supports && frameOfCand.get(c), main = c.supports && frameOfCand.get(c.supports);
    if (f && main?.places.length) f.places = main.places;
  }
  // "air strikes and artillery fire on Latamneh", "غارات وقصف مدفعي على اللطامنة": triggers joined
  // by and/و share the place named after the last of them
  for (let i = frames.length - 2; i >= 0; i--) {
    const f = frames[i]!, g = frames[i + 1]!;
    if (f.places.length || !g.places.length || g.from < f.to || g.from - f.to > 2) continue;
    const between = words.slice(f.to, g.from);
    if (between.some((w) => w.stem === 'and') || (between.length === 0 && words[g.from]!.clitics.includes('و'))
      || (between.length === 1 && between[0]!.clitics.includes('و'))) {
      f.places = g.places;
      // (and the author named before the first: "Regime air strikes and artillery fire")
      if (!g.actor1 && f.actor1 && f.actor1FromText && words.slice(f.from, f.to).every((w) => !w.punct)) { g.actor1 = f.actor1; g.actor1FromText = true; }
    }
  }
  return frames;
}

/** What every trigger of a sentence is read against (gathered once per sentence). The frame
 *  building is split in per-trigger functions: V8 optimizes small functions sooner and a deopt
 *  in one of them no longer throws away (and recompiles) the whole of it. */
interface FrameScope {
  sIndex: number;
  lang: Lang;
  lex: CompiledLang;
  words: readonly Word[];
  sFrom: number;
  sTo: number;
  trig: LexHit<TriggerRule>[];
  cues: SentenceCues;
  allActors: ActorRef[];
  places: PlaceRef[];
  ctx: DocContext;
  infoOf: (id: string) => ActorInfo | null;
  dated: boolean;
  lead: boolean;
  parties: ActorRef[];
  armed: ActorRef[];
  /** where the sentence names aircraft (cues, and air words inside actors' names) */
  airAt: number[];
  unnamedArea: boolean;
}

/** Phase 1 for trigger `ti`: whether it makes an event, of which type and modality. */
function candidateFor(sc: FrameScope, ti: number): Candidate | null {
  const { sIndex, lang, lex, words, sFrom, sTo, trig, cues, allActors, places, ctx, dated, lead, parties, armed, airAt, unnamedArea } = sc;
  const hit = sc.trig[ti]!;
  const rule = hit.values[0]!;
  const na = lex.notAfter.get(rule.id);
  if (na) {
    let blocked = false;
    for (let k = Math.max(sFrom, hit.from - 2); k < hit.from; k++) if (words[k]!.forms.some((f) => na.has(f))) blocked = true;
    if (blocked) return null;
  }
  const nb = lex.notBefore.get(rule.id);
  if (nb && hit.to < sTo && words[hit.to]!.forms.some((f) => nb.has(f))) return null;
  // "the occupied Golan Heights", "a liberated village": a participle right after an article is an adjective
  if (rule.territory && lang === 'en' && hit.from > sFrom && /^(?:the|a|an)$/.test(words[hit.from - 1]!.stem) && /ed$/.test(words[hit.from]!.stem)) return null;
  const ruleIds = [rule.id];
  let sub: SubEventType = rule.sub_event_type;
  // "استهدفت الفصائل بصواريخ غراد مواقع": a ground weapon named with the bombardment keeps it on the ground
  const groundWeapon = groundWeaponAfter(trig, hit);
  // (aircraft named in another clause say nothing of one whose subject is a side that flies none:
  // "قصفت الطائرات مواقع قرب دمشق، والفصائل قصفت حماة"; nor does the context)
  const groundSubject = parties.some((a) => a.info.inter >= 2 && a.info.inter <= 4 && (a.to === hit.from || (lang === 'ar' && a.from === hit.to)));
  const airHere = airAt.some((p) => !groundSubject || !newClauseBetween(words, Math.min(p, hit.from), Math.max(p, hit.from)));
  if (rule.ambiguous_air && (airHere || (ctx.airSentences > 0 && !groundWeapon && !groundSubject))) { sub = 'Air/drone strike'; ruleIds.push('bombardment-air-context'); }
  // "the Air Force delivered a missile strike", "صواريخ أطلقتها الطائرات": a missile fired from the
  // air is an air strike; cruise missiles (ships, launchers) stay missile attacks
  if (sub === 'Shelling/artillery/missile attack' && isAirMissile(words, hit.from, hit.to) && airWordBefore(words, Math.max(sFrom, hit.from - 6), hit.from)) {
    sub = 'Air/drone strike';
    ruleIds.push('missile-from-the-air');
  }
  // "warplanes carried out raids on", "helicopters attacked", "هاجمت طائرات مسيرة": an attack by
  // aircraft is an air strike
  // (the subject comes before the verb in English, after it in Arabic)
  if (sub === 'Armed clash' && rule.weak) {
    const [wf, wt] = lang === 'ar' ? [hit.to, Math.min(sTo, hit.to + 2)] : [Math.max(sFrom, hit.from - 7), hit.from];
    if (airWordBefore(words, wf, wt) && !clauseBreak(words, wf, wt)) { sub = 'Air/drone strike'; ruleIds.push('attack-from-the-air'); }
  }
  const req = rule.requires ?? [];
  const placesAfter = places.filter((p) => p.from >= hit.to);
  const isDefinite = definiteTrigger(words, hit.from, sFrom, lang);
  if (req.includes('actor-or-place') && !parties.length && !places.length) {
    // "killed during the offensive": a bare reference to an event already coded, kept only to route its figures
    if (isDefinite && (rule.weak || rule.anaphoric)) return { hit, rule, sub, ruleIds, modality: 'asserted', claimant: null, anaphoric: true };
    return null;
  }
  // ("سقوط البلدة": the town just named stands after it)
  const townAfter = () => !places.length && !!ctx.recentlyNamed(sIndex) && !!theTownNear(words, cues, hit, { reach: 2 });
  if (req.includes('place-after') && !placesAfter.length && !places.some((p) => p.to <= hit.from && residentsOf(words, p.from, sFrom)) && !townAfter()) return null;
  if (req.includes('place-or-area') && !places.length && !unnamedArea) return null;
  // "وخرجت في مظاهرات كبيرة" with no day of its own is usually background, not a report
  // (the lead of a report counts as dated when the event is its main clause, not background told
  // in a relative clause or the past continuous: "كانت إدلب من أوائل المدن التي خرجت في مظاهرات")
  if (req.includes('own-date') && !dated && !(lead && mainClauseBefore(words, sFrom, hit.from))) return null;
  // أسقط is "dropped" (براميل، منشورات) as often as "shot down": only with an aircraft after it
  // (or, English passive, before it: "a government warplane was shot down by rebels")
  if (req.includes('aircraft-after') && !aircraftObjectAfter(words, hit.to, Math.min(sTo, hit.to + 5), parties)
    && !(lang === 'en' && passiveAircraftBefore(words, hit.from, sFrom, parties))) return null;
  if (req.includes('actor') && !parties.length) return null;
  if (req.includes('armed-actor') && !armed.length) return null;
  if (req.includes('conclude') && !concluded(cues, words, hit, sTo)) return null;
  // (shooting told only by its weapon, "برصاص", is an event when someone died of it)
  if (req.includes('death') && !cues.has('kill')) return null;
  // "executed three civilians", not "executed the plan": the people it was done to follow
  // (or the civilians named as an actor: "executed at least 82 civilians")
  if (req.includes('victims-after') && !cues.all.some((c) => c.from >= hit.to && c.from - hit.to <= 4 && (hasGroup(c, 'victims') || hasGroup(c, 'one_victim')))
    && !allActors.some((a) => a.info.kind === 'civilians' && a.from >= hit.to && a.from - hit.to <= 4)) return null;
  if (req.includes('retreat-after') && !cues.of('retreat').some((c) => c.from >= hit.to && c.from - hit.to <= 6)) return null;
  // "destroyed rebel positions", "دمرت مقرات للإرهابيين": what is destroyed is a force's
  if (req.includes('target-after') && !cues.of('target').some((c) => c.from >= hit.to && c.from - hit.to <= 4)) return null;
  if (req.includes('establish') && !cues.of('establish').some((c) => c.to >= hit.from - 6 && c.from <= hit.to + 2)) return null;

  // (a fallback trigger before it, "مخططا لتفجير سيارة مفخخة", does not close its window)
  let pk = ti - 1;
  while (pk >= 0 && trig[pk]!.values.every((v) => v.fallback)) pk--;
  const prevTrigEnd = pk >= 0 ? trig[pk]!.to : sFrom;
  const winFrom = Math.max(prevTrigEnd, hit.from - 5, sFrom);
  let modality: Modality = 'asserted';
  let claimant: string | null = null;
  const prevWord = hit.from > sFrom ? words[hit.from - 1]! : null;
  // "despite a ceasefire agreed by the guarantors", "in violation of the truce", "رغم اتفاق وقف
  // إطلاق النار", "خرق الهدنة": an agreement named as the background of what happened is none of its own
  if (sub === 'Agreement' && agreementAsBackground(words, hit.from, sFrom)) return null;
  // "a landmine left over from the fighting", "لغم من مخلفات المعارك": the past that left the
  // ordnance is no event of the report
  // (not "remnants of ISIS attacked", "بقايا التنظيم هاجموا": an actor named between is who acts;
  // an adjective, "left over from Russian air strikes", is the past action's)
  if (cues.of('remnant').some((c) => c.to <= hit.from && hit.from - c.to <= 2 && !allActors.some((a) => a.m && a.from >= c.to && a.to <= hit.from))) return null;
  // "hundreds of thousands have fled the fighting", "نزح الآلاف هرباً من المعارك": the violence
  // people flee is background to their flight (it is coded from the report of it)
  if (cues.of('flight').some((c) => c.to <= hit.from && hit.from - c.to <= 2)) return null;
  // "air defences repelled an Israeli attack", "الدفاعات الجوية تصدت لعدوان إسرائيلي": what air
  // defences repel comes through the air, so it is stopped on its way (ACLED's disrupted weapons
  // use, by the defender against the side that fired), not a clash
  if (sub === 'Armed clash' && rule.roles.actor1 === 'attacker' && airDefenceNear(words, hit, sFrom, sTo)) {
    sub = 'Disrupted weapons use';
    ruleIds.push('air-defence-repel');
  }
  // "a shell left over from the war exploded", "انفجار قذيفة من مخلفات الحرب": unexploded
  // ordnance going off is an explosive, not a bombardment (ACLED: Remote explosive/landmine/IED)
  if ((sub === 'Shelling/artillery/missile attack' || sub === 'Air/drone strike') && cues.of('remnant').some((c) => c.from >= hit.to && c.from - hit.to <= 2)) {
    sub = 'Remote explosive/landmine/IED';
    ruleIds.push('war-remnant');
  }
  const negCue = cues.between(winFrom, hit.from, 'negation') ?? farCue(cues, words, 'inability', Math.max(prevTrigEnd, hit.from - 12, sFrom), hit.from);
  // ("failed to advance despite heavy Russian air strikes", "رغم الغارات": what "despite" names happened)
  const neg = negCue && !despiteBetween(words, negCue.to, hit.from) ? negCue : undefined;
  const attempt = cues.between(winFrom, hit.from, 'attempt');
  // purpose (هجوما للسيطرة على، an attack to capture): only after an attack word or an attempt
  const attackBefore = trig.some((t) => t !== hit && t.to <= hit.from && hit.from - t.to <= 4 && t.values.some((v) => v.sub_event_type === 'Armed clash'));
  // (its adjectives may stand between: "عملية عسكرية كبرى للسيطرة على")
  const purposeNoun = cues.of('purpose_noun').some((c) => c.to <= hit.from && hit.from - c.to <= 2
    && !trig.some((t) => t !== hit && t.from >= c.to && t.from < hit.from));
  // an infinitive (لاستعادة، للسيطرة على; to retake) states an aim unless a verb of success or
  // result governs it (تمكنت من، أدى لـ; managed to, went on to)
  const infinitive = lang === 'ar' ? words[hit.from]!.clitics.some((c) => c === 'ل' || c === 'لل') : prevWord?.stem === 'to';
  const purpose = purposeNoun || (infinitive && (attackBefore || !!attempt || !cues.between(Math.max(sFrom, hit.from - 3), hit.from, 'achieve')));
  if (rule.territory && (neg || attempt || purpose)) {
    // a failed or intended capture did not happen; the attack around it is coded on its own
    modality = neg ? 'negated' : 'planned';
    ruleIds.push(neg ? 'failed-capture' : 'attempted-capture');
  } else if (neg && sub !== 'Armed clash') modality = 'negated';
  const wide = Math.max(sFrom, hit.from - 8);
  // "نفت الهيئة ما تداولته وسائل إعلام موالية عن انسحاب عناصرها": a denial reaches further
  // when no clause break stands between it and the trigger
  const farDenial = cues.between(Math.max(sFrom, hit.from - 14), hit.from, 'denial');
  if (cues.between(wide, hit.from, 'denial') || (farDenial && !clauseBreak(words, farDenial.to, hit.from))) modality = 'denied';
  else if (modality === 'asserted' && cues.between(winFrom, hit.from, 'planned')) modality = 'planned';
  else if (modality === 'asserted' && cues.between(winFrom, hit.from, 'threatened')) modality = 'threatened';
  else if (modality === 'asserted' && hypothetical(cues.between(winFrom, hit.from, 'hypothetical'), words, sFrom)) modality = 'hypothetical';
  // ("Turkey feared that a full-scale government offensive on Idlib would ...": a fear reaches
  // further than a modal, up to a clause break)
  else if (modality === 'asserted' && farCue(cues, words, 'fear', Math.max(prevTrigEnd, hit.from - 12, sFrom), hit.from)) modality = 'hypothetical';
  const claimCue = cues.between(wide, hit.from, 'claim');
  // ("أعلن تنظيم الدولة مسؤوليته عن تفجير", "claimed responsibility for the bombing": claiming
  // an attack names its author; the attack itself is reported as fact)
  // (nor is announcing a merger, an operations room, a deal or a new base: the announcement is the event)
  if (claimCue && modality === 'asserted' && !cues.between(claimCue.to, hit.from, 'responsibility') && !ANNOUNCED_EVENTS.has(sub)) {
    // "accused Russian warplanes of bombing", "اتهمت ... الطيران الروسي بقصف": the accused, between
    // the accusation and the trigger, is not the one making the claim
    const accusation = /^(?:accus|blam|اتهم|تتهم|يتهم)/.test(words[claimCue.from]!.stem);
    const who = speakerBeside(allActors, claimCue, (a) => !(accusation && a.from >= claimCue.to && a.to <= hit.from));
    modality = 'claimed';
    claimant = who ? who.info.claimantName : null;
  }
  // "the Russian Defence Ministry said its aircraft struck", "قالت وزارة الدفاع الروسية إن
  // طائراتها": what a party to the war says, of itself or of its enemy, is one side's claim, as
  // when it announces it (a monitor or an agency saying it reports it)
  // (English also says it after the event, set off by a comma: "Russian aircraft struck X, the
  // defence ministry said")
  if (modality === 'asserted' && !ANNOUNCED_EVENTS.has(sub)) {
    const said = cues.between(wide, hit.from, 'attribution');
    let who = said && !cues.between(said.to, hit.from, 'responsibility') && speakerBeside(allActors, said, (a) => a.to <= hit.from);
    if (!who && lang === 'en') {
      const after = cues.of('attribution').find((c) => c.from > hit.to && /^(?:said|says|claimed|announced|reported)$/.test(words[c.from]!.stem)
        && (c.to >= sTo - 1 || words[c.to]!.punct) && words.slice(hit.to, c.from).some((w) => w.punct && (w.stem === ',' || w.stem === '،')));
      // (the speaker right before its verb, after the comma: ", the Russian Defence Ministry said")
      who = after && allActors.find((a) => a.to <= after.from && after.from - a.to <= 1 && a.from > hit.to
        && words.slice(Math.max(hit.to, a.from - 3), a.from).some((w) => w.punct));
    }
    if (who && (who.info.actsAs || (who.info.kind !== 'claimant' && ((who.info.inter >= 1 && who.info.inter <= 4) || who.info.inter === 8)))) {
      modality = 'claimed';
      claimant = who.info.claimantName;
    }
  }
  // "the offensive", "خلال الهجوم": a definite noun naming an event of the same kind just coded refers back to it
  // (also "the rebels offensive", a noun; not "the rebels pounded Hama", a verb)
  const definite = isDefinite || (lang === 'en' && prevWord?.stem === 'rebels' && hit.from - 2 >= sFrom
    && words[hit.from - 2]!.stem === 'the' && !/(?:ed|ing)$/.test(words[hit.to - 1]!.stem));
  // "the bombing campaign" names the whole campaign (its own, longer event), not the last strike
  const campaign = hit.to < sTo && /^(campaign|campaigns|حمله|الحمله)$/.test(words[hit.to]!.stem);
  // ("Rebels captured X. The attack came after ...": the attack is the battle just told, unless
  // it names a place of its own)
  const battleJustTold = sub === 'Armed clash' && !!ctx.lastBattle(sIndex, 2) && !places.some((p) => p.from >= hit.to && p.from - hit.to <= 3);
  const anaphoric = (rule.weak || !!rule.anaphoric) && definite && !campaign && (ctx.recentRule(rule.id, sIndex) || battleJustTold);
  return { hit, rule, sub, ruleIds, modality, claimant, anaphoric };
}

/** Phase 2 for surviving trigger `ki`: its arguments (actors, places); null when it has none it needs. */
function frameFor(sc: FrameScope, kept: Candidate[], ki: number, roles: Map<ActorRef, Role>, exceptAt: number[], listGapAt: Set<number>, frames: Frame[]): Frame | null {
  const { sIndex, lang, words, sFrom, sTo, cues, allActors, places, ctx, infoOf, parties } = sc;
  const { hit, rule, ruleIds, modality, claimant, anaphoric } = kept[ki]!;
  let sub = kept[ki]!.sub;
  // "هجوما للسيطرة على X" / "an attack to capture X": the attack's scope runs through its aim;
  // "استعادة السيطرة على X", "regain control of X": a two-word capture's through its second word
  let nk = ki + 1;
  while (nk < kept.length && (kept[nk]!.ruleIds.includes('attempted-capture') || kept[nk]!.supports === kept[ki]
    || (kept[nk]!.rule.territory && kept[nk - 1]!.rule.territory && kept[nk]!.hit.from === kept[nk - 1]!.hit.to))) nk++;
  const nextFrom = nk < kept.length ? kept[nk]!.hit.from : sTo;
  const prevTo = ki > 0 ? kept[ki - 1]!.hit.to : sFrom;

  // "a Russian-brokered ceasefire", "بوساطة روسية": the mediator of a deal is not a party to it,
  // nor to what is done under it ("leaving Aleppo under an evacuation deal brokered by Russia")
  const mediators = parties.filter((a) => mediates(a, cues, words));
  // (and those named with it: "brokered by Russia and Turkey", "برعاية روسية تركية")
  for (const a of parties) {
    if (mediators.includes(a)) continue;
    if (mediators.some((m) => a.from >= m.to && a.from - m.to <= 2 && (joinedWith(words, m.to, a.from) || words[a.from]!.clitics.includes('و')))) mediators.push(a);
  }
  // ("a cluster bomb left over from Russian air strikes": who left it is no party to its going off)
  // (the actor of the past action named after the remnant word, whose own trigger follows it; not
  // the subject of this one: "remnants of ISIS attacked")
  // (Arabic names it after the trigger: "من مخلفات الغارات الروسية")
  const outside = [...mediators, ...parties.filter((a) => cues.of('remnant').some((c) => sc.trig.some((t) => t !== hit
    && t.from >= c.to && t.from - c.to <= 2 && a.from >= c.to && a.from <= t.to + 1)))];
  const scope = outside.length ? { ...sc, parties: parties.filter((a) => !outside.includes(a)) } : sc;
  const { actor1, assoc1, actor2, assoc2 } = frameActors(scope, hit, rule, sub, ruleIds, nextFrom, prevTo, roles);

  if (rule.requires?.includes('armed-actor')) {
    const near = actor1 && (lang === 'ar' ? (actor1.from >= hit.to ? actor1.from - hit.to <= 3 : hit.from - actor1.to <= 3) : hit.from - actor1.to <= 4 && actor1.to <= hit.from);
    if (!near) return null;
  }
  let a1: ActorInfo | null = actor1 ? asParty(actor1.info, infoOf) : null;
  // "the rebels" in an offensive a named group leads: that group (الهيئة, the rebels → HTS)
  if (a1 && isGenericRebels(a1) && eventTypeOf(sub) === 'Battles') {
    const lead = ctx.recentLeader(sIndex);
    if (lead && !isGenericRebels(lead)) { a1 = lead; ruleIds.push('generic-actor-anaphora'); }
  }
  let a1FromText = !!a1;
  let assocInfos: ActorInfo[] = [];
  for (let i = 0; i < assoc1.length; i++) {
    const x = asParty(assoc1[i]!.info, infoOf);
    if (x && x.id !== a1?.id) assocInfos.push(x);
  }
  const flags: string[] = [];
  // Aircraft belong to states: a rebel group beside an air strike ("in rebel territory") is its
  // target, not its author — unless the strike is by drone, which armed groups do fly.
  let airTarget: ActorInfo | null = null;
  if (sub === 'Air/drone strike' && a1 && a1.inter >= 2 && a1.inter <= 4 && !isDroneWord(words, Math.max(sFrom, hit.from - 3), Math.min(sTo, hit.to + 3))) {
    airTarget = a1;
    a1 = null;
    assocInfos = [];
    ruleIds.push('air-strike-by-state');
  }
  // barrel bombs over Syria are the Syrian air force's (ACLED's practice): no other air power
  // there dropped them, so an unnamed author is not borrowed from the last air strike
  if (!a1 && sub === 'Air/drone strike' && places.some((p) => p.place?.country_code === 'SY') && hasBarrelWord(words, sFrom, sTo)) {
    a1 = infoOf(SYRIAN_MILITARY);
    if (a1) { ruleIds.push('barrel-bombs-syrian-air-force'); a1FromText = true; }
  }
  // "Government forces shelled villages north of Hama. The shelling targeted Kafr Zita": the
  // same kind of event named again, right after, is by the same hand
  // (Arabic verb first, "واستهدف القصف بلدة كفرزيتا": the definite noun after the verb names it)
  const namedAgain = definiteTrigger(words, hit.from, sFrom, lang)
    || (lang === 'ar' && sc.trig.some((t) => t.from === hit.to && t.values.some((v) => v.sub_event_type === rule.sub_event_type) && definiteTrigger(words, t.from, sFrom, lang)));
  const toldBy = !a1 && namedAgain ? authorNamedBefore(ctx, sub, sIndex) : null;
  // "... forced government troops to retreat": whoever made the named side give ground is its
  // opponent in the report, not the last actor named
  if (!a1 && rule.requires?.includes('retreat-after') && actor2 && actor2.info.kind !== 'civilians') {
    const other = actor2.info.side === 'government' ? ctx.lastOpp : ctx.lastGov;
    if (other) { a1 = other; ruleIds.push('opponent-of-the-side-that-gave-ground'); flags.push('context-actor'); }
  }
  if (!a1) {
    if (sub === 'Air/drone strike' && ctx.airActor) { a1 = ctx.airActor; assocInfos = ctx.airAssoc; ruleIds.push('context-air-actor'); }
    else if (toldBy) { a1 = toldBy.actor1; assocInfos = toldBy.assoc1; ruleIds.push('context-actor-named-again'); }
    else if (eventTypeOf(sub) === 'Battles' && ctx.lastActor1) { a1 = ctx.lastActor1; assocInfos = ctx.lastAssoc1; ruleIds.push('context-actor'); }
    flags.push(a1 ? 'context-actor' : 'default-actor');
    a1FromText = false;
  }
  let a2: ActorInfo | null = actor2 ? (actor2.info.kind === 'civilians' ? actor2.info : asParty(actor2.info, infoOf)) : airTarget;
  // "مقتل 15 عنصراً من قوات النظام جراء هجوم نفذه X": the armed side counted among the dead
  // is the one attacked
  // "قتل 12 عنصرا من قوات النظام و8 من الفصائل في اشتباكات": the sides of a clash the sentence
  // names no party for are those counted among its dead (an actor carried from context gives way)
  // (an adjective on the victims' noun names a side too: "4 Turkish soldiers", "rebel fighters")
  const onVictims = (a: ActorRef) => cues.all.some((c) => (c.from === a.to || c.from === a.from || (!a.m && c.to === a.from)) && (hasGroup(c, 'victims') || hasGroup(c, 'one_victim')));
  const deadSides = () => dedupe(allActors.filter((a) => (a.m || onVictims(a)) && !parties.includes(a) && a.info.kind !== 'claimant' && a.info.kind !== 'civilians'
    && ((a.info.inter >= 1 && a.info.inter <= 4) || a.info.inter === 8)).map((a) => asParty(a.info, infoOf)).filter((x): x is ActorInfo => !!x));
  // ("4 Turkish soldiers were killed in clashes with rebels": the dead fought the side named after "with")
  if (sub === 'Armed clash' && a2 && !a1 && !a1FromText) {
    const against = a2;
    const mine = deadSides().find((x) => x.id !== against.id);
    if (mine) { a1 = mine; ruleIds.push('sides-among-the-dead'); }
  }
  if (sub === 'Armed clash' && !a2 && !a1FromText) {
    const dead = deadSides();
    const other = (x: ActorInfo) => dead.find((y) => (y.side === 'government') !== (x.side === 'government'));
    if (dead.length) {
      const first = dead[0]!;
      const second = other(first) ?? (first.side === 'government' ? ctx.lastOpp : ctx.lastGov);
      a1 = first.side === 'government' || !second ? first : second;
      a2 = a1 === first ? second : first;
      assocInfos = [];
      ruleIds.push('sides-among-the-dead');
    }
  }
  // (also of a bomb no one is named for: "قتل عنصران من هيئة تحرير الشام بانفجار لغم")
  if (!a2 && (a1 || BOMBINGS.has(sub)) && (eventTypeOf(sub) === 'Battles' || eventTypeOf(sub) === 'Explosions/Remote violence')) {
    const victim = allActors.find((a) => a.m && !parties.includes(a) && a.info.kind !== 'claimant' && a.info.kind !== 'civilians'
      && ((a.info.inter >= 1 && a.info.inter <= 4) || a.info.inter === 8) && a.info.id !== a1?.id);
    if (victim) { a2 = asParty(victim.info, infoOf); if (a2) ruleIds.push('actor2-among-the-dead'); }
  }
  if (a2 && a1 && a2.id === a1.id && !ruleIds.includes('infighting')) a2 = null;

  // a foreign air power bombarding (روسيا تقصف) bombs from the air
  // "IS claimed responsibility for the bombing", "an HTS bombing": a bombing by a side that has no
  // aircraft and names no artillery is a bomb, not a bombardment
  if (rule.ambiguous_air && sub === 'Shelling/artillery/missile attack' && lang === 'en' && /^bombings?$/.test(words[hit.from]!.stem)
    && (!a1 || (a1.inter >= 2 && a1.inter <= 4)) && !groundWeaponAfter(sc.trig, hit)) {
    sub = 'Remote explosive/landmine/IED';
    ruleIds.push('bombing-by-a-group');
  }
  if (rule.ambiguous_air && sub !== 'Air/drone strike' && a1?.kind === 'foreign_state' && a1FromText) {
    if (ctx.airActor?.id === a1.id || a1.inter === 8 || (a1.airPower && !groundWeaponAfter(sc.trig, hit))) { sub = 'Air/drone strike'; ruleIds.push('bombardment-by-air-power'); }
  }
  // "... حتى السيطرة عليها مجددًا", "retook it again": a place taken *again* right after one
  // side took it goes back to the side that lost it — that side cannot take what it holds.
  if (rule.territory && a1 && cues.of('again').some((c) => c.from >= hit.to && c.from - hit.to <= 3)) {
    const prev = [...frames].reverse().find((f) => f.rule.territory && f.modality === 'asserted' && f.actor1) ?? ctx.recentCapture(sIndex);
    if (prev?.actor1 && (prev.actor1.side === 'government') === (a1.side === 'government')) {
      const wantGov = prev.actor1.side !== 'government';
      const between = parties.find((a) => a.from > prev.to && a.from < hit.from && (a.info.side === 'government') === wantGov)?.info;
      const loser = prev.actor2 ?? between ?? (wantGov ? ctx.lastGov : ctx.lastOpp);
      if (loser) { a2 = prev.actor1; a1 = loser; assocInfos = []; a1FromText = false; ruleIds.push('recapture-again'); }
    }
  }
  // "نفت الجبهة الوطنية سقوط البلدة": the side denying a fall is the one said to have lost the
  // place, not its captor (the side whose capture was just told)
  // (so is one named before "X had fallen (to Y)", whose captor comes after the verb)
  if (modality === 'denied' && rule.territory && a1 && (rule.roles.actor1 === 'context' || (rule.roles.actor1 === 'after' && !!actor1 && actor1.to <= hit.from))) {
    const cap = ctx.recentCapture(sIndex, 3);
    if (cap?.actor1 && (cap.actor1.side === 'government') !== (a1.side === 'government')) {
      a2 = a1;
      a1 = cap.actor1;
      assocInfos = [];
      ruleIds.push('denied-by-the-loser');
    }
  }
  // territory: the sub-event type follows the actor's side, not the verb
  if (rule.territory && sub !== 'Armed clash' && a1) sub = a1.side === 'government' ? 'Government regains territory' : 'Non-state actor overtakes territory';
  // "shot down a drone", "أسقطت طائرة مسيرة": a drone brought down is stopped on its way, ACLED's
  // disrupted weapons use (a manned aircraft shot down stays a clash with the side that flew it)
  const passive = lang === 'en' && PASSIVE_AUX.has(words[hit.from - 1]?.stem ?? '');
  if (rule.requires?.includes('aircraft-after')
    && (downedDrone(words, hit.to, Math.min(sTo, hit.to + 5)) || (passive && downedDrone(words, Math.max(sFrom, hit.from - 6), hit.from - 1)))) {
    sub = 'Disrupted weapons use';
    ruleIds.push('drone-downed');
  }
  // "air defences intercepted the missiles", "تصدت الدفاعات الجوية لصواريخ": missiles or drones
  // stopped on their way are ACLED's disrupted weapons use, by the side that stopped them
  const intercept = (sub === 'Shelling/artillery/missile attack' || sub === 'Air/drone strike')
    ? cues.of('intercept').find((c) => c.to <= hit.from && hit.from - c.to <= 4 && !clauseBreak(words, c.to, hit.from)) : undefined;
  if (intercept) {
    sub = 'Disrupted weapons use';
    ruleIds.push('intercepted');
    // ("صواريخ إسرائيلية", "Israeli missiles": the adjective names who fired them, not who stopped them;
    // the interceptor is the subject of the intercepting verb, "Syrian air defences shot down", "تصدت الدفاعات الجوية السورية")
    if (a1 && actor1 && !actor1.m) {
      a2 = a1;
      const by = parties.find((a) => a.m && a.info !== actor1.info && (lang === 'ar' ? a.from >= intercept.to && a.from - intercept.to <= 1 : a.to === intercept.from));
      a1 = by ? asParty(by.info, infoOf) : null;
      a1FromText = !!a1;
      assocInfos = [];
    }
  }
  // protesters who set fire, storm a building or throw stones: ACLED's violent demonstration, by rioters
  if (sub === 'Peaceful protest' && protestersRiot(words, cues, hit, parties)) {
    sub = 'Violent demonstration';
    ruleIds.push('violent-demonstration');
    if (a1?.kind === 'protesters') a1 = infoOf(a1.id.replace(/^protesters-/, 'rioters-')) ?? a1;
  }
  // forces stepping into a protest (dispersed it, opened fire on the protesters, أطلقت النار على
  // المتظاهرين): ACLED's protest with intervention, or excessive force when people are killed or
  // wounded; the protesters are actor1 and the force actor2, whichever the sentence names first
  if (sub === 'Peaceful protest' && cues.has('disperse')) {
    const force = [a1, a2].find((x) => !!x && x.kind !== 'protesters' && x.kind !== 'civilians' && ((x.inter >= 1 && x.inter <= 3) || x.inter === 8));
    if (force) {
      const harmed = cues.has('kill') || cues.has('injury') || cues.has('casualties');
      sub = harmed ? 'Excessive force against protesters' : 'Protest with intervention';
      a1 = [a1, a2].find((x) => x?.kind === 'protesters') ?? a1;
      if (a1 === force) { a1 = null; a1FromText = false; }
      a2 = force;
      assocInfos = assocInfos.filter((x) => x.id !== force.id);
      ruleIds.push(harmed ? 'force-against-protesters' : 'protest-intervention');
    }
  }
  // (the air defences that stopped an attack are the first side: see candidateFor)
  if (ruleIds.includes('air-defence-repel')) {
    [a1, a2] = [a2, a1];
    a1FromText = !!a1;
  }
  const mine = framePlaces(sc, hit, rule, nextFrom, prevTo, exceptAt, listGapAt);
  if ((rule.territory || sub === 'Armed clash') && !a2 && a1) {
    // ("forces entered Khan Sheikhoun after rebels withdrew from the town": the other side the
    // sentence names, before the one the report talked about)
    const other = rule.territory ? scope.parties.find((a) => a.m && opposedSides(a.info, a1) && a.info.kind !== 'claimant' && a.info.kind !== 'civilians'
      && withdrewFrom(words, a)) : undefined;
    // ("an offensive on the rebel-held town of X", "هجوم على بلدة X الخاضعة لسيطرة الفصائل": the
    // side holding the place attacked or taken)
    const holder = other ? undefined : cues.holders.find((h) => opposedSides(h.info, a1) && h.info.kind !== 'civilians'
      && mine.some((p) => (h.to <= p.from && p.from - h.to <= 4) || (h.from >= p.to && h.from - p.to <= 3)));
    if (holder) ruleIds.push('holder-of-the-place');
    a2 = other ? asParty(other.info, infoOf) : holder ? asParty(holder.info, infoOf) : a1.side !== 'government' ? ctx.lastGov : sub === 'Government regains territory' ? ctx.heldBefore(mine, sIndex) : ctx.lastOpp;
  }
  if (sub === 'Agreement') {
    // signatories, in the order named: the state forces in the sentence (foreign states first),
    // then the armed groups ("rebels and the government reached a deal", "توصلت الفصائل وروسيا إلى اتفاق")
    const states = scope.parties.filter((a) => (a.info.inter === 1 || a.info.inter === 8) && Math.abs(a.from - hit.from) <= 30)
      .sort((x, y) => Number(y.info.kind === 'foreign_state') - Number(x.info.kind === 'foreign_state') || x.from - y.from);
    // an armed group signs only within the deal's clause
    const groups = scope.parties.filter((a) => a.info.inter >= 2 && a.info.inter <= 4 && a.info.kind !== 'claimant' && Math.abs(a.from - hit.from) <= 12);
    let uniq = dedupe([...states, ...groups].map((a) => a.info));
    // ("a ceasefire brokered by Russia and Turkey took effect": with no one else named, the
    // brokers are the ones who agreed it)
    if (!uniq.length && mediators.length) uniq = dedupe(mediators.filter((a) => Math.abs(a.from - hit.from) <= 30).map((a) => asParty(a.info, infoOf)).filter((x): x is ActorInfo => !!x));
    if (uniq.length) {
      a1 = uniq[0]!; a1FromText = true; a2 = uniq[1] ?? null; assocInfos = uniq.slice(2);
      for (const flag of ['default-actor', 'context-actor']) if (flags.includes(flag)) flags.splice(flags.indexOf(flag), 1);
    } else { a1 = null; a2 = null; assocInfos = []; a1FromText = false; }
  }

  return {
    rule, from: hit.from, to: hit.to, sub, ruleIds, modality, claimant,
    actor1: a1, assoc1: dedupe(assocInfos).filter((x) => x.id !== a1?.id), actor2: a2, assoc2: dedupe(assoc2),
    actor1FromText: a1FromText, places: mine, flags, anaphoric: !!anaphoric, events: [],
  };
}

/** An English participle of its own between a trigger and a "by" ("a drone launched by"). */
const PARTICIPLE = /^(?:\w{3,}ed|sent|flown|shot|built|run|held|driven|thrown)$/;
function participleBetween(words: readonly Word[], from: number, to: number): boolean {
  // (not one coordinated with the trigger, "encircled and trapped by rebels")
  for (let i = from + 1; i < to; i++) {
    const prev = words[i - 1]!.stem;
    if (PARTICIPLE.test(words[i]!.stem) && !PASSIVE_AUX.has(prev) && prev !== 'and' && prev !== 'or') return true;
  }
  return false;
}

/** The actors of a frame: its agent (with those associated) and its patient. */
function frameActors(sc: FrameScope, hit: LexHit<TriggerRule>, rule: TriggerRule, sub: SubEventType, ruleIds: string[], nextFrom: number, prevTo: number, roles: Map<ActorRef, Role>):
  { actor1: ActorRef | null; assoc1: ActorRef[]; actor2: ActorRef | null; assoc2: ActorInfo[] } {
  const { lang, words, cues, parties } = sc;
  let actor1: ActorRef | null = null;
  const assoc1: ActorRef[] = [];
  let actor2: ActorRef | null = null;
  // "handed over Morek to government forces", "سلمتها لقوات النظام": whom it was handed to
  const recipient = rule.roles.actor2 === 'recipient' ? parties.find((a) => a.from >= hit.to && a.from - hit.to <= 8 && a.from < nextFrom
    && (words[a.from]!.clitics.some((c) => c === 'ل' || c === 'لل') || words[a.from - 1]?.stem === 'to')) ?? null : null;
  const free = (a: ActorRef) => (roles.get(a) === null || roles.get(a) === 'agent_by' || roles.get(a) === 'leader') && a.info.kind !== 'civilians' && a !== recipient;
  const leader = parties.find((a) => roles.get(a) === 'leader' && a.from < nextFrom);
  // (the agent of the trigger, not of a participle on its object: "shot down a drone launched by
  // militants" names whose drone it was)
  // (a participle on the trigger noun itself is the trigger's: "a mortar shell fired by rebels")
  const nounTrigger = lang === 'en' && !rule.requires?.includes('aircraft-after') && !/(?:ed|ing)$/.test(words[hit.to - 1]!.stem);
  const byAgent = parties.find((a) => roles.get(a) === 'agent_by' && a.from >= hit.to && a.from - hit.to <= 4 && a.from < nextFrom
    && !(lang === 'en' && participleBetween(words, hit.to, a.from - 1) && !(nounTrigger && a.from - hit.to <= 3)));
  if (leader) {
    actor1 = leader;
    for (const a of parties) if (a !== leader && a.to <= leader.from && leader.from - a.to <= 3 && free(a)) assoc1.push(a);
  } else if (byAgent) actor1 = byAgent;
  // Arabic verb–subject order, and masdar + agent (سيطرة الفصائل على)
  // "X fell to government forces": the one named after the trigger took it
  // ("برصاص قناص من الفصائل", "لقوات النظام": whoever the preposition introduces)
  if (!actor1 && rule.roles.actor1 === 'after') actor1 = parties.find((a) => a.from >= hit.to && a.from - hit.to <= 6 && (free(a) || roles.get(a) === 'patient')) ?? null;
  // (not across a preposition: "اغتيال قيادي سابق في فصائل المعارضة" names the victim's side)
  // (not after a protest: "في مظاهرة تطالب بإسقاط النظام" names what it demands; its people come before it)
  // (but "نهب عناصر من الميليشيات": members of a party are that party)
  if (!actor1 && lang === 'ar' && rule.roles.actor1 !== 'before' && rule.roles.actor1 !== 'protesters') actor1 = parties.find((a) => a.from >= hit.to && a.from - hit.to <= 3 && free(a)
    && (!words.slice(hit.to, a.from).some((w) => AR_PREPOSITION.has(w.stem)) || membersOf(words, hit.to, a.from))) ?? null;
  // adjective right after an Arabic noun trigger / right before an English one (الغارات الروسية، Russian airstrikes)
  // (not across a preposition: "غارات على مواقع إيرانية" names the target)
  if (!actor1) actor1 = parties.find((a) => !a.m && (lang === 'ar' ? a.from >= hit.to && a.from - hit.to <= 2 && !words.slice(hit.to, a.from).some((w) => AR_PREPOSITION.has(w.stem))
    : a.to <= hit.from && hit.from - a.to <= 0)) ?? null;
  // a nationality adjective acts only next to its noun ("Russian airstrikes"), not from afar ("in rebel territory ... targeted")
  // (or next to the attack noun that is the subject: "a rebel counter-attack in the evening forced ... to retreat")
  // (and the one on the aircraft that is the subject: "a Turkish drone struck")
  // (and the one on the aircraft that carried it out: "Syrian government aircraft carried out air strikes")
  const named = (a: ActorRef) => !!a.m || hit.from - a.to <= 0 || (hit.from - a.to === 1 && airWordBefore(words, a.to, hit.from))
    || (lang === 'en' && a.to < hit.from && hit.from - a.to <= 7 && airWordBefore(words, a.to, a.to + 1) && !clauseBreak(words, a.to, hit.from))
    || sc.trig.some((t) => t.from === a.to && t.to <= hit.from && hit.from - t.to <= 4 && !clauseBreak(words, t.to, hit.from));
  // (Arabic verb first with an attack for subject, "أجبر هجوم معاكس للفصائل قوات النظام على الانسحاب":
  // the side whose attack it is, named with ل- right after the attack noun)
  if (!actor1 && lang === 'ar') {
    const attack = sc.trig.find((t) => t.from === hit.to && t.values.some((v) => v.sub_event_type === 'Armed clash'));
    if (attack) actor1 = parties.find((a) => a.from >= attack.to && a.from - attack.to <= 2 && words[a.from]!.clitics.some((c) => c === 'ل' || c === 'لل')) ?? null;
  }
  // (not from a relative clause between the subject and its verb: "Turkey, which backs some rebel factions, has set up")
  const subjectBefore = (a: ActorRef) => a.to <= hit.from && free(a) && named(a) && !insideRelativeClause(words, a, hit.from);
  if (!actor1) actor1 = [...parties].reverse().find((a) => a.from >= prevTo && subjectBefore(a)) ?? null;
  if (!actor1) actor1 = [...parties].reverse().find(subjectBefore) ?? null;
  // a coordinated subject (قوات الأسد والمليشيات الإيرانية): its head acts, the rest are associated
  if (actor1 && actor1.to <= hit.from) {
    let head = actor1;
    for (;;) {
      const prev = parties.filter((a) => a.to <= head.from && free(a)).pop();
      if (!prev) break;
      if (!joinedWith(words, prev.to, head.from)) break;
      if (!assoc1.includes(head)) assoc1.push(head);
      head = prev;
    }
    actor1 = head;
  } else if (actor1 && !recipient) {
    // verb first, "هاجمت هيئة تحرير الشام والحزب الإسلامي التركستاني": the subject's partners follow it
    // ("attacked by HTS and the TIP" likewise)
    for (const a of partnersAfter(words, parties, actor1, (x) => x.from < nextFrom && free(x))) if (!assoc1.includes(a)) assoc1.push(a);
  }
  // "government forces and rebels clashed", "اشتبكت قوات النظام وفصائل المعارضة": sides of the
  // war named together in a clash fight each other, they are not partners
  if (sub === 'Armed clash' && !actor2 && actor1) {
    const k = assoc1.findIndex((a) => opposedSides(actor1!.info, a.info));
    if (k >= 0) { actor2 = assoc1[k]!; assoc1.splice(k, 1); ruleIds.push('clash-of-joined-sides'); }
  }
  // "استهدفت عبوة ناسفة دورية لقوات النظام", "a patrol of the Turkish army was hit by a bomb":
  // the force whose patrol, convoy or checkpoint is hit is the target, not the attacker
  if (!rule.territory && eventTypeOf(sub) !== 'Strategic developments') {
    if (actor1 && ownsTarget(actor1, cues, words, lang)) {
      actor2 ??= actor1;
      const owner = actor1;
      // (the one named before the target acts on it: "تمكنت الفصائل من تدمير دبابة لميليشيا الأسد")
      actor1 = [...parties].reverse().find((a) => a !== owner && a.to <= owner.from && a.to <= hit.from && free(a) && named(a) && !ownsTarget(a, cues, words, lang)) ?? null;
      ruleIds.push('target-owner');
    }
    actor2 ??= parties.find((a) => a.from >= hit.to && a.from < nextFrom && ownsTarget(a, cues, words, lang)) ?? null;
  }
  // "a government warplane was shot down (by rebels)": the passive's subject flew it
  if (lang === 'en' && rule.requires?.includes('aircraft-after') && PASSIVE_AUX.has(words[hit.from - 1]?.stem ?? '')) {
    const owner = [...parties].reverse().find((a) => a.to <= hit.from - 1 && hit.from - 1 - a.to <= 4 && a !== byAgent);
    if (owner) {
      if (actor1 === owner) actor1 = byAgent ?? null;
      actor2 = owner;
    }
  }
  const between = cues.all.find((c) => (words[c.from]!.stem === 'between' || words[c.from]!.stem === 'بين') && c.from >= hit.from - 1 && c.from < nextFrom);
  // (the partners named with each side of "between A and B on one side, and C and D on the other")
  let sideTwoPartners: ActorRef[] = [];
  const sides = between ? sidesAfterBetween(words, between.to, Math.min(sc.sTo, between.to + 30)) : null;
  const sideOne = sides ? parties.filter((a) => a.from >= between!.to && a.to <= sides.end1) : [];
  const sideTwo = sides ? parties.filter((a) => a.from >= sides.start2 && a.to <= sides.end2) : [];
  if (sides && sideOne.length && sideTwo.length) {
    actor1 = sideOne[0]!;
    actor2 = sideTwo[0]!;
    for (const a of sideOne.slice(1)) if (!assoc1.includes(a)) assoc1.push(a);
    sideTwoPartners = sideTwo.slice(1);
  } else if (between) {
    const pair = parties.filter((a) => a.from >= between.to && a.from - between.to <= 8);
    if (pair.length >= 2) { actor1 = pair[0]!; actor2 = pair[1]!; }
    // "clashes between two factions of the SNA", "اشتباكات بين فصيلين من الجيش الوطني": infighting,
    // the same actor on both sides (ACLED's practice when the factions are not named)
    else if (pair.length === 1 && isInfighting(words.slice(between.to, pair[0]!.from))) {
      actor1 = actor2 = pair[0]!;
      ruleIds.push('infighting');
    }
  }
  // "government and Russian airstrikes": a second adjective joins as associate
  for (const a of parties) {
    if (a === actor1 || assoc1.includes(a)) continue;
    if (roles.get(a) === 'assoc' && a.from < nextFrom) assoc1.push(a);
    else if (!a.m && actor1 && !actor1.m && joinedAdjectives(words, a, actor1, parties)) assoc1.push(a);
  }
  // a noun of people that already took the object's place, the actor after it not theirs ("arrested
  // dozens of people accused of spying for the regime", "اعتقلت عشرات الأشخاص بتهمة التعامل مع
  // النظام"; but "12 soldiers of the regime")
  const objectNoun = (a: ActorRef) => cues.all.some((c) => c.from >= hit.to && c.to <= a.from && modifiedFrom(words, a.from) - c.to > 2
    && (hasGroup(c, 'victims') || hasGroup(c, 'one_victim')));
  const seized = sub === 'Arrests' || sub === 'Abduction/forced disappearance';
  // (ACLED: the side that gains the territory is actor1, the one that hands it over actor2)
  if (recipient) { actor2 = actor1; actor1 = recipient; assoc1.length = 0; ruleIds.push('handed-to'); }
  if (!actor2) actor2 = parties.find((a) => roles.get(a) === 'patient' && a.from >= hit.from && a.from < nextFrom && a !== actor1 && !(seized && objectNoun(a))) ?? null;
  if (!actor2) actor2 = parties.find((a) => roles.get(a) === 'patient' && a !== actor1 && a.from < nextFrom && !(seized && objectNoun(a))) ?? null;
  if (!actor2 && rule.roles.actor2 === 'object') {
    // transitive verb: the first free actor after the trigger ("targeted rebels", "طردت ... المتمردين")
    // (not the subject of the next clause: "strikes hit Damascus, and rebels shelled Hama")
    actor2 = parties.find((a) => a.from >= hit.to && a.from < nextFrom && a !== actor1 && !assoc1.includes(a) && !roles.get(a) && !objectNoun(a) && !newClauseBetween(words, hit.to, a.from)
      && !insideRelativeClause(words, a, nextFrom, false) && !subjectAfterAnd(words, a, sc.trig)) ?? null;
  }
  // "shot down a drone launched by militants": the side that flew the aircraft
  if (!actor2 && lang === 'en' && rule.requires?.includes('aircraft-after')) {
    actor2 = parties.find((a) => roles.get(a) === 'agent_by' && a.from > hit.to && a.from - hit.to <= 6 && a.from < nextFrom && a !== actor1
      && participleBetween(words, hit.to, a.from - 1)) ?? null;
  }
  if (!actor2 && rule.roles.actor2 === 'against' && lang === 'en' && /(?:ed|ing)$/.test(words[hit.to - 1]!.stem)) {
    // the noun takes "against X" ("an attack against X"); the verb takes X as its object
    // ("attacked Kurdish-led SDF", "ambushing government troops")
    actor2 = parties.find((a) => a.from >= hit.to && a.from - hit.to <= 3 && a.from < nextFrom && a !== actor1 && !assoc1.includes(a) && !roles.get(a)) ?? null;
  }
  const assoc2: ActorInfo[] = sideTwoPartners.map((a) => a.info);
  if (rule.roles.actor1 === 'attacker') {
    // "صدت قوات النظام هجوما لهيئة تحرير الشام", "rebels repelled an attack by government forces":
    // the side whose attack it was (after the trigger: by X, لـX, شنته X, تقدم X) is actor1, the
    // side that held is actor2 — also when it is the one reporting ("the army said it had repelled")
    // (Arabic verb first: the subject right after the verb, not the attacker after the noun, لمسلحين)
    const defender = (lang === 'ar' ? parties.find((a) => a.from >= hit.to && a.from - hit.to <= 2 && free(a) && a !== byAgent
      && !words[a.from]!.clitics.some((c) => c === 'ل' || c === 'لل')) : undefined)
      ?? [...parties].reverse().find((a) => a !== byAgent && subjectBefore(a))
      ?? [...parties].reverse().find((a) => a.to <= hit.from && roles.get(a) === 'speaker' && a.info.kind !== 'claimant' && a.info.kind !== 'civilians') ?? null;
    const attacker = byAgent ?? parties.find((a) => a !== defender && a.from >= hit.to && a.from - hit.to <= 8 && a.from < nextFrom
      && a.info.kind !== 'civilians' && !newClauseBetween(words, hit.to, a.from) && (roles.get(a) ?? null) !== 'speaker') ?? null;
    if (attacker && defender) {
      for (const a of assoc1) if (a !== attacker) assoc2.push(a.info);
      // the attacker's partners follow it ("هجوما لقوات النظام والميليشيات الإيرانية")
      return { actor1: attacker, assoc1: partnersAfter(words, parties, attacker, (x) => x !== defender && free(x)), actor2: defender, assoc2 };
    }
  }
  if (actor2) for (const a of parties) if (a !== actor2 && a !== actor1 && !assoc1.includes(a) && a.from > actor2.from && a.from < nextFrom && roles.get(a) === 'patient') assoc2.push(a.info);
  return { actor1, assoc1, actor2, assoc2 };
}

/** The parties coordinated after `head` ("هيئة تحرير الشام والحزب الإسلامي التركستاني", "HTS and
 *  the TIP"), each within two words of the last and joined to it, that `accept` lets in. */
function partnersAfter(words: readonly Word[], parties: readonly ActorRef[], head: ActorRef, accept: (a: ActorRef) => boolean): ActorRef[] {
  const out: ActorRef[] = [];
  let tail = head;
  for (;;) {
    const next = parties.find((a) => a.from >= tail.to && a.from - tail.to <= 2 && accept(a));
    if (!next || !joinedWith(words, tail.to, next.from) || !(next.from > tail.to || words[next.from]!.clitics.includes('و'))) return out;
    out.push(next);
    tail = next;
  }
}

/** "government and Russian airstrikes", "الغارات الروسية والسورية", "Russian and Syrian government
 *  aircraft": adjectives side by side or joined by "and" (other adjectives between them count as
 *  one) — not "غارات إسرائيلية مواقع إيرانية", where a noun stands between. */
function joinedAdjectives(words: readonly Word[], a: ActorRef, b: ActorRef, parties: readonly ActorRef[]): boolean {
  const [x, y] = a.from < b.from ? [a, b] : [b, a];
  for (let i = x.to; i < y.from; i++) if (!parties.some((p) => !p.m && p.from <= i && i < p.to) && !joinedWith(words, i, i + 1)) return false;
  return y.from >= x.to;
}

/** Only a conjunction (and the article after it: "HTS and the TIP"), a comma or a quote between
 *  two names: one coordinated party (Arabic و is glued to the next name: nothing between). */
function joinedWith(words: readonly Word[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = words[i]!.stem;
    if (!(w === 'و' || w === 'and' || w === ',' || w === '،' || w === '"' || (w === 'the' && words[i - 1]?.stem === 'and'))) return false;
  }
  return true;
}

/** The places of a frame: from its trigger to the next, within its clause or a list that continues it. */
function framePlaces(sc: FrameScope, hit: LexHit<TriggerRule>, rule: TriggerRule, nextFrom: number, prevTo: number, exceptAt: number[], listGapAt: Set<number>): PlaceRef[] {
  const { words, sFrom, places, ctx, cues } = sc;
  // a capture's places end at a pronoun object or a destination (السيطرة عليها ... إلى إدلب)
  const stops: number[] = [];
  for (let i = 0; i < exceptAt.length; i++) stops.push(exceptAt[i]!);
  if (rule.roles.place === 'object') for (const c of cues.of('object_stop')) if (c.from >= hit.to) stops.push(c.from);
  let mine = rule.antecedent ? [] : placesInScope(words, places, hit.to, nextFrom, stops, listGapAt, sc.allActors);
  if (rule.antecedent) {
    // the pronoun's antecedent: the last named place before the trigger in the sentence, else the last one in the text
    const before = places.filter((p) => p.to <= hit.from && !p.isArea && !p.weak).pop();
    if (before) mine = [before];
    else if (ctx.lastNamed) mine = [ctx.lastNamed];
  }
  // "pounded the town", "قصفت البلدة": a definite place noun with no name after it, in a sentence
  // that names no place, is the place named last
  const named = ctx.recentlyNamed(sc.sIndex);
  // "قصفت قوات النظام أطرافها", "shelled its outskirts": the surroundings of the place just named
  if (!mine.length && !rule.antecedent && !places.length && named && itsSurroundings(words, hit, nextFrom, prevTo)) mine = [{ ...named, near: true }];
  const town = !mine.length && !rule.antecedent && !places.length && named ? theTownNear(words, cues, hit, { reach: 3, nextFrom, prevTo }) : undefined;
  if (town && named) {
    // (the town taken or lost is the one whose capture was just told: "نفت الجبهة سقوط البلدة")
    const taken = rule.territory ? ctx.recentCapture(sc.sIndex, 3)?.places.filter((p) => !p.isArea && p.place) : undefined;
    // ("في محيط المدينة", "around the town": near it)
    const near = cues.of('near').some((c) => c.to === town.from || (c.to === town.from - 1 && words[c.to]!.stem === 'the'));
    mine = taken?.length ? taken : [near ? { ...named, near: true } : named];
  }
  // "بدأت بالانسحاب من البلدات والقرى", "withdrew from the villages": unnamed places are in the
  // area the sentence names, not at a village named in another clause before
  const unnamedObject = cues.of('unnamed_place').some((c) => c.from >= hit.to && c.from - hit.to <= 2);
  if (!mine.length && !rule.antecedent) {
    mine = places.filter((p) => !p.weak && p.to <= hit.from && p.from >= prevTo && !excluded(p, exceptAt, prevTo)
      && (!unnamedObject || p.isArea || !clauseBreak(words, p.to, hit.from)));
  }
  if (!mine.length && rule.roles.place !== 'object') mine = places.filter((p) => !p.weak && p.to <= hit.from && !excluded(p, exceptAt, sFrom) && !clauseBreak(words, p.to, hit.from));
  return mine;
}

/** A cue of `group` in words [from, to) that governs the word at `to`, several words on, up to a
 *  clause break or a new coordinated clause (the word at `to` included): "لم يستطع النظام منذ ذلك
 *  الحين استعادة", "were unable for weeks to retake", but not "لم يتمكن من التقدم وسيطرت الفصائل",
 *  "could not hold it and rebels captured it". */
function farCue(cues: SentenceCues, words: readonly Word[], group: string, from: number, to: number): LexHit<CueEntry> | undefined {
  const c = cues.between(from, to, group);
  if (!c || clauseBreak(words, c.to, to)) return undefined;
  for (let i = c.to; i <= to && i < words.length; i++) {
    const w = words[i]!;
    if (w.clitics[0] === 'و' || w.clitics[0] === 'ف' || COORDINATOR.has(w.stem)) return undefined;
  }
  return c;
}
const COORDINATOR = new Set(['and', 'but', 'while', 'as', 'whereas']);

/** The actor stands in a relative clause set off by commas that closes before `before` (or, when
 *  it need not close, runs on): ", which backs some rebel factions,", "، التي تدعم فصائل معارضة،". */
function insideRelativeClause(words: readonly Word[], a: { from: number; to: number }, before: number, mustClose = true): boolean {
  const comma = (w: Word) => w.punct && (w.stem === ',' || w.stem === '،');
  let open = -1;
  for (let i = a.from - 1; i >= 0 && a.from - i <= 12; i--) {
    if (comma(words[i]!)) { if (/^(?:which|who|whose|that|التي|الذي|الذين|اللذين|اللتين)$/.test(words[i + 1]?.stem ?? '')) open = i; break; }
  }
  if (open < 0) return false;
  if (!mustClose) return true;
  for (let i = a.to; i < before; i++) if (comma(words[i]!)) return true;
  return false;
}
const AR_PREPOSITION = new Set(['في', 'من', 'علي', 'ضد', 'الي', 'عن']);

/** A clause break followed by a coordinated clause (", and", ", while", "، و", "، فيما") in [from, to]. */
function newClauseBetween(words: readonly Word[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (!(words[i]!.punct && CLAUSE_PUNCT.has(words[i]!.stem))) continue;
    const next = words[i + 1];
    if (next && (next.clitics[0] === 'و' || next.clitics[0] === 'ف' || COORDINATOR.has(next.stem) || next.stem === 'فيما' || next.stem === 'بينما')) return true;
  }
  return false;
}

/** "shelled Latamneh on Sunday and rebels used chlorine gas", "واستخدمت الفصائل": an actor right
 *  after "and" with a verb of its own after it (English: a past form, or a trigger), or right after
 *  an Arabic perfect verb joined by و, is the subject of a new clause. */
function subjectAfterAnd(words: readonly Word[], a: ActorRef, trig: readonly LexHit<TriggerRule>[]): boolean {
  // Arabic verb first: "واستخدمت الفصائل", "وهاجموا": the party right after a perfect verb with و
  const before = words[a.from - 1];
  if (before && isArabicWord(before)) {
    return before.clitics.includes('و') && !before.clitics.includes('ال') && /(?:[^ا]ت|وا)$/.test(before.stem);
  }
  if (before?.stem !== 'and') return false;
  const next = words[a.to];
  if (!next || next.punct) return false;
  return /^(?:\w{2,}ed|said|took|fired|shot|hit|struck|launched|used|seized|fought)$/.test(next.stem) || trig.some((t) => t.from === a.to);
}

function clauseBreak(words: readonly Word[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (words[i]!.punct && CLAUSE_PUNCT.has(words[i]!.stem)) return true;
  return false;
}

/** A frame continuing the campaign of an earlier event (same type and actors) at new places. */
function campaignFrame(last: DocEvent, places: PlaceRef[], sFrom: number, ctx: DocContext, infoOf: (id: string) => ActorInfo | null): Frame | null {
  void infoOf;
  const rule = ctx.ruleOf(last);
  if (!rule) return null;
  const f = ctx.frameOf(last);
  return {
    rule, from: sFrom, to: sFrom, sub: last.sub_event_type, ruleIds: ['casualty-report-campaign'], modality: 'asserted', claimant: null,
    actor1: f?.actor1 ?? null, assoc1: f?.assoc1 ?? [], actor2: f?.actor2 ?? null, assoc2: f?.assoc2 ?? [],
    actor1FromText: false, places, flags: ['context-actor'], anaphoric: false, events: [],
  };
}

function excluded(p: PlaceRef, exceptAt: number[], from: number): boolean {
  for (let i = 0; i < exceptAt.length; i++) if (exceptAt[i]! >= from && exceptAt[i]! < p.from) return true;
  return false;
}

function indexIn(xs: number[], i: number): boolean {
  for (let k = 0; k < xs.length; k++) if (xs[k] === i) return true;
  return false;
}

/** Places after a trigger: those in its clause, plus lists that continue across commas. */
function placesInScope(words: readonly Word[], places: PlaceRef[], from: number, to: number, exceptAt: number[], listGapAt: Set<number>,
  actors: readonly ActorRef[]): PlaceRef[] {
  const out: PlaceRef[] = [];
  let i = from;
  let pi = 0;
  let ai = 0;
  let skipped = 0;
  while (pi < places.length && places[pi]!.from < from) pi++;
  // "اشتباكات بين A وB من جهة، وC وD من جهة أخرى، في محيط X": the two sides, however long, are
  // stepped over on the way to the place
  let sidesFrom = -1;
  let sidesTo = -1;
  for (let k = from; k < Math.min(to, from + 8); k++) {
    if (words[k]!.stem !== 'بين' && words[k]!.stem !== 'between') continue;
    const sides = sidesAfterBetween(words, k + 1, Math.min(to, k + 31));
    if (sides && sides.after < to) { sidesFrom = k; sidesTo = sides.after; }
    break;
  }
  while (i < to && i < words.length) {
    const w = words[i]!;
    if (i === sidesFrom) {
      while (pi < places.length && places[pi]!.from < sidesTo) pi++;
      skipped += sidesTo - i - 1;
      i = sidesTo;
      continue;
    }
    // an actor's name is one word of the distance ("a checkpoint of the Turkish-backed Syrian
    // National Army in the town of Azaz", "حاجز لقوات سوريا الديمقراطية في بلدة ...")
    while (ai < actors.length && actors[ai]!.to <= i) ai++;
    if (ai < actors.length && actors[ai]!.m && actors[ai]!.from < i && i < actors[ai]!.to) skipped++;
    if (indexIn(exceptAt, i)) break;
    // a short aside in brackets, "قوات سوريا الديمقراطية (قسد) قرب القامشلي", is stepped over
    if (w.punct && w.stem === '(') {
      let close = -1;
      for (let k = i + 1; k < Math.min(to, i + 7); k++) if (words[k]!.punct && words[k]!.stem === ')') { close = k; break; }
      if (close > 0) {
        while (pi < places.length && places[pi]!.from <= close) pi++;
        skipped += close + 1 - i;
        i = close + 1;
        continue;
      }
    }
    if (w.punct && CLAUSE_PUNCT.has(w.stem)) {
      // a comma continues the clause when a place follows it (a list, "including X", an apposition
      // "the Sham hospital in Kafr Nabl"), not when a relative clause starts (، والتي تعد ...)
      const next = places[pi];
      const after = words[i + 1];
      // (a relative clause set off by commas before any place, "قصفت تركيا، التي تدعم الفصائل، مدينة
      // تل رفعت", is stepped over: the object comes after it)
      if (after && RELATIVE.has(after.stem) && !out.length) {
        let close = -1;
        for (let k = i + 2; k < Math.min(to, i + 14); k++) if (words[k]!.punct) { if (words[k]!.stem === ',' || words[k]!.stem === '،') close = k; break; }
        if (close > 0) { skipped += close + 1 - i; i = close + 1; continue; }
      }
      // (the toll's words do not count: ", ما أدى إلى مقتل طفلة وإصابة والدتها في بلدة البارة", and
      // an actor's name is one word: ", including a Faylaq al-Sham headquarters in the area of X")
      let reach = 8;
      const inName = (k: number) => actors.some((a) => a.m && a.from < k && k < a.to);
      if (next) for (let k = i + 1; k < next.from && k < i + 16; k++) if (listGapAt.has(k) || inName(k)) reach++;
      if (!next || next.from > i + reach || (after && RELATIVE.has(after.stem))) break;
      // (a new clause with a subject of its own, "، وتزامن تقدم قوات الأسد شرقي إدلب", is not more
      // of the list; "، وخرج آخر مقاتل من كفريا والفوعة" still is)
      if (after && after.clitics[0] === 'و' && next.from !== i + 1 && !listGapAt.has(i + 1)
        && actors.some((a) => a.m && a.from > i + 1 && a.from <= i + 4 && a.to <= next.from)) break;
      if (next.from > i + 3) {
        let gap = 0;
        for (let k = i + 1; k < next.from; k++) if (!listGapAt.has(k) && !inName(k) && words[k]!.stem.length > 3) gap++;
        if (gap > 3) break;
      }
    } else if (w.punct && w.stem !== '"' && w.stem !== '«' && w.stem !== '»') break;
    // the first place must be close to the trigger: a place deep inside a long modifier is not where it happened
    if (!out.length && i - from - skipped > MAX_PLACE_DISTANCE) break;
    if (pi < places.length && places[pi]!.from === i) {
      out.push(places[pi]!);
      i = places[pi]!.to;
      pi++;
      continue;
    }
    i++;
  }
  return out;
}

function isGenericRebels(a: ActorInfo): boolean {
  return a.id === 'opposition-rebels-syria' || /^Opposition Rebels/.test(a.name);
}

function dedupe(xs: ActorInfo[]): ActorInfo[] {
  const seen = new Set<string>();
  const out: ActorInfo[] = [];
  for (let i = 0; i < xs.length; i++) if (!seen.has(xs[i]!.id)) { seen.add(xs[i]!.id); out.push(xs[i]!); }
  return out;
}

/** ACLED codes one event per place and day: a capture subsumes the fighting and the withdrawal
 *  around it; a weak trigger yields to a specific one of the same event type. */
const SEQUENCE_WORDS = new Set(['after', 'before', 'بعد', 'قبل']);
/** Raids as the press words them (the attack lexicon's raid forms, and Arabic's مداهمة). */
const RAID_WORDS = new Set(['raid', 'raids', 'raided', 'raiding', 'مداهمه', 'مداهمات', 'داهمت', 'داهم', 'دهمت']);

function suppress(all: Candidate[], cues: SentenceCues, words: readonly Word[], parties: readonly ActorRef[] = []): Candidate[] {
  // a fallback trigger ("X killed 12") counts only in a sentence that names no other event
  const named = all.filter((x) => !x.rule.fallback);
  // (and only the first of them: "عثر على جثة شاب مقتولا بالرصاص" is one killing)
  const c = named.length ? named : all.slice(0, 1);
  const isNounTrigger = (x: Candidate) => x.hit.from > 0 && (words[x.hit.from]!.clitics.includes('ال')
    || /^(?:the|a|an|this|their|its)$/.test(words[x.hit.from - 1]!.stem));
  const isCapture = (x: Candidate) => !!x.rule.territory && !x.anaphoric && (x.modality === 'asserted' || x.modality === 'claimed');
  const territory = c.some(isCapture);
  const transfer = c.some((x) => x.sub === 'Non-violent transfer of territory');
  // the aircraft a shoot-down names ("shot down a government warplane") is its target, not a strike
  const shootDowns = c.filter((x) => x.rule.requires?.includes('aircraft-after'));
  // "Turkish troops entered Morek to set up an observation post": entering to build a base is
  // not taking the place (the entry rules are the territory rules that need an armed actor)
  const base = c.some((x) => x.sub === 'Headquarters or base established' && !x.anaphoric);
  // "demonstrated in Kafr Nabl against the shelling", "مظاهرة ... تنديداً بالقصف": the violence a
  // protest denounces is its grievance, not an event of that day
  const protests = c.filter((x) => x.sub === 'Peaceful protest');
  const grievance = (f: Candidate) => f.sub !== 'Peaceful protest' && protests.some((p) => f.hit.from >= p.hit.to
    && f.hit.from - p.hit.to <= 12 && !!cues.between(p.hit.to, f.hit.from, 'grievance'));
  // "The assault by HTS and the TIP targeted government positions", "الهجوم ... استهدف مواقع",
  // "a roadside bomb hit their patrol", "استهدفت عبوة ناسفة دورية": the bombardment verb of an
  // attack or a bomb is that attack itself
  const attackNouns = c.filter((x) => (x.sub === 'Armed clash' && isNounTrigger(x)) || BOMBINGS.has(x.sub));
  const attackVerb = (f: Candidate) => !!f.rule.ambiguous_air && f.sub !== 'Air/drone strike' && attackNouns.some((g) =>
    (g.hit.to <= f.hit.from && f.hit.from - g.hit.to <= 10 && !c.some((x) => x !== f && x !== g && x.hit.from >= g.hit.to && x.hit.from < f.hit.from)
      // ("the attack came after shelling", "جاء الهجوم بعد قصف": another event, before it)
      && !words.slice(g.hit.to, f.hit.from).some((w) => SEQUENCE_WORDS.has(w.stem)))
    // (Arabic verb first: "استهدف الهجوم مواقع"; a bomb is its subject even when indefinite)
    || (g.hit.from >= f.hit.to && g.hit.from - f.hit.to <= 1 && (words[g.hit.from]!.clitics.includes('ال') || BOMBINGS.has(g.sub)))
    // ("was hit by a roadside bomb")
    || (BOMBINGS.has(g.sub) && g.hit.from >= f.hit.to && g.hit.from - f.hit.to <= 3 && words[f.hit.to]!.stem === 'by'
      && words.slice(f.hit.to + 1, g.hit.from).every((w) => /^(?:a|an|the)$/.test(w.stem))));
  // (or the later one has a subject of its own: "قصفت قوات النظام اللطامنة وقصفت الفصائل محردة",
  // "government forces shelled Latamneh and rebels shelled Mhardeh")
  const ownSubject = (x: Candidate) => parties.some((a) => (a.m && a.from === x.hit.to && words[x.hit.from]!.clitics.includes('و'))
    || (a.to === x.hit.from && words[a.from - 1]?.stem === 'and'));
  const anotherClause = (f: Candidate, g: Candidate) => newClauseBetween(words, Math.min(f.hit.to, g.hit.to), Math.max(f.hit.from, g.hit.from))
    || ownSubject(f.hit.from > g.hit.from ? f : g);
  // "raided homes in Jasim and arrested five", "gunmen raided a house and kidnapped a man": a raid
  // that only seizes people is the arrest or the abduction (one that also kills is a fight)
  const seizures = cues.has('kill') ? [] : c.filter((x) => x.sub === 'Arrests' || x.sub === 'Abduction/forced disappearance');
  const raid = (f: Candidate) => f.sub === 'Armed clash' && seizures.length > 0 && RAID_WORDS.has(words[f.hit.from]!.stem)
    && !seizures.every((g) => anotherClause(f, g));
  return c.filter((f) => {
    if (grievance(f)) return false;
    if (raid(f)) return false;
    // "opened fire on protesters", "فتحت قوات الأمن النار على المتظاهرين": the force used on a protest
    if (f.sub === 'Armed clash' && protests.some((p) => p.hit.from >= f.hit.to && p.hit.from - f.hit.to <= 4)) return false;
    // "الفصائل تصدت له وأجبرتها على التراجع", "repelled the attack and forced them to retreat": an
    // attacker driven back gives up no ground it held; the repelled attack is the event
    if (f.rule.requires?.includes('retreat-after') && c.some((g) => g !== f && /(?:^|-)repel/.test(g.rule.id) && g.hit.from < f.hit.from)) return false;
    // "اشتباكات ... وسط قصف متبادل", "clashes amid an exchange of shelling": the two sides' fire
    // at each other is the clash itself
    if (eventTypeOf(f.sub) === 'Explosions/Remote violence' && exchangedFire(words, f.hit) && c.some((g) => g !== f && g.sub === 'Armed clash')) return false;
    if (attackVerb(f)) return false;
    // "اغتال مجهولون قيادياً بإطلاق النار عليه", "assassinated him by opening fire on him": the
    // shooting written as the means (ب, by) of an assassination or an attack is that event (a
    // weak attack word yields to the shooting instead)
    if (f.sub === 'Armed clash' && (words[f.hit.from]!.clitics.includes('ب') || byBefore(words, f.hit.from)) && c.some((g) => g !== f && (g.sub === 'Attack' || (g.sub === 'Armed clash' && !g.rule.weak))
      && g.hit.to <= f.hit.from && f.hit.from - g.hit.to <= 8 && !anotherClause(f, g))) return false;
    // ("Israeli missiles struck X; air defences intercepted most of them": the attack just told,
    // of which the interception is a part)
    if (f.ruleIds.includes('air-defence-repel') && c.some((g) => eventTypeOf(g.sub) === 'Explosions/Remote violence' && g.hit.to <= f.hit.from)) return false;
    // ("air defences repelled an Israeli attack": the attack is what they stopped)
    if (f.sub === 'Armed clash' && f.rule.weak && c.some((g) => g.ruleIds.includes('air-defence-repel') && f.hit.from >= g.hit.to && f.hit.from - g.hit.to <= 3)) return false;
    if (base && f.rule.territory && f.rule.requires?.includes('armed-actor')) return false;
    // ("protesters attacked a police station", "هاجم المحتجون مبنى": the protesters' attack is the
    // violence of their demonstration, not an armed clash)
    if (f.sub === 'Armed clash' && c.some((g) => g.sub === 'Peaceful protest' && g.rule.roles.actor1 === 'protesters'
      && ((f.hit.from >= g.hit.to && f.hit.from - g.hit.to <= 2) || (g.hit.from >= f.hit.to && g.hit.from - f.hit.to <= 1)))) return false;
    // ("shelled Latamneh with chlorine gas", "قصف بغاز الكلور": the bombardment that delivered the
    // gas is the chemical attack, ACLED's one event)
    if (eventTypeOf(f.sub) === 'Explosions/Remote violence' && f.sub !== 'Chemical weapon'
      && c.some((g) => g.sub === 'Chemical weapon' && g.hit.from >= f.hit.to && g.hit.from - f.hit.to <= 6 && deliversGas(words, g.hit.from))) return false;
    // ("shot down a warplane", "a warplane was shot down": the aircraft is what was downed)
    if (f.sub === 'Air/drone strike' && shootDowns.some((g) => (f.hit.from >= g.hit.to && f.hit.from - g.hit.to <= 5)
      || (f.hit.to <= g.hit.from && g.hit.from - f.hit.to <= 6 && PASSIVE_AUX.has(words[g.hit.from - 1]?.stem ?? '')))) return false;
    if (territory && !f.rule.independent && (f.sub === 'Armed clash' || f.sub === 'Change to group/activity')) return false;
    if (transfer && f.sub === 'Change to group/activity') return false;
    // "تصدت الدفاعات الجوية لصواريخ": what is confronted is a weapon, so no clash (an interception)
    // (shooting down an aircraft, "shot down a warplane", stays the clash with the side that flew it)
    if (f.sub === 'Armed clash' && !!cues.between(f.hit.from, f.hit.to, 'intercept') && !f.rule.requires?.includes('aircraft-after')
      && c.some((g) => g !== f && eventTypeOf(g.sub) === 'Explosions/Remote violence' && g.hit.from >= f.hit.to && g.hit.from - f.hit.to <= 3)) return false;
    if (f.rule.weak) {
      // "Israeli missiles struck", "rockets hit": the weapon is the verb's subject (or, right after
      // it, its instrument: "استهدفت بصواريخ"), and its kind
      // decides (not the air defences the sentence also names)
      // (in Arabic the verb comes first: "استهدفت صواريخ إسرائيلية")
      if (f.rule.ambiguous_air && c.some((g) => g !== f && !g.rule.weak && eventTypeOf(g.sub) === 'Explosions/Remote violence'
        && (g.hit.to === f.hit.from || g.hit.from === f.hit.to))) return false;
      // "a rocket attack", "a drone attack", "هجوم بطائرة مسيرة": the attack is that weapon's event
      if (f.sub === 'Armed clash' && c.some((g) => g !== f && eventTypeOf(g.sub) === 'Explosions/Remote violence'
        && (g.hit.to === f.hit.from || (g.hit.from === f.hit.to && words[g.hit.from]!.clitics.includes('ب'))))) return false;
      const type = eventTypeOf(f.sub);
      // (an independent one, "encircled the post at Morek after capturing Khan Sheikhoun", stands beside
      // a capture; so does one in another clause: "Israeli strikes hit Damascus, and rebels shelled Hama")
      if (!f.anaphoric && c.some((g) => g !== f && !g.rule.weak && (g.sub === f.sub || (type === 'Battles' && eventTypeOf(g.sub) === type && !(f.rule.independent && g.rule.territory)))
        && (g.modality === 'asserted' || g.modality === 'claimed')
        && !(g.sub === f.sub && anotherClause(f, g)))) return false;
      if (c.some((g) => g !== f && g.rule.weak && g.sub === f.sub && g.hit.from < f.hit.from && !anotherClause(f, g))) return false;
    }
    // the same rule twice in a sentence is one event (قصف ... وقصف), unless a new clause tells the
    // second ("قصفت الطائرات مواقع قرب دمشق، والفصائل قصفت حماة")
    if (c.some((g) => g !== f && g.rule.id === f.rule.id && g.sub === f.sub && g.hit.from < f.hit.from && !f.rule.territory
      && !anotherClause(f, g))) return false;
    return true;
  });
}

// ---------------------------------------------------------------- locations

interface Loc {
  key: string;
  location: string;
  location_ar: string | null;
  place_id: string | null;
  lat: number | null;
  lon: number | null;
  admin1: string | null;
  admin2: string | null;
  country: string | null;
  precision: 1 | 2 | 3;
  fromText: boolean;
  flags: string[];
}

function locFromPlace(p: Place, precision: 1 | 2 | 3, fromText: boolean, flags: string[] = []): Loc {
  return {
    key: p.id, location: p.name, location_ar: p.name_ar, place_id: p.id, lat: p.lat, lon: p.lon,
    admin1: p.admin1 ?? (p.kind === 'governorate' ? p.name : null), admin2: p.admin2, country: p.country, precision, fromText, flags,
  };
}

/** A place name as written, without a leading و/ف/ب/ل clitic (والحسيان → الحسيان). */
function bareName(surface: string): string {
  const t = surface.trim().replace(/^["«]|["»]$/g, '');
  return /^[وفبل](ال|[\u0621-\u064a]{3,})/.test(t) ? t.slice(1) : t;
}

function placePrecision(p: Place, near: boolean): 1 | 2 | 3 {
  const base = p.precision ?? (p.kind === 'governorate' || p.kind === 'country' || p.kind === 'district' ? 3 : p.kind === 'region' ? 2 : 1);
  return (near && base === 1 ? 2 : base) as 1 | 2 | 3;
}

function locationsFor(f: Frame, places: PlaceRef[], words: readonly Word[], ctx: DocContext, kb: KnowledgeBase, sIndex: number): Loc[] {
  const out: Loc[] = [];
  if (f.rule.roles.place === 'governorate') {
    // agreements: the governorate they concern (the place named nearest to the trigger)
    const near = places.filter((x) => x.place && (x.place.admin1 || x.place.kind === 'governorate') && Math.abs(x.from - f.from) <= 12)
      .sort((a, b) => Math.abs(a.from - f.from) - Math.abs(b.from - f.from));
    const p = near[0];
    // else the governorate the report is about (the one its places are in most often)
    const gov = p?.place?.admin1 ? kb.gazetteer.governorate(p.place.admin1) : p?.place?.kind === 'governorate' ? p.place
      : (ctx.mainAdmin1 ? kb.gazetteer.governorate(ctx.mainAdmin1) : undefined) ?? ctx.governorate ?? undefined;
    if (gov) return [locFromPlace(gov, 3, !!p)];
  }
  // a governorate's capital named next to towns of that governorate stands for the governorate ("in Idlib, including ...")
  const capitalAsArea = (p: PlaceRef) => {
    if (!p.place || p.isArea || !p.place.admin1) return false;
    const gov = kb.gazetteer.governorate(p.m.surface);
    if (!gov || (gov.admin1 ?? gov.name) !== p.place.admin1) return false;
    return f.places.some((q) => q !== p && !q.isArea && q.place && !kb.gazetteer.governorate(q.m.surface));
  };
  // "a place, then the area it lies in": "Tal Maqta in the northern Hama countryside", "تل مقطع
  // بريف حماة", "الحويز والشريعة في سهل الغاب" — the area right after a named place (no and/و
  // between) only locates it
  const locates = (a: PlaceRef, ps: PlaceRef[]) => ps.some((p) => p !== a && a.from >= p.to && a.from - p.to <= 2
    && !words.slice(p.to, a.from + 1).some((w) => w.stem === 'and' || w.stem === 'or' || w.clitics.includes('و')));
  const candidates = f.places.filter((p) => !p.isArea && !capitalAsArea(p));
  const locator = (p: PlaceRef) => !!p.place && LOCATOR_KINDS.has(p.place.kind) && locates(p, candidates.filter((q) => !q.place || !LOCATOR_KINDS.has(q.place.kind)));
  // "Sarman, east of Maarat al-Numan", "قرية الصرمان شرقي معرة النعمان", "near": a town named
  // relative to the place just named is its reference point, not a second place
  const reference = (p: PlaceRef) => p.near && candidates.some((q) => q !== p && !q.near && q.to <= p.from && p.from - q.to <= 4
    && !words.slice(q.to, p.from).some((w) => w.stem === 'and' || w.stem === 'or' || w.clitics.includes('و')));
  // "حي كفرسوسة بدمشق", "Kafr Sousa in Damascus", "the Kafr Sousa neighbourhood of Damascus",
  // "Damascus's Kafr Sousa neighbourhood": a town next to a name the gazetteer lacks is where that
  // place is (one event, in the town: geo_precision 2), not a second place
  const townOf = new Map<PlaceRef, Place>();
  // (a member of a list, "قرى الزرزور والسلومية وأم الخلاخيل", is followed by the next member; the
  // tokenizer may leave و on a name it does not know: وأم)
  const joined = (i: number) => words[i]!.clitics.includes('و') || (words[i]!.stem.startsWith('و') && !words[i]!.stem.startsWith('وادي'));
  for (const u of candidates) {
    if (u.place || joined(u.from)) continue;
    const town = candidates.find((q) => q.place && TOWN_KINDS.has(q.place.kind) && q.place.kind !== 'neighbourhood'
      && ((q.from >= u.to && q.from - u.to <= 2 && !joined(q.from) && !words.slice(u.to, q.from + 1).some((w) => w.stem === 'and' || w.stem === 'or' || w.punct))
        || (q.to === u.from && /['’]s$/.test(q.m.surface))));
    if (town) townOf.set(u, town.place!);
  }
  const locatingTowns = new Set([...townOf.values()]);
  const named = candidates.filter((p) => !locator(p) && !reference(p) && !(p.place && locatingTowns.has(p.place)));
  const areas = f.places.filter((p) => p.isArea || (!named.includes(p) && candidates.includes(p) && !(p.place && locatingTowns.has(p.place))));
  for (const p of named) {
    if (p.place) out.push(locFromPlace(p.place, placePrecision(p.place, p.near), true));
    else if (townOf.has(p)) {
      const town = townOf.get(p)!;
      out.push({ ...locFromPlace(town, 2, true, ['unresolved-place', 'located-by-town']), key: `unresolved:${bareName(p.m.surface)}@${town.id}`,
        location: bareName(p.m.surface), location_ar: /[\u0600-\u06ff]/.test(p.m.surface) ? bareName(p.m.surface) : null, place_id: null });
    } else {
      // unresolved: coded as written, at the nearest area named in the sentence or document
      const area = areas.find((a) => a.place)?.place ?? places.find((a) => a.isArea && a.place)?.place ?? ctx.region ?? ctx.governorate;
      out.push({
        key: `unresolved:${bareName(p.m.surface)}`, location: bareName(p.m.surface), location_ar: /[\u0600-\u06ff]/.test(p.m.surface) ? bareName(p.m.surface) : null,
        place_id: null, lat: null, lon: null, admin1: area?.admin1 ?? (area?.kind === 'governorate' ? area.name : null), admin2: null,
        country: area?.country ?? null, precision: 3, fromText: true, flags: ['unresolved-place'],
      });
    }
  }
  const namedAdmin1 = new Set<string>();
  for (let i = 0; i < out.length; i++) if (out[i]!.admin1) namedAdmin1.add(out[i]!.admin1!);
  for (const a of areas) {
    if (!a.place) continue;
    const admin1 = a.place.admin1 ?? (a.place.kind === 'governorate' ? a.place.name : null);
    if (admin1 && namedAdmin1.has(admin1)) continue; // the area only locates the named places
    // (even across a governorate line: places on the front are described from the nearest city)
    if (locates(a, named.filter((p) => p.place)) || !a.isArea) continue;
    if (out.some((l) => l.key === a.place!.id)) continue;
    out.push(locFromPlace(a.place, placePrecision(a.place, false), true));
    if (admin1) namedAdmin1.add(admin1);
  }
  if (out.length) return out;
  // nothing named for this frame: the area in the sentence, else where this kind of event has been happening, else the document's context
  // a withdrawal or handover happens where the fighting was
  const typeArea = f.sub === 'Change to group/activity' || f.sub === 'Non-violent transfer of territory' ? ctx.typeArea.get('Battles') : ctx.typeArea.get(eventTypeOf(f.sub) ?? '');
  const typePlace = typeArea ? (typeArea.precision >= 2 && typeArea.id ? kb.gazetteer.get(typeArea.id) : undefined) ?? kb.gazetteer.governorate(typeArea.admin1) : undefined;
  const sentenceArea = places.find((a) => a.isArea && a.place && !a.weak)?.place;
  let area = sentenceArea ?? (typePlace && (typePlace.precision ?? 3) <= 2 ? typePlace : null) ?? (eventTypeOf(f.sub) === 'Battles' ? ctx.region : null) ?? typePlace ?? ctx.region ?? ctx.governorate;
  // the report moved on: a town the sentence just before named, in another governorate than the
  // area the context holds, is where the story now is ("A car bomb exploded in Azaz ... Fighters
  // later arrested three men", not the Hama countryside the report began in)
  // (only when this sentence names no place of its own, and only a town: a base or an airport
  // named as a target is not where the story is, and "in Idlib" may be the city or the province)
  const justNamed = ctx.lastNamedAt >= sIndex - 1 && !places.some((p) => p.place) ? ctx.lastNamed?.place : undefined;
  // (and when the context holds no area at all: "shelled Kafr Nabudah. Rebels launched a counter-attack";
  // not when the frame names other places without their names: "Russian jets pounded the villages")
  if (justNamed && TOWN_KINDS.has(justNamed.kind) && justNamed.admin1 && !kb.gazetteer.governorate(justNamed.name)
    && (area ? (area.admin1 ?? (area.kind === 'governorate' ? area.name : null)) !== justNamed.admin1 : !unnamedPlacesAfter(words, f.from))) area = justNamed;
  if (area) {
    // an area the sentence itself names, beyond the trigger's reach ("a strike on the meeting the
    // commanders attended south of Idlib"), is from the text, not the context
    const loc = locFromPlace(area, placePrecision(area, false), false, area === sentenceArea ? ['context-place', 'sentence-area'] : ['context-place']);
    if (loc.precision === 1) loc.precision = 2;
    return [loc];
  }
  const anyPlace = places.find((p) => p.place)?.place;
  if (anyPlace) return [locFromPlace(anyPlace, 2, false, ['context-place'])];
  if (ctx.country) return [locFromPlace(ctx.country, 3, false, ['unresolved-place', 'default-place'])];
  return [{ key: 'unknown', location: 'Syria', location_ar: 'سوريا', place_id: null, lat: null, lon: null, admin1: null, admin2: null, country: 'Syria', precision: 3, fromText: false, flags: ['unresolved-place', 'default-place'] }];
}

/** Places named by a plural noun without their names, within a few words after `from`
 *  ("pounded the villages", "قصفت القرى"). Stems in key form. */
const UNNAMED_PLURAL = /^(?:villages|towns|areas|positions|localities|قري|بلدات|مناطق|مواقع|المناطق|القري|البلدات|المواقع)$/;
function unnamedPlacesAfter(words: readonly Word[], from: number): boolean {
  for (let i = from; i < Math.min(words.length, from + 8); i++) if (words[i]!.forms.some((x) => UNNAMED_PLURAL.test(x))) return true;
  return false;
}

// ---------------------------------------------------------------- events

function makeEvent(doc: DocInput, s: Sentence, f: Frame, loc: Loc, dv: DateValue, kb: KnowledgeBase): DocEvent {
  const date = dv.date;
  const nameOn = (a: ActorInfo | null) => (a ? safeNameOn(kb, a, date) : null);
  const civilianTargeting = !!f.rule.civilian_targeting || f.actor2?.kind === 'civilians';
  const flags = [...f.flags, ...loc.flags];
  if (!dv.fromText) flags.push(dv.date ? 'default-date' : 'no-date');
  if (f.modality !== 'asserted') flags.push(`modality-${f.modality}`);
  const filled = [f.actor1FromText, loc.fromText, dv.fromText, !!f.actor2].filter(Boolean).length;
  const confidence = Math.round((0.3 + 0.15 * filled + (f.rule.weak ? 0 : 0.1)) * 100) / 100;
  let actor1 = nameOn(f.actor1);
  let inter1: InterCode = (f.actor1?.inter ?? 0) as InterCode;
  let assocNames = namesOn(kb, f.assoc1, date);
  // fighting by an operations room is coded to the faction leading it, its members associated
  if (f.actor1?.kind === 'coalition' && (eventTypeOf(f.sub) === 'Battles' || eventTypeOf(f.sub) === 'Explosions/Remote violence')) {
    const led = coalitionLeader(kb, f.actor1.id, date);
    if (led) {
      actor1 = safeNameOn(kb, { id: led.id, name: led.name } as ActorInfo, date);
      inter1 = led.inter as InterCode;
      const members = safeMembers(kb, f.actor1.id, date).filter((m) => m.id !== led.id).map((m) => m.name);
      assocNames = [...new Set([...members, ...assocNames])];
    }
  }
  // (ACLED's default actors: the protesters of a protest, the rioters of a violent demonstration)
  if (f.rule.roles.actor1 === 'protesters' && !f.actor1) {
    [actor1, inter1] = f.sub === 'Violent demonstration' ? ['Rioters (Syria)', 5] : ['Protesters (Syria)', 6];
  }
  const sub = f.sub;
  const actor2 = nameOn(f.actor2);
  const ev: DocEvent = {
    event_id: '',
    doc_event_id: '',
    doc_id: doc.doc_id,
    sentence_index: s.index,
    event_date: date,
    event_date_end: dv.end && dv.end !== date ? dv.end : null,
    time_precision: dv.precision,
    event_type: eventTypeOf(sub)!,
    sub_event_type: sub,
    actor1,
    assoc_actor_1: [...new Set(assocNames)].filter((n) => n && n !== actor1),
    inter1,
    actor2,
    // ("jihadists and allied rebels": two names of one actor are that actor once)
    assoc_actor_2: [...new Set(namesOn(kb, f.assoc2, date))].filter((n) => n !== actor2),
    inter2: (f.actor2?.inter ?? (civilianTargeting ? 7 : 0)) as InterCode,
    civilian_targeting: civilianTargeting,
    country: loc.country,
    admin1: loc.admin1,
    admin2: loc.admin2,
    location: loc.location,
    location_ar: loc.location_ar,
    place_id: loc.place_id,
    latitude: loc.lat,
    longitude: loc.lon,
    geo_precision: loc.precision,
    fatalities: 0,
    fatality_claims: [] as FatalityClaim[],
    sources: [{ doc_id: doc.doc_id, title: doc.title ?? null, lang: doc.lang, published: doc.published ?? null, evidence: { text: s.text, start: s.start, end: s.end } }],
    notes: '',
    confidence: Math.min(1, confidence),
    modality: f.modality,
    claimant: f.claimant,
    rule_ids: [...f.ruleIds],
    review_flags: [...new Set(flags)],
  };
  if (ev.civilian_targeting && !ev.actor2) { ev.actor2 = CIVILIANS; ev.inter2 = 7; }
  // ACLED's generic actors are named per country: Civilians (Yemen), Protesters (Iraq)
  if (ev.country && ev.country !== 'Syria') {
    ev.actor1 = localizedGeneric(ev.actor1, ev.country);
    ev.actor2 = localizedGeneric(ev.actor2, ev.country);
    ev.assoc_actor_1 = ev.assoc_actor_1.map((n) => localizedGeneric(n, ev.country!)!);
    ev.assoc_actor_2 = ev.assoc_actor_2.map((n) => localizedGeneric(n, ev.country!)!);
  }
  const id = hashId([doc.doc_id, s.start, s.end, sub, loc.key, date]);
  ev.event_id = id;
  ev.doc_event_id = id;
  return ev;
}

const GENERIC_SYRIA = /^(Civilians|Protesters|Rioters|Unidentified Armed Group|Refugees\/IDPs) \(Syria\)$/;
function localizedGeneric(name: string | null, country: string): string | null {
  const m = name ? GENERIC_SYRIA.exec(name) : null;
  return m ? `${m[1]} (${country})` : name;
}

/** The member with role `leader` of a coalition on a date (from the actor data's memberships). */
const leaderships = new WeakMap<object, Map<string, { a: { id: string; name: string; inter: number }; from?: string | null; to?: string | null }[]>>();
function coalitionLeader(kb: KnowledgeBase, coalitionId: string, date: string | null): { id: string; name: string; inter: number } | null {
  const on = date ?? '9999';
  let byCoalition = leaderships.get(kb.actors);
  if (!byCoalition) {
    byCoalition = new Map();
    for (const a of kb.actors.all()) for (const m of a.memberships ?? []) {
      if (m.role !== 'leader') continue;
      const list = byCoalition.get(m.actor_id) ?? [];
      list.push({ a: { id: a.id, name: a.name, inter: a.inter }, from: m.from, to: m.to });
      byCoalition.set(m.actor_id, list);
    }
    leaderships.set(kb.actors, byCoalition);
  }
  for (const l of byCoalition.get(coalitionId) ?? []) {
    if (l.from && on < l.from) continue;
    if (l.to && on.slice(0, l.to.length) > l.to) continue;
    return l.a;
  }
  return null;
}

function safeMembers(kb: KnowledgeBase, id: string, date: string | null): { id: string; name: string }[] {
  try { return kb.actors.membersOf(id, date).map((a) => ({ id: a.id, name: safeNameOn(kb, { id: a.id, name: a.name } as ActorInfo, date) })); } catch { return []; }
}

/** The actors' names on the date (none empty). */
function namesOn(kb: KnowledgeBase, xs: ActorInfo[], date: string | null): string[] {
  const out: string[] = [];
  for (let i = 0; i < xs.length; i++) { const n = safeNameOn(kb, xs[i]!, date); if (n) out.push(n); }
  return out;
}

function safeNameOn(kb: KnowledgeBase, a: ActorInfo, date: string | null): string {
  try { return kb.actors.nameOn(a.id, date) || a.name; } catch { return a.name; }
}

const VERB: Partial<Record<SubEventType, string>> = {
  'Non-state actor overtakes territory': 'captured',
  'Government regains territory': 'regained',
  'Armed clash': 'clashed with',
  'Air/drone strike': 'carried out air/drone strikes on',
  'Shelling/artillery/missile attack': 'shelled',
  'Suicide bomb': 'carried out a suicide bombing in',
  'Remote explosive/landmine/IED': 'detonated an explosive device in',
  'Chemical weapon': 'carried out a chemical attack on',
  Attack: 'attacked',
  'Abduction/forced disappearance': 'abducted people in',
  Arrests: 'arrested people in',
  'Peaceful protest': 'protested in',
  Agreement: 'reached an agreement concerning',
  'Headquarters or base established': 'established a base in',
  'Change to group/activity': 'changed its activity in',
};

/** Rule ids of a withdrawal (en-withdrawal, ar-insihab): merging and control read them too. */
export const WITHDRAWAL_RULE = /withdraw|insihab/i;

/** One short English sentence summarising the event. */
export function notesFor(e: DocEvent): string {
  const who = e.actor1 ?? 'An unidentified actor';
  const loc = e.location;
  const v = VERB[e.sub_event_type] ?? `was involved in ${e.sub_event_type.toLowerCase()} in`;
  let s: string;
  if (e.sub_event_type === 'Armed clash') s = `${who} clashed with ${e.actor2 ?? 'an unidentified actor'} in ${loc}.`;
  else if (e.sub_event_type === 'Attack') s = `${who} attacked ${e.actor2 ?? 'civilians'} in ${loc}.`;
  else if (e.sub_event_type === 'Non-violent transfer of territory') s = `${who} took over ${loc}${e.actor2 ? ` from ${e.actor2}` : ''} without fighting.`;
  else if (e.sub_event_type.endsWith('territory')) s = `${who} ${v} ${loc}${e.actor2 ? ` from ${e.actor2}` : ''}.`;
  else if (e.sub_event_type === 'Change to group/activity' && e.rule_ids?.some((r) => WITHDRAWAL_RULE.test(r))) s = `${who} withdrew from ${loc}.`;
  else s = `${who} ${v} ${loc}.`;
  if (e.modality && e.modality !== 'asserted') s = s.replace(/\.$/, ` (${e.modality}${e.claimant ? ` by ${e.claimant}` : ''}).`);
  if (e.fatalities > 0) s += ` ${e.fatalities} reported killed.`;
  return s;
}
