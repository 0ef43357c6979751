// End to end: the BUILT CLI (dist/, as `npx marsad` runs it) over the seed corpus and over bad input.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, SEED_CORPUS_DIR } from '../../src/core/index.js';

const CLI = join(PROJECT_ROOT, 'dist', 'src', 'cli', 'main.js');
const haveSeeds = existsSync(SEED_CORPUS_DIR);
let tmp = '';
let db = '';

function marsad(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input, env: { ...process.env, MARSAD_DB: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'marsad-cli-'));
  db = join(tmp, 'seeds.db');
});
after(() => rmSync(tmp, { recursive: true, force: true }));

test('the built CLI exists (npm run build) and describes every command', () => {
  assert.ok(existsSync(CLI), `${CLI} missing: run npm run build`);
  const help = marsad(['--help']);
  assert.equal(help.code, 0);
  for (const cmd of ['ingest', 'docs', 'show', 'mentions', 'export', 'places', 'actors', 'gazetteer', 'claims', 'control', 'serve', 'demo']) {
    assert.match(help.out, new RegExp(`\\b${cmd}\\b`), `--help lists ${cmd}`);
  }
  const ingestHelp = marsad(['ingest', '--help']);
  assert.match(ingestHelp.out, /--db <path>/);
  assert.match(ingestHelp.out, /--max-bytes/);
  assert.match(marsad(['export', '--help']).out, /jsonl.*csv.*geojson/s);
});


test('`npx marsad` runs: the package bin is executable and answers from the repository root', () => {
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  assert.equal(join(PROJECT_ROOT, pkg.bin.marsad!), CLI);
  // the shell runs the bin itself (its #! line), as npx does: it must carry the execute bit
  const r = spawnSync('npx', ['--no-install', 'marsad', '--version'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^\d+\.\d+\.\d+/);
});
test('ingesting the seed corpus stores five documents with their dates and languages', { skip: !haveSeeds && 'no ../shared/corpus/seeds' }, () => {
  const r = marsad(['ingest', SEED_CORPUS_DIR, '--db', db, '--no-progress']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /documents: 5 new, 0 updated, 0 unchanged, 0 failed/);
  const docs = JSON.parse(marsad(['docs', '--json', '--db', db]).out) as { doc_id: string; lang: string; published: string | null; sentences: number }[];
  const byId = Object.fromEntries(docs.map((d) => [d.doc_id.slice(0, 3), d]));
  assert.equal(byId['001'].published, '2018-01-11'); // from its sidecar
  assert.equal(byId['002'].published, '2019-08-04'); // dateline 04.08.2019
  assert.equal(byId['003'].published, '2024-12-05'); // dateline الخميس 2024/12/05
  assert.deepEqual(docs.map((d) => d.lang).sort(), ['ar', 'ar', 'ar', 'ar', 'en']);
  assert.equal(byId['004'].lang, 'en');
  assert.ok(docs.every((d) => d.sentences > 5));
});

test('re-ingesting the same corpus stores nothing new; a changed document replaces its version', { skip: !haveSeeds && 'no seeds' }, () => {
  const again = marsad(['ingest', SEED_CORPUS_DIR, '--db', db, '--no-progress']);
  assert.match(again.out, /documents: 0 new, 0 updated, 5 unchanged, 0 failed/);
  const dir = join(tmp, 'changed');
  mkdirSync(dir);
  const text = readFileSync(join(SEED_CORPUS_DIR, '004_bf52346a42550460.txt'), 'utf8');
  writeFileSync(join(dir, '004_bf52346a42550460.txt'), text + '\nA line added in a later edition of the article.\n');
  const changed = marsad(['ingest', dir, '--db', db, '--no-progress']);
  assert.match(changed.out, /documents: 0 new, 1 updated, 0 unchanged, 0 failed/);
  copyFileSync(join(SEED_CORPUS_DIR, '004_bf52346a42550460.txt'), join(dir, '004_bf52346a42550460.txt'));
  assert.match(marsad(['ingest', dir, '--db', db, '--no-progress']).out, /1 updated/);
});

test('show prints sentences with the dates and numbers found in each', { skip: !haveSeeds && 'no seeds' }, () => {
  const r = marsad(['show', '000_035d17f46c50adb3.txt', '--db', db, '--json']);
  assert.equal(r.code, 0, r.err);
  const shown = JSON.parse(r.out) as { sentences: { text: string; dates: { date: string }[]; numbers: { value: number }[] }[] };
  const dates = shown.sentences.flatMap((s) => s.dates.map((d) => d.date));
  assert.ok(dates.includes('2017-09-19'), 'في 19 سبتمبر takes 2017 from the preceding مارس 2017');
  const numbers = shown.sentences.flatMap((s) => s.numbers.map((n) => n.value));
  assert.ok(numbers.includes(850) && numbers.includes(66) && numbers.includes(38));
  assert.equal(marsad(['show', 'no-such-doc', '--db', db]).code, 1);
});

test('exports: ACLED CSV column order, JSON Lines per EVENT_SCHEMA, GeoJSON, control', { skip: !haveSeeds && 'no seeds' }, () => {
  const csv = marsad(['export', '--format', 'csv', '--db', db]).out.split('\n');
  assert.equal(
    csv[0],
    'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp',
  );
  const lines = marsad(['export', '--format', 'jsonl', '--db', db]).out.trim().split('\n').filter(Boolean);
  assert.ok(lines.length >= 30, `expected the seeds to yield events, got ${lines.length}`);
  const e = JSON.parse(lines[0]);
  for (const f of ['event_id', 'event_date', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'location', 'geo_precision', 'fatalities', 'fatality_claims', 'sources', 'notes', 'confidence']) {
    assert.ok(f in e, `field ${f}`);
  }
  const out = join(tmp, 'events.geojson');
  assert.equal(marsad(['export', '--format', 'geojson', '--out', out, '--db', db]).code, 0);
  const geo = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(geo.type, 'FeatureCollection');
  assert.equal(geo.features.length, lines.length);
});

test('an empty store exports a CSV header and nothing else', () => {
  const empty = join(tmp, 'empty.db');
  const csv = marsad(['export', '--format', 'csv', '--db', empty]);
  assert.equal(csv.code, 0, csv.err);
  assert.equal(csv.out.trim().split('\n').length, 1);
  assert.equal(marsad(['export', '--format', 'jsonl', '--db', empty]).out, '');
  assert.deepEqual(JSON.parse(marsad(['export', '--format', 'geojson', '--db', empty]).out).features, []);
});

test('bad input is reported with the file name, the batch continues, and the exit status is 1', () => {
  const dir = join(tmp, 'bad');
  mkdirSync(dir);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 255, 254, 0]));
  writeFileSync(join(dir, 'broken.json'), '{"id": "x", "text": ');
  writeFileSync(join(dir, 'good.txt'), 'في 3 مارس 2019 قصفت قوات النظام بلدة كفرنبل بريف إدلب الجنوبي.\n');
  const bad = join(tmp, 'bad.db');
  const r = marsad(['ingest', dir, '--db', bad, '--no-progress']);
  assert.equal(r.code, 1);
  assert.match(r.err, /empty\.txt/);
  assert.match(r.err, /binary\.txt/);
  assert.match(r.err, /broken\.json/);
  assert.match(r.out, /1 new, 0 updated, 0 unchanged, 3 failed/);
  const docs = JSON.parse(marsad(['docs', '--json', '--db', bad]).out) as { doc_id: string }[];
  assert.deepEqual(docs.map((d) => d.doc_id), ['good.txt']);
});

test('stdin is ingested with -', () => {
  const stdinDb = join(tmp, 'stdin.db');
  const r = marsad(['ingest', '-', '--db', stdinDb, '--no-progress'], 'On 5 March 2019, government forces shelled Kafr Nabl in southern Idlib.\n');
  assert.equal(r.code, 0, r.err);
  const docs = JSON.parse(marsad(['docs', '--json', '--db', stdinDb]).out) as { doc_id: string; lang: string }[];
  assert.equal(docs.length, 1);
  assert.equal(docs[0].lang, 'en');
  assert.match(docs[0].doc_id, /^stdin-/);
});

test('places, actors and mentions: look-ups with ids, coordinates and why', { skip: !haveSeeds && 'no seeds' }, () => {
  const places = JSON.parse(marsad(['places', 'Khan Sheikhoun', '--json', '--db', db]).out) as { id: string; name: string; lat: number; admin1: string; why: string }[];
  assert.equal(places[0]!.id, 'ocha:C3987');
  assert.equal(places[0]!.admin1, 'Idlib');
  assert.ok(places[0]!.lat > 35 && places[0]!.lat < 36);
  const names = join(tmp, 'names.txt');
  writeFileSync(names, 'كفرنبودة\nKafr Nabl\n');
  const lines = marsad(['places', '--file', names, '--db', db]).out.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.query), ['كفرنبودة', 'Kafr Nabl']);
  assert.equal(lines[0].matches[0].id, 'ocha:C3209');
  const actors = JSON.parse(marsad(['actors', 'الهيئة', '--json']).out) as { name: string; inter: number }[];
  assert.equal(actors[0]!.name, 'Hayat Tahrir al-Sham');
  assert.equal(actors[0]!.inter, 2);
  const mentions = JSON.parse(marsad(['mentions', '004_bf52346a42550460.txt', '--json', '--db', db]).out) as { kind: string; surface: string; ref: string }[];
  assert.ok(mentions.some((m) => m.kind === 'place' && m.ref === 'ocha:C3987'), 'Khan Shaykhun found in 004');
  assert.ok(mentions.some((m) => m.kind === 'actor' && m.surface === 'HTS'));
});

test('control and claims commands answer in the documented JSON shapes', { skip: !haveSeeds && 'no seeds' }, () => {
  const c = JSON.parse(marsad(['control', 'Kafr Nabudah', '--json', '--db', db]).out) as { place_id: string; location: string; history: Record<string, unknown>[] };
  assert.equal(c.place_id, 'ocha:C3209');
  assert.ok(c.history.length >= 1);
  for (const k of ['date', 'controller', 'previous_controller', 'contested', 'event_id', 'evidence']) assert.ok(k in c.history[0]!, k);
  const at = JSON.parse(marsad(['control', 'ocha:C2987', '--at', '2024-12-06', '--json', '--db', db]).out) as { controller: string };
  assert.equal(at.controller, 'Opposition Rebels (Syria)');
  const text = marsad(['control', 'حماة', '--db', db]).out;
  assert.match(text, /2024-12-05/);
  const contradictions = JSON.parse(marsad(['claims', '--contradictions', '--json', '--db', db]).out) as { claims: { count: number; claimant: string }[] }[];
  assert.ok(contradictions.some((x) => x.claims.some((cl) => cl.count === 850) && x.claims.some((cl) => cl.count === 66)));
});

test('gazetteer import is idempotent and grows the places the CLI resolves', { skip: !existsSync(join(SEED_CORPUS_DIR, '..', '..', 'gazetteer', 'syrianarchive_locations.json')) && 'no Syrian Archive file' }, () => {
  const file = join(SEED_CORPUS_DIR, '..', '..', 'gazetteer', 'syrianarchive_locations.json');
  const gdb = join(tmp, 'gaz.db');
  const first = marsad(['gazetteer', 'import', file, '--db', gdb]);
  assert.equal(first.code, 0, first.err);
  const m = /(\d+) places read, (\d+) new, (\d+) updated/.exec(first.out);
  assert.ok(m && Number(m[1]) > 300 && Number(m[2]) > 300, first.out);
  const again = marsad(['gazetteer', 'import', file, '--db', gdb]);
  assert.match(again.out, / 0 new, /);
});

test('a document in an unsupported language is stored, segmented and marked, with no events', () => {
  const dir = join(tmp, 'fr');
  mkdirSync(dir);
  writeFileSync(join(dir, 'depeche.txt'), "Les combats ont repris hier dans la province d'Idleb, selon l'Observatoire syrien des droits de l'homme. Les habitants fuient vers le nord.\n");
  const fdb = join(tmp, 'fr.db');
  const r = marsad(['ingest', dir, '--db', fdb, '--no-progress']);
  assert.equal(r.code, 0, r.err);
  const docs = JSON.parse(marsad(['docs', '--json', '--db', fdb]).out) as { lang: string; sentences: number }[];
  assert.equal(docs[0]!.lang, 'fra');
  assert.ok(docs[0]!.sentences >= 2);
  assert.equal(marsad(['export', '--db', fdb]).out, '');
});
