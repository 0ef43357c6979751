// Importers for gazetteer files a user downloads: HDX's OCHA workbook, GeoNames dumps, and the
// Syrian Archive location list (GPL-3.0: never shipped, only imported). Ids derive from each
// source's own ids, so a re-import yields the same places.
import { closeSync, createReadStream, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { extname } from 'node:path';
import { MarsadError, type Place, type PlaceKind } from '../core/index.js';
import { ADMIN1_CANONICAL, cleanOchaArabic, cleanOchaEnglish, parseGeonamesLine } from './sources.js';

const fail = (file: string, detail: string, cause?: unknown): never => {
  throw new MarsadError('MARSAD_ERR_GAZETTEER_IMPORT', detail, { file, cause });
};

/** GeoNames admin1 codes for Syria (FIPS 10-4 order) → canonical governorate names. */
const GEONAMES_SY_ADMIN1: Record<string, string> = {
  '01': 'Hasakah', '02': 'Latakia', '03': 'Quneitra', '04': 'Raqqa', '05': 'As-Suwayda', '06': 'Daraa', '07': 'Deir ez-Zor',
  '08': 'Rural Damascus', '09': 'Aleppo', '10': 'Hama', '11': 'Homs', '12': 'Idlib', '13': 'Damascus', '14': 'Tartus',
};

function admin1FromPcode(pcode: string | null | undefined): string | null {
  const m = /^SY(\d\d)/.exec(pcode ?? '');
  return m ? ADMIN1_CANONICAL[`SY${m[1]}`] ?? null : null;
}

// ---------------------------------------------------------------- OCHA workbook

/** HDX `syr_humanitarian_locations_*.xlsx`: one row per community/neighbourhood with admin1–3
 *  names and P-codes, Location_Pcode, LocationName_en/ar, Latitude_y, Longitude_x, location_type. */
export async function importOchaWorkbook(path: string): Promise<Place[]> {
  if (!existsSync(path)) fail(path, 'no such file');
  // loaded here, not at startup: exceljs takes ~250 ms to import and only this importer needs it
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (e) {
    fail(path, `not a readable xlsx workbook: ${(e as Error).message}`, e);
  }
  const out: Place[] = [];
  for (const ws of wb.worksheets) {
    const header = ws.getRow(1).values as unknown[];
    const col = (re: RegExp): number => header.findIndex((h) => typeof h === 'string' && re.test(h.trim()));
    const c = {
      pcode: col(/^location_?pcode$/i), en: col(/^locationname_?en$/i), ar: col(/^locationname_?ar$/i),
      lat: col(/^latitude(_y)?$/i), lon: col(/^longitude(_x)?$/i), type: col(/^location_?type$/i),
      a1p: col(/^admin1_?pcode$/i), a1: col(/^admin1_?name_?en$/i), a2: col(/^admin2_?name_?en$/i), a2p: col(/^admin2_?pcode$/i),
      a3: col(/^admin3_?name_?en$/i), a3p: col(/^admin3_?pcode$/i),
    };
    if (c.pcode < 0 || c.en < 0 || c.lat < 0 || c.lon < 0) continue;
    ws.eachRow((row, n) => {
      if (n === 1) return;
      const v = row.values as unknown[];
      const s = (i: number): string => (i >= 0 && v[i] != null ? String((v[i] as { result?: unknown })?.result ?? v[i]).trim() : '');
      const pcode = s(c.pcode);
      const lat = Number(s(c.lat));
      const lon = Number(s(c.lon));
      if (!/^[CN]\d+$/.test(pcode) || !Number.isFinite(lat) || !Number.isFinite(lon)) return;
      const en = cleanOchaEnglish(s(c.en));
      const ar = s(c.ar) ? cleanOchaArabic(s(c.ar)) : null;
      const neighbourhood = /neighbo/i.test(s(c.type)) || pcode.startsWith('N');
      const kind: PlaceKind = neighbourhood ? 'neighbourhood' : 'village';
      out.push({
        id: `ocha:${pcode}`, name: en.name, name_ar: ar?.name ?? null, aliases: [...en.alternates, ...(ar?.alternates ?? [])], kind, lat, lon,
        country: 'Syria', country_code: 'SY', admin1: admin1FromPcode(s(c.a1p)) ?? (s(c.a1) || null), admin2: s(c.a2) || null, admin3: s(c.a3) || null,
        parent_id: s(c.a3p) ? `ocha:${s(c.a3p)}` : null, precision: 1, source: `UN OCHA Syria P-codes, HDX workbook import (CC BY 3.0 IGO)`,
      });
    });
  }
  if (out.length === 0) fail(path, 'no OCHA location rows found (expected Location_Pcode, LocationName_en, Latitude_y, Longitude_x columns)');
  return out;
}

// ---------------------------------------------------------------- GeoNames

/** A GeoNames dump (SY.txt, cities500.txt …), streamed; with alternateNamesV2.txt, Arabic and
 *  English alternate names of the imported ids are added. */
export async function importGeonamesDump(path: string, alternateNamesPath?: string): Promise<Place[]> {
  if (!existsSync(path)) fail(path, 'no such file');
  const byId = new Map<string, Place>();
  let lines = 0;
  const rl = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line || line.startsWith('#')) continue;
    lines++;
    const g = parseGeonamesLine(line);
    if (!g) continue;
    const p = g.place;
    if (p.country_code === 'SY') {
      p.country = 'Syria';
      p.admin1 = GEONAMES_SY_ADMIN1[line.split('\t')[10] ?? ''] ?? null;
    }
    byId.set(p.id.slice('geonames:'.length), p);
  }
  if (lines > 0 && byId.size === 0) fail(path, 'no GeoNames rows found (expected the tab-separated geoname table)');
  if (alternateNamesPath) {
    if (!existsSync(alternateNamesPath)) fail(alternateNamesPath, 'no such file');
    const alt = createInterface({ input: createReadStream(alternateNamesPath, 'utf8'), crlfDelay: Infinity });
    for await (const line of alt) {
      const f = line.split('\t');
      const p = byId.get(f[1] ?? '');
      if (!p || (f[2] !== 'ar' && f[2] !== 'en' && f[2] !== '') || !f[3]) continue;
      if (f[7] === '1') continue; // historic
      const name = f[3];
      if (f[2] === 'ar' && !p.name_ar) p.name_ar = name;
      else if (name !== p.name && name !== p.name_ar && !p.aliases.includes(name)) p.aliases.push(name);
    }
  }
  return [...byId.values()];
}

// ---------------------------------------------------------------- Syrian Archive

interface SaRow { id: number; search_name_en: string; search_name_ar_short: string; search_name_ar: string; closest_geonames_post_code: string; old_sa_name: string; lat: number | string | null; lon: number | string | null; sa_loc_only: string }

const SA_KIND: [RegExp, PlaceKind][] = [
  [/^حاجز/, 'checkpoint'], [/^(مطار|قاعدة)/, 'airbase'], [/^حي\s/, 'neighbourhood'], [/^(جبل|جبال)/, 'mountain'], [/^(تل|تلة)\s/, 'hill'],
  [/^(ثكنة|كتيبة|فوج|معسكر|اللواء|لواء|الفوج|مدرسة المشاة|الأكاديمية العسكرية)/, 'military_site'], [/^سجن/, 'prison'], [/^معبر/, 'crossing'],
];

/** The Syrian Archive list: its `sa_loc_only` rows become `sa:ID` places (unverified coordinates;
 *  rows without coordinates point at their admin unit, precision 2); its `old_sa_name` labels of
 *  OCHA communities become aliases of `ocha:PCODE` entries (merged into the shipped place). */
export function importSyrianArchive(path: string): Place[] {
  if (!existsSync(path)) fail(path, 'no such file');
  let rows: SaRow[];
  try {
    rows = JSON.parse(readFileSync(path, 'utf8')) as SaRow[];
  } catch (e) {
    return fail(path, 'not valid JSON', e);
  }
  if (!Array.isArray(rows) || !rows.every((r) => r && typeof r.search_name_en === 'string' && 'sa_loc_only' in r)) fail(path, 'not a Syrian Archive location list');
  const out: Place[] = [];
  const src = 'Syrian Archive (Mnemonic) locations, GPL-3.0, user import';
  for (const r of rows) {
    const pcode = (r.closest_geonames_post_code ?? '').trim();
    const lat = r.lat === '' || r.lat == null ? null : Number(r.lat);
    const lon = r.lon === '' || r.lon == null ? null : Number(r.lon);
    const hasPoint = lat != null && lon != null && Number.isFinite(lat) && Number.isFinite(lon);
    const old = (r.old_sa_name ?? '').split(':').pop()!.trim();
    if (r.sa_loc_only === 'TRUE') {
      const en = r.search_name_en.replace(/\s*---.*$/, '').split(' : ').pop()!.trim();
      const arRaw = r.search_name_ar_short.replace(/\s*\(\(\(\d+\)\)\)\s*$/, '').split(':').pop()!.trim();
      const ar = /[\u0600-\u06FF]/.test(arRaw) ? arRaw : old || null;
      const aliases = new Set<string>();
      if (ar && ar.startsWith('حي ')) aliases.add(ar.slice(3));
      if (old && old !== ar) aliases.add(old);
      const kind = SA_KIND.find(([re]) => ar && re.test(ar))?.[1] ?? 'landmark';
      out.push({
        id: `sa:${r.id}`, name: en, name_ar: ar, aliases: [...aliases], kind, lat: hasPoint ? lat : null, lon: hasPoint ? lon : null,
        country: 'Syria', country_code: 'SY', admin1: admin1FromPcode(pcode), admin2: null,
        parent_id: /^SY\d+$/.test(pcode) ? `ocha:${pcode}` : null, precision: hasPoint ? 1 : 2,
        source: `${src}; coordinates unverified`,
      });
    } else if (old && /^C\d+$/.test(pcode)) {
      const parts = r.search_name_en.replace(/\s*---.*$/, '').split(' - ');
      const name = parts.slice(0, Math.max(1, parts.length - 2)).join(' - ');
      const ar = r.search_name_ar_short.replace(/\s*\(\(\(\d+\)\)\)\s*$/, '').split('-')[0]!.trim();
      out.push({
        id: `ocha:${pcode}`, name, name_ar: ar || null, aliases: [old], kind: 'village', lat: hasPoint ? lat : null, lon: hasPoint ? lon : null,
        country: 'Syria', country_code: 'SY', admin1: null, admin2: parts.length >= 3 ? parts[parts.length - 1]!.trim() : null,
        precision: 1, source: `${src}: old_sa_name alias of an OCHA community`,
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------- any file

export type GazetteerFormat = 'ocha-xlsx' | 'geonames' | 'syrianarchive';

/** Import a gazetteer file, sniffing its format when not given. */
export async function importGazetteerFile(path: string, format?: GazetteerFormat): Promise<Place[]> {
  if (!existsSync(path)) fail(path, 'no such file');
  const f = format ?? sniff(path);
  if (f === 'ocha-xlsx') return importOchaWorkbook(path);
  if (f === 'syrianarchive') return importSyrianArchive(path);
  return importGeonamesDump(path);
}

function sniff(path: string): GazetteerFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx') return 'ocha-xlsx';
  const buf = Buffer.alloc(4096);
  const fd = openSync(path, 'r');
  const n = readSync(fd, buf, 0, buf.length, 0);
  closeSync(fd);
  const head = buf.subarray(0, n).toString('utf8');
  if (head.startsWith('PK')) return 'ocha-xlsx';
  if (/^\s*\[/.test(head) && head.includes('sa_loc_only')) return 'syrianarchive';
  const first = head.split('\n')[0] ?? '';
  if (/^\d+\t/.test(first) && first.split('\t').length >= 15) return 'geonames';
  return fail(path, 'unknown gazetteer format (expected an OCHA .xlsx, a GeoNames .txt dump or the Syrian Archive JSON)');
}
