import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHARED_DIR, isMarsadError, type Actor } from '../../src/core/index.js';
import { ACTORS_FILE, ActorIndex, loadActors, normalizeActorKey, validateActors } from '../../src/kb/actors.js';
import { nameKey } from '../../src/kb/names.js';

const ix = loadActors();
const ALIASES_FILE = join(SHARED_DIR, 'eval', 'actor_aliases.json');
const id = (name: string) => {
  const a = ix.byName(name);
  assert.ok(a, `no actor for "${name}"`);
  return a.id;
};

// ------------------------------------------------------------------ the shipped file

test('the shipped actors file validates, has a changelog and a source on every entry', () => {
  assert.ok(ACTORS_FILE.endsWith(join('data', 'actors.json')));
  const doc = JSON.parse(readFileSync(ACTORS_FILE, 'utf8'));
  assert.ok(Array.isArray(doc.changelog) && doc.changelog.length > 0);
  const actors = validateActors(doc, ACTORS_FILE);
  assert.ok(actors.length >= 100, `only ${actors.length} actors`);
  for (const a of actors) {
    assert.ok(a.source.trim().length > 0, a.id);
    assert.ok(a.aliases.ar.length > 0, `${a.id} has no Arabic alias`);
    assert.ok(a.aliases.en.length > 0 || a.name.length > 0, a.id);
  }
});

test('aliases are filed under the right language', () => {
  const arabic = /[\u0600-\u06FF]/;
  for (const a of ix.all()) {
    for (const s of a.aliases.ar) assert.ok(arabic.test(s), `${a.id}: "${s}" filed as Arabic`);
    for (const s of a.aliases.en) assert.ok(!arabic.test(s), `${a.id}: "${s}" filed as English`);
  }
});

test('no alias is shared by two actors after normalization unless marked ambiguous on all of them', () => {
  // Checked under our lookup key and under the mention matcher's key (articles dropped).
  for (const keyOf of [normalizeActorKey, nameKey]) {
    const groups = new Map<string, { actor: string; ambiguous: boolean }[]>();
    for (const e of ix.aliasEntries()) {
      const k = keyOf(e.alias);
      assert.ok(k, `${e.actor_id}: "${e.alias}" normalizes to nothing`);
      const g = groups.get(k) ?? [];
      g.push({ actor: e.actor_id, ambiguous: !!e.ambiguous });
      groups.set(k, g);
    }
    for (const [k, g] of groups) {
      const actors = new Set(g.map((x) => x.actor));
      if (actors.size > 1) assert.ok(g.every((x) => x.ambiguous), `"${k}" shared by ${[...actors].join(', ')}`);
    }
  }
});

test('memberships fall within the coalition lifetime and renamings are ordered', () => {
  const start = (d?: string | null) => (d ? d.padEnd(10, d.length === 4 ? '-01-01' : '-01') : '');
  for (const a of ix.all()) {
    for (const m of a.memberships) {
      if (m.from && m.to) assert.ok(start(m.from) <= start(m.to), `${a.id} in ${m.actor_id}: from after to`);
      const c = ix.get(m.actor_id)!;
      if (m.from && c.formed) assert.ok(start(m.from).slice(0, 7) >= start(c.formed).slice(0, 7), `${a.id} joins ${c.id} before it formed`);
    }
    const names = a.names_over_time ?? [];
    for (let i = 1; i < names.length; i++) assert.ok(start(names[i - 1]!.from) < start(names[i]!.from), a.id);
  }
});

// ------------------------------------------------------------------ the scorer's names

test("every canonical name and alias the scorer knows resolves to that actor", (t) => {
  if (!existsSync(ALIASES_FILE)) return t.skip('shared eval aliases absent');
  const aliases: Record<string, string[]> = JSON.parse(readFileSync(ALIASES_FILE, 'utf8'));
  for (const [canon, list] of Object.entries(aliases)) {
    const a = ix.byName(canon);
    assert.equal(a?.name, canon, `canonical "${canon}"`);
    for (const al of list) assert.equal(ix.byName(al)?.name, canon, `alias "${al}" of "${canon}"`);
  }
});

test('names resolve through Arabic orthographic and Latin spelling variants', () => {
  assert.equal(id('هيئة تحرير الشام'), 'hayat-tahrir-al-sham');
  assert.equal(id('هَيْئَةُ تَحْرِيرِ الشَّامِ'), 'hayat-tahrir-al-sham'); // diacritics
  assert.equal(id('الجيش العربى السورى'), 'military-forces-of-syria'); // alef maqsura for ya
  assert.equal(id('جيش ادلب الحر'), 'jaysh-idlib-al-hurr'); // bare alef
  assert.equal(id('HAYʾAT TAHRIR AL-SHAM'), 'hayat-tahrir-al-sham');
  assert.equal(id('Jabhat Nusra'), 'jabhat-al-nusra'); // article dropped
  assert.equal(id('Rapid Support Forces (RSF)'), 'rapid-support-forces');
  assert.equal(ix.byName(''), undefined);
  assert.equal(ix.byName('  ...  '), undefined);
  assert.equal(ix.byName('بلدة كفرنبل'), undefined);
  assert.equal(ix.byName(42 as unknown as string), undefined);
});

// Self-written sentences in both languages: the longest alias found in each names the actor.
test('colloquial names in Arabic and English sentences point to the right actors', () => {
  const entries = ix.aliasEntries().filter((e) => !e.case_sensitive);
  const findActors = (sentence: string): string[] => {
    const text = ` ${normalizeActorKey(sentence)} `;
    const hits: { start: number; end: number; actor: string }[] = [];
    for (const e of entries) {
      const k = ` ${normalizeActorKey(e.alias)} `;
      let at = text.indexOf(k);
      while (at >= 0) {
        hits.push({ start: at, end: at + k.length, actor: e.actor_id });
        at = text.indexOf(k, at + 1);
      }
    }
    hits.sort((a, b) => b.end - b.start - (a.end - a.start));
    const kept: typeof hits = [];
    for (const h of hits) if (!kept.some((k) => h.start < k.end - 1 && k.start < h.end - 1)) kept.push(h);
    return kept.sort((a, b) => a.start - b.start).map((h) => ix.actingAs(h.actor)!.id);
  };
  const cases: [string, string[]][] = [
    ['قصفت قوات الأسد بالمدفعية الثقيلة أطراف القرية صباح اليوم', ['military-forces-of-syria']],
    ['شن الطيران الروسي غارات على مواقع الفصائل في الريف الجنوبي', ['military-forces-of-russia', 'opposition-rebels-syria']],
    ['اندلعت اشتباكات بين هتش وجيش النظام على محور التلة', ['hayat-tahrir-al-sham', 'military-forces-of-syria']],
    ['قال المرصد السوري إن الدواعش أعدموا ثلاثة من الأهالي', ['sohr', 'islamic-state', 'civilians-syria']],
    ['أعلنت وزارة الدفاع الروسية مقتل عشرات المسلحين', ['military-forces-of-russia']],
    ['سيطرت قوات الدعم السريع على السوق بعد انسحاب الجيش السوداني', ['rapid-support-forces', 'military-forces-of-sudan']],
    ['استهدفت جماعة الحوثي سفينة تجارية في البحر الأحمر', ['ansar-allah']],
    ['تصدت الدفاعات الجوية السورية لصواريخ في سماء العاصمة', ['military-forces-of-syria']],
    ['Syrian air defences intercepted most of the missiles', ['military-forces-of-syria']],
    ['اعتقلت الشرطة ثلاثة شبان في المدينة', ['police-forces-of-syria']],
    ['Police arrested two men at a checkpoint', ['police-forces-of-syria']],
    ['a sniper of the factions killed a soldier', ['opposition-rebels-syria']],
    ['Regime forces shelled the town as Sham Legion fighters withdrew', ['military-forces-of-syria', 'faylaq-al-sham']],
    ['Unknown gunmen killed two civilians near the checkpoint', ['unidentified-armed-group-syria', 'civilians-syria']],
    ['Militants fired rockets at the air base', ['unidentified-armed-group-syria']],
    ['هاجم مسلحون الحاجز', ['unidentified-armed-group-syria']],
    ['Government forces repelled an attack by terrorists', ['military-forces-of-syria', 'opposition-rebels-syria']],
    ['The Houthis said Saudi-led coalition aircraft struck the port', ['ansar-allah', 'saudi-led-coalition']],
  ];
  for (const [s, want] of cases) assert.deepEqual(findActors(s), want, s);
});

// ------------------------------------------------------------------ time: renamings, coalitions

test('nameOn gives the name an organisation had on that date', () => {
  assert.equal(ix.nameOn('jabhat-al-nusra', '2016-09-01'), 'Jabhat Fateh al-Sham');
  assert.equal(ix.nameOn('jabhat-al-nusra', '2015-06-01'), 'Jabhat al-Nusra');
  assert.equal(ix.nameOn('jabhat-al-nusra', '2016-07'), 'Jabhat al-Nusra');
  assert.equal(ix.nameOn('jabhat-al-nusra', null), 'Jabhat al-Nusra');
  assert.equal(ix.nameOn('government-of-national-unity-forces', '2019-04-10'), 'Government of National Accord forces');
  assert.equal(ix.nameOn('government-of-national-unity-forces', '2023-01-01'), 'Government of National Unity forces');
  assert.equal(ix.nameOn('no-such-actor', '2020-01-01'), 'no-such-actor');
  assert.equal(ix.nameOn('jabhat-al-nusra', 'yesterday'), 'Jabhat al-Nusra'); // odd date: canonical name
  // JFS in a text is the same actor as Nusra, named as on the date
  assert.equal(id('جبهة فتح الشام'), 'jabhat-al-nusra');
});

test('coalitionsOf and membersOf follow the dates', () => {
  const names = (xs: Actor[]) => xs.map((a) => a.name);
  const faylaq = id('فيلق الشام');
  assert.ok(names(ix.coalitionsOf(faylaq, '2018-10-01')).includes('National Front for Liberation'));
  assert.ok(!names(ix.coalitionsOf(faylaq, '2015-06-01')).includes('National Front for Liberation'));
  assert.ok(names(ix.coalitionsOf(faylaq, '2015-06-01')).includes('Jaysh al-Fatah'));
  assert.ok(names(ix.coalitionsOf(faylaq, '2018-02-15')).includes('Radd al-Tughyan Operations Room'));

  const jaf = ix.membersOf(id('جيش الفتح'), '2015-05-01').map((a) => a.id);
  for (const m of ['jabhat-al-nusra', 'ahrar-al-sham', 'faylaq-al-sham', 'jund-al-aqsa', 'liwa-al-haqq', 'ajnad-al-sham', 'jaysh-al-sunna']) {
    assert.ok(jaf.includes(m), `Jaysh al-Fatah lacks ${m}`);
  }
  assert.deepEqual(
    new Set(ix.membersOf(id('غرفة عمليات رد الطغيان'), '2018-02-01').map((a) => a.id)),
    new Set(['jaysh-al-nasr', 'jaysh-idlib-al-hurr', 'jaysh-al-nukhba', 'faylaq-al-sham', 'second-army']),
  );
  assert.deepEqual(
    new Set(ix.membersOf(id('Inna Allah ala Nasrihim la-Qadir Operations Room'), '2018-01-20').map((a) => a.id)),
    new Set(['ahrar-al-sham', 'jaysh-al-ahrar', 'nour-al-din-al-zenki']),
  );
  const mubin = ix.membersOf(id('الفتح المبين'), '2019-06-01').map((a) => a.id);
  for (const m of ['hayat-tahrir-al-sham', 'national-front-for-liberation', 'jaysh-al-izza']) assert.ok(mubin.includes(m), m);
  assert.ok(ix.membersOf(id('إدارة العمليات العسكرية'), '2024-12-01').some((a) => a.id === 'hayat-tahrir-al-sham'));
  // Zenki was in HTS in early 2017 and out of the NLF after January 2019
  assert.deepEqual(names(ix.coalitionsOf(id('الزنكي'), '2017-03-01')), ['Hayat Tahrir al-Sham']);
  assert.ok(!names(ix.coalitionsOf(id('الزنكي'), '2019-06-01')).includes('National Front for Liberation'));
  // null date: every coalition ever
  assert.ok(ix.coalitionsOf(faylaq, null).length >= 3);
  assert.deepEqual(ix.coalitionsOf('no-such-actor', '2018-01-01'), []);
});

// ------------------------------------------------------------------ sides, inter codes, claimants

test('government side: the state and its allies, not the opposition or Turkey', () => {
  for (const n of ['Military Forces of Russia', 'حزب الله', 'قوات الدفاع الوطني', 'الحرس الثوري', 'قوات النظام', 'المليشيات الإيرانية']) {
    assert.equal(ix.isGovernmentSide(id(n)), true, n);
  }
  for (const n of ['هيئة تحرير الشام', 'Faylaq al-Sham', 'Military Forces of Turkey', 'المدنيين', 'SOHR', 'قسد']) {
    assert.equal(ix.isGovernmentSide(id(n)), false, n);
  }
  assert.equal(ix.isGovernmentSide(id('Military Forces of Turkey'), 'Turkey'), true);
  assert.equal(ix.isGovernmentSide(id('Military Forces of Russia'), 'Syria'), true);
  assert.equal(ix.isGovernmentSide(id('الجيش السوداني'), 'Sudan'), true);
  assert.equal(ix.isGovernmentSide(id('قوات الدعم السريع'), 'Sudan'), false);
  assert.equal(ix.isGovernmentSide('no-such-actor'), false);
});

test('inter codes follow ACLED, state forces abroad are external forces', () => {
  assert.equal(ix.inter(id('قوات النظام')), 1);
  assert.equal(ix.inter(id('قوات النظام'), 'Syria'), 1);
  assert.equal(ix.inter(id('القوات الروسية')), 1);
  assert.equal(ix.inter(id('القوات الروسية'), 'Syria'), 8);
  assert.equal(ix.inter(id('HTS')), 2);
  assert.equal(ix.inter(id('الشبيحة')), 3);
  assert.equal(ix.inter(id('المتظاهرين')), 6);
  assert.equal(ix.inter(id('civilians')), 7);
  assert.equal(ix.inter('sohr'), 0);
  assert.equal(ix.inter('no-such-actor'), 0);
});

test('a ministry is its army as an event party and itself as a claimant', () => {
  const mod = ix.entryByName('وزارة الدفاع الروسية')!;
  assert.equal(mod.kind, 'claimant');
  assert.equal(ix.claimantName(mod.id), 'Russian Ministry of Defence');
  assert.equal(ix.byName('وزارة الدفاع الروسية')?.name, 'Military Forces of Russia');
  assert.equal(ix.inter(mod.id, 'Syria'), 8);
  assert.equal(ix.byName('وزارة الدفاع السورية')?.name, 'Military Forces of Syria');
  assert.equal(ix.claimantName(ix.entryByName('وزارة الدفاع السورية')!.id), 'Syrian Ministry of Defence');
  assert.equal(ix.claimantName(id('المرصد السوري لحقوق الإنسان')), 'SOHR');
  assert.equal(ix.claimantName(id('الخوذ البيضاء')), 'Syria Civil Defence');
  assert.equal(ix.claimantName(id('Syria Civil Defense')), 'Syria Civil Defence');
  // state television is the state's voice, not the news agency
  assert.equal(ix.claimantName(id('Syrian state TV')), 'Syrian state media');
  assert.equal(ix.claimantName(id('التلفزيون السوري')), 'Syrian state media');
  assert.equal(ix.claimantName(id('SANA')), 'SANA');
  assert.equal(ix.byName('وكالة إباء')?.name, 'Hayat Tahrir al-Sham');
});

test('context country picks among ambiguous aliases and generic actors', () => {
  assert.equal(ix.byNameIn('الجيش', 'Sudan')?.id, 'military-forces-of-sudan');
  assert.equal(ix.byNameIn('the army', 'Lebanon')?.id, 'military-forces-of-lebanon');
  assert.equal(ix.byNameIn('الجيش', 'Syria')?.id, 'military-forces-of-syria');
  assert.equal(ix.byNameIn('الجيش الوطني', 'Libya')?.id, 'libyan-national-army');
  assert.equal(ix.byNameIn('الجيش الوطني', 'Syria')?.id, 'syrian-national-army');
  assert.equal(ix.byNameIn('civilians', 'Iraq')?.name, 'Civilians (Iraq)');
  assert.equal(ix.byNameIn('مسلحون مجهولون', 'Yemen')?.name, 'Unidentified Armed Group (Yemen)');
  assert.equal(ix.byNameIn('Hezbollah', 'Lebanon')?.id, 'hezbollah');
  assert.equal(ix.byNameIn('civilians', null)?.name, 'Civilians (Syria)');
  assert.equal(ix.byNameIn('no such group', 'Iraq'), undefined);
  assert.equal(ix.forCountry('civilians-iraq', 'Syria')?.id, 'civilians-syria');
});

test('aliasEntries covers canonical names and flags ambiguous and case-sensitive aliases', () => {
  const entries = ix.aliasEntries();
  assert.ok(entries.length > 1000);
  assert.ok(entries.some((e) => e.alias === 'Hayat Tahrir al-Sham' && e.lang === 'en' && e.actor_id === 'hayat-tahrir-al-sham'));
  assert.ok(entries.some((e) => e.alias === 'هتش' && e.lang === 'ar'));
  const is = entries.find((e) => e.alias === 'IS');
  assert.equal(is?.case_sensitive, true);
  assert.equal(is?.actor_id, 'islamic-state');
  const army = entries.filter((e) => e.alias === 'الجيش');
  assert.ok(army.length >= 3 && army.every((e) => e.ambiguous));
  assert.equal(entries.find((e) => e.alias === 'قوات النظام')?.ambiguous, undefined);
});

// ------------------------------------------------------------------ validation errors

function brokenFile(mutate: (doc: { actors: Record<string, unknown>[] }) => void): string {
  const doc = {
    version: 'test',
    changelog: [{ date: '2026-01-01', change: 'test' }],
    actors: [
      { id: 'army-x', name: 'Military Forces of X', aliases: { ar: ['جيش إكس'], en: ['X army'] }, inter: 1, country: 'X',
        kind: 'state', side: 'government', memberships: [], source: 'test' },
      { id: 'front-y', name: 'Front Y', aliases: { ar: ['جبهة واي'], en: ['Y Front'] }, inter: 2, country: 'X',
        kind: 'coalition', side: 'opposition', memberships: [], source: 'test' },
      { id: 'brigade-z', name: 'Brigade Z', aliases: { ar: ['لواء زد'], en: ['Z Brigade'] }, inter: 2, country: 'X',
        kind: 'rebel', side: 'opposition', memberships: [{ actor_id: 'front-y', from: '2018-05' }], source: 'test' },
    ] as Record<string, unknown>[],
  };
  mutate(doc);
  const dir = mkdtempSync(join(tmpdir(), 'marsad-actors-'));
  const file = join(dir, 'actors-broken.json');
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

function assertRejected(file: string, ...mustMention: string[]): void {
  try {
    loadActors(file);
    assert.fail('expected a validation error');
  } catch (e) {
    assert.ok(isMarsadError(e), String(e));
    assert.equal(e.code, 'MARSAD_ERR_DATA_INVALID');
    assert.ok(e.message.includes(file), `message does not name the file: ${e.message}`);
    for (const s of mustMention) assert.ok(e.message.includes(s), `message does not mention ${s}: ${e.message}`);
  } finally {
    rmSync(join(file, '..'), { recursive: true, force: true });
  }
}

test('a small valid file loads and answers', () => {
  const file = brokenFile(() => {});
  const small = loadActors(file);
  rmSync(join(file, '..'), { recursive: true, force: true });
  assert.equal(small.all().length, 3);
  assert.equal(small.byName('لواء زد')?.id, 'brigade-z');
  assert.deepEqual(small.coalitionsOf('brigade-z', '2019-01-01').map((a) => a.id), ['front-y']);
  assert.deepEqual(small.coalitionsOf('brigade-z', '2018-04-30'), []);
  assert.deepEqual(new ActorIndex([]).all(), []);
});

test('broken files are rejected with the file and the entry named', () => {
  assertRejected(brokenFile((d) => { d.actors[2]!.id = 'army-x'; }), '"army-x"', 'duplicate id');
  assertRejected(brokenFile((d) => { (d.actors[2]!.memberships as object[])[0] = { actor_id: 'front-q' }; }), '"brigade-z"', 'front-q');
  assertRejected(brokenFile((d) => { d.actors[1]!.inter = 9; }), '"front-y"', 'inter');
  assertRejected(brokenFile((d) => { d.actors[1]!.aliases = { ar: ['  '], en: [] }; }), '"front-y"', 'empty alias');
  assertRejected(brokenFile((d) => { delete d.actors[0]!.source; }), '"army-x"', 'source');
  assertRejected(brokenFile((d) => { d.actors[2]!.aliases = { ar: ['جيش اكس'], en: [] }; }), '"brigade-z"', 'army-x');
  assertRejected(brokenFile((d) => { d.actors[0]!.sorce = 'typo'; }), '"army-x"', 'sorce');
  assertRejected(brokenFile((d) => { d.actors[0]!.id = 'Army X'; }), 'kebab-case');
  const notJson = brokenFile(() => {});
  writeFileSync(notJson, '{"actors": [');
  assertRejected(notJson, 'JSON');
});

test('the same alias is accepted on two actors when both mark it ambiguous', () => {
  const file = brokenFile((d) => {
    d.actors[0]!.aliases = { ar: ['جيش إكس', 'الجيش'], en: [] };
    d.actors[0]!.ambiguous = ['الجيش'];
    d.actors[2]!.aliases = { ar: ['لواء زد', 'الجيش'], en: [] };
    d.actors[2]!.ambiguous = ['الجيش'];
  });
  const small = loadActors(file);
  rmSync(join(file, '..'), { recursive: true, force: true });
  assert.equal(small.byName('الجيش')?.id, 'army-x');
  assert.deepEqual(small.allByName('الجيش').map((a) => a.id), ['army-x', 'brigade-z']);
});
