import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import ExcelJS from 'exceljs';
import { importGazetteerFile, importGeonamesDump, importOchaWorkbook, importSyrianArchive, loadGazetteer } from '../../src/kb/index.js';
import { SHARED_DIR, isMarsadError } from '../../src/core/index.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'marsad-imp-'));

test('importOchaWorkbook reads the HDX columns, cleans OCHA conventions, keeps P-code ids', async () => {
  const dir = tmp();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('syr_pplp');
  ws.addRow(['admin1Name_en', 'admin1Pcode', 'admin2Name_en', 'admin2Pcode', 'admin3Name_en', 'admin3Pcode', 'Location_Pcode', 'LocationName_en', 'LocationName_ar', 'Latitude_y', 'Longitude_x', 'location_type']);
  ws.addRow(['Idleb', 'SY07', "Al Ma'ra", 'SY0702', 'Khan Shaykun', 'SY070201', 'C3987', 'Khan Shaykun', 'خان شيخون - خان شيخون', 35.443735, 36.650373, 'Community']);
  ws.addRow(['Hama', 'SY05', 'Hama', 'SY0501', 'Hama', 'SY050100', 'N0300', 'Al-Sinaha (ne)', 'حي الصناعة', 35.14, 36.75, 'Neighbourhood']);
  ws.addRow(['Aleppo', 'SY02', 'Jebel Saman', 'SY0200', 'x', 'SY020000', 'C1457', 'Maamel - Oshagi', 'المعامل_أوشاغي', 36.1, 37.1, 'Community']);
  const file = join(dir, 'syr_humanitarian_locations_20250101.xlsx');
  await wb.xlsx.writeFile(file);
  const places = await importOchaWorkbook(file);
  assert.equal(places.length, 3);
  const ks = places[0]!;
  assert.equal(ks.id, 'ocha:C3987');
  assert.equal(ks.name_ar, 'خان شيخون');
  assert.equal(ks.admin1, 'Idlib'); // canonical, not OCHA's Idleb
  assert.equal(places[1]!.kind, 'neighbourhood');
  assert.equal(places[1]!.name, 'Al-Sinaha');
  assert.ok(places[1]!.aliases.includes('الصناعة'));
  assert.ok(places[2]!.aliases.includes('أوشاغي') && places[2]!.aliases.includes('Oshagi'));
  // idempotent: same ids again; sniffed by extension
  assert.deepEqual((await importGazetteerFile(file)).map((p) => p.id), places.map((p) => p.id));
});

test('importGeonamesDump streams the tab format and adds Arabic/English alternate names', async () => {
  const dir = tmp();
  const row = (id: string, name: string, alts: string, lat: string, lon: string, fc: string, fcode: string, a1: string, pop: string): string =>
    [id, name, name, alts, lat, lon, fc, fcode, 'SY', '', a1, '', '', '', pop, '', '300', 'Asia/Damascus', '2020-01-01'].join('\t');
  const main = join(dir, 'SY.txt');
  writeFileSync(main, [
    row('168325', 'Khan Shaykhun', 'Khan Sheikhoun,خان شيخون', '35.44', '36.65', 'P', 'PPL', '12', '48975'),
    row('9999001', 'Tall Test', '', '35.3', '36.8', 'T', 'HLL', '10', '0'),
    row('9999002', 'Test Airfield', '', '35.1', '36.7', 'S', 'AIRF', '10', '0'),
  ].join('\n') + '\n');
  const alt = join(dir, 'alternateNamesV2.txt');
  writeFileSync(alt, ['1\t9999001\tar\tتل التجربة\t\t\t\t\t\t', '2\t9999001\tru\tТест\t\t\t\t\t\t', '3\t168325\ten\tKhan Sheikhun\t\t\t\t\t\t'].join('\n'));
  const places = await importGeonamesDump(main, alt);
  assert.deepEqual(places.map((p) => p.id), ['geonames:168325', 'geonames:9999001', 'geonames:9999002']);
  assert.deepEqual(places.map((p) => p.kind), ['town', 'hill', 'airbase']);
  assert.equal(places[0]!.admin1, 'Idlib');
  assert.equal(places[0]!.name_ar, 'خان شيخون');
  assert.ok(places[0]!.aliases.includes('Khan Sheikhun'));
  assert.equal(places[1]!.name_ar, 'تل التجربة');
  assert.ok(!places[1]!.aliases.includes('Тест'));
  assert.equal((await importGazetteerFile(main)).length, 3);
  const bad = join(dir, 'bad.txt');
  writeFileSync(bad, 'not a gazetteer\n');
  await assert.rejects(importGazetteerFile(bad), (e: unknown) => isMarsadError(e) && e.code === 'MARSAD_ERR_GAZETTEER_IMPORT');
});

test('importSyrianArchive: 375 own places and 570 aliases of OCHA communities', (t) => {
  const file = join(SHARED_DIR, 'gazetteer', 'syrianarchive_locations.json');
  if (!existsSync(file)) return t.skip('shared Syrian Archive file absent');
  const places = importSyrianArchive(file);
  const own = places.filter((p) => p.id.startsWith('sa:'));
  const aliases = places.filter((p) => p.id.startsWith('ocha:'));
  assert.equal(own.length, 375);
  assert.equal(aliases.length, 570);
  const kweires = own.find((p) => p.name_ar === 'مطار كويرس');
  assert.equal(kweires?.kind, 'airbase');
  assert.ok(own.every((p) => p.lat != null || p.precision === 2));
  assert.ok(own.filter((p) => p.parent_id).length > 350);
  assert.equal(own.filter((p) => p.lat == null).length, 22);
  // merged into the gazetteer, the old label of al-Khuwayn is an alias of the OCHA place
  const g = loadGazetteer({ world: false, extraPlaces: places });
  assert.ok(g.get('ocha:C4091')!.aliases.includes('خوين'));
  assert.equal(g.get('ocha:C4091')!.name, 'al-Khuwayn');
  assert.ok(g.get('sa:5700'));
  assert.deepEqual(importSyrianArchive(file).map((p) => p.id), places.map((p) => p.id));
});
