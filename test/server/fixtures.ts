// Synthetic but realistic test data for the server and the browser tests: a few places and
// actors of the Hama/Idlib front, four short articles written for these tests (two Arabic, two
// English), merged events citing them with their evidence offsets, and control changes.
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConflictEvent, ControlChange, EventSource, FatalityClaim, Place, RawDocument, Sentence } from '../../src/core/index.js';
import { ActorIndex, Gazetteer } from '../../src/kb/index.js';
import { openStore, type Store } from '../../src/store/index.js';

export const PLACES: Place[] = [
  place('test:kafr-nabudah', 'Kafr Nabudah', 'كفرنبودة', 35.4364, 36.5264, 'Hama', 'As-Suqaylabiyah', 'town'),
  place('test:khan-shaykhun', 'Khan Shaykhun', 'خان شيخون', 35.4417, 36.6508, 'Idlib', "Ma'arrat an-Nu'man", 'city'),
  place('test:abu-dali', 'Abu Dali', 'أبو دالي', 35.1975, 37.0411, 'Hama', 'Hama', 'village'),
  place('test:maarat-al-numan', "Ma'arrat an-Nu'man", 'معرة النعمان', 35.6475, 36.6722, 'Idlib', "Ma'arrat an-Nu'man", 'city'),
  place('test:latamneh', 'Al-Lataminah', 'اللطامنة', 35.3206, 36.6189, 'Hama', 'Muhradah', 'town'),
];

function place(id: string, name: string, name_ar: string, lat: number, lon: number, admin1: string, admin2: string, kind: Place['kind']): Place {
  return { id, name, name_ar, aliases: [], kind, lat, lon, country: 'Syria', country_code: 'SY', admin1, admin2, source: 'test fixture' };
}

export const ACTORS = [
  { id: 'military-forces-of-syria', name: 'Military Forces of Syria (2000-2024)', aliases: { ar: ['قوات النظام'], en: ['Syrian Arab Army'] }, inter: 1, country: 'Syria', kind: 'state', side: 'government', memberships: [], source: 'test fixture' },
  { id: 'hts', name: 'Hayat Tahrir al-Sham', aliases: { ar: ['هيئة تحرير الشام'], en: ['HTS'] }, inter: 2, country: 'Syria', kind: 'jihadist', side: 'opposition', memberships: [], source: 'test fixture' },
  { id: 'nlf', name: 'National Liberation Front', aliases: { ar: ['الجبهة الوطنية للتحرير'], en: ['NLF'] }, inter: 2, country: 'Syria', kind: 'rebel', side: 'opposition', memberships: [], source: 'test fixture' },
  { id: 'military-forces-of-russia', name: 'Military Forces of Russia (2000-)', aliases: { ar: ['الطيران الروسي'], en: ['Russian Air Force'] }, inter: 8, country: 'Russia', kind: 'foreign_state', side: 'foreign', memberships: [], source: 'test fixture' },
] as const;

export function fixtureKb() {
  return { gazetteer: new Gazetteer(PLACES), actors: new ActorIndex(ACTORS as unknown as ConstructorParameters<typeof ActorIndex>[0]) };
}

// ---------------------------------------------------------------- documents (written for these tests)

export const DOCS: { doc_id: string; lang: 'ar' | 'en'; title: string; published: string; outlet: string; text: string }[] = [
  {
    doc_id: 'test-ar-kafr-nabudah.txt',
    lang: 'ar',
    title: 'قوات النظام تتقدم في ريف حماة الشمالي',
    published: '2019-05-09',
    outlet: 'Test Outlet AR',
    text: 'سيطرت قوات النظام على بلدة كفرنبودة في ريف حماة الشمالي يوم الأربعاء بعد اشتباكات عنيفة مع هيئة تحرير الشام.\n'
      + 'وقال مصدر ميداني إن 23 مقاتلاً من الفصائل قتلوا في المعارك.\n'
      + 'وتعرضت بلدة اللطامنة لقصف مدفعي مكثف في اليوم نفسه.',
  },
  {
    doc_id: 'test-en-khan-shaykhun.txt',
    lang: 'en',
    title: 'Air strikes hit Khan Shaykhun',
    published: '2019-05-13',
    outlet: 'Test Wire',
    text: 'Russian warplanes struck the town of Khan Shaykhun on Sunday, killing at least 9 civilians, local rescuers said.\n'
      + 'The Russian Defence Ministry said 40 militants were killed in the raids.\n'
      + 'The Syrian Observatory for Human Rights put the civilian toll at 21.\n'
      + 'Rebels of the National Liberation Front retook Kafr Nabudah late on Monday after a counter-attack.',
  },
  {
    doc_id: 'test-ar-abu-dali.txt',
    lang: 'ar',
    title: 'هيئة تحرير الشام تسيطر على أبو دالي',
    published: '2017-10-10',
    outlet: 'Test Outlet AR',
    text: 'سيطرت هيئة تحرير الشام على قرية أبو دالي في ريف حماة الشرقي بعد معارك مع قوات النظام.\n'
      + 'وأفادت مصادر محلية بمقتل 12 عنصراً من الطرفين.',
  },
  {
    doc_id: 'test-en-maarat.txt',
    lang: 'en',
    title: 'Protest in Maarat al-Numan',
    published: '2019-06-02',
    outlet: 'Test Wire',
    text: 'Hundreds of people protested in Maarat al-Numan on Friday against the bombardment of their town.\n'
      + 'Shelling on Al-Lataminah killed two civilians the same day.',
  },
];

function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^\n.]+[.]?/g;
  let m: RegExpExecArray | null;
  let index = 0;
  while ((m = re.exec(text))) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (!body) continue;
    out.push({ index: index++, start: m.index + lead, end: m.index + lead + body.length, text: body });
  }
  return out;
}

function rawDoc(d: (typeof DOCS)[number]): RawDocument {
  return {
    doc_id: d.doc_id, text: d.text, title: d.title, url: `https://example.org/${d.doc_id}`, outlet: d.outlet,
    published: d.published, published_basis: 'metadata', lang: d.lang, lang_supported: true, source_path: null,
    encoding: 'UTF-8', format: 'txt', hash: createHash('sha256').update(d.text).digest('hex'),
  };
}

/** The source entry for the sentence of `doc_id` that contains `needle`. */
function source(doc_id: string, needle: string): EventSource {
  const d = DOCS.find((x) => x.doc_id === doc_id)!;
  const at = d.text.indexOf(needle);
  if (at < 0) throw new Error(`fixture: "${needle}" not in ${doc_id}`);
  const s = sentencesOf(d.text).find((x) => x.start <= at && x.end >= at + needle.length)!;
  return { doc_id, title: d.title, lang: d.lang, published: d.published, evidence: { text: s.text, start: s.start, end: s.end } };
}

function claim(count: number, victims: FatalityClaim['victims'], claimant: string | null, doc_id: string, qualifier: FatalityClaim['qualifier'] = 'exact'): FatalityClaim {
  return { count, qualifier, victims, claimant, doc_id };
}

function event(p: Partial<ConflictEvent> & Pick<ConflictEvent, 'event_id' | 'event_date' | 'event_type' | 'sub_event_type' | 'sources'> & { place: string }): ConflictEvent {
  const pl = PLACES.find((x) => x.id === p.place)!;
  const { place: _place, ...rest } = p;
  return {
    event_date_end: null, time_precision: 1, actor1: null, assoc_actor_1: [], inter1: 0, actor2: null, assoc_actor_2: [], inter2: 0,
    civilian_targeting: false, country: 'Syria', admin1: pl.admin1, admin2: pl.admin2 ?? null, location: pl.name, location_ar: pl.name_ar,
    place_id: pl.id, latitude: pl.lat, longitude: pl.lon, geo_precision: 1, fatalities: 0, fatality_claims: [], notes: '', confidence: 0.8,
    ...rest,
  } as ConflictEvent;
}

const SYR = 'Military Forces of Syria (2000-2024)';
const HTS = 'Hayat Tahrir al-Sham';
const NLF = 'National Liberation Front';
const RUS = 'Military Forces of Russia (2000-)';

export const EVENTS: ConflictEvent[] = [
  event({
    event_id: 'EV-KN-20190508', event_date: '2019-05-08', event_type: 'Battles', sub_event_type: 'Government regains territory', place: 'test:kafr-nabudah',
    actor1: SYR, inter1: 1, actor2: HTS, inter2: 2, fatalities: 23,
    fatality_claims: [claim(23, 'rebels', 'field source', 'test-ar-kafr-nabudah.txt')],
    sources: [source('test-ar-kafr-nabudah.txt', 'سيطرت قوات النظام')], notes: 'Government forces took Kafr Nabudah from HTS after heavy clashes.', rule_ids: ['ar-saytara-ala'],
  }),
  event({
    event_id: 'EV-LAT-20190508', event_date: '2019-05-08', event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack', place: 'test:latamneh',
    actor1: SYR, inter1: 1, sources: [source('test-ar-kafr-nabudah.txt', 'اللطامنة')], notes: 'Heavy artillery shelling on Al-Lataminah.',
  }),
  event({
    event_id: 'EV-KS-20190512', event_date: '2019-05-12', event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike', place: 'test:khan-shaykhun',
    actor1: RUS, inter1: 8, actor2: 'Civilians (Syria)', inter2: 7, civilian_targeting: true, fatalities: 9,
    fatality_claims: [claim(9, 'civilians', 'local rescuers', 'test-en-khan-shaykhun.txt', 'at_least'), claim(40, 'rebels', 'Russian Ministry of Defence', 'test-en-khan-shaykhun.txt'), claim(21, 'civilians', 'SOHR', 'test-en-khan-shaykhun.txt')],
    sources: [source('test-en-khan-shaykhun.txt', 'Russian warplanes')], notes: 'Russian air strikes on Khan Shaykhun.', review_flags: ['contradictory-claims'],
  }),
  event({
    event_id: 'EV-KN-20190513', event_date: '2019-05-13', event_type: 'Battles', sub_event_type: 'Non-state actor overtakes territory', place: 'test:kafr-nabudah',
    actor1: NLF, inter1: 2, actor2: SYR, inter2: 1, sources: [source('test-en-khan-shaykhun.txt', 'retook Kafr Nabudah')], notes: 'NLF retook Kafr Nabudah.',
  }),
  event({
    event_id: 'EV-AD-20171009', event_date: '2017-10-09', event_type: 'Battles', sub_event_type: 'Non-state actor overtakes territory', place: 'test:abu-dali',
    actor1: HTS, inter1: 2, actor2: SYR, inter2: 1, fatalities: 12, fatality_claims: [claim(12, 'combatants', 'local sources', 'test-ar-abu-dali.txt')],
    sources: [source('test-ar-abu-dali.txt', 'أبو دالي')],
  }),
  event({
    event_id: 'EV-MN-20190531', event_date: '2019-05-31', event_type: 'Protests', sub_event_type: 'Peaceful protest', place: 'test:maarat-al-numan',
    actor1: 'Protesters (Syria)', inter1: 6, sources: [source('test-en-maarat.txt', 'protested')],
  }),
  event({
    event_id: 'EV-LAT-20190531', event_date: '2019-05-31', event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack', place: 'test:latamneh',
    actor1: SYR, inter1: 1, actor2: 'Civilians (Syria)', inter2: 7, civilian_targeting: true, fatalities: 2,
    fatality_claims: [claim(2, 'civilians', null, 'test-en-maarat.txt')], sources: [source('test-en-maarat.txt', 'Shelling on Al-Lataminah')],
  }),
];

export const CONTROL: ControlChange[] = [
  control('test:kafr-nabudah', '2019-05-08', SYR, HTS, false, 'EV-KN-20190508', 'test-ar-kafr-nabudah.txt', 'سيطرت قوات النظام'),
  control('test:kafr-nabudah', '2019-05-13', NLF, SYR, true, 'EV-KN-20190513', 'test-en-khan-shaykhun.txt', 'retook Kafr Nabudah'),
  control('test:abu-dali', '2017-10-09', HTS, SYR, false, 'EV-AD-20171009', 'test-ar-abu-dali.txt', 'أبو دالي'),
];

function control(place_id: string, date: string, controller: string, previous: string | null, contested: boolean, event_id: string, doc_id: string, needle: string): ControlChange {
  const pl = PLACES.find((p) => p.id === place_id)!;
  const s = source(doc_id, needle);
  return { place_id, location: pl.name, location_ar: pl.name_ar, date, controller, previous_controller: previous, contested, event_id, confidence: 0.8, evidence: { ...s.evidence, doc_id } };
}

/** Save the fixture documents (with sentences, so full-text search works), events and control. */
export function populateStore(store: Store): void {
  for (const d of DOCS) {
    const sentences = sentencesOf(d.text);
    store.saveDocument(rawDoc(d), { sentences, mentions: mentionsOf(d.text), events: [] });
  }
  store.replaceEvents(EVENTS);
  store.replaceControl(CONTROL);
}

/** Place and actor mentions wherever a fixture name occurs, for the document spans. */
function mentionsOf(text: string) {
  const out = [];
  for (const p of PLACES) {
    const at = text.indexOf(p.name_ar!);
    if (at >= 0) out.push({ kind: 'place' as const, start: at, end: at + p.name_ar!.length, surface: p.name_ar!, ref: p.id, score: 1, why: 'fixture' });
  }
  for (const a of ACTORS) {
    for (const alias of [...a.aliases.ar, ...a.aliases.en]) {
      const at = text.indexOf(alias);
      if (at >= 0) out.push({ kind: 'actor' as const, start: at, end: at + alias.length, surface: alias, ref: a.id, score: 1, why: 'fixture' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function fixtureStore(dir = tempDir('marsad-server-')): { store: Store; path: string } {
  const path = join(dir, 'test.db');
  const store = openStore(path);
  populateStore(store);
  return { store, path };
}
