// The gazetteer: Syrian places (OCHA P-codes + curated supplement), the region beyond, computed
// regions (`northern Hama countryside`), lookups by any name in either script, and the ranking
// used to choose among places that share a name.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DATA_DIR, MarsadError, type Place, type PlaceKind } from '../core/index.js';
import { maaratVariants, nameKey, nameKeyWords, latinSkeletonWords, latinSkeletonOfWords, arabicSkeletonsOfWords } from './names.js';
import { expandPlace, type CompactPlace } from './sources.js';
import { isArabic } from './romanize.js';

export const GAZETTEER_DIR: string = join(DATA_DIR, 'gazetteer');

export interface PlaceMatch { place: Place; score: number; why: string }
export interface GazetteerOptions {
  extraPlaces?: Place[];
  /** Load world places (GeoNames cities500 region + large cities). Default true. */
  world?: boolean;
  /** Directory holding syria.json, world.json, supplement.json, countries.json (tests). */
  dir?: string;
}
/** One name of one place, keyed for lookup. */
export interface NameEntry { id: string; words: string[]; arabic: boolean; skels: string[][] }
export interface SearchOptions { admin1?: string; near?: { lat: number; lon: number }; limit?: number; countryCode?: string }

// ---------------------------------------------------------------- validation

const KINDS = ['country', 'governorate', 'district', 'subdistrict', 'city', 'town', 'village', 'neighbourhood', 'farm',
  'hill', 'mountain', 'plain', 'region', 'area', 'airbase', 'military_site', 'checkpoint', 'prison', 'landmark', 'crossing'] as const;
const changelog = z.array(z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), change: z.string().min(1) })).min(1);
const compactSchema = z.object({
  i: z.string().regex(/^[a-z]+:[\w:.\-]+$/), n: z.string().min(1), a: z.string().optional(), al: z.array(z.string()).optional(),
  k: z.enum(KINDS), la: z.number().min(-90).max(90).optional(), lo: z.number().min(-180).max(180).optional(),
  c: z.string().length(2), a1: z.string().optional(), a2: z.string().optional(), a3: z.string().optional(),
  p: z.string().optional(), po: z.number().optional(), pr: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(), s: z.string().min(1),
});
const KIND_SET: ReadonlySet<string> = new Set(KINDS);
const COMPACT_ID = /^[a-z]+:[\w:.\-]+$/;

/** The same rules as `compactSchema`, hand-checked: zod takes ~15 µs a row, and the shipped
 *  files hold ~19,000 rows. A row this rejects is re-checked by zod for the error message. */
function isCompactPlace(v: unknown): v is CompactPlace {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  const str = (x: unknown): x is string => typeof x === 'string';
  const optStr = (x: unknown): boolean => x === undefined || str(x);
  const num = (x: unknown, lo: number, hi: number): boolean => x === undefined || (typeof x === 'number' && Number.isFinite(x) && x >= lo && x <= hi);
  if (!str(r.i) || !COMPACT_ID.test(r.i) || !str(r.n) || r.n.length < 1 || !optStr(r.a)) return false;
  if (r.al !== undefined && !(Array.isArray(r.al) && r.al.every(str))) return false;
  if (!str(r.k) || !KIND_SET.has(r.k) || !num(r.la, -90, 90) || !num(r.lo, -180, 180)) return false;
  if (!str(r.c) || r.c.length !== 2 || !optStr(r.a1) || !optStr(r.a2) || !optStr(r.a3) || !optStr(r.p)) return false;
  if (!num(r.po, -Infinity, Infinity) || !(r.pr === undefined || r.pr === 1 || r.pr === 2 || r.pr === 3)) return false;
  return str(r.s) && r.s.length >= 1;
}

const compactFile = z.object({ changelog, attribution: z.string(), places: z.array(z.unknown()) });
const supplementEntry = z.object({
  id: z.string().regex(/^marsad:[a-z0-9\-]+$/, 'curated ids are marsad:kebab-slug'),
  name: z.string().min(1), name_ar: z.string().min(1).nullable(), aliases: z.array(z.string().min(1)),
  kind: z.enum(KINDS), lat: z.number().nullable(), lon: z.number().nullable(),
  admin1: z.string().min(1, 'admin1 is required'), admin2: z.string().nullable().optional(),
  parent_id: z.string().nullable().optional(), precision: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  source: z.string().min(3),
}).refine((e) => (e.lat != null && e.lon != null) || !!e.parent_id, { message: 'an entry without coordinates needs parent_id' })
  .refine((e) => e.lat != null || e.precision > 1, { message: 'an entry placed by its parent needs precision 2 or 3' });
const supplementFile = z.object({ changelog, entries: z.array(z.unknown()) });
const countryEntry = z.object({ code: z.string().length(2), name: z.string(), name_ar: z.string(), aliases: z.array(z.string()), capital: z.string().nullable(),
  demonyms: z.array(z.string().min(2)).optional(), source: z.string().min(3) });
const countriesFile = z.object({ changelog, countries: z.array(z.unknown()) });

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new MarsadError('MARSAD_ERR_DATA_INVALID', `cannot read JSON: ${(e as Error).message}`, { file, cause: e });
  }
}

function check<T>(schema: z.ZodType<T>, value: unknown, file: string, what: string): T {
  const r = schema.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new MarsadError('MARSAD_ERR_DATA_INVALID', `${what}: ${issue.path.join('.')} ${issue.message}`, { file });
  }
  return r.data;
}

function entryName(v: unknown, i: number): string {
  const o = v as Record<string, unknown> | null;
  return `entry ${i} (${String(o?.i ?? o?.id ?? o?.code ?? '?')})`;
}

export interface CountryInfo { code: string; name: string; name_ar: string; aliases: string[]; capital: string | null; demonyms?: string[]; source: string }

export function loadCountries(file: string): CountryInfo[] {
  const doc = check(countriesFile, readJson(file), file, 'file');
  return doc.countries.map((c, i) => check(countryEntry, c, file, entryName(c, i)));
}

export function loadCompactPlaces(file: string, countryName: (cc: string) => string): Place[] {
  const doc = check(compactFile, readJson(file), file, 'file');
  let rows: CompactPlace[];
  if (doc.places.every(isCompactPlace)) rows = doc.places;
  else {
    // one array parse; the failing entry is named from the issue path
    const r = z.array(compactSchema).safeParse(doc.places);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      const idx = Number(issue.path[0]);
      throw new MarsadError('MARSAD_ERR_DATA_INVALID', `${entryName(doc.places[idx], idx)}: ${issue.path.slice(1).join('.')} ${issue.message}`, { file });
    }
    rows = r.data as CompactPlace[];
  }
  const seen = new Set<string>();
  return rows.map((row, i) => {
    if (seen.has(row.i)) throw new MarsadError('MARSAD_ERR_DATA_INVALID', `${entryName(row, i)}: duplicate id`, { file });
    seen.add(row.i);
    return expandPlace(row, countryName);
  });
}

export function loadSupplement(file: string): Place[] {
  const doc = check(supplementFile, readJson(file), file, 'file');
  const seen = new Set<string>();
  return doc.entries.map((row, i) => {
    const e = check(supplementEntry, row, file, entryName(row, i));
    if (seen.has(e.id)) throw new MarsadError('MARSAD_ERR_DATA_INVALID', `${entryName(row, i)}: duplicate id`, { file });
    seen.add(e.id);
    return { ...e, admin2: e.admin2 ?? null, parent_id: e.parent_id ?? null, country: 'Syria', country_code: 'SY' } as Place;
  });
}

// ---------------------------------------------------------------- ranking

const KIND_RANK: Partial<Record<PlaceKind, number>> = {
  city: 6, governorate: 5, country: 5, town: 4, airbase: 4, military_site: 3.5, village: 3, mountain: 3, plain: 3, hill: 3,
  region: 3, prison: 3, checkpoint: 2.5, neighbourhood: 2, district: 1.5, subdistrict: 1, farm: 1, area: 1, landmark: 2, crossing: 2,
};

/** Static prior of a place among namesakes: Syria first, then kind (city > town > village), then
 *  population; a community that gives its name to its district or sub-district (its seat: Ras
 *  al-Ayn in Hasakah, not the villages of that name) outranks the other villages. */
export function placePrior(p: Place): number {
  // (places are read-only once loaded, and candidate lists are sorted by this many times a report)
  let v = priors.get(p);
  if (v === undefined) priors.set(p, (v = computePrior(p)));
  return v;
}
const priors = new WeakMap<Place, number>();

function computePrior(p: Place): number {
  const admin = p.kind === 'governorate' || p.kind === 'district' || p.kind === 'subdistrict' || p.kind === 'country';
  const seat = !admin && [p.admin2, p.admin3].some((a) => !!a && latinLetters(a) === latinLetters(p.name));
  return (p.country_code === 'SY' || p.kind === 'country' ? 10 : 0) + (KIND_RANK[p.kind] ?? 1) + (seat ? 1 : 0)
    + (admin ? 0 : Math.log10((p.population ?? 0) + 1) * 0.5);
}

/** A Latin name's letters only, lower case ("Ra's al `Ayn" and "Ras al-Ayn" are both "rasalayn"). */
const latinLetters = (s: string): string => s.toLowerCase().replace(/[^a-z]/g, '');

export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const R = 6371;
  const dLat = ((b.lat - a.lat) * Math.PI) / 180;
  const dLon = ((b.lon - a.lon) * Math.PI) / 180;
  const s = Math.sin(dLat / 2) ** 2 + Math.cos((a.lat * Math.PI) / 180) * Math.cos((b.lat * Math.PI) / 180) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(s)));
}

// ---------------------------------------------------------------- regions

export type Direction = 'north' | 'south' | 'east' | 'west' | 'northeast' | 'northwest' | 'southeast' | 'southwest';
const DIR_VECTORS: Record<Direction, [number, number]> = {
  north: [1, 0], south: [-1, 0], east: [0, 1], west: [0, -1],
  northeast: [Math.SQRT1_2, Math.SQRT1_2], northwest: [Math.SQRT1_2, -Math.SQRT1_2],
  southeast: [-Math.SQRT1_2, Math.SQRT1_2], southwest: [-Math.SQRT1_2, -Math.SQRT1_2],
};
const DIR_EN: Record<Direction, string> = {
  north: 'northern', south: 'southern', east: 'eastern', west: 'western',
  northeast: 'northeastern', northwest: 'northwestern', southeast: 'southeastern', southwest: 'southwestern',
};
const DIR_AR: Record<Direction, string> = {
  north: 'الشمالي', south: 'الجنوبي', east: 'الشرقي', west: 'الغربي',
  northeast: 'الشمالي الشرقي', northwest: 'الشمالي الغربي', southeast: 'الجنوبي الشرقي', southwest: 'الجنوبي الغربي',
};
const REGION_OFFSET_KM = 20;

/** The id part of a relation: every directional form (`north`, `countryside-north`, `northern`)
 *  shares one region, so "شمال حماة", "ريف حماة الشمالي" and "northern Hama" merge. */
export function regionKey(relation: string): Direction | 'countryside' | 'province' {
  const r = relation.toLowerCase().replace(/^countryside-/, '').replace(/ern$/, '').replace(/[\s\-]/g, '');
  if (r === 'province' || r === 'governorate') return 'province';
  if (r === 'countryside' || r === 'rural') return 'countryside';
  if (r in DIR_VECTORS) return r as Direction;
  return 'countryside';
}

/** The stable id of a computed region: the same for a governorate's region whichever
 *  language or spelling named it (`regionId('Hama', 'north')` → `marsad:region:hama:north`). */
export function regionId(governorate: string, relation: string): string {
  return `marsad:region:${slug(governorate)}:${regionKey(relation)}`;
}

const slugs = new Map<string, string>();
/** Memoized: region ids are built from a handful of governorate names, many times a document. */
function slug(s: string): string {
  let v = slugs.get(s);
  if (v === undefined) {
    v = s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    if (slugs.size < 10000) slugs.set(s, v);
  }
  return v;
}

// ---------------------------------------------------------------- gazetteer

export class Gazetteer {
  readonly size: number;
  private readonly byId = new Map<string, Place>();
  /** Name-key and skeleton indexes for `search` / `idsByKey` (CLI lookups, the server), built
   *  from `entries` on first use: mention matching walks the matcher's own tries and never reads
   *  them, and building them is ~100k map inserts at load. */
  private index: { byKey: Map<string, string[]>; bySkeleton: Map<string, string[]> } | null = null;
  private readonly govByKey = new Map<string, Place>();
  private readonly capitalOf = new Map<string, Place>();
  private readonly regions = new Map<string, Place>();
  private readonly entries: NameEntry[] = [];

  private readonly capitals: ReadonlySet<string>;

  /** A country's adjective ("Turkish", "التركية"), by name key → its code. */
  private readonly demonyms = new Map<string, string>();

  /** `capitals`: ids of national capitals (named in the press without a place preposition);
   *  `demonyms`: [adjective, country code] pairs. */
  constructor(places: Iterable<Place>, capitals: Iterable<string> = [], demonyms: Iterable<[string, string]> = []) {
    this.capitals = new Set(capitals);
    for (const [word, code] of demonyms) this.demonyms.set(nameKey(word), code);
    for (const p of places) {
      const old = this.byId.get(p.id);
      this.byId.set(p.id, old ? mergePlace(old, p) : p);
    }
    for (const p of this.byId.values()) {
      const syrian = p.country_code === 'SY';
      for (const n of this.namesOf(p)) {
        const words = nameKeyWords(n);
        if (words.length === 0) continue;
        const arabic = isArabic(n);
        // skeletons only for Syrian places: foreign towns have standard press spellings
        const skels = !syrian ? NO_SKELS : arabic ? arabicSkeletonsOfWords(words) : latinSkeletons(words);
        this.entries.push({ id: p.id, words, arabic, skels });
      }
      if (p.kind === 'governorate' && syrian) for (const n of this.namesOf(p)) this.govByKey.set(nameKey(n.replace(/^محافظة\s+|\s+(governorate|province)$/i, '')), p);
    }
    for (const p of this.byId.values()) {
      if (p.kind !== 'city' || p.country_code !== 'SY' || !p.admin1) continue;
      const gov = this.governorate(p.admin1);
      if (gov && (p.name === gov.name || (p.name_ar && gov.name_ar && nameKey(p.name_ar) === nameKey(gov.name_ar)))) this.capitalOf.set(gov.name, p);
    }
    this.size = this.byId.size;
  }

  /** Every (place, name) pair with its word keys and consonant skeletons, for the matcher. */
  nameEntries(): readonly NameEntry[] {
    return this.entries;
  }

  /** Syrian governorates. */
  governorates(): Place[] {
    return [...new Set(this.govByKey.values())];
  }

  /** Every name of a place: canonical, Arabic, aliases. */
  namesOf(p: Place): string[] {
    const out = [p.name, ...p.aliases];
    if (p.name_ar) out.push(p.name_ar);
    return out;
  }

  get(id: string): Place | undefined {
    return this.byId.get(id) ?? (id.startsWith('marsad:region:') ? this.regions.get(id) ?? this.regionById(id) : undefined);
  }

  all(): Iterable<Place> {
    return this.byId.values();
  }

  /** The city a governorate is named after (Aleppo city for Aleppo), if it has one. */
  cityOf(governorate: string): Place | undefined {
    return this.capitalOf.get(governorate);
  }

  isCapital(id: string): boolean {
    return this.capitals.has(id);
  }

  /** The country a nationality adjective names ("Turkish", "التركية"), if it is one. */
  countryOfDemonym(word: string): string | undefined {
    // (asked of the word after every place a report names: memoized per word, bounded)
    let c = this.demonymOfWord.get(word);
    if (c === undefined) {
      if (this.demonymOfWord.size >= 50_000) this.demonymOfWord.clear();
      this.demonymOfWord.set(word, (c = this.demonyms.get(nameKey(word)) ?? null));
    }
    return c ?? undefined;
  }
  private readonly demonymOfWord = new Map<string, string | null>();

  /** Ids of places whose name key (exact, articles dropped) is `key`. */
  idsByKey(key: string): readonly string[] {
    return this.searchIndex().byKey.get(key) ?? [];
  }

  /** Ids of places whose consonant skeleton is `skeleton` (words joined by spaces). */
  idsBySkeleton(skeleton: string): readonly string[] {
    return this.searchIndex().bySkeleton.get(skeleton) ?? [];
  }

  /** The indexes, in the order the places and names were read (as an eager build would be). */
  private searchIndex(): { byKey: Map<string, string[]>; bySkeleton: Map<string, string[]> } {
    if (this.index) return this.index;
    const byKey = new Map<string, string[]>();
    const bySkeleton = new Map<string, string[]>();
    for (const e of this.entries) {
      push(byKey, e.words.join(' '), e.id);
      for (const sk of e.skels) push(bySkeleton, sk.join(' '), e.id);
    }
    return (this.index = { byKey, bySkeleton });
  }

  search(name: string, opts: SearchOptions = {}): PlaceMatch[] {
    if (typeof name !== 'string' || !name.trim()) return [];
    const key = nameKey(name);
    const found = new Map<string, { score: number; why: string }>();
    for (const id of this.idsByKey(key)) {
      const p = this.byId.get(id)!;
      const exact = p.name === name || p.name_ar === name;
      found.set(id, { score: exact ? 1 : 0.95, why: exact ? 'exact name' : 'name or alias (normalized)' });
    }
    // كفرنبودة / Kafrnabudah: the press often writes two-word names as one word
    if (!found.size && key.length >= 5 && !key.includes(' ')) {
      for (let i = 2; i <= key.length - 3; i++) {
        const spaced = `${key.slice(0, i)} ${key.slice(i)}`;
        for (const id of this.idsByKey(spaced)) if (!found.has(id)) found.set(id, { score: 0.9, why: `joined spelling of "${spaced}"` });
      }
    }
    if (!found.size) {
      for (const v of maaratVariants(key.split(' '))) {
        for (const id of this.idsByKey(v.join(' '))) if (!found.has(id)) found.set(id, { score: 0.9, why: `spelling of "${v.join(' ')}"` });
      }
    }
    if (!isArabic(name)) {
      const sk = latinSkeletonWords(name);
      if (sk) for (const id of this.idsBySkeleton(sk.join(' '))) if (!found.has(id)) found.set(id, { score: 0.75, why: 'transliteration variant (consonant skeleton)' });
    }
    const gov = opts.admin1 ? this.governorate(opts.admin1) : undefined;
    const out: PlaceMatch[] = [];
    for (const [id, f] of found) {
      const place = this.byId.get(id)!;
      if (opts.countryCode && place.country_code !== opts.countryCode.toUpperCase()) continue;
      let score = f.score * 10 + placePrior(place);
      const why = [f.why];
      if (gov) {
        if (place.admin1 === gov.name) { score += 5; why.push(`in ${gov.name}`); } else score -= 3;
      }
      if (opts.near && place.lat != null && place.lon != null) {
        const d = distanceKm(opts.near, { lat: place.lat, lon: place.lon });
        score -= Math.min(10, d / 25);
        why.push(`${Math.round(d)} km from the reference point`);
      }
      out.push({ place, score, why: why.join('; ') });
    }
    out.sort((a, b) => b.score - a.score);
    const max = out[0]?.score ?? 1;
    for (const m of out) m.score = Math.round(Math.max(0, Math.min(1, m.score / Math.max(max, 1) * (found.get(m.place.id)!.score))) * 1000) / 1000;
    return out.slice(0, opts.limit ?? 10);
  }

  /** The Syrian governorate a name denotes ('Hama', 'حماة', 'Idleb', 'محافظة إدلب'). */
  governorate(name: string): Place | undefined {
    if (typeof name !== 'string') return undefined;
    // (asked with the same few admin1 names for every event of every report)
    let gov = this.govByName.get(name);
    if (gov === undefined) {
      gov = this.govByKey.get(nameKey(name.replace(/^محافظة\s+|\s+(governorate|province)$/i, ''))) ?? null;
      if (this.govByName.size < 10_000) this.govByName.set(name, gov);
    }
    return gov ?? undefined;
  }
  private readonly govByName = new Map<string, Place | null>();

  /** Governorate lookup by an already-computed name key. */
  governorateByKey(key: string): Place | undefined {
    return this.govByKey.get(key);
  }

  /** The region place for (governorate, relation): `('Hama', 'north')` → northern Hama countryside.
   *  Directional forms share one id per direction; `province` is the whole governorate. */
  region(admin1: string, relation: string): Place {
    const gov = this.governorate(admin1);
    if (!gov) throw new MarsadError('MARSAD_ERR_DATA_INVALID', `unknown governorate: ${admin1}`);
    const rel = regionKey(relation);
    const id = regionId(gov.name, rel);
    const cached = this.regions.get(id);
    if (cached) return cached;
    const ar = gov.name_ar ?? gov.name;
    let place: Place;
    const base = { kind: 'region' as const, country: 'Syria', country_code: 'SY', admin1: gov.name, admin2: null, parent_id: gov.id };
    if (rel === 'province') {
      place = { ...base, id, name: `${gov.name} Governorate`, name_ar: `محافظة ${ar}`, aliases: [`${gov.name} province`], lat: gov.lat, lon: gov.lon, precision: 3,
        source: `computed: whole governorate, coordinates = ${gov.id} centroid` };
    } else if (rel === 'countryside') {
      place = { ...base, id, name: `${gov.name} countryside`, name_ar: `ريف ${ar}`, aliases: [`rural ${gov.name}`], lat: gov.lat, lon: gov.lon, precision: 2,
        source: `computed: governorate countryside, coordinates = ${gov.id} centroid` };
    } else {
      const city = this.capitalOf.get(gov.name);
      const origin = city && city.lat != null && city.lon != null ? city : gov;
      const [dy, dx] = DIR_VECTORS[rel];
      const lat = origin.lat! + (dy * REGION_OFFSET_KM) / 111.32;
      const lon = origin.lon! + (dx * REGION_OFFSET_KM) / (111.32 * Math.cos((origin.lat! * Math.PI) / 180));
      place = { ...base, id, name: `${DIR_EN[rel]} ${gov.name} countryside`, name_ar: `ريف ${ar} ${DIR_AR[rel]}`,
        aliases: [`${rel} of ${gov.name}`, `${DIR_EN[rel]} ${gov.name}`], lat: Math.round(lat * 1e5) / 1e5, lon: Math.round(lon * 1e5) / 1e5, precision: 2,
        source: `computed: point ${REGION_OFFSET_KM} km ${rel} of ${origin.id} (${origin.name})` };
    }
    this.regions.set(id, place);
    return place;
  }

  private regionById(id: string): Place | undefined {
    const m = /^marsad:region:([a-z0-9\-]+):([a-z]+)$/.exec(id);
    if (!m) return undefined;
    for (const gov of this.govByKey.values()) if (slug(gov.name) === m[1]) return this.region(gov.name, m[2]!);
    return undefined;
  }
}

/** A second entry for a known id (a re-import, or aliases from another list) adds its names and
 *  fills missing fields; the curated canonical name and coordinates stay. */
function mergePlace(old: Place, add: Place): Place {
  const aliases = new Set(old.aliases);
  for (const n of [add.name, add.name_ar, ...add.aliases]) if (n && n !== old.name && n !== old.name_ar) aliases.add(n);
  return {
    ...old, aliases: [...aliases], lat: old.lat ?? add.lat, lon: old.lon ?? add.lon, admin1: old.admin1 ?? add.admin1, admin2: old.admin2 ?? add.admin2,
    population: old.population ?? add.population ?? null, source: old.source.includes(add.source) ? old.source : `${old.source}; ${add.source}`,
  };
}

const NO_SKELS: string[][] = [];

/** The Latin skeleton of a name's words as a list of at most one. */
function latinSkeletons(words: readonly string[]): string[][] {
  const sk = latinSkeletonOfWords(words);
  return sk ? [sk] : NO_SKELS;
}

/** Index insert; places are indexed one after another, so a duplicate can only be the last id. */
function push<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  if (!k) return;
  const arr = map.get(k);
  if (!arr) map.set(k, [v]);
  else if (arr[arr.length - 1] !== v) arr.push(v);
}

/** The shipped gazetteer: OCHA Syria + curated supplement + countries (+ world places unless
 *  `world: false`), then `extraPlaces` (user imports from the store), which win on equal ids. */
export function loadGazetteer(opts: GazetteerOptions = {}): Gazetteer {
  const dir = opts.dir ?? GAZETTEER_DIR;
  const countries = loadCountries(join(dir, 'countries.json'));
  const countryNames = new Map(countries.map((c) => [c.code, c.name]));
  const countryName = (cc: string): string => countryNames.get(cc) ?? cc;
  const places: Place[] = loadCompactPlaces(join(dir, 'syria.json'), countryName);
  const supp = join(dir, 'supplement.json');
  if (existsSync(supp)) places.push(...loadSupplement(supp));
  let world: Place[] = [];
  if (opts.world !== false && existsSync(join(dir, 'world.json'))) {
    world = loadCompactPlaces(join(dir, 'world.json'), countryName);
    places.push(...world);
  }
  const capitals: string[] = [];
  for (const c of countries) {
    const cap = c.capital ? world.find((p) => p.country_code === c.code && p.name === c.capital) ?? places.find((p) => p.country_code === c.code && p.name === c.capital) : undefined;
    places.push({ id: `marsad:country-${c.code.toLowerCase()}`, name: c.name, name_ar: c.name_ar, aliases: c.aliases, kind: 'country',
      lat: cap?.lat ?? null, lon: cap?.lon ?? null, country: c.name, country_code: c.code, admin1: null, admin2: null,
      parent_id: cap ? cap.id : null, precision: 3, source: `${c.source}; coordinates: capital (${cap?.id ?? 'none'})` });
    if (cap) capitals.push(cap.id);
  }
  // the capital under another source's id too (OCHA's Damascus beside GeoNames')
  const capitalKeys = new Set(countries.filter((c) => c.capital).map((c) => `${c.code}|${c.capital}`));
  for (const p of places) if ((p.kind === 'city' || p.kind === 'town') && capitalKeys.has(`${p.country_code}|${p.name}`)) capitals.push(p.id);
  if (opts.extraPlaces) places.push(...opts.extraPlaces);
  const demonyms = countries.flatMap((c) => (c.demonyms ?? []).map((d): [string, string] => [d, c.code]));
  return new Gazetteer(places, capitals, demonyms);
}
