// Source-format conventions: OCHA's P-coded list, GeoNames' tab-separated dumps, and the
// compact row format of the shipped data files. Pure functions, shared by the build script
// and the importers.
import type { Place, PlaceKind } from '../core/index.js';
import { normalizeKey } from '../text/index.js';

/** A unit's spellings that are the unit's own ("Nahiyat al Busayrah", "nahyt bsyrt"), not its seat's. */
const UNIT_WORDS = /^(?:n[aā]\S*iyat|nahyt|mintaqat|mntqt|markaz|mrkz|mantiqat)\s/i;

/** A subdistrict or district is named after its seat, yet OCHA and OpenSyria give some spellings
 *  to the unit only ("Busayrah", "al Busayrah" are the Basira subdistrict's, not the town's), so a
 *  report's "the town of al-Busayrah" resolved to the subdistrict. The seat (a city or town inside
 *  the unit with the unit's Arabic name) takes the unit's plain spellings it lacks. Returns how many
 *  spellings were added. */
export function giveUnitSpellingsToSeats(places: Place[]): number {
  const arKey = (s: string | null | undefined) => normalizeKey((s ?? '').replace(/^(?:مركز|منطقة|ناحية)\s+/, '')).trim();
  const seats = new Map<string, Place[]>();
  for (const p of places) {
    if ((p.kind !== 'city' && p.kind !== 'town') || !p.name_ar) continue;
    const k = arKey(p.name_ar);
    seats.set(k, [...(seats.get(k) ?? []), p]);
  }
  let added = 0;
  for (const unit of places) {
    if ((unit.kind !== 'subdistrict' && unit.kind !== 'district') || !unit.name_ar) continue;
    const inside = (p: Place) => unit.kind === 'subdistrict' ? p.parent_id === unit.id : p.admin1 === unit.admin1 && p.admin2 === unit.admin2;
    const found = (seats.get(arKey(unit.name_ar)) ?? []).filter(inside);
    if (found.length !== 1) continue;
    const seat = found[0]!;
    const have = new Set([seat.name, ...seat.aliases].map((a) => a.toLowerCase()));
    for (const a of [unit.name, ...unit.aliases]) {
      if (/[\u0600-\u06FF]/.test(a) || UNIT_WORDS.test(a) || have.has(a.toLowerCase())) continue;
      seat.aliases.push(a);
      have.add(a.toLowerCase());
      added++;
    }
  }
  return added;
}

/** The project's canonical English governorate names, by OCHA admin1 P-code. */
export const ADMIN1_CANONICAL: Record<string, string> = {
  SY01: 'Damascus', SY02: 'Aleppo', SY03: 'Rural Damascus', SY04: 'Homs', SY05: 'Hama', SY06: 'Latakia',
  SY07: 'Idlib', SY08: 'Hasakah', SY09: 'Deir ez-Zor', SY10: 'Tartus', SY11: 'Raqqa', SY12: 'Daraa',
  SY13: 'As-Suwayda', SY14: 'Quneitra',
};

/** OCHA Arabic name: ` - X` is a disambiguator; `_` and `/` separate alternates; `مركز`, `محافظة`,
 *  `حي` are generic words, kept as an alias only without them. */
export function cleanOchaArabic(raw: string): { name: string; alternates: string[]; disambiguator: string | null } {
  const [head, ...rest] = raw.split(' - ');
  const parts = head!.split(/[_/]/).map((s) => s.trim()).filter(Boolean);
  const strip = (s: string): string => s.replace(/^(مركز|محافظة|منطقة|ناحية)\s+/, '');
  const alternates = new Set<string>();
  const names = parts.map((p) => {
    const s = strip(p);
    if (s.startsWith('حي ') && s.length > 4) alternates.add(s.slice(3));
    return s;
  });
  for (const n of names.slice(1)) alternates.add(n);
  return { name: names[0] ?? raw, alternates: [...alternates], disambiguator: rest.length ? rest.join(' - ') : null };
}

/** OCHA English name: `(…)` disambiguators and ` (ne)` dropped; ` - `, `_`, `/` separate alternates. */
export function cleanOchaEnglish(raw: string): { name: string; alternates: string[] } {
  const noParen = raw.replace(/\s*\((?:ne|[^)]*)\)\s*/g, ' ').trim();
  const parts = noParen.split(/\s+-\s+|_|\//).map((s) => s.trim()).filter(Boolean);
  return { name: parts[0] ?? raw.trim(), alternates: parts.slice(1) };
}

export function ochaKind(id: string, type: string, capital: boolean, center: boolean, ar: string, en: string): PlaceKind {
  if (type === 'governorate') return 'governorate';
  if (type === 'district') return 'district';
  if (type === 'subdistrict') return 'subdistrict';
  if (id.startsWith('N') || ar.startsWith('حي ') || /\(ne\)/.test(en)) return 'neighbourhood';
  if (capital) return 'city';
  if (center) return 'town';
  return 'village';
}

/** GeoNames feature codes → place kinds (https://www.geonames.org/export/codes.html). */
export function geonamesKind(fclass: string, fcode: string, population: number): PlaceKind | null {
  if (fclass === 'P') {
    if (fcode === 'PPLX') return 'neighbourhood';
    if (fcode.startsWith('PPLA') || fcode === 'PPLC' || population >= 100000) return 'city';
    return population >= 10000 ? 'town' : 'village';
  }
  if (fclass === 'A') return fcode === 'ADM1' ? 'governorate' : fcode === 'ADM2' ? 'district' : fcode === 'PCLI' ? 'country' : 'area';
  if (fclass === 'T') {
    if (/^(HLL|HLLS|MND|MNDS|TLL)$/.test(fcode)) return 'hill';
    if (/^(MT|MTS|PK|PKS|RDG|RDGE|MESA)$/.test(fcode)) return 'mountain';
    if (/^(PLN|PLAT|VAL|DPR)$/.test(fcode)) return 'plain';
    return 'area';
  }
  if (fclass === 'S') {
    if (/^(AIRB|AIRF|AIRP|AIRH)$/.test(fcode)) return 'airbase';
    if (/^(MILB|INSM|BRKS|CMP|FT)$/.test(fcode)) return 'military_site';
    if (fcode === 'PRN') return 'prison';
    if (fcode === 'CKPT' || fcode === 'PSTB') return 'checkpoint';
    if (fcode === 'BDG' || fcode === 'PSTB') return 'crossing';
    return 'landmark';
  }
  if (fclass === 'L') return fcode === 'AREA' || fcode === 'RGN' ? 'region' : 'area';
  if (fclass === 'H') return 'area';
  return null;
}

const LATIN_ALIAS = /^[\p{Script=Latin}\s'’\-.]+$/u;
const ARABIC_ALIAS = /[\u0600-\u06FF]/;

export interface GeonamesRow { place: Place; asciiname: string; fclass: string; fcode: string }

/** One line of a GeoNames dump (cities500.txt, SY.txt, allCountries.txt). Keeps Arabic-script
 *  alternates and Latin ones (other scripts are of no use to an Arabic/English reader). */
export function parseGeonamesLine(line: string, maxLatin = 12): GeonamesRow | null {
  const f = line.split('\t');
  if (f.length < 15) return null;
  const [id, name, ascii, alts, lat, lon, fclass, fcode, cc] = f as [string, string, string, string, string, string, string, string, string];
  const population = Number(f[14]) || 0;
  const kind = geonamesKind(fclass, fcode, population);
  if (!kind || !/^\d+$/.test(id)) return null;
  const latin: string[] = [];
  const arabic: string[] = [];
  for (const a of alts ? alts.split(',') : []) {
    if (ARABIC_ALIAS.test(a)) arabic.push(a);
    else if (LATIN_ALIAS.test(a) && a !== name && latin.length < maxLatin && !latin.includes(a)) latin.push(a);
  }
  if (ascii && ascii !== name && !latin.includes(ascii)) latin.unshift(ascii);
  return {
    asciiname: ascii || name, fclass, fcode,
    place: {
      id: `geonames:${id}`, name, name_ar: arabic[0] ?? null, aliases: [...latin, ...arabic.slice(1)], kind,
      lat: Number(lat), lon: Number(lon), country: '', country_code: cc, admin1: null, admin2: null,
      population: population || null, precision: kind === 'country' || kind === 'governorate' ? 3 : 1,
      source: `GeoNames ${id} (CC BY 4.0)`,
    },
  };
}

/** Compact row of the shipped files (short keys keep the files small and quick to parse). */
export interface CompactPlace {
  i: string; n: string; a?: string; al?: string[]; k: PlaceKind; la?: number; lo?: number; c: string;
  a1?: string; a2?: string; a3?: string; p?: string; po?: number; pr?: 1 | 2 | 3; s: string;
}

export function compactPlace(p: Place): CompactPlace {
  const r: CompactPlace = { i: p.id, n: p.name, k: p.kind, c: p.country_code, s: p.source };
  if (p.name_ar) r.a = p.name_ar;
  if (p.aliases.length) r.al = p.aliases;
  if (p.lat != null && p.lon != null) { r.la = Math.round(p.lat * 1e5) / 1e5; r.lo = Math.round(p.lon * 1e5) / 1e5; }
  if (p.admin1) r.a1 = p.admin1;
  if (p.admin2) r.a2 = p.admin2;
  if (p.admin3) r.a3 = p.admin3;
  if (p.parent_id) r.p = p.parent_id;
  if (p.population) r.po = p.population;
  if (p.precision && p.precision !== 1) r.pr = p.precision;
  return r;
}

export function expandPlace(r: CompactPlace, countryName: (cc: string) => string): Place {
  return {
    id: r.i, name: r.n, name_ar: r.a ?? null, aliases: r.al ?? [], kind: r.k,
    lat: r.la ?? null, lon: r.lo ?? null, country: countryName(r.c), country_code: r.c,
    admin1: r.a1 ?? null, admin2: r.a2 ?? null, admin3: r.a3 ?? null, parent_id: r.p ?? null,
    population: r.po ?? null, precision: r.pr ?? 1, source: r.s,
  };
}
