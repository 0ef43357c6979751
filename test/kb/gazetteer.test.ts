import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { GAZETTEER_DIR, loadGazetteer, loadMatcherWords, regionKey } from '../../src/kb/index.js';
import { giveUnitSpellingsToSeats } from '../../src/kb/sources.js';
import type { Place } from '../../src/core/index.js';
import { isMarsadError } from '../../src/core/index.js';
import { sharedKb } from './helpers.js';

const CANONICAL_ADMIN1 = ['Damascus', 'Aleppo', 'Rural Damascus', 'Homs', 'Hama', 'Latakia', 'Idlib', 'Hasakah', 'Deir ez-Zor', 'Tartus', 'Raqqa', 'Daraa', 'As-Suwayda', 'Quneitra'];

test('the shipped gazetteer has every OCHA row, curated places and countries', () => {
  const g = sharedKb().gazetteer;
  assert.ok(g.size > 8710 + 10000, `size ${g.size}`);
  assert.equal(g.get('ocha:C3987')?.name, 'Khan Shaykhun');
  assert.equal(g.get('ocha:C3987')?.admin1, 'Idlib');
  assert.equal(g.get('ocha:C3987')?.admin2, "Maarrat al-Nu'man");
  assert.equal(g.get('marsad:country-tr')?.name_ar, 'تركيا');
  const admin1 = new Set([...g.all()].filter((p) => p.country_code === 'SY').map((p) => p.admin1));
  for (const a of admin1) assert.ok(a === null || CANONICAL_ADMIN1.includes(a), `non-canonical admin1 ${a}`);
  assert.equal(admin1.size, 14 + (admin1.has(null) ? 1 : 0));
});

test('governorate() accepts canonical, OCHA, Arabic and formal names', () => {
  const g = sharedKb().gazetteer;
  for (const n of ['Idlib', 'Idleb', 'إدلب', 'ادلب', 'محافظة إدلب', 'Idlib Governorate']) assert.equal(g.governorate(n)?.id, 'ocha:SY07', n);
  assert.equal(g.governorate('حماة')?.name, 'Hama');
  assert.equal(g.governorate('Lattakia')?.name, 'Latakia');
  assert.equal(g.governorate('Nowhere'), undefined);
});

test('search() finds press spellings, OCHA spellings and Arabic, best first with a reason', () => {
  const g = sharedKb().gazetteer;
  assert.equal(g.search('Khan Sheikhoun')[0]?.place.id, 'ocha:C3987');
  assert.equal(g.search('خان شيخون')[0]?.place.id, 'ocha:C3987');
  assert.equal(g.search('Kafr Nobol')[0]?.place.id, 'ocha:C4068'); // OCHA spelling of Kafr Nabl
  assert.equal(g.search('Kafr Nabl')[0]?.place.id, 'ocha:C4068');
  // curated press spellings of northern Aleppo front towns (OCHA writes Tall Refaat, Mare, Atareb, Daret Azza)
  for (const [name, id] of [['Tal Rifaat', 'ocha:C1621'], ['Tel Rifaat', 'ocha:C1621'], ['Marea', 'ocha:C1643'], ['al-Atarib', 'ocha:C1022'], ['Darat Izza', 'ocha:C1139']]) {
    assert.equal(g.search(name!)[0]?.place.id, id, name);
  }
  // eastern and southern towns the press spells its own way (OCHA: Al Bagouz, Al-Thawrah, Shaddadah, Izra`, Yarmuk)
  for (const [name, id] of [['Baghouz', 'ocha:C6795'], ['Tabqa', 'ocha:C5929'], ['الطبقة', 'ocha:C5929'], ['Shaddadi', 'ocha:C4446'],
    ['الشدادي', 'ocha:C4446'], ['Izraa', 'ocha:C6101'], ['Yarmouk camp', 'ocha:C1002'], ['مخيم اليرموك', 'ocha:C1002']]) {
    assert.equal(g.search(name!)[0]?.place.id, id, name);
  }
  // Idlib and Ghab-plain villages (OCHA: Jorin, Hbit, Has, Iss, Zarbah, Afs, Atma, Hish, Sfuhen, Maar Dibsi, Kafruma)
  for (const [name, id] of [['Jurin', 'ocha:C3178'], ['al-Habit', 'ocha:C3989'], ['Hass', 'ocha:C4058'], ['al-Eis', 'ocha:C1181'],
    ['Zerbeh', 'ocha:C1170'], ['Afis', 'ocha:C3920'], ['Atmeh', 'ocha:C4130'], ['Heesh', 'ocha:C4105'], ['Sfuhun', 'ocha:C4054'],
    ['Maardebsi', 'ocha:C3931'], ['Kafr Rumah', 'ocha:C3984']]) {
    assert.equal(g.search(name!)[0]?.place.id, id, name);
  }
  // the press name of a town that OCHA gives only to its subdistrict is the town (a point), not the subdistrict
  assert.equal(g.search('al-Tamanah')[0]?.place.id, 'ocha:C4081');
  assert.equal(g.search('Maarrat Misrin')[0]?.place.id, 'ocha:C3947');
  // the town that gives its name to its district outranks villages of the same name
  assert.equal(g.search('رأس العين')[0]?.place.id, 'ocha:C4988');
  assert.equal(g.search('Ras al-Ain')[0]?.place.id, 'ocha:C4988');
  const khwein = g.search('Khuwayn');
  assert.equal(khwein[0]?.place.id, 'ocha:C4091');
  assert.ok(khwein[0]!.why.length > 0);
  // admin1 filter prefers the namesake in that governorate
  const abuDali = g.search('Abu Dali', { admin1: 'Hama' });
  assert.equal(abuDali[0]?.place.admin1, 'Hama');
  assert.deepEqual(g.search(''), []);
});

test('curated places without a published point are placed by their parent with precision 2-3', () => {
  const g = sharedKb().gazetteer;
  const base = g.search('مطار أبو الظهور العسكري')[0]!.place;
  assert.equal(base.kind, 'airbase');
  assert.equal(base.lat, null);
  assert.ok(base.parent_id && g.get(base.parent_id));
  assert.ok((base.precision ?? 1) >= 2);
  assert.match(base.source, /Wikipedia/);
  for (const p of g.all()) if (p.id.startsWith('marsad:') && p.kind !== 'country') assert.ok(p.lat != null || (p.parent_id && (p.precision ?? 1) > 1), p.id);
});

test('regions: one id per governorate and direction whatever the form', () => {
  const g = sharedKb().gazetteer;
  const r = g.region('Hama', 'north');
  assert.equal(r.id, 'marsad:region:hama:north');
  assert.equal(r.name, 'northern Hama countryside');
  assert.equal(r.name_ar, 'ريف حماة الشمالي');
  assert.equal(r.precision, 2);
  assert.equal(g.region('حماة', 'countryside-north').id, r.id);
  assert.equal(g.region('Hama', 'northern').id, r.id);
  const p = g.region('Idleb', 'province');
  assert.equal(p.id, 'marsad:region:idlib:province');
  assert.equal(p.precision, 3);
  assert.equal(g.get('marsad:region:hama:north')?.name, r.name);
  // a directional region lies ~20 km from the city in that direction
  const city = g.get('ocha:C2987')!;
  assert.ok(r.lat! > city.lat! + 0.1 && Math.abs(r.lon! - city.lon!) < 0.01);
  assert.equal(regionKey('countryside-northeast'), 'northeast');
});

test('data files are validated on load: the error names the file and the entry', () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-gaz-'));
  for (const f of ['syria.json', 'countries.json', 'world.json']) copyFileSync(join(GAZETTEER_DIR, f), join(dir, f));
  const supp = { changelog: [{ date: '2026-11-22', change: 'test' }], entries: [
    { id: 'marsad:bad-hill', name: 'Bad Hill', name_ar: 'تل سيء', aliases: [], kind: 'hill', lat: null, lon: null, admin1: 'Hama', parent_id: null, precision: 2, source: 'test' },
  ] };
  writeFileSync(join(dir, 'supplement.json'), JSON.stringify(supp));
  assert.throws(() => loadGazetteer({ dir, world: false }), (e: unknown) => isMarsadError(e) && e.code === 'MARSAD_ERR_DATA_INVALID' && /supplement\.json/.test(e.message) && /bad-hill/.test(e.message));
  const words = JSON.parse(readFileSync(join(GAZETTEER_DIR, 'matcher-words.json'), 'utf8'));
  words.headNouns['قرية'] = 'village'; // not in key form (ة)
  writeFileSync(join(dir, 'words.json'), JSON.stringify(words));
  assert.throws(() => loadMatcherWords(join(dir, 'words.json')), /قرية/);
});

test('every shipped gazetteer data file has a dated changelog', () => {
  for (const f of ['syria.json', 'world.json', 'supplement.json', 'aliases.json', 'countries.json', 'matcher-words.json']) {
    const d = JSON.parse(readFileSync(join(GAZETTEER_DIR, f), 'utf8'));
    assert.ok(Array.isArray(d.changelog) && d.changelog.length > 0 && /^\d{4}-\d{2}-\d{2}$/.test(d.changelog[0].date), f);
  }
});

test('world: false leaves out the world towns but keeps countries', () => {
  const g = loadGazetteer({ world: false });
  assert.ok(g.size < 9000);
  assert.ok(g.get('marsad:country-ru'));
  assert.equal([...g.all()].filter((p) => p.id.startsWith('geonames:')).length, 0);
});

test('search finds two-word names written as one word (كفرنبودة, تلملح)', () => {
  const { gazetteer } = sharedKb();
  const joined = gazetteer.search('كفرنبودة');
  assert.equal(joined[0]?.place.name, 'Kafr Nabudah');
  assert.match(joined[0]!.why, /joined spelling/);
  assert.equal(gazetteer.search('تلملح')[0]?.place.admin1, 'Hama');
  assert.deepEqual(gazetteer.search('كفرززززز'), [], 'no split of a nonsense word matches');
});

test('no place is shown with the backtick OCHA and GeoNames write for an ayn; the marked spelling still matches', () => {
  const g = sharedKb().gazetteer;
  const marked = [...g.all()].filter((p) => p.name.includes('`')).map((p) => p.name);
  assert.deepEqual(marked, []);
  // press names where there is one, else the name without the mark
  assert.equal(g.get('ocha:C1564')?.name, 'Azaz');
  assert.equal(g.get('ocha:C1366')?.name, 'Afrin');
  assert.equal(g.get('ocha:C5787')?.name, 'Madan');
  for (const spelling of ['I`zaz', 'Azaz', 'اعزاز']) assert.equal(g.search(spelling)[0]?.place.id, 'ocha:C1564', spelling);
});

test("a sub-district's or district's seat town takes the unit's plain spellings: al-Busayrah is the town of Basira", () => {
  const place = (id: string, kind: Place['kind'], name: string, name_ar: string, aliases: string[], parent_id: string | null): Place => ({
    id, kind, name, name_ar, aliases, parent_id, lat: 35, lon: 40, country: 'Syria', country_code: 'SY', admin1: 'Deir ez-Zor', admin2: 'Deir ez-Zor', source: 'test' });
  const unit = place('ocha:SY090102', 'subdistrict', 'Basira', 'البصيرة', ['Busayrah', 'Nahiyat al Busayrah', 'nahyt bsyrt', 'البصيره'], 'ocha:SY0901');
  const seat = place('ocha:C5110', 'town', 'Basira', 'البصيرة', [], 'ocha:SY090102');
  const other = place('ocha:C9999', 'town', 'Basira', 'البصيرة', [], 'ocha:SY090201'); // a namesake in another unit
  assert.equal(giveUnitSpellingsToSeats([unit, seat, other]), 1);
  assert.deepEqual(seat.aliases, ['Busayrah']); // not the unit's own "Nahiyat ..." forms, nor Arabic
  assert.deepEqual(other.aliases, []);
  // the shipped gazetteer: the town, not the area, is what the name finds
  const g = sharedKb().gazetteer;
  assert.equal(g.search('al-Busayrah')[0]?.place.id, 'ocha:C5110');
  assert.equal(g.search('Kobane')[0]?.place.id, 'ocha:C1946');
});

test('an airbase is found by every press form of its name (airbase, air base, military airport, airport)', () => {
  const g = sharedKb().gazetteer;
  for (const q of ['Abu al-Duhur military airport', 'Abu al-Duhur airbase', 'Kweires airport', 'T4 air base', 'Shayrat military airbase']) {
    assert.equal(g.search(q)[0]?.place.kind, 'airbase', q);
  }
});
