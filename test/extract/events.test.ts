// Event frames on sentences written for these tests (Arabic and English): sub-event types,
// actors and their side, one event per place, unnamed places, dates carried through the
// document, modality (negated/denied/planned/hypothetical/claimed), evidence offsets.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { DocEvent, Lang } from '../../src/core/index.js';
import { analyzeDocument, loadLexicon, type Lexicon } from '../../src/extract/index.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../../src/kb/index.js';

let lexicon: Lexicon;
let kb: KnowledgeBase;
before(() => {
  lexicon = loadLexicon();
  kb = loadKnowledgeBase();
});

function run(text: string, lang: Lang, published: string | null = '2019-05-22') {
  return analyzeDocument({ doc_id: 'test.txt', text, lang, published, title: null }, kb, lexicon);
}
const asserted = (es: DocEvent[]) => es.filter((e) => e.modality === 'asserted' || e.modality === 'claimed');
const named = (e: DocEvent) => `${e.location} ${e.location_ar ?? ''}`;

describe('sub-event types, Arabic', () => {
  const cases: [string, string][] = [
    ['وفي 3 أيار 2019 سيطرت فصائل المعارضة على بلدة كفرنبودة في ريف حماة.', 'Non-state actor overtakes territory'],
    ['وفي 9 أيار 2019 استعادت قوات النظام السيطرة على بلدة كفرنبودة.', 'Government regains territory'],
    ['وفي 10 أيار 2019 دارت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في محيط بلدة كفرنبودة.', 'Armed clash'],
    ['وفي 11 أيار 2019 شن الطيران الحربي الروسي عشرات الغارات على مدينة خان شيخون.', 'Air/drone strike'],
    ['وفي 12 أيار 2019 ألقت مروحيات النظام براميل متفجرة على مدينة خان شيخون.', 'Air/drone strike'],
    ['وفي 13 أيار 2019 قصفت قوات النظام بالمدفعية الثقيلة مدينة سراقب.', 'Shelling/artillery/missile attack'],
    ['وفي 14 أيار 2019 فجر انتحاري نفسه عند حاجز لقوات النظام قرب مدينة سراقب.', 'Suicide bomb'],
    ['وفي 15 أيار 2019 انفجرت عبوة ناسفة بسيارة عسكرية في مدينة سراقب.', 'Remote explosive/landmine/IED'],
    ['وفي 16 أيار 2019 اختطف مسلحون مجهولون طبيبا في مدينة سراقب.', 'Abduction/forced disappearance'],
    ['وفي 17 أيار 2019 خرجت مظاهرة في مدينة كفرنبل تطالب بوقف القصف.', 'Peaceful protest'],
    ['وفي 18 أيار 2019 توصلت روسيا وتركيا إلى اتفاق لوقف إطلاق النار في إدلب.', 'Agreement'],
    ['وفي 19 أيار 2019 أنشأ الجيش التركي نقطة مراقبة جديدة قرب مدينة مورك.', 'Headquarters or base established'],
  ];
  for (const [text, sub] of cases) {
    it(`${sub}: ${text.slice(0, 40)}…`, () => {
      const events = asserted(run(text, 'ar').events);
      assert.ok(events.some((e) => e.sub_event_type === sub), `${sub} not in ${events.map((e) => e.sub_event_type).join(', ')}`);
    });
  }
});

describe('sub-event types, English', () => {
  const cases: [string, string][] = [
    ['On 3 May 2019, rebels captured the town of Kafr Nabudah in northern Hama.', 'Non-state actor overtakes territory'],
    ['On 9 May 2019, government forces recaptured Kafr Nabudah after heavy fighting.', 'Government regains territory'],
    ['On 10 May 2019, clashes broke out between government forces and rebels near Kafr Nabudah.', 'Armed clash'],
    ['On 11 May 2019, Russian airstrikes hit the town of Khan Shaykhun.', 'Air/drone strike'],
    ['On 13 May 2019, government artillery shelled the town of Saraqib.', 'Shelling/artillery/missile attack'],
    ['On 14 May 2019, a suicide bomber blew himself up at an army checkpoint in Saraqib.', 'Suicide bomb'],
    ['On 15 May 2019, an IED exploded under a military vehicle in Saraqib.', 'Remote explosive/landmine/IED'],
    ['On 16 May 2019, unknown gunmen kidnapped a doctor in Saraqib.', 'Abduction/forced disappearance'],
    ['On 17 May 2019, hundreds of people protested in Kafr Nabl against the bombing.', 'Peaceful protest'],
    ['On 18 May 2019, Russia and Turkey agreed on a ceasefire in Idlib.', 'Agreement'],
    ['On 19 May 2019, the rebels handed over the town of Morek to government forces without a fight.', 'Non-violent transfer of territory'],
    ['On 20 May 2019, government forces arrested ten young men in Hama.', 'Arrests'],
  ];
  for (const [text, sub] of cases) {
    it(`${sub}: ${text.slice(0, 40)}…`, () => {
      const events = asserted(run(text, 'en').events);
      assert.ok(events.some((e) => e.sub_event_type === sub), `${sub} not in ${events.map((e) => e.sub_event_type).join(', ')}`);
    });
  }
});

describe('territory follows the actor, not the verb', () => {
  it('the same verb gives Government regains for the army and overtakes for rebels (ar)', () => {
    const gov = asserted(run('وفي 3 أيار 2019 سيطرت قوات النظام على بلدة كفرنبودة.', 'ar').events);
    const reb = asserted(run('وفي 3 أيار 2019 سيطرت فصائل المعارضة على بلدة كفرنبودة.', 'ar').events);
    assert.equal(gov[0]?.sub_event_type, 'Government regains territory');
    assert.equal(gov[0]?.actor1, 'Military Forces of Syria');
    assert.equal(reb[0]?.sub_event_type, 'Non-state actor overtakes territory');
    assert.equal(reb[0]?.actor1, 'Opposition Rebels (Syria)');
  });
  it('a rebel "recapture" is still a non-state overtake (en)', () => {
    const ev = asserted(run('On 22 May 2019, Hayat Tahrir al-Sham recaptured Kafr Nabudah.', 'en').events);
    assert.equal(ev[0]?.sub_event_type, 'Non-state actor overtakes territory');
    assert.equal(ev[0]?.actor1, 'Hayat Tahrir al-Sham');
  });
});

describe('one event per place', () => {
  it('two named villages give two events (en and ar)', () => {
    const en = asserted(run('On 8 October 2017, the rebels captured Abu Dali and al-Msherfeh.', 'en').events);
    assert.equal(en.filter((e) => e.sub_event_type === 'Non-state actor overtakes territory').length, 2);
    const ar = asserted(run('وفي 12 حزيران 2019 سيطرت الفصائل على بلدتي كفرنبودة وخان شيخون.', 'ar').events);
    assert.equal(ar.length, 2);
    assert.notEqual(ar[0]!.place_id, ar[1]!.place_id);
  });
  it('an unnamed count of villages gives one event at the region named in the sentence', () => {
    const ar = asserted(run('وفي 24 أيلول 2017 سيطرت قوات النظام على قريتين في ريف حماة الشمالي.', 'ar').events);
    assert.equal(ar.length, 1);
    assert.equal(ar[0]!.admin1, 'Hama');
    assert.ok(ar[0]!.geo_precision >= 2);
    const en = asserted(run('On 6 November 2017, HTS captured three villages in the northern countryside of Hama.', 'en').events);
    assert.equal(en.length, 1);
    assert.equal(en[0]!.admin1, 'Hama');
    assert.ok(en[0]!.geo_precision >= 2);
  });
  it('an unknown village is still coded, as written, with a review flag', () => {
    const ev = asserted(run('وفي 3 أيار 2019 سيطرت الفصائل على قرية زعفرانة الفوقا في ريف حماة الشمالي.', 'ar').events);
    assert.ok(ev.length >= 1);
    const e = ev.find((x) => x.review_flags?.includes('unresolved-place')) ?? ev[0]!;
    assert.equal(e.admin1, 'Hama');
    if (e.review_flags?.includes('unresolved-place')) {
      assert.equal(e.latitude, null);
      assert.equal(e.geo_precision, 3);
    }
  });
});

describe('arguments', () => {
  it('alongside / إلى جانب give associated actors; against / على مواقع give actor2', () => {
    const en = asserted(run('On 6 November 2017, Hayat Tahrir al-Sham alongside Jaysh al-Izza and Jaysh al-Nasr attacked government positions near Abu Dali.', 'en').events)[0]!;
    assert.equal(en.actor1, 'Hayat Tahrir al-Sham');
    assert.deepEqual([...en.assoc_actor_1].sort(), ['Jaysh al-Izza', 'Jaysh al-Nasr']);
    const ar = asserted(run('وفي 6 تشرين الثاني 2017 شنت هيئة تحرير الشام إلى جانب جيش العزة هجوما على مواقع قوات النظام في قرية أبو دالي.', 'ar').events)[0]!;
    assert.equal(ar.actor1, 'Hayat Tahrir al-Sham');
    assert.ok(ar.assoc_actor_1.includes('Jaysh al-Izza'));
    assert.equal(ar.actor2, 'Military Forces of Syria');
  });
  it('"X led by Y": Y acts, X is associated', () => {
    const e = asserted(run('In March 2017, rebels led by Hayat Tahrir al-Sham attacked government forces north of Hama.', 'en').events)[0]!;
    assert.equal(e.actor1, 'Hayat Tahrir al-Sham');
    assert.ok(e.assoc_actor_1.includes('Opposition Rebels (Syria)'));
  });
  it('an agentless sentence takes the actor of the previous event', () => {
    const a = run('On 7 November 2017, the Syrian Arab Army recaptured a village north of Hama. On 8 November 2017, a second village was recaptured.', 'en');
    const second = asserted(a.events).find((e) => e.event_date === '2017-11-08');
    assert.equal(second?.actor1, 'Military Forces of Syria');
    assert.ok(second?.review_flags?.includes('context-actor'));
  });
  it('an air strike with no perpetrator takes the air campaign of the report, never a guess', () => {
    const a = run('On 23 September 2017, Russian airstrikes hit Khan Shaykhun. On 24 September 2017, airstrikes hit Saraqib.', 'en');
    const second = asserted(a.events).find((e) => e.event_date === '2017-09-24');
    assert.equal(second?.actor1, 'Military Forces of Russia');
    const alone = asserted(run('On 24 September 2017, airstrikes hit Saraqib.', 'en').events)[0]!;
    assert.equal(alone.actor1, null);
    assert.ok(alone.review_flags?.includes('default-actor'));
  });
});

describe('dates', () => {
  it('the last explicit date carries forward, and a new one replaces it', () => {
    const a = run('On 6 October 2017, HTS captured Abu Dali. The rebels also captured al-Msherfeh. On 8 October, the army recaptured Abu Dali.', 'en');
    const ev = asserted(a.events);
    const msh = ev.find((e) => /msherf|mushayrif|مشيرف/i.test(named(e)));
    assert.equal(msh?.event_date, '2017-10-06');
    assert.ok(msh?.review_flags?.includes('default-date'));
    const re = ev.find((e) => e.sub_event_type === 'Government regains territory');
    assert.equal(re?.event_date, '2017-10-08'); // year inferred from the earlier explicit date
  });
  it('"by 22 September" is a span from the previous date, precision 2', () => {
    const a = run('On 19 September 2017, HTS attacked government positions north of Hama. Government forces recaptured all of the villages by 22 September.', 'en');
    const re = asserted(a.events).find((e) => e.sub_event_type === 'Government regains territory');
    assert.equal(re?.event_date, '2017-09-19');
    assert.equal(re?.event_date_end, '2017-09-22');
    assert.equal(re?.time_precision, 2);
  });
  it('a month-only date gives time precision 3 (ar)', () => {
    const e = asserted(run('في مارس 2017 شنت هيئة تحرير الشام هجوما على مواقع قوات النظام شمال حماة.', 'ar').events)[0]!;
    assert.equal(e.event_date, '2017-03-01');
    assert.equal(e.time_precision, 3);
  });
  it('relative dates resolve against the previous date (ar)', () => {
    const a = run('في 6 أكتوبر 2017 سيطرت هيئة تحرير الشام على قرية أبو دالي. وفي اليوم التالي استعادت قوات النظام السيطرة على القرية.', 'ar');
    const re = asserted(a.events).find((e) => e.sub_event_type === 'Government regains territory');
    assert.equal(re?.event_date, '2017-10-07');
  });
});

describe('modality', () => {
  const notHappened = (es: DocEvent[], sub: string) => es.filter((e) => e.sub_event_type === sub && (e.modality === 'asserted' || e.modality === 'claimed'));
  it('a failed capture is not a capture (en, ar)', () => {
    const en = run('On 12 June 2019, government forces failed to capture Tal Malah.', 'en').events;
    assert.equal(notHappened(en, 'Government regains territory').length, 0);
    assert.ok(en.some((e) => e.modality === 'negated'));
    const ar = run('وفي 12 حزيران 2019 فشلت قوات النظام في السيطرة على بلدة كفرنبودة.', 'ar').events;
    assert.equal(notHappened(ar, 'Government regains territory').length, 0);
  });
  it('a denial is kept as denied, not asserted', () => {
    const ar = run('وفي 5 كانون الأول 2024 نفى مصدر عسكري سيطرة الفصائل على مدينة حماة.', 'ar').events;
    assert.ok(ar.length >= 1);
    assert.ok(ar.every((e) => e.modality === 'denied'));
    const en = run('On 5 December 2024, the army denied that rebels had captured Hama.', 'en').events;
    assert.ok(en.every((e) => e.modality === 'denied'));
  });
  it('plans, threats and hypotheticals are not coded as having happened', () => {
    const plan = run('On 5 December 2024, the rebels plan to capture Hama.', 'en').events;
    assert.ok(plan.every((e) => e.modality === 'planned'));
    const threat = run('وفي 5 كانون الأول 2024 هددت الفصائل باقتحام مدينة حماة.', 'ar').events;
    assert.ok(threat.every((e) => e.modality !== 'asserted'));
    const hypo = run('وفي 5 كانون الأول 2024 قال محللون إنه إذا سيطرت الفصائل على مدينة حماة فسيكون الطريق مفتوحا.', 'ar').events;
    assert.ok(hypo.every((e) => e.modality === 'hypothetical'));
  });
  it('a repelled attack is an armed clash, not a capture', () => {
    const ev = asserted(run('وفي 11 كانون الثاني 2018 صدت الفصائل هجوم قوات النظام على بلدة خان شيخون.', 'ar').events);
    assert.ok(ev.some((e) => e.sub_event_type === 'Armed clash'));
    assert.ok(!ev.some((e) => e.event_type === 'Battles' && e.sub_event_type !== 'Armed clash'));
  });
  it("one side's announcement is coded as claimed with its claimant", () => {
    const ev = run('وفي 11 كانون الثاني 2018 أعلنت هيئة تحرير الشام سيطرتها على بلدة خان شيخون.', 'ar').events;
    const e = ev.find((x) => x.sub_event_type === 'Non-state actor overtakes territory');
    assert.equal(e?.modality, 'claimed');
    assert.ok(e?.claimant);
  });
});

describe('commentary, pronoun objects, lists', () => {
  it("an analyst's undated quoted opinion is not an event; a quoted report of what happened is", () => {
    const opinion = asserted(run('ويرى المحلل العسكري أحمد الخالد أن "قوات النظام سيطرت على نصف ريف إدلب الجنوبي لأن الفصائل لم تستعد جيدا للمعركة".', 'ar', null).events);
    assert.equal(opinion.length, 0);
    const report = asserted(run('وقال مصدر عسكري في 3 أيار 2019: "سيطرت الفصائل على بلدة كفرنبودة صباح اليوم بعد معارك عنيفة".', 'ar').events);
    assert.ok(report.some((e) => e.sub_event_type === 'Non-state actor overtakes territory'));
    const en = asserted(run('Analyst Omar Haddad argues that "the army captured half of southern Idlib because the rebels were divided".', 'en', null).events);
    assert.equal(en.length, 0);
  });
  it('a capture whose object is a pronoun takes the place named before it', () => {
    const ev = asserted(run('وفي 22 أيار 2019 وصلت فصائل المعارضة إلى أطراف بلدة كفرنبودة وأعلنت السيطرة عليها بعد ساعات.', 'ar').events);
    const cap = ev.find((e) => e.sub_event_type === 'Non-state actor overtakes territory');
    assert.ok(cap && /nab|نبود/i.test(named(cap)));
  });
  it('"including X, Y and Z" lists each place; places after "except" are left out', () => {
    const inc = asserted(run('On 23 September 2017, Russian airstrikes hit several towns in Idlib, including Khan Shaykhun, Saraqib and Kafr Nabl.', 'en').events);
    assert.ok(inc.length >= 3);
    const exc = asserted(run('On 7 October 2017, the army recaptured the villages north of Hama, except Abu Dali.', 'en').events);
    assert.ok(exc.length >= 1);
    assert.ok(!exc.some((e) => /abu dal/i.test(e.location)));
  });
});

describe('evidence and ids', () => {
  it('evidence is the exact sentence with offsets into the text; ids are stable', () => {
    const text = 'Background.\nOn 8 October 2017, the rebels captured Abu Dali. Nothing else happened.';
    const a = run(text, 'en');
    const b = run(text, 'en');
    assert.ok(a.events.length >= 1);
    for (const e of a.events) {
      const ev = e.sources[0]!.evidence;
      assert.equal(text.slice(ev.start, ev.end), ev.text);
      assert.match(ev.text, /Abu Dali/);
      assert.ok(e.notes.length > 10 && /Abu Dali/.test(e.notes));
      assert.ok(e.rule_ids!.length >= 1);
    }
    assert.deepEqual(a.events.map((e) => e.doc_event_id), b.events.map((e) => e.doc_event_id));
  });
  it('garbage and unsupported languages give no events and never throw', () => {
    assert.equal(run('', 'en').events.length, 0);
    assert.equal(run('\u0000\u0001 ))) ،،، ۱۲۳ ---', 'ar').events.length, 0);
    assert.equal(analyzeDocument({ doc_id: 'x', text: 'Les rebelles ont pris la ville de Hama.', lang: 'fr', published: null, title: null }, kb, lexicon).events.length, 0);
  });
});

describe('air strikes are flown by states; drones by anyone', () => {
  it('a rebel group beside an air strike is its target, not its author (English)', () => {
    const es = asserted(run('On 3 May 2019, Russian airstrikes hit Kafr Nabl. On 4 May 2019, airstrikes targeted a hospital in rebel territory in Khan Shaykhun.', 'en').events);
    const second = es.find((e) => e.event_date === '2019-05-04' && e.sub_event_type === 'Air/drone strike');
    assert.ok(second, JSON.stringify(es.map((e) => [e.event_date, e.sub_event_type, e.location])));
    assert.notEqual(second.actor1, 'Opposition Rebels (Syria)');
    assert.equal(second.actor1, 'Military Forces of Russia', 'the air power of the report carries on');
  });
  it('a drone strike keeps the armed group that flew it (Arabic)', () => {
    for (const [text, lang] of [
      ['وفي 3 أيار 2019 هاجمت طائرات مسيرة تابعة لهيئة تحرير الشام قاعدة حميميم الجوية.', 'ar'],
      ['On 3 May 2019, HTS drones struck the Hmeimim air base.', 'en'],
    ] as const) {
      const drone = asserted(run(text, lang).events).find((e) => e.sub_event_type === 'Air/drone strike');
      assert.ok(drone, text);
      assert.equal(drone.actor1, 'Hayat Tahrir al-Sham', text);
    }
  });
});

describe('narrative structure', () => {
  it('a place taken "again" right after the other side took it goes back to the side that lost it', () => {
    const text = 'وفي 22 أيار 2019 تمكنت فصائل المعارضة من فرض سيطرتها على بلدة كفرنبودة، مما دفع الروس إلى قصف البلدة لمدة ثلاثة أيام حتى السيطرة عليها مجددًا.';
    const caps = asserted(run(text, 'ar').events).filter((e) => e.sub_event_type.endsWith('territory'));
    assert.deepEqual(caps.map((e) => [e.event_date, e.sub_event_type]), [
      ['2019-05-22', 'Non-state actor overtakes territory'],
      ['2019-05-25', 'Government regains territory'],
    ]);
    assert.equal(caps[1]!.actor1, 'Military Forces of Russia', 'the side named between the two captures takes it back');
    assert.ok(caps[1]!.rule_ids?.includes('recapture-again'));
  });
  it('a date carried from before a section heading does not date the next section (a feature, not a bulletin)', () => {
    const text = 'في 17 أيلول 2018 عقد الرئيسان اجتماعاً في سوتشي.\n\nالمعركة الكبرى\n\nوسيطرت قوات النظام على قرية الجابرية في ريف حماة الشمالي.';
    const after = asserted(run(text, 'ar', '2019-08-04').events).filter((e) => e.sentence_index >= 2);
    assert.deepEqual(after.map((e) => e.event_date), [], 'undated after the heading: not coded with the old date');
    const bulletin = 'قصفت قوات النظام اليوم الخميس مدينة خان شيخون.\n\nتقدم للفصائل\n\nوسيطرت فصائل المعارضة على قرية عطشان.';
    const b = asserted(run(bulletin, 'ar', '2018-01-11').events).find((e) => e.sub_event_type === 'Non-state actor overtakes territory');
    assert.equal(b?.event_date, '2018-01-11', 'a bulletin\'s subhead keeps the day of the report');
  });
});

describe('what did not happen on the day reported', () => {
  it('opening "the way to" a capture is not the capture', () => {
    const ar = asserted(run('وفي 10 تموز 2019 سيطرت الفصائل على بلدة الحماميات، وستفتح السيطرة عليها الطريق إلى تحرير بلدة كرناز.', 'ar').events);
    assert.ok(ar.some((e) => /Hamamiyat/.test(e.location) && e.sub_event_type === 'Non-state actor overtakes territory'));
    assert.ok(!ar.some((e) => /Kurnaz/.test(e.location) && e.sub_event_type.endsWith('territory')), JSON.stringify(ar.map((e) => [e.location, e.sub_event_type])));
    const en = asserted(run('On 10 July 2019 the rebels reached al-Hamamiyat, opening the way to capture Kurnaz.', 'en').events);
    assert.ok(!en.some((e) => /Kurnaz/.test(e.location) && e.sub_event_type.endsWith('territory')), JSON.stringify(en.map((e) => [e.location, e.sub_event_type])));
  });
  it('a capture "at an earlier time" takes no date from the context', () => {
    const es = asserted(run('وفي 10 تموز 2019 قصفت قوات النظام بلدة كفرزيتا. وكانت الفصائل قد سيطرت على قرية تل ملح في وقت سابق.', 'ar').events);
    assert.ok(es.some((e) => e.sub_event_type === 'Shelling/artillery/missile attack'));
    assert.ok(!es.some((e) => e.sub_event_type.endsWith('territory') && e.event_date === '2019-07-10'), JSON.stringify(es.map((e) => [e.location, e.sub_event_type, e.event_date])));
  });
});

describe('one event per place per day across sentences', () => {
  it('a clash reported in one sentence and the capture of the same town that day in another are one event', () => {
    const text = 'وفي 5 كانون الأول 2024 دارت اشتباكات ضارية بين الجيش وفصائل المعارضة في مدينة حماة أسفرت عن مقتل 12 عنصراً.\nوسيطرت فصائل المعارضة على مدينة حماة في اليوم ذاته.';
    const es = asserted(run(text, 'ar', '2024-12-05').events).filter((e) => /Hama/.test(e.location) && e.event_date === '2024-12-05');
    assert.deepEqual(es.map((e) => e.sub_event_type), ['Non-state actor overtakes territory']);
    assert.ok(es[0]!.fatality_claims.some((c) => c.count === 12), 'the clash\'s figure joins the capture');
    assert.ok(es[0]!.rule_ids?.includes('clash-part-of-capture'));
  });
});

describe('weapons and platforms', () => {
  it('a missile strike delivered by an air force is an air strike; cruise missiles stay missile attacks', () => {
    const air = asserted(run('On 27 September 2017, the Russian Air Force delivered a missile strike on a meeting of commanders south of Idlib.', 'en').events);
    assert.ok(air.some((e) => e.sub_event_type === 'Air/drone strike' && e.rule_ids?.includes('missile-from-the-air')), JSON.stringify(air.map((e) => e.sub_event_type)));
    const cruise = asserted(run('On 27 September 2017, the Russian Navy fired cruise missiles at targets in Idlib province.', 'en').events);
    assert.ok(cruise.some((e) => e.sub_event_type === 'Shelling/artillery/missile attack'), JSON.stringify(cruise.map((e) => e.sub_event_type)));
    assert.ok(!cruise.some((e) => e.rule_ids?.includes('missile-from-the-air')));
  });
});

describe('context from the sentences that follow', () => {
  it('an air strike reported before its author takes the author named next (English)', () => {
    const es = run('On 20 May 2019, the monitor said more than 30 civilians were killed in dozens of air strikes on villages of the region. Government and Russian warplanes also bombed the town of Kafr Nabl.', 'en').events;
    const first = es.find((e) => e.sentence_index === 0 && e.sub_event_type === 'Air/drone strike');
    assert.ok(first, 'the first air strike is coded');
    assert.equal(first.actor1, 'Military Forces of Syria');
    assert.deepEqual(first.assoc_actor_1, ['Military Forces of Russia']);
    assert.ok(first.review_flags?.includes('context-actor') && !first.review_flags?.includes('default-actor'));
    assert.ok(first.rule_ids?.includes('context-air-actor-following'));
  });

  it('an air strike reported before its author takes the author named next (Arabic)', () => {
    const es = run('في 20 أيار 2019 قال المرصد إن أكثر من 30 مدنيا قتلوا في عشرات الغارات الجوية على قرى المنطقة. كما قصفت الطائرات الحربية الروسية مدينة كفرنبل.', 'ar').events;
    const first = es.find((e) => e.sentence_index === 0 && e.sub_event_type === 'Air/drone strike');
    assert.equal(first?.actor1, 'Military Forces of Russia');
    assert.ok(first?.fatality_claims.some((c) => c.count === 30 && c.victims === 'civilians'));
  });

  it('the author is not taken from an air strike more than three sentences on', () => {
    const es = run('On 20 May 2019, more than 30 civilians were killed in air strikes on villages of the region. Rebels shelled Hama. Rebels shelled Suqaylabiyah. Rebels shelled Mhardeh. Russian warplanes bombed the town of Kafr Nabl.', 'en').events;
    const first = es.find((e) => e.sentence_index === 0 && e.sub_event_type === 'Air/drone strike');
    assert.equal(first?.actor1 ?? null, null);
    assert.ok(first?.review_flags?.includes('default-actor'));
  });
});

describe('a date the text looks back to', () => {
  for (const [lang, text] of [
    ['en', 'On 12 May 2019, rebels shelled Hama. The rebels were blamed for an attack back on 2 May 2019. Government forces bombed the town.'],
    ['ar', 'في 12 أيار 2019 قصفت الفصائل مدينة حماة. واتهمت الفصائل بهجوم يعود إلى 2 أيار 2019. وقصفت قوات النظام المدينة.'],
  ] as const) {
    it(`does not become the narrative date (${lang})`, () => {
      const es = run(text, lang).events;
      assert.ok(es.some((e) => e.sentence_index === 1 && e.event_date === '2019-05-02'), 'the look-back event keeps its own date');
      const last = es.find((e) => e.sentence_index === 2);
      assert.equal(last?.event_date, '2019-05-12');
    });
  }
  it('a plain date does move the narrative (control)', () => {
    const es = run('On 12 May 2019, rebels shelled Hama. The rebels were blamed for an attack on 2 May 2019. Government forces bombed the town.', 'en').events;
    assert.equal(es.find((e) => e.sentence_index === 2)?.event_date, '2019-05-02');
  });
});

describe('an area named far from the trigger', () => {
  it('is the event\'s own place, not a vaguer restatement of the day\'s event in that governorate', () => {
    const es = run('On 21 May 2019, government artillery shelled Idlib province. On the same day, the Russian Defence Ministry said 12 militants were killed in a missile strike by the Russian Air Force on a meeting attended by HTS commanders south of Idlib.', 'en').events;
    const strike = es.find((e) => e.sentence_index === 1);
    assert.ok(strike, 'the second sentence keeps its own event');
    assert.equal(strike.actor1, 'Military Forces of Russia');
    assert.match(strike.location, /southern Idlib/);
    assert.ok(strike.fatality_claims.some((c) => c.count === 12 && c.claimant === 'Russian Ministry of Defence'));
    const gov = es.find((e) => e.sentence_index === 0);
    assert.ok(gov && !gov.fatality_claims.length, 'the Russian figure is not folded into the government shelling');
  });
});

describe('who and what, from the words around the trigger (2026-12-06)', () => {
  it('warplanes named as the actor make a bombardment an air strike (Arabic)', () => {
    const es = asserted(run('وفي 3 أيار 2019 قصفت طائرات حربية روسية مدينة معرة النعمان، ما أدى إلى مقتل أربعة مدنيين.', 'ar').events);
    const e = es.find((x) => x.location === 'Maarat al-Numan');
    assert.equal(e?.sub_event_type, 'Air/drone strike', JSON.stringify(es.map((x) => [x.sub_event_type, x.location])));
    assert.equal(e?.actor1, 'Military Forces of Russia');
    // artillery stays shelling
    const shelling = asserted(run('وفي 3 أيار 2019 قصفت قوات النظام بالمدفعية الثقيلة بلدة اللطامنة.', 'ar').events);
    assert.equal(shelling[0]?.sub_event_type, 'Shelling/artillery/missile attack');
  });
  it('استهدف is active: the actor after the verb is its author, the one after مواقع its target', () => {
    const [e] = asserted(run('وفي 3 أيار 2019 استهدفت الفصائل بصواريخ غراد مواقع قوات النظام في حلفايا.', 'ar').events);
    assert.equal(e?.actor1, 'Opposition Rebels (Syria)');
    assert.equal(e?.actor2, 'Military Forces of Syria');
  });
  it('an English verb takes its object as actor2; the noun needs "against"', () => {
    const [e] = asserted(run('On 3 May 2019, Turkish-backed factions attacked Kurdish-led Syrian Democratic Forces in Tal Rifaat.', 'en').events);
    assert.equal(e?.actor1, 'Syrian National Army');
    assert.equal(e?.actor2, 'Syrian Democratic Forces');
  });
  it('barrel bombs over Syria are the Syrian air force\'s, not the last air power named', () => {
    const text = 'وفي 3 أيار 2019 قصفت طائرات روسية بلدة حيش. وألقى الطيران المروحي براميل متفجرة على قرية التمانعة.';
    const es = asserted(run(text, 'ar').events).filter((e) => e.sentence_index === 1);
    assert.deepEqual(es.map((e) => [e.sub_event_type, e.actor1, e.location]), [['Air/drone strike', 'Military Forces of Syria', 'Tamanaah']],
      'one event, at the village: the second trigger of the sentence does not add one at the context area');
    const [en] = asserted(run('On 3 May 2019, helicopters dropped barrel bombs on Kafr Zita.', 'en').events);
    assert.equal(en?.actor1, 'Military Forces of Syria');
  });
  it('people went out in a demonstration: a protest when the sentence dates it, background when it does not', () => {
    const dated = asserted(run('وخرج العشرات من أهالي مدينة الباب في مظاهرة، أمس السبت، احتجاجاً على تردي الأوضاع المعيشية.', 'ar', '2020-03-15').events);
    assert.deepEqual(dated.map((e) => [e.sub_event_type, e.event_date]), [['Peaceful protest', '2020-03-14']]);
    const history = asserted(run('كانت إدلب من أوائل المدن التي خرجت في مظاهرات كبيرة نادت بالحرية.', 'ar', '2019-08-04').events);
    assert.equal(history.filter((e) => e.sub_event_type === 'Peaceful protest').length, 0);
  });
});

describe('dates around the trigger (2026-12-06)', () => {
  it('a wire dateline dates the report, not the event', () => {
    const text = 'BEIRUT, May 9, 2019 — Syrian government forces captured the villages of Qalaat al-Madiq and Kafr Nabudah on Wednesday, a war monitor said.';
    const es = asserted(run(text, 'en', '2019-05-09').events);
    assert.ok(es.length >= 2, JSON.stringify(es.map((e) => e.location)));
    for (const e of es) assert.equal(e.event_date, '2019-05-08', e.location);
  });
  it('a date inside a relative clause on the subject belongs to that clause', () => {
    const text = 'The rebel operations room, which launched the offensive on Wednesday, said its fighters captured the town of Saraqib on Saturday.';
    const [e] = asserted(run(text, 'en', '2024-11-30').events);
    assert.equal(e?.location, 'Saraqib');
    assert.equal(e?.event_date, '2024-11-30');
  });
});

describe('attacks, their authors and their targets (2026-12-06)', () => {
  it('هجوم نفذه X: X attacks; the armed side counted among the dead is the one attacked', () => {
    const [e] = asserted(run('رصد المرصد السوري مقتل 15 عنصراً من قوات النظام، جراء هجوم نفذه عناصر تنظيم الدولة الإسلامية على مواقعهم في بادية السخنة، فجر اليوم الخميس.', 'ar', '2020-01-02').events);
    assert.equal(e?.actor1, 'Islamic State');
    assert.equal(e?.actor2, 'Military Forces of Syria');
    assert.ok(e?.rule_ids?.includes('actor2-among-the-dead'));
    const [en] = asserted(run('At least 23 rebel fighters were killed when government forces attacked Kafr Nabudah on 3 May 2019.', 'en').events);
    assert.deepEqual([en?.actor1, en?.actor2], ['Military Forces of Syria', 'Opposition Rebels (Syria)']);
  });
  it('strikes are air strikes when aircraft are in the clause, and carry the ministry\'s claim', () => {
    const [e] = asserted(run("Russia's Defence Ministry said on 12 September 2019 that its aircraft had killed more than 200 militants in strikes on Hayat Tahrir al-Sham positions near Maarat al-Numan.", 'en').events);
    assert.equal(e?.sub_event_type, 'Air/drone strike');
    assert.equal(e?.actor1, 'Military Forces of Russia');
    assert.deepEqual(e?.fatality_claims.map((c) => [c.count, c.qualifier, c.victims, c.claimant]), [[200, 'more_than', 'rebels', 'Russian Ministry of Defence']]);
    assert.deepEqual(asserted(run('On 3 May 2019, workers went on a general strike in Idlib.', 'en').events), []);
  });
  it('shooting down an aircraft is an armed clash with the side that flew it, not an air strike; أسقط براميل is a drop', () => {
    for (const [text, lang] of [
      ['On 3 May 2019, rebels shot down a government warplane near Khan Sheikhoun.', 'en'],
      ['وفي 3 أيار 2019 أسقطت الفصائل طائرة حربية تابعة لقوات النظام قرب خان شيخون.', 'ar'],
    ] as const) {
      const es = asserted(run(text, lang).events);
      assert.deepEqual(es.map((e) => [e.sub_event_type, e.actor1, e.actor2]), [['Armed clash', 'Opposition Rebels (Syria)', 'Military Forces of Syria']], text);
    }
    const drop = asserted(run('وفي 3 أيار 2019 أسقط الطيران الروسي براميل على خان شيخون.', 'ar').events);
    assert.deepEqual(drop.map((e) => e.sub_event_type), ['Air/drone strike']);
  });
  it('a desert part of a governorate (بادية حمص, the Homs desert) is a region of it', () => {
    for (const [text, lang] of [
      ['وفي 3 أيار 2019 هاجم تنظيم الدولة الإسلامية مواقع قوات النظام في بادية حمص.', 'ar'],
      ['On 3 May 2019, Islamic State fighters attacked government positions in the Homs desert.', 'en'],
    ] as const) {
      const [e] = asserted(run(text, lang).events);
      assert.equal(e?.place_id, 'marsad:region:homs:countryside', text);
      assert.equal(e?.admin1, 'Homs', text);
    }
  });
});

describe('a report about another country (2026-12-06)', () => {
  it('events are placed in that country, not in a Syrian namesake; the dateline city is not the place', () => {
    const text = 'ADEN, March 3, 2018 (Reuters) - Air strikes by the Saudi-led coalition killed at least 12 civilians in the city of Hodeidah in Yemen on Saturday.';
    const es = asserted(run(text, 'en', '2018-03-03').events);
    assert.deepEqual(es.map((x) => [x.sub_event_type, x.country, x.admin1 !== 'Aden' && x.location !== 'Aden']), [['Air/drone strike', 'Yemen', true]]);
    assert.equal(es[0]!.event_date, '2018-03-03');
  });
  it('generic actors are named for the country (Protesters (Iraq))', () => {
    const [e] = asserted(run('On 3 March 2018, hundreds of people protested in the city of Basra in Iraq against power cuts.', 'en').events);
    assert.deepEqual([e?.actor1, e?.country], ['Protesters (Iraq)', 'Iraq']);
  });
});

describe('territory verbs (2026-12-06)', () => {
  it('X fell to Y: Y took it; drove out / expelled take a place', () => {
    const [fell] = asserted(run('On 5 May 2019, the town of Kafr Nabudah fell to government forces after a week of fighting.', 'en').events);
    assert.deepEqual([fell?.sub_event_type, fell?.actor1], ['Government regains territory', 'Military Forces of Syria']);
    const [drove] = asserted(run('On 7 May 2019, rebels drove out government troops from the town of Kafr Nabudah.', 'en').events);
    assert.deepEqual([drove?.sub_event_type, drove?.actor1], ['Non-state actor overtakes territory', 'Opposition Rebels (Syria)']);
  });
  it('entering a town to set up a post is the post, not a capture', () => {
    for (const [text, lang] of [
      ['On 9 May 2019, Turkish troops entered the town of Morek to set up an observation post.', 'en'],
      ['وفي 7 أيار 2019 دخلت القوات التركية بلدة مورك لإنشاء نقطة مراقبة.', 'ar'],
    ] as const) {
      assert.deepEqual(asserted(run(text, lang).events).map((e) => e.sub_event_type), ['Headquarters or base established'], text);
    }
  });
  it('an armed group\'s drone strike does not lend its name to unattributed raids before it', () => {
    const es = asserted(run('وفي 8 أيار 2019 شن الطيران غارات على خان شيخون. وفي 10 أيار 2019 استهدفت طائرة مسيرة تابعة للفصائل قاعدة حميميم الروسية.', 'ar').events);
    const raids = es.find((e) => e.location === 'Khan Shaykhun');
    assert.notEqual(raids?.actor1, 'Opposition Rebels (Syria)');
  });
});

describe('narration around a battle (2026-12-06)', () => {
  it('fighters\' deaths reported after a capture go to the capture, not to the air strike narrated in between', () => {
    const text = 'سيطرت قوات النظام، اليوم الاثنين، على قرية الحويز في ريف حماة الشمالي الغربي، في حين تواصل الطائرات الحربية الروسية قصفها لقرى جبل شحشبو.\n\n'
      + 'وتحدثت مصادر ميدانية عن مقتل سبعة عناصر من قوات النظام، في حين خسرت الفصائل أربعة من مقاتليها.';
    const es = asserted(run(text, 'ar', '2019-05-27').events);
    const capture = es.find((e) => e.sub_event_type === 'Government regains territory');
    const strike = es.find((e) => e.sub_event_type === 'Air/drone strike');
    assert.deepEqual(capture?.fatality_claims.map((c) => [c.count, c.victims]).sort(), [[4, 'rebels'], [7, 'government']]);
    assert.deepEqual(strike?.fatality_claims ?? [], []);
  });
  it('a denial reaches a trigger several words on when no clause break stands between', () => {
    const es = run('ونفت هيئة تحرير الشام ما تداولته وسائل إعلام موالية عن انسحاب عناصرها من قلعة المضيق.', 'ar', '2019-05-27').events;
    assert.ok(es.length > 0 && es.every((e) => e.modality === 'denied'), JSON.stringify(es.map((e) => e.modality)));
  });
  it('a front is named after its town (محور كفرنبودة)', () => {
    const [e] = asserted(run('وكانت الفصائل قد شنت، يوم الأحد، هجوماً معاكساً على محور كفرنبودة، تمكنت خلاله من استعادة السيطرة على عدة نقاط.', 'ar', '2019-05-27').events);
    assert.equal(e?.location, 'Kafr Nabudah');
  });
});

describe('the civilians a strike killed (2026-12-07)', () => {
  it('are actor2 of an air strike when only civilians died, in both languages, with the monitor as claimant', () => {
    const en = asserted(run('Government air strikes killed 12 civilians in Kafr Nabudah on Sunday, the Britain-based monitor said.', 'en').events);
    const ar = asserted(run('قتل 12 مدنيا في غارات جوية لقوات النظام على بلدة كفرنبودة اليوم الأحد، بحسب المرصد السوري.', 'ar').events);
    for (const [e] of [en, ar]) {
      assert.equal(e?.sub_event_type, 'Air/drone strike');
      assert.equal(e?.actor2, 'Civilians (Syria)');
      assert.equal(e?.inter2, 7);
      assert.equal(e?.civilian_targeting, false, 'a strike that kills civilians is not coded as targeting them');
      assert.deepEqual(e?.fatality_claims.map((c) => [c.count, c.victims, c.claimant]), [[12, 'civilians', 'SOHR']]);
    }
  });
  it('are not actor2 when fighters died too', () => {
    const [e] = asserted(run('Russian air strikes on Kafr Nabudah on Sunday killed 5 civilians and 7 rebel fighters.', 'en').events);
    assert.equal(e?.sub_event_type, 'Air/drone strike');
    assert.notEqual(e?.actor2, 'Civilians (Syria)');
  });
});

describe('protests against violence, places named with their area, nationality adjectives (2026-12-07)', () => {
  it('a protest against shelling is one protest, not a shelling, in both languages', () => {
    const en = asserted(run('Hundreds demonstrated in Kafr Nabl on Friday against the shelling.', 'en').events);
    const ar = asserted(run('خرجت مظاهرة في مدينة كفرنبل يوم الجمعة تنديدا بالقصف الروسي.', 'ar').events);
    for (const es of [en, ar]) assert.deepEqual(es.map((e) => e.sub_event_type), ['Peaceful protest']);
  });
  it('"took to the streets" is a protest; the residents\' town is where they protest; what they demand is no event', () => {
    const en = asserted(run('Residents of Kafr Nabl took to the streets on Friday demanding the release of detainees.', 'en').events);
    const ar = asserted(run('تظاهر أهالي كفرنبل يوم الجمعة للمطالبة بالإفراج عن المعتقلين.', 'ar').events);
    for (const es of [en, ar]) {
      assert.deepEqual(es.map((e) => e.sub_event_type), ['Peaceful protest']);
      assert.match(named(es[0]!), /Kafr Nabl/);
    }
  });
  it('an area right after a named place only locates it; a coordinated area is its own place', () => {
    const one = asserted(run('Government forces captured Tal Maqta in the northern Hama countryside on Monday.', 'en').events);
    assert.equal(one.length, 1);
    assert.match(named(one[0]!), /Maqta|مقطع/);
    const two = asserted(run('Government forces captured Tal Maqta and the northern Hama countryside on Monday.', 'en').events);
    assert.equal(two.length, 2);
    // a plain or a mountain range after named places says where they lie
    const ghab = asserted(run('سيطرت قوات النظام على قريتي الحويز والشريعة في سهل الغاب بريف حماة يوم الاثنين.', 'ar').events);
    assert.equal(ghab.length, 2);
    assert.ok(ghab.every((e) => !/Ghab|الغاب/.test(named(e))), ghab.map(named).join(' | '));
    const kabani = asserted(run('سيطرت قوات النظام على قرية كبانة في جبل الأكراد يوم الاثنين.', 'ar').events);
    assert.deepEqual(kabani.map((e) => e.location), ['Kabani']);
    // named on its own, the plain is the place
    assert.deepEqual(asserted(run('سيطرت قوات النظام على سهل الغاب يوم الاثنين.', 'ar').events).map((e) => e.location), ['al-Ghab plain']);
  });
  it('"the Turkish border" names no party; "Turkish-backed fighters" are the Syrian National Army', () => {
    const [bomb] = asserted(run('A car bomb exploded in Azaz near the Turkish border on Sunday.', 'en').events);
    assert.equal(bomb?.sub_event_type, 'Remote explosive/landmine/IED');
    assert.equal(bomb?.actor2, null);
    assert.notEqual(bomb?.actor1, 'Military Forces of Turkey');
    const [clash] = asserted(run('Turkish-backed fighters clashed with Kurdish forces in Tal Rifaat on Sunday.', 'en').events);
    assert.equal(clash?.sub_event_type, 'Armed clash');
    assert.deepEqual([clash?.actor1, clash?.actor2], ['Syrian National Army', "People's Protection Units"]);
  });
});

describe('who holds a place, and who a bomb hit (2026-12-07)', () => {
  it('the controller of the place struck is not its actor2, in both languages', () => {
    const cases: [string, Lang][] = [
      ['Government warplanes struck the rebel-held town of Khan Sheikhoun on Tuesday.', 'en'],
      ['Government warplanes struck the town of Khan Sheikhoun, held by rebels, on Tuesday.', 'en'],
      ['شن الطيران الحربي لقوات النظام غارات على مدينة خان شيخون الخاضعة لسيطرة الفصائل يوم الثلاثاء.', 'ar'],
    ];
    for (const [text, lang] of cases) {
      const [e] = asserted(run(text, lang).events);
      assert.equal(e?.sub_event_type, 'Air/drone strike', text);
      assert.equal(e?.actor1, 'Military Forces of Syria', text);
      assert.equal(e?.actor2, null, text);
    }
    // without a hyphen, "rebels held" is who acts
    const [clash] = asserted(run('Rebels held Khan Sheikhoun after clashes with government forces on Tuesday.', 'en').events);
    assert.equal(clash?.actor1, 'Opposition Rebels (Syria)');
  });
  it('an unclaimed bomb is an unidentified armed group\'s; the soldiers it killed make the army its actor2', () => {
    const en = asserted(run('A roadside bomb killed three soldiers near Deraa on Wednesday.', 'en').events);
    const ar = asserted(run('انفجرت عبوة ناسفة بسيارة عسكرية قرب درعا يوم الأربعاء ما أدى لمقتل ثلاثة جنود.', 'ar').events);
    for (const [e] of [en, ar]) {
      assert.equal(e?.sub_event_type, 'Remote explosive/landmine/IED');
      assert.equal(e?.actor1, 'Unidentified Armed Group (Syria)');
      assert.equal(e?.actor2, 'Military Forces of Syria');
      assert.equal(e?.fatalities, 3);
    }
    // a strike by the army that kills soldiers (the other side's, or its own) names no victim side
    const [own] = asserted(run('Government artillery shelled Morek on Wednesday, killing four soldiers.', 'en').events);
    assert.notEqual(own?.actor2, 'Military Forces of Syria');
  });
});

describe('a unit named with the group it belongs to (2026-12-07)', () => {
  it('"الشرطة العسكرية التابعة للجيش الوطني" acts as the Syrian National Army', () => {
    const [e] = asserted(run('اعتقلت الشرطة العسكرية التابعة للجيش الوطني ثلاثة شبان في مدينة عفرين يوم الأحد.', 'ar').events);
    assert.equal(e?.sub_event_type, 'Arrests');
    assert.equal(e?.actor1, 'Syrian National Army');
    assert.notEqual(e?.actor2, 'Syrian National Army');
  });
});

describe('wire-copy casualty lines (2026-12-07)', () => {
  it('"the monitor said ... 22 pro-regime fighters and 15 rebels were killed": both figures, SOHR, and the loser as actor2', () => {
    const [e] = asserted(run('Rebels retook the village of Kafr Nabudah on Thursday after a surprise attack, the monitor said, adding that 22 pro-regime fighters and 15 rebels were killed.', 'en').events);
    assert.equal(e?.sub_event_type, 'Non-state actor overtakes territory');
    assert.deepEqual(e?.fatality_claims.map((c) => [c.count, c.victims, c.claimant]), [[22, 'government', 'SOHR'], [15, 'rebels', 'SOHR']]);
    assert.equal(e?.actor2, 'Military Forces of Syria');
  });
  it('a battle whose dead are only the actor\'s own side names no opponent', () => {
    const [e] = asserted(run('Rebels attacked the village of Kafr Nabudah on Thursday; 15 rebels were killed.', 'en').events);
    assert.equal(e?.actor1, 'Opposition Rebels (Syria)');
    assert.equal(e?.actor2, null);
  });
});

describe('attacks by aircraft (2026-12-07)', () => {
  it('warplanes that "carried out raids" or helicopters that "attacked" make air strikes, one per place', () => {
    const en = asserted(run('Russian warplanes carried out more than 20 raids on Kafr Nabl and Kafr Sajna on Saturday, killing six civilians.', 'en').events);
    assert.deepEqual(en.map((e) => [e.sub_event_type, e.actor1]), [['Air/drone strike', 'Military Forces of Russia'], ['Air/drone strike', 'Military Forces of Russia']]);
    const heli = asserted(run('Government helicopters attacked rebel positions in Kafr Zita on Saturday.', 'en').events);
    assert.deepEqual(heli.map((e) => e.sub_event_type), ['Air/drone strike']);
    const ar = asserted(run('هاجمت طائرات مسيرة مواقع لقوات النظام في مدينة سراقب يوم السبت.', 'ar').events);
    assert.deepEqual(ar.map((e) => e.sub_event_type), ['Air/drone strike']);
  });
  it('an attack with air cover named after it is still a ground attack', () => {
    const [e] = asserted(run('Rebels attacked army positions in Kafr Zita on Saturday, backed by Turkish drones.', 'en').events);
    assert.equal(e?.sub_event_type, 'Armed clash');
  });
});

describe('an ambush reported by state media (2026-12-07)', () => {
  it('"fighters from" a group are that group; "according to state news agency SANA" is SANA; the dead soldiers\' army is actor2', () => {
    const [en] = asserted(run('Fighters from the Islamic State group ambushed an army bus near Palmyra on Tuesday, killing at least 13 soldiers, according to state news agency SANA.', 'en').events);
    const [ar] = asserted(run('قتل 13 جنديا في كمين لتنظيم الدولة قرب تدمر يوم الثلاثاء، بحسب ما ذكرته وكالة الأنباء الرسمية سانا.', 'ar').events);
    for (const e of [en, ar]) {
      assert.equal(e?.sub_event_type, 'Armed clash');
      assert.equal(e?.actor1, 'Islamic State');
      assert.equal(e?.actor2, 'Military Forces of Syria');
      assert.deepEqual(e?.fatality_claims.map((c) => [c.count, c.victims, c.claimant]), [[13, 'government', 'SANA']]);
    }
  });
});

describe('sniper fire (2026-12-07)', () => {
  it('is an armed clash between the sniper\'s side, named after the trigger in Arabic, and the dead soldier\'s', () => {
    const [ar] = asserted(run('قتل عنصر من قوات النظام برصاص قناص من الفصائل على محور كفرنبودة يوم الاثنين.', 'ar').events);
    const [en] = asserted(run('A government soldier was killed by rebel sniper fire near Kafr Nabudah on Monday.', 'en').events);
    for (const e of [ar, en]) {
      assert.equal(e?.sub_event_type, 'Armed clash');
      assert.equal(e?.actor1, 'Opposition Rebels (Syria)');
      assert.equal(e?.actor2, 'Military Forces of Syria');
      assert.equal(e?.fatalities, 1);
    }
  });
  it('that killed only a civilian is an attack on civilians', () => {
    const [e] = asserted(run('استشهد مدني برصاص قناص لقوات النظام في بلدة كفرنبودة يوم الاثنين.', 'ar').events);
    assert.equal(e?.sub_event_type, 'Attack');
    assert.equal(e?.actor1, 'Military Forces of Syria');
    assert.equal(e?.actor2, 'Civilians (Syria)');
    assert.equal(e?.civilian_targeting, true);
  });
});

describe('accusations (2026-12-07)', () => {
  it('an event one side accuses the other of is coded as claimed, with the accuser as claimant', () => {
    const [en] = run('The opposition accused Russian warplanes of bombing a hospital in Kafr Nabl on Sunday.', 'en').events;
    const [ar] = run('اتهمت المعارضة الطيران الروسي بقصف مشفى في كفرنبل يوم الأحد.', 'ar').events;
    for (const e of [en, ar]) {
      assert.equal(e?.sub_event_type, 'Air/drone strike');
      assert.equal(e?.actor1, 'Military Forces of Russia');
      assert.equal(e?.modality, 'claimed');
      assert.notEqual(e?.claimant, 'Russian Ministry of Defence', 'the accused is not the claimant');
    }
    assert.equal(en?.claimant, 'Opposition Rebels (Syria)');
  });
  it('a state announcing its own strikes claims them; its aircraft make them air strikes', () => {
    const [e] = run('أعلنت روسيا أن طائراتها قصفت مواقع في كفرنبل يوم الأحد.', 'ar').events;
    assert.equal(e?.sub_event_type, 'Air/drone strike');
    assert.equal(e?.modality, 'claimed');
    assert.equal(e?.claimant, 'Russian Ministry of Defence');
  });
});

describe('Arabic tense and weapons (2026-12-07)', () => {
  it('قد before a perfect verb or in كانت ... قد is past, not hypothetical; before an imperfect it is', () => {
    const past = run('وكانت قوات النظام قد سيطرت يوم الأحد على قرية تل ملح.', 'ar').events;
    assert.deepEqual(past.map((e) => [e.sub_event_type, e.modality]), [['Government regains territory', 'asserted']]);
    const done = run('وقد سيطرت قوات النظام يوم الأحد على بلدة الهبيط.', 'ar').events;
    assert.deepEqual(done.map((e) => e.modality), ['asserted']);
    assert.equal(asserted(run('قد تسيطر قوات النظام على بلدة الهبيط خلال أيام.', 'ar').events).length, 0);
  });
  it('rockets named with a bombardment keep it on the ground after a paragraph of air strikes', () => {
    const text = 'شنت الطائرات الحربية الروسية يوم الأحد أكثر من 30 غارة على بلدة الهبيط.\nوفي سياق متصل، استهدفت الفصائل بصواريخ غراد مواقع قوات النظام في بلدة جورين.';
    const es = asserted(run(text, 'ar').events).filter((e) => e.sentence_index === 1);
    assert.deepEqual(es.map((e) => [e.sub_event_type, e.actor1]), [['Shelling/artillery/missile attack', 'Opposition Rebels (Syria)']]);
  });
  it('a region named in the next sentence does not locate the places of this one', () => {
    const text = 'شنت الطائرات الحربية الروسية يوم الأحد غارات على بلدات عابدين ومغر الحمام بريف إدلب الجنوبي. وقصفت قوات النظام بلدة الهبيط.\nوفي سياق متصل، قصفت الفصائل بلدات عابدين ومغر الحمام. واستهدفت الفصائل مواقع قوات النظام بريف حماة الغربي.';
    const abdin = run(text, 'ar').events.filter((e) => /عابدين|Abdin/.test(named(e)));
    assert.ok(abdin.length >= 2);
    for (const e of abdin) assert.equal(e.place_id, 'ocha:C3990', 'Abdin near Khan Shaykhun, not unresolved');
  });
});

describe('wire-copy sentence shapes (2026-12-07)', () => {
  it('"air strikes and artillery fire on the nearby town of Latamneh": both at Latamneh, same author', () => {
    const es = asserted(run('Regime air strikes and artillery fire on the nearby town of Latamneh killed two civilians on Monday.', 'en').events);
    assert.deepEqual(es.map((e) => [e.sub_event_type, e.actor1, e.location, e.geo_precision]), [
      ['Air/drone strike', 'Military Forces of Syria', 'al-Latamneh', 1],
      ['Shelling/artillery/missile attack', 'Military Forces of Syria', 'al-Latamneh', 1],
    ]);
  });
  it('"The assault by HTS targeted government positions near Zakat" is the assault, not a bombardment', () => {
    const es = asserted(run('The assault by Hayat Tahrir al-Sham targeted government positions near the village of Zakat on Thursday.', 'en').events);
    assert.deepEqual(es.map((e) => e.sub_event_type), ['Armed clash']);
    const ar = asserted(run('استهدف الهجوم الذي شنته هيئة تحرير الشام مواقع قوات النظام قرب قرية الزكاة يوم الخميس.', 'ar').events);
    assert.ok(ar.every((e) => e.event_type !== 'Explosions/Remote violence'), ar.map((e) => e.sub_event_type).join());
  });
  it('a title that places its event only in a country adds no event; the body\'s source "added" is still the monitor', () => {
    const text = 'Dozens killed as jihadists overrun army positions in northwest Syria\n\nJihadists killed 29 pro-government fighters in an attack on army positions near the village of Zakat on Thursday, a war monitor said.\n\nNineteen militants were also killed in the fighting, the Britain-based monitor added.\n\nThe army has been trying to advance on Khan Sheikhoun since May.';
    const es = asserted(run(text, 'en').events);
    assert.ok(es.every((e) => e.location !== 'Syria'), es.map((e) => e.location).join());
    const clash = es.find((e) => e.sub_event_type === 'Armed clash');
    assert.deepEqual(clash?.fatality_claims.map((c) => [c.count, c.victims, c.claimant]), [[29, 'government', 'SOHR'], [19, 'rebels', 'SOHR']]);
  });
});

describe('who is hit, and who hits (2026-12-07)', () => {
  it('the force whose patrol or checkpoint a bomb hits is actor2; the bomb\'s verb adds no event', () => {
    const cases: [string, Lang, string][] = [
      ['استهدفت عبوة ناسفة دورية لقوات النظام في مدينة درعا يوم الأربعاء.', 'ar', 'Military Forces of Syria'],
      ['A patrol of the Turkish army was hit by a roadside bomb near Tal Abyad on Wednesday.', 'en', 'Military Forces of Turkey'],
      ['A roadside bomb hit a Turkish army convoy near Tal Abyad on Wednesday.', 'en', 'Military Forces of Turkey'],
    ];
    for (const [text, lang, target] of cases) {
      const events = asserted(run(text, lang).events);
      assert.equal(events.length, 1, `${text}: ${events.map((e) => e.sub_event_type).join(', ')}`);
      assert.equal(events[0]!.sub_event_type, 'Remote explosive/landmine/IED', text);
      assert.equal(events[0]!.actor1, 'Unidentified Armed Group (Syria)', text);
      assert.equal(events[0]!.actor2, target, text);
    }
    // who attacks a checkpoint still attacks
    const [raid] = asserted(run('هاجمت الفصائل حاجزاً لقوات النظام في مورك يوم الأربعاء.', 'ar').events);
    assert.equal(raid?.actor1, 'Opposition Rebels (Syria)');
    assert.equal(raid?.actor2, 'Military Forces of Syria');
  });
  it('the agent after the cause of death is a party, not a victim (بقصف لقوات النظام, killed by government shelling)', () => {
    const [ar] = asserted(run('قتل 3 مدنيين وجرح 10 آخرون بقصف لقوات النظام على بلدة كفرنبل يوم الأربعاء.', 'ar').events);
    assert.equal(ar?.actor1, 'Military Forces of Syria');
    assert.deepEqual(ar?.fatality_claims.map((c) => [c.count, c.victims]), [[3, 'civilians']]);
    const [en] = asserted(run('Three people were killed by government shelling on Kafr Nabl on Wednesday.', 'en').events);
    assert.equal(en?.actor1, 'Military Forces of Syria');
    assert.deepEqual(en?.fatality_claims.map((c) => [c.count, c.victims]), [[3, 'unspecified']]);
  });
  it('a foreign army\'s dead are foreign forces, not the government\'s (جنود أتراك، Russian soldiers)', () => {
    const [ar] = asserted(run('قتل ثلاثة جنود أتراك بقصف لقوات النظام على نقطة المراقبة التركية في مورك يوم الأربعاء.', 'ar').events);
    assert.deepEqual(ar?.fatality_claims.map((c) => [c.count, c.victims]), [[3, 'foreign_forces']]);
    const [en] = asserted(run('Two Russian soldiers were killed when a roadside bomb hit their patrol near Tal Tamr on Wednesday.', 'en').events);
    assert.deepEqual(en?.fatality_claims.map((c) => [c.count, c.victims]), [[2, 'foreign_forces']]);
    assert.notEqual(en?.actor2, 'Military Forces of Syria');
  });
  it('arrests with nobody named arrest civilians; a named group stays', () => {
    for (const [text, lang] of [['Syrian security forces arrested dozens of people in Daraa on Wednesday.', 'en'], ['اعتقلت قوات النظام خمسة شبان في مدينة درعا يوم الأربعاء.', 'ar']] as [string, Lang][]) {
      const [e] = asserted(run(text, lang).events);
      assert.equal(e?.sub_event_type, 'Arrests', text);
      assert.equal(e?.actor2, 'Civilians (Syria)', text);
    }
    const [named] = asserted(run('Hayat Tahrir al-Sham arrested three Jaysh al-Izza commanders in Idlib on Wednesday.', 'en').events);
    assert.equal(named?.actor2, 'Jaysh al-Izza');
  });
  it('clashes between two factions of one group put it on both sides', () => {
    for (const [text, lang] of [['Clashes broke out between two factions of the Syrian National Army in Afrin on Wednesday.', 'en'], ['اندلعت اشتباكات بين فصيلين من الجيش الوطني السوري في مدينة عفرين يوم الأربعاء.', 'ar']] as [string, Lang][]) {
      const [e] = asserted(run(text, lang).events);
      assert.equal(e?.sub_event_type, 'Armed clash', text);
      assert.equal(e?.actor1, 'Syrian National Army', text);
      assert.equal(e?.actor2, 'Syrian National Army', text);
    }
    const [two] = asserted(run('Clashes broke out between HTS and the Syrian National Army in Afrin on Wednesday.', 'en').events);
    assert.equal(two?.actor1, 'Hayat Tahrir al-Sham');
    assert.equal(two?.actor2, 'Syrian National Army');
  });
});

describe('an armed actor that killed, with no other event named (2026-12-07)', () => {
  it('"Government forces killed 12 rebels near X", "قتلت قوات النظام 12 عنصراً من الفصائل قرب X": a clash, the dead side as actor2', () => {
    for (const [text, lang] of [['Government forces killed 12 rebels near Kafr Nabl on Wednesday.', 'en'], ['قتلت قوات النظام 12 عنصراً من الفصائل قرب كفرنبل يوم الأربعاء.', 'ar']] as [string, Lang][]) {
      const events = asserted(run(text, lang).events);
      assert.equal(events.length, 1, text);
      assert.equal(events[0]!.sub_event_type, 'Armed clash', text);
      assert.equal(events[0]!.actor1, 'Military Forces of Syria', text);
      assert.equal(events[0]!.actor2, 'Opposition Rebels (Syria)', text);
      assert.equal(events[0]!.fatalities, 12, text);
    }
  });
  it('only civilians dead: an attack on civilians', () => {
    const [e] = asserted(run('Government forces killed five civilians in Kafr Nabl on Wednesday.', 'en').events);
    assert.equal(e?.sub_event_type, 'Attack');
    assert.equal(e?.actor2, 'Civilians (Syria)');
  });
  it('yields to the event the sentence names, and a tally with no place is no event', () => {
    const strike = asserted(run('Russian air strikes killed 12 civilians in Kafr Nabl on Wednesday.', 'en').events);
    assert.deepEqual(strike.map((e) => e.sub_event_type), ['Air/drone strike']);
    assert.equal(asserted(run('Russia said it had killed 850 militants by 21 September.', 'en').events).length, 0);
    assert.equal(asserted(run('أعلنت روسيا أنها قتلت 850 مسلحاً بحلول 21 سبتمبر.', 'ar').events).length, 0);
  });
});

describe('movement is not capture (2026-12-07)', () => {
  it('a convoy, patrol or reinforcements entering a place take nothing; troops entering do', () => {
    for (const [text, lang] of [['A Turkish military convoy entered Idlib on Wednesday.', 'en'], ['دخلت دورية روسية مدينة سراقب يوم الأربعاء.', 'ar']] as [string, Lang][]) {
      assert.deepEqual(asserted(run(text, lang).events).map((e) => e.sub_event_type), [], text);
    }
    const [taken] = asserted(run('Turkish forces entered Afrin on Wednesday.', 'en').events);
    assert.equal(taken?.actor1, 'Military Forces of Turkey');
    assert.match(taken?.location ?? '', /Afrin/);
  });
});

describe('a capital that speaks is its state (2026-12-07)', () => {
  it('"Ankara said its forces killed ...", "وقالت أنقرة إن قواتها قتلت ...": Turkey acts; Ankara is not the place', () => {
    for (const [text, lang] of [['Ankara said its forces killed 12 YPG militants near Tal Rifaat on Wednesday.', 'en'], ['وقالت أنقرة إن قواتها قتلت 12 من مسلحي الوحدات الكردية قرب تل رفعت يوم الأربعاء.', 'ar']] as [string, Lang][]) {
      const events = asserted(run(text, lang).events);
      assert.equal(events.length, 1, text);
      assert.equal(events[0]!.actor1, 'Military Forces of Turkey', text);
      assert.match(named(events[0]!), /Tal Rifaat|تل رفعت/, text);
    }
    const [strike] = asserted(run('Moscow said its jets struck militants in Idlib on Wednesday.', 'en').events);
    assert.equal(strike?.actor1, 'Military Forces of Russia');
    // Syria's own capital too, and only when it speaks: shelled, it is a place
    const [denied] = run('Damascus denied that its forces shelled Kafr Nabl on Wednesday.', 'en').events;
    assert.equal(denied?.modality, 'denied');
    assert.equal(denied?.actor1, 'Military Forces of Syria');
    assert.match(named(asserted(run('Rebels shelled Damascus on Wednesday.', 'en').events)[0]!), /Damascus/);
  });
});

describe('who signs a deal (2026-12-07)', () => {
  const deal = (text: string, lang: Lang) => asserted(run(text, lang).events).find((e) => e.sub_event_type === 'Agreement');
  it('the government and the rebels are both signatories (en, ar)', () => {
    const en = deal('On 14 May 2019, rebels and the government reached an evacuation deal for Daraa.', 'en');
    assert.deepEqual([en?.actor1, en?.actor2], ['Military Forces of Syria', 'Opposition Rebels (Syria)']);
    const ar = deal('وفي 14 أيار 2019 توصلت فصائل المعارضة وروسيا إلى اتفاق يقضي بإجلاء المقاتلين من مدينة درعا.', 'ar');
    assert.deepEqual([ar?.actor1, ar?.actor2], ['Military Forces of Russia', 'Opposition Rebels (Syria)']);
  });
  it('two armed groups sign in the order named', () => {
    const en = deal('On 20 May 2019, Hayat Tahrir al-Sham and the National Front for Liberation signed a truce in Idlib.', 'en');
    assert.deepEqual([en?.actor1, en?.actor2], ['Hayat Tahrir al-Sham', 'National Front for Liberation']);
    const ar = deal('وفي 20 أيار 2019 وقعت هيئة تحرير الشام والجبهة الوطنية للتحرير اتفاقا لوقف إطلاق النار في ريف إدلب.', 'ar');
    assert.deepEqual([ar?.actor1, ar?.actor2], ['Hayat Tahrir al-Sham', 'National Front for Liberation']);
  });
  it('states sign in the order named; a bracketed list and a date between the verb and the deal do not part them', () => {
    const en = deal('On 18 May 2019, Russia and Turkey agreed on a ceasefire in Idlib.', 'en');
    assert.deepEqual([en?.actor1, en?.actor2], ['Military Forces of Russia', 'Military Forces of Turkey']);
    const ar = deal('حيث وقعت كل من الدول الثلاث الضامنة (روسيا وتركيا وإيران) في تاريخ في 4 مايو (أيار) 2017، اتفاقًا يعمل على وقف إطلاق النار في محافظة إدلب.', 'ar');
    assert.deepEqual([ar?.actor1, ar?.actor2, ar?.assoc_actor_1, ar?.event_date], ['Military Forces of Russia', 'Military Forces of Turkey', ['Military Forces of Iran'], '2017-05-04']);
  });
  it('a passive verb of concluding a few words on makes the deal (en); a deal only named does not', () => {
    assert.ok(deal('On 17 May 2019, a deal to evacuate rebels from the town of Douma was announced.', 'en'));
    assert.equal(deal('On 17 May 2019, rebels discussed a deal to evacuate fighters from the town of Douma.', 'en'), undefined);
  });
});

describe('whose soldiers a bomb killed; talks abroad (2026-12-07)', () => {
  it('the one foreign army whose soldiers died is actor2 (en, ar with a dual adjective)', () => {
    for (const [text, lang] of [
      ['On 20 May 2019, two Turkish soldiers were killed when a roadside bomb hit their vehicle near al-Bab.', 'en'],
      ['وفي 20 أيار 2019 قتل جنديان تركيان بانفجار عبوة ناسفة استهدفت آليتهما قرب مدينة الباب.', 'ar'],
    ] as [string, Lang][]) {
      const e = asserted(run(text, lang).events).find((x) => x.sub_event_type === 'Remote explosive/landmine/IED');
      assert.equal(e?.actor2, 'Military Forces of Turkey', text);
      assert.deepEqual(e?.fatality_claims.map((c) => [c.count, c.victims]), [[2, 'foreign_forces']], text);
    }
  });
  it('a capital abroad where talks were held is not where the shelling was', () => {
    for (const city of ['Ankara', 'Moscow']) {
      const es = asserted(run(`On 20 May 2019, Turkish troops shelled Tal Rifaat after talks in ${city}.`, 'en').events);
      assert.deepEqual(es.map((e) => [e.sub_event_type, e.location]), [['Shelling/artillery/missile attack', 'Tal Rifaat']], city);
    }
    // a capital alone is a place like any other
    assert.equal(asserted(run('On 19 May 2019, a car bomb exploded in Ankara, killing 30 people.', 'en').events)[0]?.location, 'Ankara');
  });
});

describe('the strikes named again (2026-12-07)', () => {
  it('a definite trigger in the next sentence keeps the weekday date of the event it names (en, ar)', () => {
    for (const [text, lang] of [
      ['Russian warplanes carried out dozens of airstrikes in Idlib on Sunday. The strikes hit the town of Kafr Nabl and killed five civilians.', 'en'],
      ['شن الطيران الروسي غارات جوية على ريف إدلب يوم الأحد. واستهدفت الغارات مدينة كفرنبل وقتلت خمسة مدنيين.', 'ar'],
    ] as [string, Lang][]) {
      const e = asserted(run(text, lang, '2019-05-20').events).find((x) => /Kafr Nabl/.test(x.location));
      assert.equal(e?.event_date, '2019-05-19', text);
    }
  });
  it('the same kind of event named again, right after, is by the same hand (en, ar verb first)', () => {
    for (const [text, lang] of [
      ['On 20 May 2019, government forces shelled villages in northern Hama. The shelling targeted Kafr Zita and al-Latamina.', 'en'],
      ['وفي 20 أيار 2019 قصفت قوات النظام قرى ريف حماة الشمالي. واستهدف القصف بلدة كفرزيتا.', 'ar'],
    ] as [string, Lang][]) {
      const e = asserted(run(text, lang).events).find((x) => /Kafr Zita/.test(x.location));
      assert.equal(e?.actor1, 'Military Forces of Syria', text);
      assert.ok(e?.rule_ids?.includes('context-actor-named-again'), text);
    }
  });
  it('another kind of event in the next sentence does not take the weekday', () => {
    const es = asserted(run('Russian warplanes carried out dozens of airstrikes in Idlib on Sunday. Government forces shelled Kafr Nabl.', 'en', '2019-05-20').events);
    assert.equal(es.find((x) => x.sub_event_type === 'Shelling/artillery/missile attack')?.event_date, '2019-05-20');
  });
});

describe('leaving under an evacuation deal (2026-12-07)', () => {
  it('is a non-violent transfer of the place left, not the agreement (en, ar)', () => {
    for (const [text, lang] of [
      ['On 19 May 2019, the last rebel fighters left Douma under an evacuation deal.', 'en'],
      ['وفي 19 أيار 2019 بدأ خروج مئات المقاتلين وعائلاتهم من مدينة دوما باتجاه الشمال السوري بموجب اتفاق التهجير.', 'ar'],
    ] as [string, Lang][]) {
      const es = asserted(run(text, lang).events);
      assert.deepEqual(es.map((e) => [e.sub_event_type, e.location, e.event_date]), [['Non-violent transfer of territory', 'Duma', '2019-05-19']], text);
      // "the Syrian north" is a land, not the Syrian army
      assert.notEqual(es[0]!.actor1, 'Military Forces of Syria', text);
    }
  });
  it('an attack despite the deal is not a transfer', () => {
    const es = asserted(run('On 20 May 2019, government forces shelled Douma despite the evacuation deal.', 'en').events);
    assert.deepEqual(es.map((e) => e.sub_event_type), ['Shelling/artillery/missile attack']);
  });
});

describe('what came N days before (2026-12-07)', () => {
  const byPlace = (es: DocEvent[], re: RegExp) => es.find((e) => re.test(e.location));
  it('"came a day after" / "بعد يومين من" dates what follows before the sentence\'s own day (en, ar)', () => {
    const en = asserted(run('On 12 May 2019, rebels captured Kafr Nabudah. The attack came a day after government forces shelled Khan Shaykhun.', 'en').events);
    assert.equal(byPlace(en, /Khan Shaykhun/)?.event_date, '2019-05-11');
    // "the attack" is the capture just told, not a second event
    assert.deepEqual(en.map((e) => e.sub_event_type).sort(), ['Non-state actor overtakes territory', 'Shelling/artillery/missile attack']);
    const ar = asserted(run('وفي 12 أيار 2019 سيطرت الفصائل على بلدة كفرنبودة. وجاء الهجوم بعد يومين من قصف قوات النظام لمدينة خان شيخون.', 'ar').events);
    assert.deepEqual(byPlace(ar, /Khan Shaykhun/) && [byPlace(ar, /Khan Shaykhun/)!.sub_event_type, byPlace(ar, /Khan Shaykhun/)!.event_date],
      ['Shelling/artillery/missile attack', '2019-05-10']);
  });
  it('a week after; and no shift when the earlier event has its own date', () => {
    const week = asserted(run('Rebels attacked Kafr Nabudah on 12 May 2019, a week after Russian airstrikes on Khan Shaykhun.', 'en').events);
    assert.equal(byPlace(week, /Khan Shaykhun/)?.event_date, '2019-05-05');
    const own = asserted(run('Rebels attacked Kafr Nabudah on 12 May 2019, two days after the 10 May airstrikes on Khan Shaykhun.', 'en').events);
    assert.equal(byPlace(own, /Khan Shaykhun/)?.event_date, '2019-05-10');
  });
  it('the date inside "two days after the 10 May airstrikes, ..." is not the main clause\'s', () => {
    for (const [text, lang] of [
      ['Two days after the 10 May 2019 airstrikes on Khan Shaykhun, rebels attacked Kafr Nabudah on 12 May.', 'en'],
      ['بعد يومين من غارات 10 أيار 2019 على خان شيخون، هاجمت الفصائل بلدة كفرنبودة في 12 أيار.', 'ar'],
    ] as [string, Lang][]) {
      const es = asserted(run(text, lang).events);
      assert.deepEqual([byPlace(es, /Khan Shaykhun/)?.event_date, byPlace(es, /Kafr Nabudah/)?.event_date], ['2019-05-10', '2019-05-12'], text);
    }
  });
});

describe('an event placed only in the country, placed by the next sentence (2026-12-07)', () => {
  it('is the event the next sentence places, coded once (en, ar)', () => {
    for (const [text, lang] of [
      ['On 19 May 2019, Russian warplanes carried out dozens of airstrikes in northwestern Syria. The strikes hit the town of Kafr Nabl and killed five civilians.', 'en'],
      ['وفي 19 أيار 2019 شن الطيران الروسي عشرات الغارات على الشمال الغربي من سوريا. واستهدفت الغارات مدينة كفرنبل وقتلت خمسة مدنيين.', 'ar'],
    ] as [string, Lang][]) {
      const es = asserted(run(text, lang).events);
      assert.deepEqual(es.map((e) => [e.sub_event_type, e.location, e.actor1, e.fatalities]), [['Air/drone strike', 'Kafr Nabl', 'Military Forces of Russia', 5]], text);
    }
  });
  it('stays when the next sentence tells another kind of event', () => {
    const es = asserted(run('On 19 May 2019, Russian warplanes carried out dozens of airstrikes in northwestern Syria. Government forces shelled Kafr Nabl.', 'en').events);
    assert.equal(es.length, 2);
  });
});

describe('what must, is meant to, or is threatened to happen (2026-12-07)', () => {
  const happened = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => e.sub_event_type);
  it('an obligation is not a withdrawal that happened (en, ar)', () => {
    assert.deepEqual(happened('On 20 May 2019, government forces must withdraw from Kafr Nabudah under the deal.', 'en'), []);
    assert.deepEqual(happened('وفي 20 أيار 2019 قالت الفصائل إن قوات النظام يجب أن تنسحب من بلدة كفرنبودة.', 'ar'), []);
  });
  it('an operation to capture a place, with its adjectives, is not the capture (en, ar)', () => {
    assert.ok(!happened('On 12 May 2019, rebels launched a major military operation to capture Kafr Nabudah.', 'en').includes('Non-state actor overtakes territory'));
    assert.ok(!happened('وفي 12 أيار 2019 بدأت الفصائل عملية عسكرية كبرى للسيطرة على بلدة كفرنبودة.', 'ar').includes('Non-state actor overtakes territory'));
  });
  it('threats of an offensive are not the offensive (en, ar)', () => {
    assert.deepEqual(happened("On 20 May 2019, Russia's threats of an offensive on Idlib grew.", 'en'), []);
    assert.deepEqual(happened('وفي 20 أيار 2019 تصاعدت التهديدات الروسية بالبدء بعملية عسكرية كبرى للسيطرة على إدلب.', 'ar'), []);
  });
});

describe('events across the border (2026-12-07)', () => {
  it('are coded in that country, with its generic actors', () => {
    const kilis = asserted(run('On 20 May 2019, rockets fired from Syria hit the Turkish border town of Kilis, killing two civilians.', 'en').events);
    assert.deepEqual(kilis.map((e) => [e.country, e.location, e.actor2]), [['Turkey', 'Kilis', 'Civilians (Turkey)']]);
    const ankara = asserted(run('On 19 May 2019, a car bomb exploded in Ankara, killing 30 people.', 'en').events);
    assert.equal(ankara[0]?.actor1, 'Unidentified Armed Group (Turkey)');
    // "بلدة الريحانية التركية": the adjective after the place's name is not the Turkish army
    const ar = asserted(run('وفي 20 أيار 2019 سقطت قذائف صاروخية على بلدة الريحانية التركية.', 'ar').events);
    assert.equal(ar[0]?.country, 'Turkey');
    assert.ok(!ar.some((e) => e.actor1 === 'Military Forces of Turkey' || e.actor2 === 'Military Forces of Turkey'));
  });
});

describe('who reports an event is not its author (2026-12-07)', () => {
  const first = (text: string, lang: Lang) => asserted(run(text, lang).events)[0];
  it('"The army said the shelling targeted X", "قال الجيش إن القصف استهدف": no author from the speaker', () => {
    assert.equal(first('On 20 May 2019, the army said the shelling targeted Kafr Zita.', 'en')?.actor1, null);
    assert.equal(first('وفي 20 أيار 2019 قال الجيش السوري إن القصف استهدف بلدة كفرزيتا.', 'ar')?.actor1, null);
  });
  it('unless it speaks of itself, or names the author ("said it shelled", "قال إنه قصف", "said rebels shelled")', () => {
    assert.equal(first('On 20 May 2019, the army said it shelled rebel positions in Kafr Zita.', 'en')?.actor1, 'Military Forces of Syria');
    assert.equal(first('وفي 20 أيار 2019 قال الجيش إنه قصف مواقع الفصائل في كفرزيتا.', 'ar')?.actor1, 'Military Forces of Syria');
    assert.equal(first('On 20 May 2019, the Syrian army said rebels shelled Kafr Zita.', 'en')?.actor1, 'Opposition Rebels (Syria)');
  });
});

describe('an attack that forced a retreat (2026-12-07)', () => {
  it('with the time between the attack noun and the verb, after the other side\'s capture, is the other side\'s', () => {
    const es = asserted(run('On 24 September 2017, the Syrian Arab Army launched a counter-offensive north of Hama, capturing two villages. However, a strong rebel counter-attack in the evening forced government troops to retreat.', 'en').events);
    assert.deepEqual(es.map((e) => [e.sub_event_type, e.actor1]), [
      ['Government regains territory', 'Military Forces of Syria'], ['Non-state actor overtakes territory', 'Opposition Rebels (Syria)']]);
  });
  it('with no author named, it is by the opponent of the side that gave ground, not the last actor', () => {
    const es = asserted(run('On 24 September 2017, government forces shelled Hayat Tahrir al-Sham positions north of Hama. In the evening, an attack forced government troops to retreat.', 'en').events);
    const taken = es.find((e) => e.sub_event_type === 'Non-state actor overtakes territory');
    assert.deepEqual([taken?.actor1, taken?.actor2], ['Hayat Tahrir al-Sham', 'Military Forces of Syria']);
  });
  it('is by the side whose attack it is (en adjective, ar ل- after the attack noun)', () => {
    for (const [text, lang] of [
      ['On 24 September 2017, a strong rebel counter-attack forced government troops to retreat from Abu Dali.', 'en'],
      ['وفي 24 أيلول 2017 أجبر هجوم معاكس للفصائل قوات النظام على الانسحاب من قرية أبو دالي.', 'ar'],
    ] as [string, Lang][]) {
      const e = asserted(run(text, lang).events)[0];
      assert.deepEqual([e?.sub_event_type, e?.actor1, e?.actor2], ['Non-state actor overtakes territory', 'Opposition Rebels (Syria)', 'Military Forces of Syria'], text);
    }
  });
});

describe('encircling an enemy unit (2026-12-07)', () => {
  it('is an armed clash, also in the passive (en, ar); "the besieged town" names a siege, not an event', () => {
    const en = asserted(run('On 18 September 2017, a Russian military police platoon was encircled and trapped by rebels near Idlib.', 'en').events);
    assert.deepEqual(en.map((e) => [e.sub_event_type, e.actor1]), [['Armed clash', 'Opposition Rebels (Syria)']]);
    const ar = asserted(run('وفي 18 أيلول 2017 حاصرت فصائل المعارضة وحدة من الشرطة العسكرية الروسية قرب إدلب.', 'ar').events);
    assert.deepEqual(ar.map((e) => [e.sub_event_type, e.actor1, e.actor2]), [['Armed clash', 'Opposition Rebels (Syria)', 'Military Forces of Russia']]);
    assert.deepEqual(asserted(run('On 18 September 2017, food ran out in the besieged town of Madaya.', 'en').events), []);
  });
});

describe('what could not, was feared or was only aimed at (2026-12-07, later)', () => {
  const happened = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => `${e.sub_event_type} @ ${e.location}`);
  const territory = (xs: string[]) => xs.filter((x) => /territory/.test(x));
  it('inability governs a capture several words on (لم يستطع ... استعادة; unable for weeks to retake)', () => {
    assert.deepEqual(territory(happened('وفي 20 أيار 2019 لم يستطع النظام منذ ذلك الحين استعادة السيطرة على جبل الزاوية.', 'ar')), []);
    assert.deepEqual(territory(happened('On 20 May 2019, government forces were unable for weeks to retake Kafr Nabudah.', 'en')), []);
  });
  it('but not across a new coordinated clause', () => {
    assert.deepEqual(territory(happened('وفي 20 أيار 2019 لم يتمكن النظام من التقدم وسيطرت الفصائل على بلدة كفرنبودة.', 'ar')), ['Non-state actor overtakes territory @ Kafr Nabudah']);
    assert.deepEqual(territory(happened('On 20 May 2019, the army could not hold the town and rebels captured Kafr Nabudah.', 'en')), ['Non-state actor overtakes territory @ Kafr Nabudah']);
  });
  it('a two-word capture fails with its first word (فشل في استعادة السيطرة على; failed to regain control of)', () => {
    assert.deepEqual(territory(happened('وفي 20 أيار 2019 فشل النظام في استعادة السيطرة على جبل الزاوية.', 'ar')), []);
    assert.deepEqual(territory(happened('On 20 May 2019, the army failed to regain control of Kafr Nabudah.', 'en')), []);
  });
  it('a two-word capture takes the place named after its second word', () => {
    const es = asserted(run('وفي 20 أيار 2019 صدت الفصائل هجوما لقوات النظام على مطار أبو الظهور، وتمكنت الفصائل من استعادة السيطرة على بلدة تل سلمو.', 'ar').events);
    assert.deepEqual(es.filter((e) => /territory/.test(e.sub_event_type)).map((e) => e.location), ['Tal Silmo']);
  });
  it('a feared capture has not happened (وسط مخاوف من سيطرة; amid fears that)', () => {
    assert.deepEqual(territory(happened('وفي 20 أيار 2019 وصلت قوات النظام إلى مشارف المطار وسط مخاوف من سيطرة النظام على مطار أبو الظهور.', 'ar')), []);
    assert.deepEqual(territory(happened('On 20 May 2019, residents fled amid fears that the army would capture Saraqib.', 'en')), []);
  });
  it('an infinitive of capture is an aim (تتحرك لاستعادة، حشدت تعزيزات للسيطرة; moved to retake)', () => {
    assert.deepEqual(territory(happened('وفي 20 أيار 2019 بدأت فصائل عسكرية تتحرك لاستعادة بلدة كفرنبودة.', 'ar')), []);
    assert.deepEqual(territory(happened('وفي 20 أيار 2019 حشدت قوات النظام تعزيزات للسيطرة على بلدة كفرنبودة.', 'ar')), []);
    assert.deepEqual(territory(happened('On 20 May 2019, rebels moved to retake Kafr Nabudah.', 'en')), []);
  });
  it('unless a verb of success governs it (managed to, went on to, تعرضت لـ)', () => {
    assert.equal(territory(happened('On 20 May 2019, rebels managed to retake Kafr Nabudah.', 'en')).length, 1);
    assert.equal(territory(happened('On 20 May 2019, rebels went on to capture Kafr Nabudah.', 'en')).length, 1);
  });
});

describe('whom the government took a place from (2026-12-07, later)', () => {
  const recapture = (text: string, lang: Lang) => asserted(run(text, lang, '2017-10-20').events).find((e) => e.sub_event_type === 'Government regains territory');
  it('the side that took that place earlier in the report, not the group named last (en, ar)', () => {
    const en = recapture('On 6 October 2017, Hayat Tahrir al-Sham captured Abu Dali. On 7 October 2017, Free Syrian Army fighters shelled the town of Morek. On 8 October 2017, government forces recaptured Abu Dali.', 'en');
    assert.equal(en?.actor2, 'Hayat Tahrir al-Sham');
    const ar = recapture('وفي 6 تشرين الأول 2017 سيطرت هيئة تحرير الشام على قرية أبو دالي. وفي 7 تشرين الأول 2017 قصف الجيش السوري الحر مدينة مورك. وفي 8 تشرين الأول 2017 استعادت قوات النظام السيطرة على قرية أبو دالي.', 'ar');
    assert.equal(ar?.actor2, 'Hayat Tahrir al-Sham');
  });
  it('else the opposition group the report names most', () => {
    const en = recapture('On 6 October 2017, Hayat Tahrir al-Sham attacked the town of Morek. Hayat Tahrir al-Sham shelled Mhardeh on 7 October 2017. On 7 October 2017, a Free Syrian Army commander spoke to reporters in Idlib. On 8 October 2017, government forces recaptured Abu Dali.', 'en');
    assert.equal(en?.actor2, 'Hayat Tahrir al-Sham');
  });
});

describe('the first part of a headline is not a report (2026-12-07, later)', () => {
  it('"إدلب تحت القصف.. مجازر ...", "Idlib under fire… ": no event; a sentence ending in ".." or "…" still is one', () => {
    assert.deepEqual(asserted(run('إدلب تحت القصف.. مجازر نظام الأسد ضد المدنيين', 'ar').events), []);
    assert.deepEqual(asserted(run('Idlib under fire… regime massacres', 'en').events), []);
    assert.deepEqual(asserted(run('وفي 20 أيار 2019 قصفت قوات النظام بلدة كفرنبودة..', 'ar').events).map((e) => e.location), ['Kafr Nabudah']);
    assert.deepEqual(asserted(run('Government forces shelled Kafr Nabudah…', 'en').events).map((e) => e.location), ['Kafr Nabudah']);
  });
});

describe('unnamed places are in the area the sentence names (2026-12-07, later)', () => {
  const withdrawals = (text: string, lang: Lang) => asserted(run(text, lang).events).filter((e) => e.sub_event_type === 'Change to group/activity').map((e) => e.location);
  it('"withdrew from the villages", "بدأت بالانسحاب من البلدات والقرى": not the village a clause before names', () => {
    assert.deepEqual(withdrawals('On 20 May 2019, fighting raged north of Hama near the village of Abu Dali, and government forces withdrew from the villages they had taken.', 'en'), ['northern Hama countryside']);
    assert.deepEqual(withdrawals('وفي 20 أيار 2019 تستمر المعارك شمال حماة قرب قرية أبو دالي، وبدأت قوات النظام بالانسحاب من البلدات والقرى التي تقدمت إليها.', 'ar'), ['northern Hama countryside']);
  });
});

describe('an explosion of unknown kind (2026-12-07, later)', () => {
  it('is a remote explosive when the sentence names no other event (en, ar)', () => {
    const en = asserted(run('On 19 May 2019, an explosion ripped through a market in the town of Azaz, killing eight people.', 'en').events);
    assert.deepEqual(en.map((e) => [e.sub_event_type, e.fatalities]), [['Remote explosive/landmine/IED', 8]]);
    const ar = asserted(run('وفي 19 أيار 2019 هز انفجار سوقا شعبيا في مدينة اعزاز ما أدى إلى مقتل ثمانية أشخاص.', 'ar').events);
    assert.deepEqual(ar.map((e) => [e.sub_event_type, e.fatalities]), [['Remote explosive/landmine/IED', 8]]);
  });
  it('and the air strike that caused it otherwise (en, ar)', () => {
    assert.deepEqual(asserted(run('On 19 May 2019, Russian air strikes on Khan Sheikhoun caused a huge explosion.', 'en').events).map((e) => e.sub_event_type), ['Air/drone strike']);
    assert.deepEqual(asserted(run('وفي 19 أيار 2019 سمع دوي انفجارات ناجمة عن غارات جوية على مدينة خان شيخون.', 'ar').events).map((e) => e.sub_event_type), ['Air/drone strike']);
  });
});

describe('descriptive names and hyphenated adjectives (2026-12-07, later)', () => {
  it('"seized X from the Kurdish-led SDF", "from Kurdish-led forces": the SDF held it', () => {
    const actor2 = (text: string) => asserted(run(text, 'en').events).find((e) => /territory/.test(e.sub_event_type))?.actor2;
    assert.equal(actor2('On 17 May 2019, Turkish-backed rebels seized the village of Tel Rifaat from the Kurdish-led Syrian Democratic Forces.'), 'Syrian Democratic Forces');
    assert.equal(actor2('On 17 May 2019, Turkish-backed rebels seized the village of Tel Rifaat from Kurdish-led forces.'), 'Syrian Democratic Forces');
  });
});

describe('protests named by their protesters, and forces stepping in (2026-12-07, later)', () => {
  const coded = (text: string, lang: Lang) => asserted(run(text, lang).events).filter((e) => e.event_type === 'Protests').map((e) => [e.sub_event_type, e.actor1, e.actor2]);
  it('"خرج مئات المتظاهرين في", "hundreds of demonstrators gathered in" is a protest', () => {
    assert.deepEqual(coded('وفي يوم الجمعة خرج مئات المتظاهرين في مدينة إدلب.', 'ar'), [['Peaceful protest', 'Protesters (Syria)', null]]);
    assert.deepEqual(coded('On Friday, hundreds of demonstrators gathered in Saraqib.', 'en'), [['Peaceful protest', 'Protesters (Syria)', null]]);
  });
  it('fire that kills protesters is excessive force; dispersal without harm is an intervention (en, ar)', () => {
    assert.deepEqual(coded('On 20 May 2019, government forces fired on protesters in Daraa, killing three.', 'en'), [['Excessive force against protesters', 'Protesters (Syria)', 'Military Forces of Syria']]);
    assert.deepEqual(coded('وفي 20 أيار 2019 أطلقت قوات النظام النار على المتظاهرين في درعا ما أدى إلى مقتل ثلاثة.', 'ar'), [['Excessive force against protesters', 'Protesters (Syria)', 'Military Forces of Syria']]);
    assert.deepEqual(coded('وفي 20 أيار 2019 فرقت عناصر من هيئة تحرير الشام مظاهرة في مدينة إدلب.', 'ar'), [['Protest with intervention', 'Protesters (Syria)', 'Hayat Tahrir al-Sham']]);
  });
  it('a protest against a force is not an intervention by it', () => {
    assert.deepEqual(coded('On 20 May 2019, hundreds of protesters demonstrated in Maarat al-Numan against the government.', 'en').map((x) => x[0]), ['Peaceful protest']);
  });
});

describe('bombs: the dead name the target, a plot is not a bombing (2026-12-07, later)', () => {
  it('an unclaimed bomb that killed fighters of a group has that group as actor2 (en, ar)', () => {
    const en = asserted(run('On 20 May 2019, two Hayat Tahrir al-Sham fighters were killed when a landmine exploded in the southern Idlib countryside.', 'en').events);
    assert.deepEqual(en.map((e) => [e.actor1, e.actor2]), [['Unidentified Armed Group (Syria)', 'Hayat Tahrir al-Sham']]);
    const ar = asserted(run('وفي 20 أيار 2019 قتل عنصران من هيئة تحرير الشام بانفجار لغم أرضي في ريف إدلب الجنوبي.', 'ar').events);
    assert.deepEqual(ar.map((e) => [e.actor1, e.actor2]), [['Unidentified Armed Group (Syria)', 'Hayat Tahrir al-Sham']]);
  });
  it('a foiled plot to set off a car bomb has not happened (en, ar)', () => {
    assert.deepEqual(asserted(run('On 20 May 2019, police foiled a plot to detonate a car bomb in Azaz.', 'en').events), []);
    assert.deepEqual(asserted(run('وفي 20 أيار 2019 أحبطت السلطات مخططا لتفجير سيارة مفخخة في مدينة اعزاز.', 'ar').events), []);
  });
});

describe('the sides of a clash counted among its dead (2026-12-07, later)', () => {
  const sides = (text: string, lang: Lang) => asserted(run(text, lang).events).filter((e) => e.sub_event_type === 'Armed clash').map((e) => [e.actor1, e.actor2].sort());
  it('"12 soldiers and 8 rebels were killed in clashes", "قتل 12 عنصرا من قوات النظام و8 من الفصائل في اشتباكات"', () => {
    const both = [['Military Forces of Syria', 'Opposition Rebels (Syria)']];
    assert.deepEqual(sides('On 20 May 2019, 12 soldiers and 8 rebels were killed in clashes near Kafr Nabudah.', 'en'), both);
    assert.deepEqual(sides('وفي 20 أيار 2019 قتل 12 عنصرا من قوات النظام و8 من الفصائل في اشتباكات قرب كفرنبودة.', 'ar'), both);
  });
  it('aircrew are counted: "killing its two pilots"', () => {
    const es = asserted(run('On 14 May 2019, rebels shot down a Syrian army helicopter over Idlib province, killing its two pilots.', 'en').events);
    assert.deepEqual(es.map((e) => e.fatalities), [2]);
  });
});

describe('killings told by the body or the bullet (2026-12-07, later)', () => {
  const coded = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.sub_event_type, e.actor1, e.actor2, e.fatalities]);
  it('a body found shot dead is an attack by an unidentified armed group (en, ar), coded once', () => {
    const one = [['Attack', 'Unidentified Armed Group (Syria)', 'Civilians (Syria)', 1]];
    assert.deepEqual(coded('وفي 20 أيار 2019 عثر الأهالي على جثة شاب مقتولا بالرصاص قرب بلدة معرة مصرين.', 'ar'), one);
    assert.deepEqual(coded('On 20 May 2019, residents found the body of a young man shot dead near the town of Maarat Misrin.', 'en'), one);
  });
  it('"قتل مدني برصاص مسلحين مجهولين": an attack; "برصاص قوات النظام" on a fighter: a clash; no death, no event', () => {
    assert.deepEqual(coded('وفي 20 أيار 2019 قتل مدني برصاص مسلحين مجهولين في مدينة سراقب.', 'ar'), [['Attack', 'Unidentified Armed Group (Syria)', 'Civilians (Syria)', 1]]);
    assert.deepEqual(coded('وفي 20 أيار 2019 قتل عنصر من الفصائل برصاص قوات النظام قرب بلدة كفرنبودة.', 'ar'), [['Armed clash', 'Military Forces of Syria', 'Opposition Rebels (Syria)', 1]]);
    assert.deepEqual(coded('وفي 20 أيار 2019 أصيب طفل بطلق ناري في مدينة درعا.', 'ar'), []);
  });
  it('"مسلحون من العشائر" are tribesmen, not a village called Ashayer', () => {
    const es = asserted(run('وفي 20 أيار 2019 دارت اشتباكات عنيفة بين قوات سوريا الديمقراطية ومسلحين من العشائر في بلدة ذيبان بريف دير الزور الشرقي.', 'ar').events);
    assert.deepEqual(es.map((e) => e.location), ['Dhiban']);
  });
});

describe('common press phrasings (2026-12-07, later)', () => {
  it('"took full control of", "neutralised", "حيّدت" are a capture and killings', () => {
    assert.deepEqual(asserted(run('On 20 May 2019, Hezbollah fighters and Syrian troops took full control of the town of Qusayr.', 'en').events).map((e) => e.sub_event_type), ['Government regains territory']);
    const en = asserted(run('On 18 May 2019, Turkish forces neutralised 15 YPG militants near Tal Rifaat.', 'en').events);
    assert.deepEqual(en.map((e) => [e.actor1, e.actor2, e.fatalities]), [['Military Forces of Turkey', "People's Protection Units", 15]]);
    const ar = asserted(run('وفي 18 أيار 2019 حيدت القوات التركية 15 عنصرا من الوحدات الكردية قرب تل رفعت.', 'ar').events);
    assert.deepEqual(ar.map((e) => [e.actor1, e.actor2, e.fatalities]), [['Military Forces of Turkey', "People's Protection Units", 15]]);
  });
  it('those arrested are the people named as its object, not the side they are accused of serving (en, ar)', () => {
    const a2 = (text: string, lang: Lang) => asserted(run(text, lang).events).find((e) => e.sub_event_type === 'Arrests')?.actor2;
    assert.equal(a2('On 20 May 2019, HTS arrested dozens of people accused of spying for the regime in Idlib city.', 'en'), 'Civilians (Syria)');
    assert.equal(a2('وفي 20 أيار 2019 اعتقلت هيئة تحرير الشام عشرات الأشخاص بتهمة التعامل مع النظام في مدينة إدلب.', 'ar'), 'Civilians (Syria)');
    assert.equal(a2('وفي 20 أيار 2019 اعتقلت قوات النظام عنصرين من الفصائل في درعا.', 'ar'), 'Opposition Rebels (Syria)');
  });
});

describe('the owner of what was hit, and the side that hit it (2026-12-07, later)', () => {
  it('"تمكنت الفصائل من تدمير دبابة لميليشيا الأسد بصاروخ": the rebels hit the regime\'s tank', () => {
    const es = asserted(run('وفي 20 أيار 2019 تمكنت الفصائل من تدمير دبابة لميليشيا الأسد على جبهة كبانة بصاروخ موجه.', 'ar').events);
    assert.deepEqual(es.map((e) => [e.actor1, e.actor2]), [['Opposition Rebels (Syria)', 'Military Forces of Syria']]);
  });
});

describe('the same strike told again without a place (2026-12-07, later)', () => {
  it('"قصف جوي روسي على معرة النعمان، فيما قالت وزارة الدفاع الروسية إن الطائرات استهدفت مواقع": one event', () => {
    const es = asserted(run('وفي 20 أيار 2019 أفاد الدفاع المدني بمقتل 12 مدنيا في قصف جوي روسي على مدينة معرة النعمان، فيما قالت وزارة الدفاع الروسية إن الطائرات استهدفت مواقع للإرهابيين.', 'ar').events);
    assert.deepEqual(es.map((e) => [e.sub_event_type, e.location, e.fatalities]), [['Air/drone strike', 'Maarat al-Numan', 12]]);
  });
});

describe('a weapon\'s attack, and who claims it (2026-12-07, later)', () => {
  const coded = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.sub_event_type, e.actor1]);
  it('"a rocket attack", "هجوما بطائرات مسيرة" is the weapon\'s event, not also a clash', () => {
    assert.deepEqual(coded('On 20 May 2019, HTS claimed responsibility for a rocket attack on Hmeimim air base.', 'en'), [['Shelling/artillery/missile attack', 'Hayat Tahrir al-Sham']]);
    assert.deepEqual(coded('وفي 20 أيار 2019 شنت الفصائل هجوما بطائرات مسيرة على قاعدة حميميم.', 'ar'), [['Air/drone strike', 'Opposition Rebels (Syria)']]);
  });
  it('but an attack to capture a place stays a clash beside the aim', () => {
    assert.ok(coded('وفي 12 حزيران 2019 شنت قوات الأسد هجومًا للسيطرة على منطقتي تل ملح والجبين بريف حماة.', 'ar').some((x) => x[0] === 'Armed clash'));
  });
  it('who claims responsibility is the author', () => {
    assert.deepEqual(coded('On 20 May 2019, the Islamic State claimed responsibility for the suicide bombing in Azaz.', 'en'), [['Suicide bomb', 'Islamic State']]);
  });
  it('the force whose base is hit is actor2 ("the Russian air base")', () => {
    const es = asserted(run('On 20 May 2019, rebels launched a drone attack on the Russian air base at Hmeimim.', 'en').events);
    assert.deepEqual(es.map((e) => [e.actor1, e.actor2]), [['Opposition Rebels (Syria)', 'Military Forces of Russia']]);
  });
});

describe('"the town" is the place just named (2026-12-07, later)', () => {
  const places = (text: string, lang: Lang) => asserted(run(text, lang, '2017-10-20').events).map((e) => e.location);
  it('"Russian jets pounded the town", "قصفت الطائرات الروسية البلدة" in a sentence naming no place', () => {
    assert.deepEqual(places('On 6 October 2017, Hayat Tahrir al-Sham captured Abu Dali. On 7 October 2017, Russian jets pounded the town.', 'en'), ['Abu Dali', 'Abu Dali']);
    assert.deepEqual(places('وفي 6 تشرين الأول 2017 سيطرت هيئة تحرير الشام على قرية أبو دالي. وفي 7 تشرين الأول 2017 قصفت الطائرات الروسية البلدة بعشرات الغارات.', 'ar'), ['Abu Dali', 'Abu Dali']);
  });
  it('not "the villages", nor a town named many sentences before', () => {
    assert.ok(!places('On 6 October 2017, Hayat Tahrir al-Sham captured Abu Dali. On 7 October 2017, Russian jets pounded the villages.', 'en').slice(1).includes('Abu Dali'));
    const far = 'On 6 October 2017, Hayat Tahrir al-Sham captured Abu Dali. The group was founded in 2017. It is led by Jolani. It is designated a terrorist group. It rules Idlib. On 7 October 2017, Russian jets pounded the town.';
    assert.ok(!places(far, 'en').slice(1).includes('Abu Dali'));
  });
});

describe('two sides doing the same to one place that day (2026-12-07, later)', () => {
  it('are two events; a group and the generic rebels are one', () => {
    const n = (text: string) => asserted(run(text, 'en').events).length;
    assert.equal(n('On 12 May 2019, rebels shelled Hama. Government forces shelled Hama.'), 2);
    assert.equal(n('On 12 May 2019, rebels shelled Hama. HTS shelled Hama.'), 1);
  });
  it('state forces and their militias are one side: one event (en and ar)', () => {
    const n = (text: string, lang: Lang) => asserted(run(text, lang).events).length;
    assert.equal(n('On 12 May 2019, the Syrian army shelled Kafr Nabl. Pro-government militias shelled Kafr Nabl.', 'en'), 1);
    assert.equal(n('وفي 12 أيار 2019 قصفت قوات النظام مدينة كفرنبل. وقصفت الميليشيات الموالية للنظام مدينة كفرنبل.', 'ar'), 1);
    assert.equal(n('وفي 12 أيار 2019 قصفت فصائل المعارضة مدينة كفرنبل. وقصفت الميليشيات الموالية للنظام مدينة كفرنبل.', 'ar'), 2);
  });
});

describe('a battle told over several sentences (2026-12-07, later)', () => {
  const doc = 'وفي 11 آب 2019 سيطرت قوات النظام السوري على بلدة الهبيط في ريف إدلب الجنوبي بعد معارك عنيفة مع فصائل المعارضة. '
    + 'وقال المرصد إن 23 عنصرا من قوات النظام والمسلحين الموالين لها قتلوا خلال المعارك، مقابل 17 مقاتلا من الفصائل، بينهم قيادي في هيئة تحرير الشام. '
    + 'وترافقت المعارك مع قصف جوي روسي مكثف طال مدينة خان شيخون. '
    + 'في المقابل، نفت الجبهة الوطنية للتحرير سقوط البلدة.';
  it('the dead of "the battles" (sides joined by و, the one named among them) are the capture\'s; "the battles" again is no new clash', () => {
    const es = asserted(run(doc, 'ar').events);
    assert.deepEqual(es.map((e) => [e.sub_event_type, e.location, e.fatalities]), [
      ['Government regains territory', 'Hbit', 40],
      ['Air/drone strike', 'Khan Shaykhun', 0],
    ]);
  });
  it('"نفت الجبهة سقوط البلدة": the fall of the town just taken, denied by the side that lost it', () => {
    const denied = run(doc, 'ar').events.filter((e) => e.modality === 'denied');
    assert.deepEqual(denied.map((e) => [e.sub_event_type, e.location, e.actor1, e.actor2]), [
      ['Government regains territory', 'Hbit', 'Military Forces of Syria', 'National Front for Liberation'],
    ]);
  });
});

describe('a fear reaches its verb (2026-12-07, later)', () => {
  it('"Turkey has long feared that a full-scale government offensive on Idlib would ..." is not an offensive that happened', () => {
    assert.deepEqual(asserted(run('Turkey has long feared that a full-scale government offensive on Idlib would send millions of refugees towards its border.', 'en').events), []);
  });
});

describe('an encirclement beside a capture elsewhere (2026-12-07, later)', () => {
  it('is its own event; at the captured place it is part of the capture (en, ar)', () => {
    const subs = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => `${e.sub_event_type} @ ${e.location}`).sort();
    assert.deepEqual(subs('On 20 August 2019, government forces encircled the Turkish post at Morek after capturing Khan Sheikhoun.', 'en'), ['Armed clash @ Morek', 'Government regains territory @ Khan Shaykhun']);
    assert.deepEqual(subs('وفي 20 آب 2019 حاصرت قوات النظام نقطة المراقبة التركية في مورك بعد سيطرتها على خان شيخون.', 'ar'), ['Armed clash @ Morek', 'Government regains territory @ Khan Shaykhun']);
    assert.deepEqual(subs('On 20 August 2019, government forces encircled and captured Khan Sheikhoun.', 'en'), ['Government regains territory @ Khan Shaykhun']);
  });
});

describe('two clauses, two events (2026-12-07, third)', () => {
  const brief = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.sub_event_type, e.actor1, e.location]);
  it('a second clause with its own subject is its own event, by that subject (en and ar)', () => {
    assert.deepEqual(brief('On 12 May 2019, Israeli jets struck targets near Damascus, and rebels shelled Hama.', 'en'), [
      ['Air/drone strike', 'Military Forces of Israel', 'Damascus'],
      ['Shelling/artillery/missile attack', 'Opposition Rebels (Syria)', 'Hama'],
    ]);
    assert.deepEqual(brief('وفي 12 أيار 2019 قصفت الطائرات الإسرائيلية مواقع قرب دمشق، والفصائل قصفت مدينة حماة.', 'ar'), [
      ['Air/drone strike', 'Military Forces of Israel', 'Damascus'],
      ['Shelling/artillery/missile attack', 'Opposition Rebels (Syria)', 'Hama'],
    ]);
    assert.deepEqual(brief('وفي 12 أيار 2019 قصفت قوات النظام بلدة كفرنبل، وقصفت مدينة حماة.', 'ar'), [
      ['Shelling/artillery/missile attack', 'Military Forces of Syria', 'Kafr Nabl'],
      ['Shelling/artillery/missile attack', 'Military Forces of Syria', 'Hama'],
    ]);
  });
  it('the subject of the next clause is not the object of this one', () => {
    const [strike] = asserted(run('On 12 May 2019, Israeli strikes hit targets near Damascus, and rebels shelled Hama.', 'en').events);
    assert.equal(strike?.actor2, null);
  });
  it('one subject over two clauses keeps its aircraft: "Russian warplanes struck X, and pounded Y"', () => {
    assert.deepEqual(brief('On 12 May 2019, Russian warplanes struck Kafr Nabl, and pounded Hama.', 'en').map((e) => e[0]), ['Air/drone strike', 'Air/drone strike']);
  });
  it('a three-word sentence with a full stop is a report, not a heading; "the rebels pounded" is not "the rebels offensive"', () => {
    const es = asserted(run('On 12 May 2019, Russian warplanes struck Kafr Nabl. Rebels pounded Hama.', 'en').events);
    assert.deepEqual(es.map((e) => [e.actor1, e.location]), [['Military Forces of Russia', 'Kafr Nabl'], ['Opposition Rebels (Syria)', 'Hama']]);
    assert.equal(asserted(run('On 12 May 2019, Russian warplanes struck Kafr Nabl. The rebels pounded Hama.', 'en').events).length, 2);
  });
});

describe('interceptions and arrests by name (2026-12-07, third)', () => {
  const brief = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.sub_event_type, e.actor1, e.actor2]);
  it('the interceptor is the subject of the verb, the adjective names who fired (en and ar)', () => {
    const want = [['Disrupted weapons use', 'Military Forces of Syria', 'Military Forces of Israel']];
    assert.deepEqual(brief('On 15 May 2019, Syrian air defences shot down several Israeli missiles over Damascus.', 'en'), want);
    assert.deepEqual(brief('وفي 15 أيار 2019 تصدت الدفاعات الجوية السورية لصواريخ إسرائيلية في سماء دمشق.', 'ar'), want);
  });
  it('shooting down a warplane stays a clash with the side that flew it; a drone brought down is a disrupted weapon', () => {
    assert.deepEqual(brief('On 3 May 2019, rebels shot down a government warplane near Khan Sheikhoun.', 'en'), [['Armed clash', 'Opposition Rebels (Syria)', 'Military Forces of Syria']]);
    assert.deepEqual(brief('On 3 May 2019, rebels shot down a government drone near Khan Sheikhoun.', 'en'), [['Disrupted weapons use', 'Opposition Rebels (Syria)', 'Military Forces of Syria']]);
  });
  it('the police arrest (en and ar)', () => {
    assert.equal(asserted(run('On 14 May 2019, police arrested five men in Raqqa.', 'en').events)[0]?.actor1, 'Police Forces of Syria');
    assert.equal(asserted(run('وفي 14 أيار 2019 اعتقلت الشرطة خمسة رجال في مدينة الرقة.', 'ar').events)[0]?.actor1, 'Police Forces of Syria');
  });
});

describe('executions of people named by their trade (2026-12-07, third)', () => {
  it('"executed three shepherds", "أعدم ثلاثة رعاة": an attack on civilians, three dead; "executed the plan" is no event', () => {
    for (const [text, lang] of [['On 20 May 2019, Islamic State militants executed three shepherds in the eastern Homs desert.', 'en'],
      ['وفي 20 أيار 2019 أعدم تنظيم الدولة الإسلامية ثلاثة رعاة في بادية حمص الشرقية.', 'ar']] as const) {
      const [e] = asserted(run(text, lang).events);
      assert.deepEqual([e?.sub_event_type, e?.actor1, e?.actor2, e?.fatalities], ['Attack', 'Islamic State', 'Civilians (Syria)', 3], text);
    }
    assert.ok(!asserted(run('On 20 May 2019, the council executed the plan in Idlib.', 'en').events).some((e) => e.sub_event_type === 'Attack'));
  });
});

describe('roads and the vehicles on them (2026-12-07, third)', () => {
  const where = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => e.location);
  it('the two towns a road is named after are not the place ("the Aleppo-Latakia highway", "طريق حلب – اللاذقية الدولي")', () => {
    for (const [text, lang] of [
      ['On 20 May 2019, a roadside bomb hit a Turkish patrol on the Aleppo-Latakia highway near Ariha.', 'en'],
      ['On 20 May 2019, a roadside bomb hit a Turkish patrol on the Aleppo - Latakia highway near Ariha.', 'en'],
      ['وفي 20 أيار 2019 انفجرت عبوة ناسفة بدورية تركية على طريق حلب – اللاذقية الدولي قرب مدينة أريحا.', 'ar'],
      ['وفي 20 أيار 2019 انفجرت عبوة ناسفة بدورية تركية على الطريق الدولي حلب-اللاذقية قرب مدينة أريحا.', 'ar'],
    ] as const) assert.deepEqual(where(text, lang), ['Ariha'], text);
  });
  it('a road to one town still names it ("the road to Saraqeb", "طريق سراقب")', () => {
    assert.deepEqual(where('On 20 May 2019, rebels shelled the road to Saraqeb.', 'en'), ['Saraqib']);
    assert.deepEqual(where('وفي 20 أيار 2019 انفجرت عبوة ناسفة بدورية تركية على طريق سراقب.', 'ar'), ['Saraqib']);
  });
  it('a military vehicle belongs to the force it is hit with: that force is actor2 (en and ar)', () => {
    const [ar] = asserted(run('وفي 20 أيار 2019 انفجرت عبوة ناسفة بسيارة عسكرية تابعة للقوات التركية قرب مدينة أريحا.', 'ar').events);
    const [en] = asserted(run('On 20 May 2019, a roadside bomb hit an armoured vehicle of the Turkish army near Ariha.', 'en').events);
    for (const e of [ar, en]) assert.deepEqual([e?.actor1, e?.actor2], ['Unidentified Armed Group (Syria)', 'Military Forces of Turkey']);
  });
});

describe('the mediator of a deal (2026-12-07, third)', () => {
  const sides = (text: string, lang: Lang) => asserted(run(text, lang).events).filter((e) => e.sub_event_type === 'Agreement')
    .map((e) => [e.actor1, e.actor2, e.assoc_actor_1]);
  it('is not a party: "under Russian mediation", "a Russian-brokered ceasefire", "بوساطة روسية"', () => {
    const want = [['Military Forces of Syria', 'Opposition Rebels (Syria)', []]];
    assert.deepEqual(sides('On 19 May 2019, rebels and government forces agreed to a ceasefire in Daraa under Russian mediation.', 'en'), want);
    assert.deepEqual(sides('On 19 May 2019, rebels and government forces agreed to a Russian-brokered ceasefire in Daraa.', 'en'), want);
    assert.deepEqual(sides('وفي 19 أيار 2019 توصلت فصائل المعارضة وقوات النظام إلى اتفاق لوقف إطلاق النار في مدينة درعا بوساطة روسية.', 'ar'), want);
  });
  it('states that broker a deal themselves sign it', () => {
    assert.deepEqual(sides('On 16 May 2019, Turkey and Russia brokered a ceasefire in Idlib.', 'en'), [['Military Forces of Turkey', 'Military Forces of Russia', []]]);
  });
});

describe('assassinations (2026-12-07, third)', () => {
  it('kill their victim, and the side named after a preposition is the victim\'s, not the killer (en and ar)', () => {
    for (const [text, lang] of [['On 20 May 2019, unknown gunmen assassinated a former rebel commander in Tafas.', 'en'],
      ['وفي 20 أيار 2019 أقدم مسلحون مجهولون على اغتيال قيادي سابق في فصائل المعارضة في بلدة طفس.', 'ar']] as const) {
      const [e] = asserted(run(text, lang).events);
      assert.deepEqual([e?.sub_event_type, e?.actor1, e?.fatalities], ['Attack', 'Unidentified Armed Group (Syria)', 1], text);
    }
  });
});

describe('announcing a deed by its noun (2026-12-07, third)', () => {
  it('"The SDF announced the capture of Baghouz" is the SDF\'s capture; "announced that X captured" is X\'s (en and ar)', () => {
    const a1 = (text: string, lang: Lang) => run(text, lang).events.map((e) => e.actor1);
    assert.deepEqual(a1('The SDF announced the capture of Baghouz on 23 March 2019.', 'en'), ['Syrian Democratic Forces']);
    assert.deepEqual(a1('أعلنت قوات سوريا الديمقراطية السيطرة على بلدة الباغوز يوم 23 آذار 2019.', 'ar'), ['Syrian Democratic Forces']);
    assert.deepEqual(a1('The SDF announced that government forces had captured Baghouz on 23 March 2019.', 'en'), ['Military Forces of Syria']);
  });
});

describe('whose bombing (2026-12-07, third)', () => {
  const sub = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => e.sub_event_type);
  it('a bombing claimed by a group is a bomb, not a bombardment', () => {
    assert.deepEqual(sub('On 20 May 2019, the Islamic State claimed responsibility for the bombing, which killed 20 people in Qamishli.', 'en'), ['Remote explosive/landmine/IED']);
  });
  it('the bombardments of a foreign air power are air strikes, unless a ground weapon is named (en and ar)', () => {
    assert.deepEqual(sub('On 20 May 2019, Russian bombing killed five civilians in Kafr Nabl.', 'en'), ['Air/drone strike']);
    assert.deepEqual(sub('وفي 20 أيار 2019 قصفت القوات الروسية بلدة كفرنبل.', 'ar'), ['Air/drone strike']);
    assert.deepEqual(sub('On 20 May 2019, Russian forces bombarded Kafr Nabl with artillery.', 'en'), ['Shelling/artillery/missile attack']);
    assert.deepEqual(sub('On 20 May 2019, Turkish forces bombarded Tal Rifaat.', 'en'), ['Shelling/artillery/missile attack']);
  });
});

describe('a place handed over (2026-12-07, third)', () => {
  it('the side it is handed to gains it (actor1), the side handing it over is actor2; a pronoun points back to the place (en and ar)', () => {
    for (const [text, lang] of [
      ['On 20 May 2019, the SDF withdrew from Manbij and handed it over to government forces.', 'en'],
      ['وفي 20 أيار 2019 انسحبت قوات سوريا الديمقراطية من مدينة منبج وسلمتها لقوات النظام.', 'ar'],
    ] as const) {
      const es = asserted(run(text, lang).events);
      assert.deepEqual(es.map((e) => [e.sub_event_type, e.actor1, e.actor2, e.location]),
        [['Non-violent transfer of territory', 'Military Forces of Syria', 'Syrian Democratic Forces', 'Manbij']], text);
      assert.equal(es[0]!.notes, 'Military Forces of Syria took over Manbij from Syrian Democratic Forces without fighting.');
    }
    const [morek] = asserted(run('وفي 20 أيار 2019 سلمت الفصائل بلدة مورك لقوات النظام دون قتال.', 'ar').events);
    assert.deepEqual([morek?.actor1, morek?.actor2], ['Military Forces of Syria', 'Opposition Rebels (Syria)']);
  });
  it('a withdrawal alone is told as one', () => {
    const [e] = asserted(run('On 20 May 2019, the SDF withdrew from Manbij.', 'en').events);
    assert.equal(e?.notes, 'Syrian Democratic Forces withdrew from Manbij.');
  });
});

describe('a town named relative to another (2026-12-07, third)', () => {
  const where = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => e.location);
  it('"Sarman, east of Maarat al-Numan", "الصرمان شرقي معرة النعمان": one event, at Sarman (en and ar)', () => {
    assert.deepEqual(where('On 20 May 2019, rebels shelled Sarman, east of Maarat al-Numan.', 'en'), ['Sarman']);
    assert.deepEqual(where('وفي 20 أيار 2019 أنشأت القوات التركية نقطة مراقبة في بلدة الصرمان شرقي مدينة معرة النعمان.', 'ar'), ['Sarman']);
  });
  it('but "X and areas near Y" are two places, and "areas east of Y" is Y', () => {
    assert.deepEqual(where('On 20 May 2019, rebels shelled Sarman and areas near Maarat al-Numan.', 'en'), ['Sarman', 'Maarat al-Numan']);
    assert.deepEqual(where('وفي 20 أيار 2019 قصفت قوات النظام مناطق شرق معرة النعمان.', 'ar'), ['Maarat al-Numan']);
  });
});

describe('wire-copy captures and relative clauses (2026-12-07, third)', () => {
  it('"the army took Kafr Nabudah": took with a place after it is a capture; took part, took place, took refuge are not', () => {
    assert.deepEqual(asserted(run('On 23 May 2019, the army took Kafr Nabudah after heavy fighting.', 'en').events).map((e) => [e.sub_event_type, e.location]),
      [['Government regains territory', 'Kafr Nabudah']]);
    for (const text of ['On 23 May 2019, the meeting took place in Idlib.', 'On 23 May 2019, residents took refuge in Sarmada.', 'On 23 May 2019, gunmen took them to Idlib.']) {
      assert.ok(!run(text, 'en').events.some((e) => e.sub_event_type.endsWith('territory')), text);
    }
  });
  it('a capture of unnamed villages is the captures the next sentence names', () => {
    const es = asserted(run('On 23 May 2019, government forces captured two villages in the northwest. The Observatory said the army took Kafr Nabudah and the nearby village of al-Hamamiyat.', 'en').events);
    assert.deepEqual(es.map((e) => e.location), ['Kafr Nabudah', 'al-Hamamiyat']);
  });
  it('an actor in a relative clause is neither the subject nor the object; the place and the day after it are the event\'s (en and ar)', () => {
    const [tr] = asserted(run('On 20 May 2019, Turkey, which backs some rebel factions, shelled Tal Rifaat.', 'en').events);
    assert.deepEqual([tr?.actor1, tr?.location], ['Military Forces of Turkey', 'Tal Rifaat']);
    const [ar] = asserted(run('قصفت تركيا، التي تدعم فصائل معارضة، مدينة تل رفعت يوم 20 أيار 2019.', 'ar').events);
    assert.deepEqual([ar?.actor1, ar?.actor2, ar?.location, ar?.event_date], ['Military Forces of Turkey', null, 'Tal Rifaat', '2019-05-20']);
    const [kn] = asserted(run('On 20 May 2019, rebels shelled Kafr Nabl, which the army took in April.', 'en').events);
    assert.deepEqual([kn?.actor1, kn?.actor2], ['Opposition Rebels (Syria)', null]);
  });
});

describe('a daily monitor report (2026-12-07, third)', () => {
  const report = 'المرصد السوري: مقتل 9 مدنيين بقصف جوي روسي على ريف إدلب\n\n'
    + 'وثق المرصد السوري لحقوق الإنسان مقتل 9 مدنيين بينهم 4 أطفال، جراء غارات نفذتها طائرات حربية روسية على بلدة معرة حرمة في ريف إدلب الجنوبي، صباح اليوم الأحد.\n\n'
    + 'وفي سياق متصل، قصفت قوات النظام بالمدفعية الثقيلة قرى كفرسجنة والشيخ مصطفى، دون ورود معلومات عن خسائر بشرية.\n\n'
    + 'من جهة أخرى، دارت اشتباكات عنيفة بين الفصائل وقوات النظام على محور كبانة في ريف اللاذقية الشمالي، وسط قصف متبادل بين الطرفين، ما أسفر عن مقتل 6 عناصر من قوات النظام و3 مقاتلين من الفصائل.';
  const es = () => asserted(run(report, 'ar', '2019-05-26').events);
  it('the headline\'s strike is the one the body places at its village', () => {
    const strikes = es().filter((e) => e.sub_event_type === 'Air/drone strike');
    assert.deepEqual(strikes.map((e) => [e.location, e.fatalities]), [['Maar Tahroma', 9]]);
  });
  it('"دون ورود معلومات" names no place', () => {
    assert.deepEqual(es().filter((e) => e.sub_event_type === 'Shelling/artillery/missile attack').map((e) => e.location), ['Kafrsajna', 'Sheikh Mustafa']);
  });
  it('shelling traded by the two sides of a clash is the clash, and its dead are the clash\'s', () => {
    const kabani = es().filter((e) => e.location === 'Kabani');
    assert.deepEqual(kabani.map((e) => [e.sub_event_type, e.fatalities]), [['Armed clash', 9]]);
  });
  it('in English too: "clashes amid an exchange of shelling" is one clash', () => {
    const en = asserted(run('On 20 May 2019, rebels clashed with government forces near Kabani amid an exchange of shelling, killing 6 soldiers.', 'en').events);
    assert.deepEqual(en.map((e) => [e.sub_event_type, e.fatalities]), [['Armed clash', 6]]);
  });
});

describe('running totals and the year a comparison starts from (2026-12-07, third)', () => {
  it('a campaign\'s running total is no single day\'s toll (en and ar)', () => {
    const en = asserted(run('On 19 August 2019, government forces captured Khan Sheikhoun. The offensive, which began in late April, has killed more than 500 civilians, according to the Observatory.', 'en').events);
    assert.deepEqual(en.map((e) => [e.location, e.fatalities]), [['Khan Shaykhun', 0]]);
    const ar = asserted(run('وفي 19 آب 2019 سيطرت قوات النظام على مدينة خان شيخون. وقتل أكثر من 500 مدني منذ بدء الحملة العسكرية.', 'ar').events);
    assert.deepEqual(ar.map((e) => [e.location, e.fatalities]), [['Khan Shaykhun', 0]]);
  });
  it('a single attack\'s rising toll still counts ("has killed 12 people so far", "حتى الآن")', () => {
    const [e] = asserted(run('On 20 May 2019, an airstrike on a market in Maarat al-Numan has killed 12 people so far, rescuers said.', 'en').events);
    assert.equal(e?.fatalities, 12);
  });
  it('"the deadliest since 2018", "الأعنف منذ عام 2018" do not date the event (en and ar)', () => {
    assert.deepEqual(asserted(run('The airstrike was the deadliest since 2018, killing 12 people in Maarat al-Numan.', 'en', '2019-05-20').events).map((e) => e.event_date), ['2019-05-20']);
    assert.deepEqual(asserted(run('وتعد الغارة الأعنف منذ عام 2018، إذ قتلت 12 شخصا في معرة النعمان.', 'ar', '2019-05-20').events).map((e) => e.event_date), ['2019-05-20']);
  });
});

describe('"X had fallen" (2026-12-07, third)', () => {
  it('is a capture by the side named after it; denied by the side that held it, the captor stays actor1', () => {
    const [e] = asserted(run('Residents said Kafr Nabudah had fallen to rebel fighters on 22 May 2019.', 'en').events);
    assert.deepEqual([e?.sub_event_type, e?.actor1, e?.location], ['Non-state actor overtakes territory', 'Opposition Rebels (Syria)', 'Kafr Nabudah']);
    const denied = run('On 19 August 2019, government troops entered Khan Sheikhoun. HTS denied that the town had fallen.', 'en').events.filter((x) => x.modality === 'denied');
    assert.deepEqual(denied.map((x) => [x.actor1, x.actor2, x.location]), [['Military Forces of Syria', 'Hayat Tahrir al-Sham', 'Khan Shaykhun']]);
  });
});

describe('an attack repelled and its attackers driven back (2026-12-07, third)', () => {
  it('is the clash, not a capture (en and ar); forcing a force back after an offensive still takes its ground', () => {
    const ar = asserted(run('وفي 20 أيار 2019 شنت قوات النظام هجوما بريا على محور كبانة، إلا أن الفصائل تصدت له وأجبرتها على التراجع.', 'ar').events);
    const en = asserted(run('On 20 May 2019, rebels repelled a government attack on Kabani and forced the troops to retreat.', 'en').events);
    for (const es of [ar, en]) assert.deepEqual(es.map((e) => [e.sub_event_type, e.location]), [['Armed clash', 'Kabani']]);
    const [push] = asserted(run('وفي 20 أيار 2019 شنت فصائل المعارضة هجوما معاكسا في ريف حماة الشمالي أجبر قوات النظام على التراجع.', 'ar').events);
    assert.equal(push?.sub_event_type, 'Non-state actor overtakes territory');
  });
});

describe('a drone strike on a car (2026-12-07, third)', () => {
  it('"a Turkish drone struck", an alias in brackets before the place, "killing two of them" (en and ar)', () => {
    for (const [text, lang] of [
      ['On 10 March 2020, a Turkish drone struck a car carrying Syrian Democratic Forces (SDF) fighters near Qamishli, killing two of them.', 'en'],
      ['وفي 10 آذار 2020 استهدفت طائرة مسيرة تركية سيارة تقل عناصر من قوات سوريا الديمقراطية (قسد) قرب مدينة القامشلي، ما أدى إلى مقتل اثنين منهم.', 'ar'],
    ] as const) {
      const [e] = asserted(run(text, lang).events);
      assert.deepEqual([e?.sub_event_type, e?.actor1, e?.actor2, e?.location, e?.fatalities],
        ['Air/drone strike', 'Military Forces of Turkey', 'Syrian Democratic Forces', 'Qamishli', 2], text);
      assert.equal(e?.fatality_claims[0]?.victims, 'rebels');
    }
  });
});

describe('the dead of one side in clashes with another (2026-12-07, third)', () => {
  it('"4 Turkish soldiers were killed in clashes with rebels", "قتل 4 جنود أتراك في اشتباكات مع الفصائل": the dead\'s side is actor1', () => {
    for (const [text, lang] of [['On 20 May 2019, 4 Turkish soldiers were killed in clashes with rebels near Saraqeb.', 'en'],
      ['وفي 20 أيار 2019 قتل 4 جنود أتراك في اشتباكات مع الفصائل قرب سراقب.', 'ar']] as const) {
      const [e] = asserted(run(text, lang).events);
      assert.deepEqual([e?.actor1, e?.actor2, e?.fatalities], ['Military Forces of Turkey', 'Opposition Rebels (Syria)', 4], text);
    }
  });
});

describe('the surroundings of the place just named (2026-12-07, third)', () => {
  it('"أطرافها", "its outskirts" are the outskirts of the town named before (en and ar)', () => {
    for (const [text, lang] of [['On 22 May 2019, rebels captured Kafr Nabudah. Government forces shelled its outskirts.', 'en'],
      ['وفي 22 أيار 2019 سيطرت الفصائل على بلدة كفرنبودة. وقصفت قوات النظام أطرافها بعشرات القذائف.', 'ar']] as const) {
      const shelling = asserted(run(text, lang).events).find((e) => e.sub_event_type === 'Shelling/artillery/missile attack');
      assert.equal(shelling?.location, 'Kafr Nabudah', text);
    }
  });
});

describe('places after long names (2026-12-07, fourth)', () => {
  const located = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.location, e.geo_precision, e.review_flags?.includes('context-place')]);
  it("an actor's name counts as one word between the trigger and its place (en and ar)", () => {
    assert.deepEqual(located('On Tuesday, a roadside bomb struck a vehicle carrying fighters of the Turkish-backed Syrian National Army near the town of al-Bab.', 'en'),
      [['al-Bab', 2, false]]);
    assert.deepEqual(located('يوم الثلاثاء، انفجرت عبوة ناسفة بسيارة عسكرية تقل عناصر من فصائل الجيش الوطني السوري الموالي لتركيا قرب مدينة الباب.', 'ar'),
      [['al-Bab', 2, false]]);
  });
  it('but a place many plain words after the trigger is still not its place', () => {
    const [e] = asserted(run('On Tuesday, a roadside bomb struck a vehicle that was carrying food and medicine for the families who had fled the fighting near the town of al-Bab.', 'en').events);
    assert.equal(e?.review_flags?.includes('context-place'), true);
  });
});

describe('coordinated parties (2026-12-07, fourth)', () => {
  const sides = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.actor1, e.assoc_actor_1, e.actor2]);
  it('"HTS and the TIP attacked": the first acts, the second is associated (the article does not break the pair)', () => {
    assert.deepEqual(sides('On 14 May 2019, Hayat Tahrir al-Sham and the Turkistan Islamic Party attacked government positions in Jorin.', 'en'),
      [['Hayat Tahrir al-Sham', ['Turkistan Islamic Party'], 'Military Forces of Syria']]);
  });
  it('verb first, "هاجمت هيئة تحرير الشام والحزب الإسلامي التركستاني": the partner after the subject is associated', () => {
    assert.deepEqual(sides('وفي 14 أيار 2019 هاجمت هيئة تحرير الشام والحزب الإسلامي التركستاني مواقع قوات النظام في قرية جورين.', 'ar'),
      [['Hayat Tahrir al-Sham', ['Turkistan Islamic Party'], 'Military Forces of Syria']]);
  });
  it('a partner of the subject is not also the object ("قصفت قوات النظام وروسيا قرية جورين")', () => {
    assert.deepEqual(sides('وفي 14 أيار 2019 قصفت قوات النظام وروسيا قرية جورين.', 'ar'), [['Military Forces of Syria', ['Military Forces of Russia'], null]]);
  });
  it('the sides of a clash "between X and Y" stay actor1 and actor2', () => {
    assert.deepEqual(sides('وفي 14 أيار 2019 اندلعت اشتباكات بين هيئة تحرير الشام وقوات النظام في قرية جورين.', 'ar'), [['Hayat Tahrir al-Sham', [], 'Military Forces of Syria']]);
  });
});

describe('raids (2026-12-07, fourth)', () => {
  const kinds = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => e.sub_event_type);
  it('a raid that seizes people is the arrest or the abduction (en and ar)', () => {
    assert.deepEqual(kinds('On 18 May 2019, government forces raided homes in Jasim and arrested five young men.', 'en'), ['Arrests']);
    assert.deepEqual(kinds('On 18 May 2019, security forces arrested 12 young men in the town of Jasim during a raid.', 'en'), ['Arrests']);
    assert.deepEqual(kinds('On 18 May 2019, gunmen raided a house in Daraa and kidnapped a man.', 'en'), ['Abduction/forced disappearance']);
    assert.deepEqual(kinds('وفي 18 أيار 2019 داهمت قوات النظام منازل في بلدة جاسم واعتقلت خمسة شبان.', 'ar'), ['Arrests']);
    assert.deepEqual(kinds('وفي 18 أيار 2019 اعتقلت الأجهزة الأمنية 12 شاباً خلال حملة مداهمات في مدينة جاسم.', 'ar'), ['Arrests']);
  });
  it('a raid that kills is a fight, and a raid told in another sentence stays its own event', () => {
    assert.deepEqual(kinds('On 18 May 2019, rebels raided a government checkpoint near Jasim, killing three soldiers.', 'en'), ['Armed clash']);
    assert.deepEqual(kinds('On 18 May 2019, government forces raided Jasim. They arrested five men in Daraa.', 'en').sort(), ['Armed clash', 'Arrests']);
  });
});

describe('state television as claimant (2026-12-07, fourth)', () => {
  it('"Syrian state TV reported", "بحسب التلفزيون السوري": the figure is Syrian state media\'s', () => {
    for (const [text, lang] of [
      ['Islamic State militants ambushed a bus carrying soldiers near Palmyra on 16 May 2019, killing 25 soldiers, Syrian state TV reported.', 'en'],
      ['قتل 25 جنديا في هجوم لتنظيم الدولة على حافلة قرب تدمر في 16 أيار 2019، بحسب التلفزيون السوري.', 'ar'],
    ] as const) {
      const [e] = asserted(run(text, lang).events);
      assert.deepEqual(e?.fatality_claims.map((c) => [c.count, c.victims, c.claimant]), [[25, 'government', 'Syrian state media']], text);
    }
  });
});

describe('what a protest demands (2026-12-07, fourth)', () => {
  it('"في مظاهرة تطالب بإسقاط النظام", "demanding the fall of the regime": the regime is not the protesters', () => {
    for (const [text, lang] of [
      ['خرج العشرات من أهالي مدينة إدلب في مظاهرة تطالب بإسقاط النظام في 17 أيار 2019.', 'ar'],
      ['Dozens of residents of Idlib city demonstrated on 17 May 2019 demanding the fall of the regime.', 'en'],
    ] as const) {
      const [e] = asserted(run(text, lang).events);
      assert.deepEqual([e?.sub_event_type, e?.actor1], ['Peaceful protest', 'Protesters (Syria)'], text);
    }
  });
});

describe('shooting (2026-12-07, fourth)', () => {
  const frame = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.sub_event_type, e.actor1, e.actor2, e.location]);
  it('"opened fire on X", "أطلقت قوات النظام النار على X": an armed clash, the shooter first', () => {
    assert.deepEqual(frame('On 19 May 2019, government forces opened fire on rebel positions in Kafr Nabudah.', 'en'),
      [['Armed clash', 'Military Forces of Syria', 'Opposition Rebels (Syria)', 'Kafr Nabudah']]);
    assert.deepEqual(frame('وفي 19 أيار 2019 أطلقت قوات النظام النار على مواقع الفصائل في كفرنبودة.', 'ar'),
      [['Armed clash', 'Military Forces of Syria', 'Opposition Rebels (Syria)', 'Kafr Nabudah']]);
  });
  it('"came under fire from X", "تعرضت ... لإطلاق نار من X": X fired; the foreign dead name the side fired on', () => {
    const en = asserted(run('On 19 May 2019, a Turkish soldier was killed when an observation post near Morek came under fire from Syrian government forces.', 'en').events);
    const ar = asserted(run('وفي 19 أيار 2019 قتل جندي تركي عندما تعرضت نقطة المراقبة التركية قرب مورك لإطلاق نار من قوات النظام.', 'ar').events);
    for (const [e] of [en, ar]) {
      assert.deepEqual([e?.sub_event_type, e?.actor1, e?.actor2, e?.location], ['Armed clash', 'Military Forces of Syria', 'Military Forces of Turkey', 'Morek']);
      assert.deepEqual(e?.fatality_claims.map((c) => [c.count, c.victims]), [[1, 'foreign_forces']]);
    }
  });
  it('a ceasefire is not shooting (وقف إطلاق النار، خرق وقف إطلاق النار، "cease fire")', () => {
    for (const [text, lang] of [
      ['وفي 19 أيار 2019 دخل اتفاق وقف إطلاق النار على جميع الجبهات في إدلب حيز التنفيذ.', 'ar'],
      ['وفي 19 أيار 2019 اتهمت تركيا قوات النظام بخرق وقف إطلاق النار في إدلب.', 'ar'],
      ['On 19 May 2019, a cease fire came into force in Idlib.', 'en'],
    ] as const) {
      assert.ok(!run(text, lang).events.some((e) => e.sub_event_type === 'Armed clash'), text);
    }
  });
  it('firing on protesters is the force used on the protest, not a clash (en and ar)', () => {
    assert.deepEqual(asserted(run('On 17 May 2019, security forces opened fire on protesters in Daraa, killing two.', 'en').events).map((e) => e.sub_event_type),
      ['Excessive force against protesters']);
    assert.deepEqual(asserted(run('وفي 17 أيار 2019 فتحت قوات الأمن النار على المتظاهرين في درعا ما أدى إلى مقتل اثنين.', 'ar').events).map((e) => e.sub_event_type),
      ['Excessive force against protesters']);
  });
});

describe('single victims (2026-12-07, fourth)', () => {
  const claims = (text: string, lang: Lang) => asserted(run(text, lang).events).flatMap((e) => e.fatality_claims.map((c) => [c.count, c.victims]));
  it('"a Turkish soldier": the nationality before an English noun says whose; after an Arabic one, only its own noun', () => {
    assert.deepEqual(claims('On 19 May 2019, a Turkish soldier was killed in shelling near Morek.', 'en'), [[1, 'foreign_forces']]);
    assert.deepEqual(claims('وفي 19 أيار 2019 قتل جندي روسي وطفل في قصف على مورك.', 'ar'), [[1, 'foreign_forces'], [1, 'civilians']]);
  });
  it('"a soldier and a child were killed": the first of two joined nouns counts too', () => {
    assert.deepEqual(claims('On 19 May 2019, a Russian soldier and a child were killed in shelling on Morek.', 'en'), [[1, 'foreign_forces'], [1, 'civilians']]);
  });
});

describe('where the toll fell (2026-12-07, fourth)', () => {
  const byPlace = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.location, e.fatalities, e.fatality_claims.map((c) => [c.count, c.victims])]);
  it('"killing five civilians in X and two in Y", "ما أسفر عن مقتل خمسة مدنيين في X واثنين في Y": one event per town, each with its own dead', () => {
    const expected = [['Maarat al-Numan', 5, [[5, 'civilians']]], ['Kafr Nabl', 2, [[2, 'civilians']]]];
    assert.deepEqual(byPlace('On 19 May 2019, Russian aircraft carried out more than 30 air strikes on the southern Idlib countryside, killing five civilians in Maarat al-Numan and two in Kafr Nabl.', 'en'), expected);
    assert.deepEqual(byPlace('وفي 19 أيار 2019 شنت الطائرات الحربية الروسية أكثر من 30 غارة على ريف إدلب الجنوبي، ما أسفر عن مقتل خمسة مدنيين في معرة النعمان واثنين في كفرنبل.', 'ar'), expected);
  });
  it('a figure with no town after it is divided among the towns, as ACLED does: evenly, the remainder to the first', () => {
    // every event shows the figure as reported; its headline is its share
    const expected = [['Maarat al-Numan', 3, [[5, 'civilians']]], ['Kafr Nabl', 2, [[5, 'civilians']]]];
    assert.deepEqual(byPlace('On 19 May 2019, air strikes hit Maarat al-Numan and Kafr Nabl, killing five civilians.', 'en'), expected);
    assert.deepEqual(byPlace('وفي 19 أيار 2019 استهدفت غارات جوية معرة النعمان وكفرنبل، ما أسفر عن مقتل خمسة مدنيين.', 'ar'), expected);
  });
  it('"air strikes on X, Y and Z killed 12 civilians", "قتل 12 مدنياً جراء غارات على X وY وZ": a third each, the claimant kept', () => {
    const shares = (text: string, lang: Lang) => asserted(run(text, lang).events)
      .map((e) => [e.location, e.fatalities, e.fatality_claims.map((c) => [c.count, c.share, c.claimant])]);
    const expected = ['Kafr Nabl', 'Maarat al-Numan', 'Khan Shaykhun'].map((p) => [p, 4, [[12, 4, 'SOHR']]]);
    assert.deepEqual(shares('On 20 May 2019, Russian air strikes on Kafr Nabl, Maarat al-Numan and Khan Sheikhoun killed 12 civilians, the Syrian Observatory for Human Rights said.', 'en'), expected);
    assert.deepEqual(shares('وفي 20 أيار 2019 قتل 12 مدنياً جراء غارات روسية على كفرنبل ومعرة النعمان وخان شيخون، بحسب المرصد السوري.', 'ar'), expected);
    // the towns after the trigger are where the strikes fell, not where the figure's victims were
    assert.deepEqual(shares('On 20 May 2019, 12 civilians were killed in Russian air strikes on Kafr Nabl, Maarat al-Numan and Khan Sheikhoun, SOHR said.', 'en'), expected);
  });
});

describe('aircraft adjectives (2026-12-07, fourth)', () => {
  it('"Syrian government aircraft carried out air strikes": the adjective on the aircraft names the author; "Russian and Syrian" both', () => {
    const sides = (text: string) => asserted(run(text, 'en').events).map((e) => [e.actor1, e.assoc_actor_1]);
    assert.deepEqual(sides('On 19 May 2019, Syrian government aircraft carried out air strikes on Kafr Nabl.'), [['Military Forces of Syria', []]]);
    assert.deepEqual(sides('On 19 May 2019, Russian and Syrian government aircraft carried out more than 30 air strikes on Kafr Nabl.'),
      [['Military Forces of Russia', ['Military Forces of Syria']]]);
  });
});

describe('repelled attacks (2026-12-07, fourth)', () => {
  const sides = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.actor1, e.assoc_actor_1, e.actor2]);
  it('the side whose attack was repelled is actor1, the side that held actor2 (en and ar)', () => {
    assert.deepEqual(sides('On 20 May 2019, government forces repelled an attack by Hayat Tahrir al-Sham near Kafr Nabudah.', 'en'),
      [['Hayat Tahrir al-Sham', [], 'Military Forces of Syria']]);
    assert.deepEqual(sides('وفي 20 أيار 2019 صدت قوات النظام هجوما لهيئة تحرير الشام قرب كفرنبودة.', 'ar'),
      [['Hayat Tahrir al-Sham', [], 'Military Forces of Syria']]);
    assert.deepEqual(sides('وفي 20 أيار 2019 صدت الفصائل هجوما شنته قوات النظام على كفرنبودة.', 'ar'),
      [['Military Forces of Syria', [], 'Opposition Rebels (Syria)']]);
    assert.deepEqual(sides('وفي 20 أيار 2019 تصدت الفصائل لمحاولة تقدم قوات النظام على محور كفرنبودة.', 'ar'),
      [['Military Forces of Syria', [], 'Opposition Rebels (Syria)']]);
  });
  it("the attacker's partners stay with it, and the side that says it held is the defender", () => {
    assert.deepEqual(sides('وفي 20 أيار 2019 صدت فصائل المعارضة هجوما لقوات النظام والميليشيات الإيرانية على قرية الزكاة.', 'ar'),
      [['Military Forces of Syria', ['Iranian-backed militias'], 'Opposition Rebels (Syria)']]);
    assert.deepEqual(sides('On 20 May 2019, the Syrian army said it had repelled an attack by Hayat Tahrir al-Sham near Kafr Nabudah.', 'en'),
      [['Hayat Tahrir al-Sham', [], 'Military Forces of Syria']]);
  });
  it('with no attacker named, the side that held is the one named', () => {
    assert.deepEqual(sides('On 20 May 2019, rebels repelled an attack near Kafr Nabudah.', 'en'), [['Opposition Rebels (Syria)', [], null]]);
  });
});

describe('claimed attacks (2026-12-07, fourth)', () => {
  const coded = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.sub_event_type, e.actor1, e.location, e.fatalities]);
  it('the group that claims an attack told before is its author, and the claim is no second event (en and ar)', () => {
    assert.deepEqual(coded('On 15 May 2019, a suicide bomber blew himself up at a checkpoint of the Syrian Democratic Forces in Manbij, killing four fighters; Islamic State claimed responsibility through its Amaq news agency.', 'en'),
      [['Suicide bomb', 'Islamic State', 'Manbij', 4]]);
    assert.deepEqual(coded('وفي 15 أيار 2019 فجر انتحاري نفسه عند حاجز لقوات سوريا الديمقراطية في مدينة منبج ما أدى إلى مقتل أربعة عناصر، وتبنى تنظيم الدولة الهجوم عبر وكالة أعماق.', 'ar'),
      [['Suicide bomb', 'Islamic State', 'Manbij', 4]]);
  });
  it('also in the next sentence', () => {
    assert.deepEqual(coded('On 15 May 2019, a car bomb exploded in al-Bab, killing six civilians. Islamic State claimed the attack.', 'en'),
      [['Remote explosive/landmine/IED', 'Islamic State', 'al-Bab', 6]]);
    assert.deepEqual(coded('وفي 15 أيار 2019 انفجرت سيارة مفخخة في مدينة الباب ما أدى إلى مقتل ستة مدنيين. وتبنى تنظيم الدولة التفجير عبر وكالة أعماق.', 'ar'),
      [['Remote explosive/landmine/IED', 'Islamic State', 'al-Bab', 6]]);
  });
  it('a claim that tells the attack itself is that attack', () => {
    assert.deepEqual(coded('On 15 May 2019, Hayat Tahrir al-Sham claimed responsibility for an attack on government positions in Kafr Nabudah.', 'en'),
      [['Armed clash', 'Hayat Tahrir al-Sham', 'Kafr Nabudah', 0]]);
    assert.deepEqual(coded('وفي 15 أيار 2019 تبنت هيئة تحرير الشام الهجوم على مواقع قوات النظام في كفرنبودة.', 'ar'),
      [['Armed clash', 'Hayat Tahrir al-Sham', 'Kafr Nabudah', 0]]);
  });
  it('تبنى is a verb, not the village of Tabni', () => {
    assert.ok(!run('وفي 15 أيار 2019 انفجرت عبوة في الباب. وتبنى تنظيم الدولة التفجير.', 'ar').events.some((e) => e.location === 'Tabni'));
  });
});

describe('target adjectives (2026-12-07, fourth)', () => {
  it('"غارات على مواقع إيرانية", "غارات إسرائيلية مواقع إيرانية": the Iranian sites are the target, not the author or its partner', () => {
    for (const text of ['وفي 20 أيار 2019 شنت طائرات إسرائيلية غارات على مواقع إيرانية قرب دمشق.', 'وفي 20 أيار 2019 استهدفت غارات إسرائيلية مواقع إيرانية قرب دمشق.']) {
      const [e] = asserted(run(text, 'ar').events);
      assert.deepEqual([e?.actor1, e?.assoc_actor_1, e?.actor2], ['Military Forces of Israel', [], 'Military Forces of Iran'], text);
    }
  });
  it('but adjectives joined by و are partners ("الغارات الروسية والسورية")', () => {
    const [e] = asserted(run('وفي 20 أيار 2019 استهدفت الغارات الروسية والسورية بلدة كفرنبل.', 'ar').events);
    assert.deepEqual([e?.actor1, e?.assoc_actor_1], ['Military Forces of Russia', ['Military Forces of Syria']]);
  });
});

describe('where the story is (2026-12-07, fifth)', () => {
  const located = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.sub_event_type, e.location]);
  it('an event with no place of its own is at the town the sentence before named, when the context area is another governorate (en and ar)', () => {
    assert.deepEqual(located('On 22 May 2019, government forces captured several villages in the northern Hama countryside. '
      + 'A car bomb exploded in the town of Azaz near the Turkish border, killing five civilians. Turkish-backed fighters later arrested three men.', 'en'),
    [['Government regains territory', 'northern Hama countryside'], ['Remote explosive/landmine/IED', 'Azaz'], ['Arrests', 'Azaz']]);
    assert.deepEqual(located('وفي 22 أيار 2019 سيطرت قوات النظام على عدة قرى في ريف حماة الشمالي. '
      + 'وانفجرت سيارة مفخخة في مدينة اعزاز قرب الحدود التركية ما أسفر عن مقتل خمسة مدنيين. واعتقلت الشرطة العسكرية التابعة للجيش الوطني ثلاثة شبان بعد ساعات.', 'ar'),
    [['Government regains territory', 'northern Hama countryside'], ['Remote explosive/landmine/IED', 'Azaz'], ['Arrests', 'Azaz']]);
  });
  it('but not at a base named as a target, nor when the sentence names a place of its own', () => {
    assert.deepEqual(located('On 22 May 2019, government forces captured several villages in the northern Hama countryside. '
      + 'Rebels fired rockets at the Hmeimim air base. Government forces later arrested three men.', 'en').at(-1), ['Arrests', 'northern Hama countryside']);
    assert.deepEqual(located('وفي 22 أيار 2019 سيطرت قوات النظام على عدة قرى في ريف حماة الشمالي. '
      + 'وانفجرت سيارة مفخخة في مدينة اعزاز. واعتقلت قوات النظام ثلاثة شبان في مدينة حماة.', 'ar').at(-1), ['Arrests', 'Hama']);
  });
});

describe('strikes that back a capture (2026-12-07, fifth)', () => {
  const coded = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.sub_event_type, e.actor1, e.assoc_actor_1, e.location]);
  it('"backed by Russian air strikes", "مدعومة بغارات جوية روسية": the strikes hit the town taken, and the backer is associated (en and ar)', () => {
    const expected = [['Air/drone strike', 'Military Forces of Russia', [], 'Kafr Nabudah'], ['Government regains territory', 'Military Forces of Syria', ['Military Forces of Russia'], 'Kafr Nabudah']];
    const sorted = (rows: unknown[][]) => rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    assert.deepEqual(sorted(coded('On 22 May 2019, Syrian government forces backed by Russian air strikes captured the town of Kafr Nabudah in northwestern Hama province.', 'en')), expected);
    assert.deepEqual(sorted(coded('وفي 22 أيار 2019 سيطرت قوات النظام مدعومة بغارات جوية روسية على بلدة كفرنبودة في ريف حماة الشمالي.', 'ar')), expected);
    // the subject of the second verb is the first's, not the strikes' adjective
    assert.deepEqual(sorted(coded('وفي 22 أيار 2019 تقدمت قوات النظام بغطاء من الغارات الروسية وسيطرت على بلدة كفرنبودة.', 'ar')), expected);
  });
  it('a strike placed by its own sentence\'s area is not moved to the governorate of a later strike', () => {
    const [strike] = asserted(run('On 22 May 2019, Russian air strikes continued for a third day, the Observatory said, as the fighting raged across '
      + 'the northwestern Hama countryside. Later, rebels fired rockets at the Hmeimim air base in Latakia province.', 'en').events);
    assert.equal(strike?.sub_event_type, 'Air/drone strike');
    assert.deepEqual([strike?.admin1, strike?.review_flags?.includes('sentence-area')], ['Hama', true]);
  });
});

describe('parties named side by side (2026-12-07, fifth)', () => {
  const sides = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.actor1, e.assoc_actor_1, e.actor2]);
  it('"HTS rebels", "Islamic State militants": the generic noun after a named group is that group', () => {
    assert.deepEqual(sides('On 22 May 2019, Hayat Tahrir al-Sham rebels attacked government positions near Kafr Nabudah.', 'en'),
      [['Hayat Tahrir al-Sham', [], 'Military Forces of Syria']]);
    assert.deepEqual(sides('On 22 May 2019, Islamic State militants attacked government positions near Palmyra.', 'en'),
      [['Islamic State', [], 'Military Forces of Syria']]);
  });
  it('unnamed militants are an unidentified armed group, in English as in Arabic', () => {
    for (const [text, lang] of [['On 22 May 2019, militants fired rockets at the Hmeimim air base.', 'en'], ['وفي 22 أيار 2019 أطلق المسلحون صواريخ على قاعدة حميميم.', 'ar']] as const) {
      assert.equal(asserted(run(text, lang).events)[0]?.actor1, 'Unidentified Armed Group (Syria)', text);
    }
  });
  it('"government forces and rebels clashed", "اشتبكت قوات النظام وفصائل المعارضة": joined enemies fight each other', () => {
    const want = [['Military Forces of Syria', [], 'Opposition Rebels (Syria)']];
    assert.deepEqual(sides('On 22 May 2019, government forces and rebels clashed near Kafr Nabudah.', 'en'), want);
    assert.deepEqual(sides('وفي 22 أيار 2019 اشتبكت قوات النظام وفصائل المعارضة في محيط بلدة كفرنبودة.', 'ar'), want);
    // allies named together stay partners
    assert.deepEqual(sides('وفي 22 أيار 2019 اشتبكت قوات النظام والميليشيات الإيرانية مع فصائل المعارضة في محيط بلدة كفرنبودة.', 'ar'),
      [['Military Forces of Syria', ['Iranian-backed militias'], 'Opposition Rebels (Syria)']]);
  });
});

describe('a list of places across a toll or a name (2026-12-07, fifth)', () => {
  const located = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.location, e.fatalities]);
  it('the town named after the toll, wounded included, is an event of its own with the dead ("مقتل طفلة وإصابة والدتها في بلدة البارة")', () => {
    assert.deepEqual(located('وفي 8 حزيران 2021 قصفت قوات النظام قرى جبل الزاوية، ما أدى إلى مقتل طفلة وإصابة والدتها في بلدة البارة.', 'ar'),
      [['Jabal al-Zawiya', 0], ['al-Bara', 1]]);
    assert.deepEqual(located('On 8 June 2021, government forces shelled villages of Jabal al-Zawiya, killing two civilians and wounding three in the town of al-Bara.', 'en'),
      [['Jabal al-Zawiya', 0], ['al-Bara', 2]]);
  });
  it("an actor's name counts as one word before the next place (\", including a Faylaq al-Sham headquarters in the area of Tal Mardikh\")", () => {
    assert.deepEqual(located('On 23 September 2017, Russian air strikes targeted rebels in Idlib province, including a Faylaq al-Sham headquarters in the area of Tal Mardikh, killing more than 50 rebels.', 'en'),
      [['Tal Mardikh', 50]]);
    assert.deepEqual(located('وفي 23 أيلول 2017 استهدفت الغارات الروسية المتمردين في محافظة إدلب، بما في ذلك مقر فيلق الشام في منطقة تل مرديخ، مما أسفر عن مصرع 45 متمردا.', 'ar'),
      [['Tal Mardikh', 45]]);
  });
  it('but a new clause with a subject of its own ends the list ("، وتزامن تقدم قوات النظام شرقي إدلب")', () => {
    assert.deepEqual(located('وفي 22 كانون الثاني 2018 سيطرت القوات التركية على مدينة جرابلس، وتزامن تقدم قوات النظام شرقي إدلب.', 'ar'), [['Jarabulus', 0]]);
  });
});

describe('"its forces" (2026-12-07, fifth)', () => {
  const sides = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.sub_event_type, e.actor1, e.actor2, e.fatalities]);
  it('the forces of the party named before: a ministry speaks for its state (en and ar)', () => {
    const want = [['Armed clash', 'Military Forces of Turkey', "People's Protection Units", 12]];
    assert.deepEqual(sides("On Monday, Turkey's Defence Ministry said its forces had neutralised 12 YPG fighters near Tal Abyad.", 'en'), want);
    assert.deepEqual(sides('وقالت وزارة الدفاع التركية يوم الاثنين إن قواتها حيدت 12 إرهابيا من الوحدات الكردية قرب تل أبيض.', 'ar'), want);
  });
  it('with nothing named before, "its forces" is no one', () => {
    assert.deepEqual(sides('On Monday, its forces had neutralised 12 fighters near Tal Abyad.', 'en'), []);
  });
});

describe('the backer of an advance (2026-12-07, sixth)', () => {
  const sides = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.sub_event_type, e.actor1, e.assoc_actor_1, e.actor2]);
  const want = [['Government regains territory', 'Military Forces of Syria', ['Military Forces of Russia'], null]];
  it('English names it inside the support phrase: "under Russian air cover", "with Russian air support" (never the side attacked)', () => {
    for (const text of ['On 21 August 2019, government forces, under Russian air cover, captured the town of Khan Shaykhun.',
      'On 21 August 2019, government forces captured Khan Shaykhun with Russian air support.',
      'On 21 August 2019, government forces captured Khan Shaykhun under the cover of Russian warplanes.']) {
      assert.deepEqual(sides(text, 'en'), want, text);
    }
    assert.deepEqual(sides('On 21 August 2019, rebels attacked Kafr Nabudah with heavy Turkish artillery support.', 'en'),
      [['Armed clash', 'Opposition Rebels (Syria)', ['Military Forces of Turkey'], null]]);
  });
  it('Arabic after the support noun: "تحت غطاء جوي روسي", "بإسناد جوي روسي" (not the one who advanced)', () => {
    for (const text of ['وفي 21 آب 2019 سيطرت قوات النظام تحت غطاء جوي روسي على مدينة خان شيخون.',
      'وفي 21 آب 2019 تقدمت قوات النظام بإسناد جوي روسي وسيطرت على مدينة خان شيخون.']) {
      assert.deepEqual(sides(text, 'ar'), want, text);
    }
  });
});

describe('a checkpoint on the outskirts of a city (2026-12-07, sixth)', () => {
  const coded = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.sub_event_type, e.actor2, e.location, e.geo_precision]);
  it('the outskirts of Idlib are the edge of the city, not the Idlib countryside; who runs the checkpoint is the target', () => {
    assert.deepEqual(coded('On 22 May 2019, a suicide bomber blew himself up at a checkpoint run by Hayat Tahrir al-Sham on the outskirts of Idlib city.', 'en'),
      [['Suicide bomb', 'Hayat Tahrir al-Sham', 'Idlib', 2]]);
    assert.deepEqual(coded('On 22 May 2019, government forces shelled the northern outskirts of Hama.', 'en'), [['Shelling/artillery/missile attack', null, 'Hama', 2]]);
  });
  it('Arabic: "حاجز تابع لهيئة تحرير الشام على أطراف مدينة إدلب" names one place, the city', () => {
    for (const text of ['وفي 22 أيار 2019 فجر انتحاري نفسه عند حاجز تابع لهيئة تحرير الشام على أطراف مدينة إدلب.',
      'وفي 22 أيار 2019 فجر انتحاري نفسه عند حاجز تديره هيئة تحرير الشام على أطراف مدينة إدلب.']) {
      assert.deepEqual(coded(text, 'ar'), [['Suicide bomb', 'Hayat Tahrir al-Sham', 'Idlib', 2]], text);
    }
  });
});

describe('aircraft brought down (2026-12-07, sixth)', () => {
  const brief = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.sub_event_type, e.actor1, e.actor2, e.location]);
  it('a drone brought down is a disrupted weapon of the side that flew it: "drones launched by militants", "طائرتين مسيرتين أطلقهما المسلحون"', () => {
    const want = [['Disrupted weapons use', 'Military Forces of Russia', 'Unidentified Armed Group (Syria)', 'Hmeimim Air Base']];
    assert.deepEqual(brief('On 11 June 2019, Russian air defences shot down two drones launched by militants toward Hmeimim air base.', 'en'), want);
    assert.deepEqual(brief('وفي 11 حزيران 2019 أسقطت الدفاعات الجوية الروسية طائرتين مسيرتين أطلقهما المسلحون باتجاه قاعدة حميميم.', 'ar'), want);
    assert.deepEqual(brief('وفي 11 حزيران 2019 أسقطت الفصائل طائرة مسيرة لقوات النظام فوق كفرنبودة.', 'ar'),
      [['Disrupted weapons use', 'Opposition Rebels (Syria)', 'Military Forces of Syria', 'Kafr Nabudah']]);
  });
  it('English passive: "a government warplane was shot down by rebels" is a clash, no air strike; its subject flew it', () => {
    assert.deepEqual(brief('On 11 June 2019, a government warplane was shot down by rebels near Khan Shaykhun.', 'en'),
      [['Armed clash', 'Opposition Rebels (Syria)', 'Military Forces of Syria', 'Khan Shaykhun']]);
    assert.deepEqual(brief('On 11 June 2019, a Turkish drone was shot down over Saraqib.', 'en'), [['Disrupted weapons use', null, 'Military Forces of Turkey', 'Saraqib']]);
  });
  it('a participle coordinated with the verb shares its agent: "encircled and trapped by rebels"', () => {
    const [e] = asserted(run('On 18 September 2017, a Russian military police unit was encircled and trapped by rebels north of Hama.', 'en').events);
    assert.equal(e?.actor1, 'Opposition Rebels (Syria)');
  });
});

describe("a report's lead is dated by the report (2026-12-07, sixth)", () => {
  const protests = (text: string, lang: Lang) => asserted(run(text, lang, '2019-06-12').events).filter((e) => e.sub_event_type === 'Peaceful protest')
    .map((e) => [e.location, e.event_date]);
  it('"خرج العشرات من أبناء مدينة بنش في مظاهرة" opening a report is that day\'s protest; later in the report, undated, it is background', () => {
    assert.deepEqual(protests('خرج العشرات من أبناء مدينة بنش في مظاهرة مناهضة لهيئة تحرير الشام.', 'ar'), [['Binnish', '2019-06-12']]);
    assert.deepEqual(protests('قصفت قوات النظام مدينة أريحا. وخرج العشرات من أبناء مدينة بنش في مظاهرة مناهضة لهيئة تحرير الشام.', 'ar'), []);
    // (after a title line, the first sentence of the body is the lead)
    assert.deepEqual(protests('مظاهرة في بنش\nخرج العشرات من أبناء مدينة بنش في مظاهرة مناهضة لهيئة تحرير الشام. وقال ناشطون إن المتظاهرين طالبوا بالإفراج عن المعتقلين. وأضافوا أن المظاهرة انتهت دون حوادث.', 'ar'),
      [['Binnish', '2019-06-12']]);
  });
});

describe('captures told by a participle after the offensive (2026-12-07, sixth)', () => {
  it('"launched a counter-offensive ..., retaking several villages including Atshan and al-Khuwayn": one capture per village (en and ar)', () => {
    for (const [text, lang] of [['On 4 January 2018, rebels launched a counter-offensive against government forces in southeastern Idlib, retaking several villages including Atshan and al-Khuwayn.', 'en'],
      ['وفي 4 كانون الثاني 2018 شنت الفصائل هجوماً معاكساً على قوات النظام، واستعادت عدة قرى بينها عطشان والخوين.', 'ar']] as const) {
      assert.deepEqual(asserted(run(text, lang).events).map((e) => [e.sub_event_type, e.actor1, e.location]), [
        ['Non-state actor overtakes territory', 'Opposition Rebels (Syria)', 'Atshan'],
        ['Non-state actor overtakes territory', 'Opposition Rebels (Syria)', 'al-Khuwayn']], text);
    }
  });
});

describe('counted barrels and the wounded (2026-12-07, sixth)', () => {
  const coded = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.sub_event_type, e.actor1, e.location]);
  it('"ألقى الطيران المروحي 20 برميلاً متفجراً": barrel bombs, the Syrian air force\'s', () => {
    assert.deepEqual(coded('وفي 20 أيار 2019 ألقى الطيران المروحي 20 برميلاً متفجراً على مناطق في قلعة المضيق.', 'ar'),
      [['Air/drone strike', 'Military Forces of Syria', 'Qalaat al-Madiq']]);
    assert.deepEqual(coded('On 20 May 2019, helicopters dropped 20 barrel bombs on Qalaat al-Madiq.', 'en'), [['Air/drone strike', 'Military Forces of Syria', 'Qalaat al-Madiq']]);
  });
  it('"إصابة 4 مواطنين بجروح" names no village Jruh; "قرية جروح" does', () => {
    assert.deepEqual(coded('وفي 20 أيار 2019 سقطت قذائف صاروخية أطلقتها الفصائل على مدينة محردة، ما أدى لإصابة 4 مواطنين بجروح.', 'ar'),
      [['Shelling/artillery/missile attack', 'Opposition Rebels (Syria)', 'Mhardeh']]);
    assert.deepEqual(coded('وفي 20 أيار 2019 قصفت قوات النظام قرية جروح بريف حماة.', 'ar'), [['Shelling/artillery/missile attack', 'Military Forces of Syria', 'Jruh']]);
  });
});

describe('a report on Saraqib (2026-12-07, sixth)', () => {
  it('a month in a date is no place: "اليوم الخميس 6 من شباط" is not the village of Shbat', () => {
    const es = asserted(run('سيطرت قوات النظام السوري على مدينة سراقب، اليوم الخميس 6 من شباط، بعد معارك عنيفة مع فصائل المعارضة.', 'ar', '2020-02-06').events);
    assert.deepEqual(es.map((e) => [e.location, e.event_date]), [['Saraqib', '2020-02-06']]);
    assert.ok(!run('في 6 من شباط 2020 سيطرت قوات النظام على سراقب.', 'ar').mentions.some((m) => m.surface.includes('شباط')));
  });
  it('"the city" just named, and "around the city" is near it (en and ar)', () => {
    for (const [text, lang] of [['On 6 February 2020, government forces captured the city of Saraqib. Turkey set up new observation posts around the city.', 'en'],
      ['وفي 6 شباط 2020 سيطرت قوات النظام على مدينة سراقب. وأنشأ الجيش التركي نقاط مراقبة جديدة في محيط المدينة.', 'ar']] as const) {
      const base = asserted(run(text, lang).events).find((e) => e.sub_event_type === 'Headquarters or base established');
      assert.deepEqual([base?.actor1, base?.location, base?.geo_precision], ['Military Forces of Turkey', 'Saraqib', 2], text);
    }
  });
});

describe('the town of the story (2026-12-07, sixth)', () => {
  const last = (text: string, lang: Lang) => { const es = asserted(run(text, lang).events); const e = es[es.length - 1]; return [e?.sub_event_type, e?.actor1, e?.location, e?.geo_precision]; };
  it('an event told with no place right after a town was named, in a report that names no area, is near that town (en and ar)', () => {
    assert.deepEqual(last('On 27 May 2019, government forces shelled the town of Kafr Nabudah. Rebels launched a counter-attack.', 'en'),
      ['Armed clash', 'Opposition Rebels (Syria)', 'Kafr Nabudah', 2]);
    assert.deepEqual(last('وفي 27 أيار 2019 قصفت قوات النظام بلدة كفرنبودة. وشنت الفصائل هجوماً معاكساً.', 'ar'),
      ['Armed clash', 'Opposition Rebels (Syria)', 'Kafr Nabudah', 2]);
  });
  it("\"Syria's army\" is the Syrian military", () => {
    assert.deepEqual(last("On 27 May 2019, Syria's army, backed by Russian air power, retook the town of Kafr Nabudah from insurgents.", 'en'),
      ['Government regains territory', 'Military Forces of Syria', 'Kafr Nabudah', 1]);
  });
});

describe('what "despite" names happened (2026-12-07, sixth)', () => {
  it('"failed to advance despite heavy Russian air strikes", "فشلت ... رغم الغارات الروسية": the strikes are asserted, a failed capture is not', () => {
    for (const [text, lang] of [['On 20 August 2019, government forces failed to advance on Kabani despite heavy Russian air strikes.', 'en'],
      ['وفي 20 آب 2019 فشلت قوات النظام في التقدم نحو كبانة رغم الغارات الروسية المكثفة.', 'ar']] as const) {
      assert.deepEqual(run(text, lang).events.map((e) => [e.sub_event_type, e.actor1, e.modality]), [['Air/drone strike', 'Military Forces of Russia', 'asserted']], text);
    }
    assert.deepEqual(run('On 20 August 2019, government forces failed to capture Kabani.', 'en').events.map((e) => e.modality), ['negated']);
  });
});

describe('an agreement named as background (2026-12-07, sixth)', () => {
  it('"despite a ceasefire agreed by the guarantors", "رغم اتفاق وقف إطلاق النار", "in violation of the ceasefire" code no agreement', () => {
    for (const [text, lang] of [['On 20 May 2019, the escalation came despite a ceasefire agreed by the guarantor powers.', 'en'],
      ['وفي 20 أيار 2019 جاء هذا التصعيد رغم اتفاق وقف إطلاق النار الذي توصلت إليه الأطراف الضامنة.', 'ar']] as const) {
      assert.deepEqual(run(text, lang).events.filter((e) => e.sub_event_type === 'Agreement'), [], text);
    }
    assert.deepEqual(run('On 20 May 2019, government forces shelled Kafr Zita in violation of the ceasefire agreement.', 'en').events.map((e) => e.sub_event_type), ['Shelling/artillery/missile attack']);
    assert.deepEqual(run('On 16 May 2019, Turkey and Russia agreed a ceasefire in Idlib.', 'en').events.map((e) => e.sub_event_type), ['Agreement']);
  });
});

describe('grenades, looting, violent demonstrations, gas (2026-12-07, sixth)', () => {
  const coded = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.sub_event_type, e.actor1, e.location, e.fatalities]);
  it('a hand grenade is ACLED\'s Grenade (en and ar)', () => {
    assert.deepEqual(coded('On 9 May 2019, a grenade attack killed two people in a market in Azaz.', 'en'), [['Grenade', 'Unidentified Armed Group (Syria)', 'Azaz', 2]]);
    assert.deepEqual(coded('وفي 9 أيار 2019 قتل شخصان بانفجار قنبلة يدوية في سوق مدينة اعزاز.', 'ar'), [['Grenade', 'Unidentified Armed Group (Syria)', 'Azaz', 2]]);
  });
  it('looting homes, "تعفيش": Looting/property destruction; "عناصر من الميليشيات" are the militias', () => {
    const want = [['Looting/property destruction', 'Pro-Government Militias (Syria)', 'Kafr Nabudah', 0]];
    assert.deepEqual(coded('On 9 May 2019, pro-government militias looted homes in the town of Kafr Nabudah.', 'en'), want);
    assert.deepEqual(coded('وفي 9 أيار 2019 نهب عناصر من الميليشيات الموالية للنظام منازل المدنيين في بلدة كفرنبودة.', 'ar'), want);
  });
  it('protesters who set fire to a building make a violent demonstration, by rioters; a peaceful one stays peaceful', () => {
    const want = [['Violent demonstration', 'Rioters (Syria)', 'As-Suwayda', 0]];
    assert.deepEqual(coded('On 5 May 2019, protesters set fire to a police station in Suwayda.', 'en'), want);
    assert.deepEqual(coded('وفي 5 أيار 2019 أضرم محتجون النار في مبنى المحافظة في مدينة السويداء.', 'ar'), want);
    assert.deepEqual(coded('On 5 May 2019, hundreds of protesters demonstrated in Suwayda.', 'en'), [['Peaceful protest', 'Protesters (Syria)', 'As-Suwayda', 0]]);
  });
  it('the bombardment that carried the gas is the chemical attack, one event; "بحالات اختناق" is no village', () => {
    assert.deepEqual(coded('On 5 May 2019, government forces shelled Latamneh with chlorine gas.', 'en'), [['Chemical weapon', 'Military Forces of Syria', 'al-Latamneh', 0]]);
    assert.deepEqual(coded('وفي 5 أيار 2019 قصفت قوات النظام بلدة اللطامنة بقذائف تحوي غازات سامة، ما أدى لإصابة عدة أشخاص بحالات اختناق.', 'ar'),
      [['Chemical weapon', 'Military Forces of Syria', 'al-Latamneh', 0]]);
  });
});

describe('who does the violence at a protest (2026-12-07, sixth)', () => {
  const coded = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.sub_event_type, e.actor1, e.actor2]);
  it('protesters who attack a building: a violent demonstration, no armed clash (en and ar)', () => {
    assert.deepEqual(coded('On 5 May 2019, protesters attacked a police station in Suwayda.', 'en'), [['Violent demonstration', 'Rioters (Syria)', null]]);
    assert.deepEqual(coded('وفي 5 أيار 2019 هاجم محتجون مبنى المحافظة في مدينة السويداء.', 'ar'), [['Violent demonstration', 'Rioters (Syria)', null]]);
  });
  it('security forces who attack the protesters: a protest with intervention (en and ar)', () => {
    const want = [['Protest with intervention', 'Protesters (Syria)', 'Military Forces of Syria']];
    assert.deepEqual(coded('On 5 May 2019, security forces attacked protesters in Suwayda.', 'en'), want);
    assert.deepEqual(coded('وفي 5 أيار 2019 هاجمت قوات الأمن المتظاهرين في مدينة السويداء.', 'ar'), want);
  });
});

describe('a bare force noun after a named force (2026-12-07, sixth)', () => {
  it('"the Kurdish Asayish police" are the Asayish alone (en and ar)', () => {
    for (const [text, lang] of [['On 12 October 2019, the Kurdish Asayish police arrested 20 people in Qamishli.', 'en'],
      ['وفي 12 تشرين الأول 2019 اعتقلت قوات الأسايش الكردية 20 شخصاً في مدينة القامشلي.', 'ar']] as const) {
      const [e] = asserted(run(text, lang).events);
      assert.deepEqual([e?.sub_event_type, e?.actor1, e?.assoc_actor_1], ['Arrests', 'Asayish', []], text);
    }
  });
});

describe("whose enclave (2026-12-07, sixth)", () => {
  it('"in the Islamic State\'s last enclave" names who holds the place, not the target of strikes that killed civilians', () => {
    const [e] = asserted(run("On 12 March 2019, US-led coalition air strikes killed 14 civilians in the Islamic State's last enclave in Baghouz.", 'en').events);
    assert.deepEqual([e?.actor1, e?.actor2, e?.location, e?.fatalities], ['Military Forces of the United States', 'Civilians (Syria)', 'Baghouz', 14]);
    const [ar] = asserted(run('وفي 12 آذار 2019 قتلت غارات التحالف الدولي 14 مدنياً في آخر جيب لتنظيم الدولة الإسلامية في الباغوز.', 'ar').events);
    assert.deepEqual([ar?.actor1, ar?.actor2, ar?.location, ar?.fatalities], ['Military Forces of the United States', 'Civilians (Syria)', 'Baghouz', 14]);
    const [f] = asserted(run("On 12 March 2019, Islamic State's fighters attacked Baghouz.", 'en').events);
    assert.equal(f?.actor1, 'Islamic State');
  });
});

describe('the day of the statement and the day of the event (2026-12-07, sixth)', () => {
  const dates = (text: string, lang: Lang) => asserted(run(text, lang, '2019-05-14').events).map((e) => e.event_date);
  it('"said on Tuesday that rebels had captured X on Monday", "قال ... يوم الثلاثاء إن الفصائل سيطرت ... يوم الاثنين": Monday', () => {
    assert.deepEqual(dates('A rebel commander said on Tuesday that rebels had captured Kafr Nabudah on Monday.', 'en'), ['2019-05-13']);
    assert.deepEqual(dates('Rebels said on Tuesday they had captured Kafr Nabudah a day earlier.', 'en'), ['2019-05-13']);
    assert.deepEqual(dates('قال قيادي في الفصائل يوم الثلاثاء إن الفصائل سيطرت على كفرنبودة يوم الاثنين.', 'ar'), ['2019-05-13']);
  });
  it('with no other date, the statement\'s day stands', () => {
    assert.deepEqual(dates('A rebel commander said on Tuesday that rebels had captured Kafr Nabudah.', 'en'), ['2019-05-14']);
  });
});

describe('brokers of a deal (2026-12-07, sixth)', () => {
  it('"under an evacuation deal brokered by Russia and Turkey", "برعاية روسية تركية": neither broker is a party to the evacuation', () => {
    for (const [text, lang] of [['On 15 December 2016, thousands of civilians and fighters began leaving eastern Aleppo under an evacuation deal brokered by Russia and Turkey.', 'en'],
      ['وفي 15 كانون الأول 2016 بدأ آلاف المدنيين والمقاتلين بالخروج من شرق حلب بموجب اتفاق إجلاء برعاية روسية تركية.', 'ar']] as const) {
      const es = asserted(run(text, lang).events);
      assert.ok(es.length > 0, text);
      for (const e of es) assert.ok(![e.actor1, ...e.assoc_actor_1, e.actor2].some((a) => a === 'Military Forces of Russia' || a === 'Military Forces of Turkey'), text);
    }
  });
  it('"a ceasefire took effect in Aleppo" is no capture', () => {
    assert.ok(!run('On 15 December 2016, a ceasefire took effect in Aleppo.', 'en').events.some((e) => e.sub_event_type === 'Non-state actor overtakes territory'));
  });
});

describe('the quarters of a city (2026-12-07, sixth)', () => {
  const placed = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.location, e.geo_precision]);
  it('"four districts of eastern Aleppo", "أحياء شرق حلب" are in the city (near it); "villages in eastern Aleppo" are the countryside', () => {
    assert.deepEqual(placed('On 12 December 2016, pro-government forces executed at least 82 civilians in four districts of eastern Aleppo.', 'en'), [['Aleppo', 2]]);
    assert.deepEqual(placed('وفي 12 كانون الأول 2016 أعدمت القوات الموالية للنظام 82 مدنياً في أحياء شرق حلب.', 'ar'), [['Aleppo', 2]]);
    assert.deepEqual(placed('On 12 December 2016, government forces shelled villages in eastern Aleppo.', 'en'), [['eastern Aleppo countryside', 2]]);
  });
});

describe('the subject of a clause after "and" (2026-12-07, sixth)', () => {
  it('"shelled Latamneh on Sunday and rebels used chlorine gas in Kafr Zita": the rebels are not the shelling\'s target', () => {
    const es = asserted(run('On 5 May 2019, government forces shelled Latamneh and rebels used chlorine gas in Kafr Zita.', 'en').events);
    assert.deepEqual(es.map((e) => [e.sub_event_type, e.actor1, e.actor2, e.location]), [
      ['Shelling/artillery/missile attack', 'Military Forces of Syria', null, 'al-Latamneh'],
      ['Chemical weapon', 'Opposition Rebels (Syria)', null, 'Kafr Zita']]);
    // Arabic, verb first: "وقصفت الفصائل", "واستخدمت الفصائل" open a clause of their own
    assert.deepEqual(asserted(run('وفي 5 أيار 2019 قصفت قوات النظام بلدة اللطامنة وقصفت الفصائل مدينة محردة.', 'ar').events).map((e) => [e.actor1, e.actor2, e.location]), [
      ['Military Forces of Syria', null, 'al-Latamneh'], ['Opposition Rebels (Syria)', null, 'Mhardeh']]);
    assert.deepEqual(asserted(run('وفي 5 أيار 2019 قصفت قوات النظام بلدة اللطامنة واستخدمت الفصائل غاز الكلور في كفرزيتا.', 'ar').events).map((e) => [e.actor1, e.actor2, e.location]), [
      ['Military Forces of Syria', null, 'al-Latamneh'], ['Opposition Rebels (Syria)', null, 'Kafr Zita']]);
    assert.deepEqual(asserted(run('On 5 May 2019, government forces shelled Latamneh and rebels shelled Mhardeh.', 'en').events).map((e) => [e.actor1, e.location]), [
      ['Military Forces of Syria', 'al-Latamneh'], ['Opposition Rebels (Syria)', 'Mhardeh']]);
    // (an object list stays an object: "shelled rebels and militants", "تجمعات الفصائل وتحصينات الفصائل")
    assert.equal(asserted(run('وفي 5 أيار 2019 استهدفت قوات النظام تجمعات الفصائل وتحصينات الفصائل في اللطامنة.', 'ar').events)[0]?.actor2, 'Opposition Rebels (Syria)');
    assert.equal(asserted(run('On 5 May 2019, government forces shelled rebels and militants in Latamneh.', 'en').events)[0]?.actor2, 'Opposition Rebels (Syria)');
  });
});

describe('announced events (2026-12-07, sixth)', () => {
  const coded = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.sub_event_type, e.actor1, e.location, e.modality]);
  it('announcing a merger, an operations room or a base is the event, not a claim (en and ar)', () => {
    assert.deepEqual(coded('وفي 9 أيار 2019 أعلن جيش العزة والجبهة الوطنية للتحرير اندماجهما في فصيل واحد بريف حماة الشمالي.', 'ar'),
      [['Change to group/activity', 'Jaysh al-Izza', 'northern Hama countryside', 'asserted']]);
    assert.deepEqual(coded('وفي 9 أيار 2019 أنشأت هيئة تحرير الشام مقراً جديداً في بلدة سرمدا.', 'ar'), [['Headquarters or base established', 'Hayat Tahrir al-Sham', 'Sarmada', 'asserted']]);
    assert.deepEqual(coded('On 9 May 2019, Hayat Tahrir al-Sham set up a new headquarters in the town of Sarmada.', 'en'), [['Headquarters or base established', 'Hayat Tahrir al-Sham', 'Sarmada', 'asserted']]);
    // (troops deployed to a base that exists establish nothing)
    assert.deepEqual(coded('On 9 May 2019, government forces deployed troops to a military base near Hama.', 'en'), []);
  });
  it('announcing a capture is one side\'s claim', () => {
    assert.deepEqual(coded('وفي 9 أيار 2019 أعلنت الفصائل سيطرتها على بلدة كفرنبودة.', 'ar'), [['Non-state actor overtakes territory', 'Opposition Rebels (Syria)', 'Kafr Nabudah', 'claimed']]);
  });
});

describe('an adjective in the accusative (2026-12-07, sixth)', () => {
  it('"مستودع أسلحة إيرانياً" names Iran as the target, as "an Iranian weapons depot" does', () => {
    for (const [text, lang] of [['وفي 9 أيار 2019 استهدفت صواريخ إسرائيلية مستودع أسلحة إيرانياً قرب مطار دمشق الدولي.', 'ar'],
      ['On 9 May 2019, Israeli missiles hit an Iranian weapons depot near Damascus International Airport.', 'en']] as const) {
      const [e] = asserted(run(text, lang).events);
      assert.deepEqual([e?.actor1, e?.actor2], ['Military Forces of Israel', 'Military Forces of Iran'], text);
    }
  });
});

describe('remnants of war (2026-12-08)', () => {
  const coded = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.sub_event_type, e.location, e.actor2, e.fatalities]);
  it('"a landmine left over from the fighting", "لغم من مخلفات المعارك": the fighting is the past, the explosion the one event', () => {
    const expected = [['Remote explosive/landmine/IED', 'Kafr Nabl', 'Civilians (Syria)', 2]];
    assert.deepEqual(coded('On 20 May 2019, a landmine left over from the fighting killed two children in Kafr Nabl.', 'en'), expected);
    assert.deepEqual(coded('وفي 20 أيار 2019 قتل طفلان بانفجار لغم أرضي من مخلفات المعارك في كفرنبل.', 'ar'), expected);
  });
  it('a shell that was itself left over is an explosive, not a bombardment ("قذيفة من مخلفات قصف سابق")', () => {
    const expected = [['Remote explosive/landmine/IED', 'Kafr Nabl', 'Civilians (Syria)', 2]];
    assert.deepEqual(coded('On 20 May 2019, two children were killed when a shell left over from earlier bombardment exploded in Kafr Nabl.', 'en'), expected);
    assert.deepEqual(coded('وفي 20 أيار 2019 قتل طفلان بانفجار قذيفة من مخلفات قصف سابق في كفرنبل.', 'ar'), expected);
  });
  it('"remnants of ISIS attacked", "هاجمت بقايا تنظيم داعش": remnants of a group are that group, acting', () => {
    const by = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.sub_event_type, e.actor1]);
    assert.deepEqual(by('On 15 January 2023, remnants of ISIS attacked a checkpoint near Palmyra.', 'en'), [['Armed clash', 'Islamic State']]);
    assert.deepEqual(by('وفي 15 كانون الثاني 2023 هاجمت بقايا تنظيم داعش حاجزاً لقوات النظام قرب تدمر.', 'ar'), [['Armed clash', 'Islamic State']]);
  });
  it('who left the ordnance is no party to its going off', () => {
    const expected = [['Remote explosive/landmine/IED', 'Kafr Nabl', 'Civilians (Syria)', 2]];
    assert.deepEqual(coded('On 20 May 2019, two children were killed in Kafr Nabl when a cluster bomb left over from Russian air strikes went off.', 'en'), expected);
    assert.deepEqual(coded('وفي 20 أيار 2019 قتل طفلان بانفجار قنبلة عنقودية من مخلفات الغارات الروسية في كفرنبل.', 'ar'), expected);
  });
});

describe('missiles and air defences (2026-12-08)', () => {
  const coded = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.sub_event_type, e.actor1, e.actor2]);
  it('"Israeli missiles struck", "استهدفت صواريخ إسرائيلية": the weapon is the verb\'s subject, one attack of its kind', () => {
    const expected = [['Shelling/artillery/missile attack', 'Military Forces of Israel', null]];
    // (the air defences named after it do not make the missiles an air strike of their own)
    assert.deepEqual(coded('On 20 May 2019, Israeli missiles struck targets near Damascus, and air defences repelled most of them, SANA said.', 'en'), expected);
    assert.deepEqual(coded('وفي 20 أيار 2019 استهدفت صواريخ إسرائيلية مواقع قرب دمشق، وقالت سانا إن الدفاعات الجوية تصدت لمعظمها.', 'ar'), expected);
  });
  it('what air defences repel is stopped on its way, by them, against the side that fired (not a clash)', () => {
    assert.deepEqual(coded('On 20 May 2019, Syrian air defences repelled an Israeli attack on Damascus.', 'en'), [['Disrupted weapons use', 'Military Forces of Syria', 'Military Forces of Israel']]);
    assert.deepEqual(coded('وفي 20 أيار 2019 تصدت الدفاعات الجوية السورية لعدوان إسرائيلي على دمشق.', 'ar'), [['Disrupted weapons use', 'Military Forces of Syria', 'Military Forces of Israel']]);
  });
  it('a repelled ground attack stays a clash', () => {
    assert.deepEqual(coded('وفي 20 أيار 2019 صدت فصائل المعارضة هجوما لقوات النظام على قرية الزكاة في ريف حماة الشمالي.', 'ar'), [['Armed clash', 'Military Forces of Syria', 'Opposition Rebels (Syria)']]);
    assert.deepEqual(coded('On 20 May 2019, rebels repelled a government attack on al-Zakat in northern Hama.', 'en'), [['Armed clash', 'Military Forces of Syria', 'Opposition Rebels (Syria)']]);
  });
});

describe('the shooting as the means of a killing (2026-12-08)', () => {
  const coded = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.sub_event_type, e.location, e.fatalities]);
  it('"اغتال مجهولون قيادياً بإطلاق النار عليه", "assassinated him by opening fire on him": one assassination', () => {
    const expected = [['Attack', 'Yadudeh', 1]];
    assert.deepEqual(coded('وفي 20 أيار 2019 اغتال مجهولون قيادياً سابقاً في فصائل المعارضة بإطلاق النار عليه في بلدة اليادودة بريف درعا الغربي.', 'ar'), expected);
    assert.deepEqual(coded('On 20 May 2019, unknown gunmen assassinated a former rebel commander by opening fire on him in Yadudeh.', 'en'), expected);
  });
  it('an attack word yields to the shooting it was done by', () => {
    const expected = [['Armed clash', 'Yadudeh', 0]];
    assert.deepEqual(coded('وفي 20 أيار 2019 هاجم مسلحون حاجزاً لقوات النظام بإطلاق النار عليه في بلدة اليادودة.', 'ar'), expected);
    assert.deepEqual(coded('On 20 May 2019, gunmen attacked a government checkpoint by opening fire on it in Yadudeh.', 'en'), expected);
  });
});

describe('flight from the violence (2026-12-08)', () => {
  const coded = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.sub_event_type, e.location]);
  it('"have fled the fighting", "هرباً من المعارك": the violence fled is background, no event', () => {
    assert.deepEqual(coded('Hundreds of thousands of civilians have fled the fighting towards the Turkish border since December, according to the United Nations.', 'en'), []);
    assert.deepEqual(coded('نزح مئات الآلاف من المدنيين نحو الحدود التركية هرباً من المعارك منذ كانون الأول، بحسب الأمم المتحدة.', 'ar'), []);
  });
  it('violence told beside the flight, in a clause of its own, is an event', () => {
    const expected = [['Shelling/artillery/missile attack', 'Maarat al-Numan']];
    assert.deepEqual(coded('On 20 May 2019, thousands of families fled Maarat al-Numan as government forces shelled the town.', 'en'), expected);
    assert.deepEqual(coded('وفي 20 أيار 2019 نزحت آلاف العائلات من معرة النعمان بينما قصفت قوات النظام المدينة.', 'ar'), expected);
  });
});

describe('a retaliation and its claimed toll (2026-12-08)', () => {
  it('"Turkey retaliated by striking government targets, claiming to have killed 309": the toll is of the retaliation, not of the strike before it', () => {
    const en = asserted(run('At least 33 Turkish soldiers were killed in an air strike by Syrian government forces in Idlib province on 27 February 2020, Turkish officials said.\n\n'
      + 'Turkey retaliated by striking Syrian government targets, the Turkish defence ministry said, claiming to have killed 309 Syrian soldiers.', 'en', '2020-02-28').events);
    assert.deepEqual(en.map((e) => [e.actor1, e.actor2, e.fatality_claims.map((c) => [c.count, c.victims, c.claimant])]), [
      ['Military Forces of Syria', 'Military Forces of Turkey', [[33, 'foreign_forces', 'Turkish government']]],
      ['Military Forces of Turkey', 'Military Forces of Syria', [[309, 'government', 'Turkish Ministry of National Defence']]],
    ]);
  });
});

describe('two sides, each with its partners (2026-12-08)', () => {
  const coded = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.actor1, e.assoc_actor_1, e.actor2, e.assoc_actor_2, e.location]);
  const expected = [['Military Forces of Syria', ['Pro-Government Militias (Syria)'], 'Opposition Rebels (Syria)', ['Hayat Tahrir al-Sham'], 'Kafr Nabudah']];
  it('"بين A وB من جهة، وC وD من جهة أخرى", "between A and B on one side, and C and D on the other"; the place after them', () => {
    assert.deepEqual(coded('وفي 15 أيار 2019 تدور اشتباكات عنيفة بين قوات النظام والمسلحين الموالين لها من جهة، والفصائل وهيئة تحرير الشام من جهة أخرى، على محاور في محيط بلدة كفرنبودة بريف حماة الشمالي الغربي.', 'ar'), expected);
    assert.deepEqual(coded('On 15 May 2019, clashes raged between government forces and pro-government militiamen on one side, and rebels and Hayat Tahrir al-Sham on the other, near Kafr Nabudah.', 'en'), expected);
  });
  it('the toll of "the clashes" named again goes on to the next figure ("فيما قتل 9 من مقاتلي الفصائل")', () => {
    const ar = 'وفي 15 أيار 2019 تدور اشتباكات عنيفة بين قوات النظام والفصائل في محيط بلدة كفرنبودة بريف حماة الشمالي الغربي.\n\n'
      + 'وقصفت قوات النظام بلدة الهبيط، فيما نفذت الطائرات الروسية غارات على قلعة المضيق.\n\n'
      + 'وارتفع إلى 17 عدد عناصر قوات النظام الذين قتلوا خلال الاشتباكات، فيما قتل 9 من مقاتلي الفصائل.';
    const en = 'On 15 May 2019, fierce clashes raged between government forces and rebels near Kafr Nabudah in northwestern Hama.\n\n'
      + 'Government forces shelled Hbit, while Russian warplanes struck Qalaat al-Madiq.\n\n'
      + 'The number of soldiers killed in the clashes rose to 17. Nine rebels were also killed.';
    for (const [text, lang] of [[ar, 'ar'], [en, 'en']] as const) {
      const clash = asserted(run(text, lang).events).find((e) => e.sub_event_type === 'Armed clash');
      assert.deepEqual(clash?.fatality_claims.map((c) => [c.count, c.victims]), [[17, 'government'], [9, 'rebels']], lang);
    }
  });
});

describe('a short clause before "، فيما" (2026-12-08)', () => {
  it('is a report of its own, not a heading ("وقصفت قوات النظام بلدة الهبيط، فيما ...", "shelled Hbit, while ...")', () => {
    const expected = [['Shelling/artillery/missile attack', 'Hbit'], ['Air/drone strike', 'Kafr Nabl']];
    const coded = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.sub_event_type, e.location]);
    assert.deepEqual(coded('وقصفت قوات النظام بلدة الهبيط، فيما نفذت الطائرات الروسية غارات على كفرنبل.', 'ar'), expected);
    assert.deepEqual(coded('Government forces shelled Hbit, while Russian warplanes struck Kafr Nabl.', 'en'), expected);
  });
});

describe('a campaign told since a date months ago (2026-12-08)', () => {
  const lead = { en: 'On 12 August 2019, Russian air strikes killed 11 civilians in Maarat al-Numan.\n\n', ar: 'وفي 12 آب 2019 قتل 11 مدنياً بغارات روسية على معرة النعمان.\n\n' };
  it('"since late April, more than 820 civilians have been killed", "منذ أواخر نيسان": no event, and its toll goes to none', () => {
    for (const [lang, rest] of [['en', 'Since late April, more than 820 civilians have been killed in regime and Russian bombardment of the region, according to the Observatory.'],
      ['ar', 'ومنذ أواخر نيسان، قتل أكثر من 820 مدنياً في القصف الجوي الروسي والسوري على المنطقة، بحسب المرصد.']] as const) {
      const events = asserted(run(lead[lang] + rest, lang, '2019-08-12').events);
      assert.deepEqual(events.map((e) => [e.location, e.fatalities, e.fatality_claims.length]), [['Maarat al-Numan', 11, 1]], lang);
    }
  });
  it('since the start of this month is a stretch of days, still coded, over that span', () => {
    const [e] = asserted(run('ومنذ مطلع الشهر الجاري، تتعرض مدينة خان شيخون لقصف جوي مكثف.', 'ar', '2019-08-12').events);
    assert.deepEqual([e?.location, e?.event_date, e?.event_date_end, e?.time_precision], ['Khan Shaykhun', '2019-08-01', '2019-08-12', 3]);
  });
});

describe('one actor named twice on a side (2026-12-08)', () => {
  it('"heavy fighting with jihadists and allied rebels": the rebels once, not also as their own partner', () => {
    const [e] = asserted(run('On 12 August 2019, troops took control of al-Habeet in southern Idlib after heavy fighting with jihadists and allied rebels.', 'en').events);
    assert.equal(e?.actor2, 'Opposition Rebels (Syria)');
    assert.deepEqual(e?.assoc_actor_2, []);
  });
});

describe('the authorities of the north-east (2026-12-08)', () => {
  it('"Kurdish-led authorities detained", "اعتقلت الإدارة الذاتية": arrests by the SDF, as ACLED codes them', () => {
    const by = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.sub_event_type, e.actor1]);
    assert.deepEqual(by('On 12 June 2021, Kurdish-led authorities detained dozens of men in raids on towns near Raqqa.', 'en'), [['Arrests', 'Syrian Democratic Forces']]);
    assert.deepEqual(by('وفي 12 حزيران 2021 اعتقلت الإدارة الذاتية عشرات الشبان في حملة مداهمات في ريف الرقة.', 'ar'), [['Arrests', 'Syrian Democratic Forces']]);
  });
});

describe('what a party to the war says (2026-12-08)', () => {
  const told = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.sub_event_type, e.modality]);
  it('"the Russian Defence Ministry said its aircraft struck", "قالت وزارة الدفاع الروسية إن طائراتها": one side\'s claim, as when it announces it', () => {
    const expected = [['Air/drone strike', 'claimed']];
    assert.deepEqual(told('On 11 June 2019, the Russian Defence Ministry said its aircraft struck militant positions in Idlib.', 'en'), expected);
    assert.deepEqual(told('وفي 11 حزيران 2019 قالت وزارة الدفاع الروسية إن طائراتها استهدفت مواقع للمسلحين في إدلب.', 'ar'), expected);
    assert.deepEqual(told('وفي 11 حزيران 2019 أعلنت وزارة الدفاع الروسية أن طائراتها استهدفت مواقع للمسلحين في إدلب.', 'ar'), expected);
    assert.deepEqual(told('On 11 June 2019, rebels said they shelled government positions in Hama.', 'en'), [['Shelling/artillery/missile attack', 'claimed']]);
  });
  it('English also says it after the event: "Russian aircraft struck X, the Russian Defence Ministry said"', () => {
    assert.deepEqual(told('On 11 June 2019, Russian aircraft struck militant positions in Idlib, the Russian Defence Ministry said.', 'en'), [['Air/drone strike', 'claimed']]);
    assert.deepEqual(told('On 11 June 2019, rebels shelled Hama, the army said.', 'en'), [['Shelling/artillery/missile attack', 'claimed']]);
    assert.deepEqual(told('On 11 June 2019, Russian aircraft struck positions in Idlib, the Syrian Observatory said.', 'en'), [['Air/drone strike', 'asserted']]);
  });
  it('a monitor saying it reports it; a party named after the trigger is not the speaker', () => {
    assert.deepEqual(told('On 11 June 2019, the Syrian Observatory said Russian aircraft struck positions in Idlib.', 'en'), [['Air/drone strike', 'asserted']]);
    assert.deepEqual(told('وفي 11 حزيران 2019 قال المرصد السوري إن الطائرات الروسية استهدفت مواقع في إدلب.', 'ar'), [['Air/drone strike', 'asserted']]);
    assert.deepEqual(told('وفي 11 حزيران 2019 تحدثت مصادر عن سيطرة الفصائل على مطار حماة العسكري.', 'ar'), [['Non-state actor overtakes territory', 'asserted']]);
  });
});

describe('a road between two towns (2026-12-08)', () => {
  const placed = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.location, e.geo_precision]);
  it('within one governorate, the event is in that governorate, at neither town ("طريق دير الزور - الميادين")', () => {
    assert.deepEqual(placed('وفي 10 آذار 2022 قتل عنصران من قوات النظام بانفجار لغم أرضي على طريق دير الزور - الميادين.', 'ar'), [['Deir ez-Zor Governorate', 3]]);
    assert.deepEqual(placed('On 10 March 2022, two soldiers were killed when a landmine exploded on the Deir ez-Zor - Mayadin road.', 'en'), [['Deir ez-Zor Governorate', 3]]);
  });
  it('across governorates, neither town nor governorate places it', () => {
    assert.deepEqual(placed('وفي 10 آذار 2022 قتل عنصران من قوات النظام بانفجار لغم على طريق حلب - اللاذقية الدولي.', 'ar'), [['Syria', 3]]);
  });
});

describe('a place the gazetteer lacks, in a town it has (2026-12-08)', () => {
  const placed = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.location, e.admin1, e.geo_precision, e.fatalities]);
  it('"حي كفرسوسة بدمشق", "Kafr Sousa in Damascus", "Damascus\'s Kafr Sousa neighbourhood": one event, as written, in the town', () => {
    for (const text of ['On 16 January 2023, an Israeli strike on a building in the Kafr Sousa neighbourhood of Damascus killed five people.',
      'On 16 January 2023, an Israeli strike on a building in Kafr Sousa in Damascus killed five people.',
      "On 16 January 2023, an Israeli strike on a building in Damascus's Kafr Sousa neighbourhood killed five people."]) {
      assert.deepEqual(placed(text, 'en'), [['Kafr Sousa', 'Damascus', 2, 5]], text);
    }
    assert.deepEqual(placed('وفي 16 كانون الثاني 2023 استهدفت غارة إسرائيلية مبنى في حي كفرسوسة بدمشق، ما أدى لمقتل خمسة أشخاص.', 'ar'), [['كفرسوسة', 'Damascus', 2, 5]]);
  });
  it('a list of places is not one place inside the next ("قرى السلومية وأم الخلاخيل")', () => {
    const es = asserted(run('وفي 11 كانون الثاني 2018 سيطرت الفصائل على قرى الزرزور والسلومية وأم الخلاخيل جنوب إدلب.', 'ar').events);
    assert.ok(es.length >= 3, es.map((e) => e.location).join(', '));
  });
});

describe('who fired the shell (2026-12-08)', () => {
  it('"a mortar shell fired by rebels", "قذيفة هاون أطلقتها الفصائل": the participle on the weapon names its side', () => {
    const by = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.sub_event_type, e.actor1]);
    const expected = [['Shelling/artillery/missile attack', 'Opposition Rebels (Syria)']];
    assert.deepEqual(by('On 16 January 2023, two children were wounded when a mortar shell fired by rebels landed in Aleppo.', 'en'), expected);
    assert.deepEqual(by('وفي 16 كانون الثاني 2023 أصيب طفلان بجروح جراء سقوط قذيفة هاون أطلقتها الفصائل على مدينة حلب.', 'ar'), expected);
    // (a participle on the object of a shoot-down still names whose drone it was)
    assert.deepEqual(asserted(run('On 16 January 2023, rebels shot down a drone launched by government forces near Idlib.', 'en').events).map((e) => [e.actor1, e.actor2]),
      [['Opposition Rebels (Syria)', 'Military Forces of Syria']]);
  });
});

describe('hyphenated modifiers before a name (2026-12-08)', () => {
  it('"two members of the Kurdish-led SDF": the modifier adds nothing to the distance between victims and their side', () => {
    const [e] = asserted(run('On 14 January 2023, Turkish drones struck a car near Qamishli, killing two members of the Kurdish-led Syrian Democratic Forces.', 'en').events);
    assert.deepEqual([e?.actor1, e?.actor2, e?.fatality_claims.map((c) => [c.count, c.victims])], ['Military Forces of Turkey', 'Syrian Democratic Forces', [[2, 'rebels']]]);
    // (Arabic writes the modifier after the name: the same sentence gives the same event)
    const [a] = asserted(run('وفي 14 كانون الثاني 2023 استهدفت طائرة مسيرة تركية سيارة قرب القامشلي، ما أدى لمقتل عنصرين من قوات سوريا الديمقراطية.', 'ar').events);
    assert.deepEqual([a?.actor1, a?.actor2, a?.fatality_claims.map((c) => [c.count, c.victims])], ['Military Forces of Turkey', 'Syrian Democratic Forces', [[2, 'rebels']]]);
  });
});

describe('killed by a sniper (2026-12-08)', () => {
  it('"shot dead by a (government) sniper", "قتلت امرأة برصاص قناص": one killing, by the sniper\'s side', () => {
    const coded = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.sub_event_type, e.actor1, e.location, e.fatalities]);
    assert.deepEqual(coded('On 10 April 2021, a woman was shot dead by a government sniper in Madaya.', 'en'), [['Attack', 'Military Forces of Syria', 'Madaya', 1]]);
    assert.deepEqual(coded('وفي 10 نيسان 2021 قتلت امرأة برصاص قناص لقوات النظام في بلدة مضايا.', 'ar'), [['Attack', 'Military Forces of Syria', 'Madaya', 1]]);
    assert.deepEqual(coded('On 10 April 2021, a woman was shot dead by a sniper in Madaya.', 'en').map((e) => e[0]), ['Attack']);
  });
});

describe('a town entered after the other side withdrew (2026-12-08)', () => {
  it('"entered Khan Sheikhoun after rebels withdrew", "دخلت ... بعد انسحاب الفصائل منها": the side that withdrew lost it', () => {
    const sides = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.sub_event_type, e.actor1, e.actor2]);
    const expected = [['Government regains territory', 'Military Forces of Syria', 'Opposition Rebels (Syria)']];
    assert.deepEqual(sides('On 20 August 2019, government forces entered Khan Sheikhoun after rebels withdrew from the town and nearby villages.', 'en'), expected);
    assert.deepEqual(sides('وفي 20 آب 2019 دخلت قوات النظام مدينة خان شيخون بعد انسحاب الفصائل منها ومن القرى المحيطة بها.', 'ar'), expected);
  });
});

describe('a truce its brokers put into force (2026-12-08)', () => {
  it('"a ceasefire brokered by Russia and Turkey took effect", "دخلت هدنة برعاية روسية وتركية حيز التنفيذ": the brokers agreed it', () => {
    const deal = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.sub_event_type, e.actor1, e.actor2, e.review_flags?.includes('default-actor')]);
    const expected = [['Agreement', 'Military Forces of Russia', 'Military Forces of Turkey', false]];
    assert.deepEqual(deal('On 5 March 2020, a ceasefire brokered by Russia and Turkey took effect in Idlib.', 'en'), expected);
    assert.deepEqual(deal('وفي 5 آذار 2020 دخلت هدنة برعاية روسية وتركية حيز التنفيذ في إدلب.', 'ar'), expected);
  });
  it('with the parties named, the broker stays out of it', () => {
    const [e] = asserted(run('On 5 March 2020, rebels and government forces agreed a ceasefire brokered by Russia in Daraa.', 'en').events);
    assert.deepEqual([e?.actor1, e?.actor2, e?.assoc_actor_1], ['Military Forces of Syria', 'Opposition Rebels (Syria)', []]);
  });
});

describe('destroying a force\'s positions (2026-12-08)', () => {
  it('"army units destroyed rebel positions", "دمرت وحدات من الجيش مقرات للإرهابيين": an attack on that force', () => {
    const coded = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.sub_event_type, e.actor1, e.actor2, e.location]);
    const expected = [['Shelling/artillery/missile attack', 'Military Forces of Syria', 'Opposition Rebels (Syria)', 'Khan Shaykhun']];
    assert.deepEqual(coded('On 13 May 2019, army units destroyed rebel positions and headquarters in Khan Shaykhun.', 'en'), expected);
    assert.deepEqual(coded('وفي 13 أيار 2019 دمرت وحدات من الجيش مقرات ومستودعات أسلحة للإرهابيين في خان شيخون.', 'ar'), expected);
  });
  it('destroyed homes are no attack on a force (and Palmyra, تدمر, is no verb)', () => {
    assert.deepEqual(asserted(run('وفي 13 أيار 2019 اجتمع وجهاء المنطقة في مدينة تدمر.', 'ar').events), []);
    assert.deepEqual(asserted(run('On 13 May 2019, the storm destroyed homes in Khan Shaykhun.', 'en').events), []);
  });
});

describe('the security branches (2026-12-08)', () => {
  it('"دورية للأمن العسكري ... واعتقلت شاباً", "Air Force Intelligence arrested": arrests by the state forces', () => {
    const by = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.sub_event_type, e.actor1, e.actor2]);
    const expected = [['Arrests', 'Military Forces of Syria', 'Civilians (Syria)']];
    assert.deepEqual(by('وفي 25 آب 2023 داهمت دورية للأمن العسكري منزلاً في بلدة الصنمين واعتقلت شاباً.', 'ar'), expected);
    assert.deepEqual(by('وفي 25 آب 2023 اعتقلت المخابرات الجوية ثلاثة شبان في مدينة داعل.', 'ar'), expected);
    assert.deepEqual(by('On 25 August 2023, Air Force Intelligence arrested three young men in the town of Dael.', 'en'), expected);
  });
});

describe('the side holding the place (2026-12-08)', () => {
  it('"an offensive on the rebel-held town of X", "هجوماً على بلدة X الخاضعة لسيطرة الفصائل": against the holder; its capture is from it', () => {
    const sides = (text: string, lang: Lang) => asserted(run(text, lang).events).map((e) => [e.sub_event_type, e.actor1, e.actor2]);
    assert.deepEqual(sides('On 13 May 2019, government forces pressed an offensive on the rebel-held town of Kafr Nabudah.', 'en'), [['Armed clash', 'Military Forces of Syria', 'Opposition Rebels (Syria)']]);
    assert.deepEqual(sides('وفي 13 أيار 2019 شنت قوات النظام هجوماً على بلدة كفرنبودة الخاضعة لسيطرة الفصائل.', 'ar'), [['Armed clash', 'Military Forces of Syria', 'Opposition Rebels (Syria)']]);
    assert.deepEqual(sides('On 13 May 2019, government forces captured the rebel-held town of Kafr Nabudah.', 'en'), [['Government regains territory', 'Military Forces of Syria', 'Opposition Rebels (Syria)']]);
  });
  it('a bombardment of a held town names no target side by that alone', () => {
    assert.deepEqual(asserted(run('On 13 May 2019, government forces shelled the rebel-held town of Kafr Nabudah.', 'en').events).map((e) => e.actor2), [null]);
  });
});
