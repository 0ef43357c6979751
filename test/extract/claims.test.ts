// Fatality claims: figure, qualifier, victims and claimant in both languages; injuries are not
// deaths; the ACLED headline figure is the most conservative one.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { FatalityClaim, Lang } from '../../src/core/index.js';
import { analyzeDocument, conservativeFatalities, loadLexicon, shareClaim, type Lexicon } from '../../src/extract/index.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../../src/kb/index.js';

let lexicon: Lexicon;
let kb: KnowledgeBase;
before(() => {
  lexicon = loadLexicon();
  kb = loadKnowledgeBase();
});

function claims(text: string, lang: Lang): FatalityClaim[] {
  const a = analyzeDocument({ doc_id: 'c.txt', text, lang, published: '2019-05-22', title: null }, kb, lexicon);
  return a.events.flatMap((e) => e.fatality_claims);
}
const brief = (cs: FatalityClaim[]) => cs.map((c) => [c.count, c.qualifier, c.victims, c.claimant]);

describe('claims, English', () => {
  it('qualifier, victims and claimant', () => {
    const cs = claims('On 23 September 2017, Russian airstrikes hit Khan Shaykhun, killing more than 50 rebels, according to SOHR.', 'en');
    assert.deepEqual(brief(cs), [[50, 'more_than', 'rebels', 'SOHR']]);
  });
  it('several victim groups in one report', () => {
    const cs = claims('On 19 September 2017, HTS attacked government positions north of Hama. SOHR reported that 66 rebels and 38 soldiers were killed in the fighting.', 'en');
    assert.deepEqual(brief(cs).sort(), [[38, 'exact', 'government', 'SOHR'], [66, 'exact', 'rebels', 'SOHR']]);
  });
  it('a state speaking for itself is its ministry', () => {
    const cs = claims('On 21 September 2017, Russian airstrikes hit Saraqib. Russia stated it had killed 850 rebel fighters.', 'en');
    assert.deepEqual(brief(cs), [[850, 'exact', 'rebels', 'Russian Ministry of Defence']]);
  });
  it('unattributed figures have a null claimant; the wounded are not counted', () => {
    const cs = claims('On 24 September 2017, airstrikes on Saraqib killed around 40 people and wounded 70 others.', 'en');
    assert.deepEqual(brief(cs), [[40, 'about', 'unspecified', null]]);
  });
});

describe('claims, Arabic', () => {
  it('ما لا يقل عن / أكثر من / نحو', () => {
    assert.deepEqual(brief(claims('وفي 23 أيلول 2017 استهدفت غارات روسية مدينة خان شيخون ما أسفر عن مقتل ما لا يقل عن 45 مدنيا.', 'ar')), [[45, 'at_least', 'civilians', null]]);
    assert.deepEqual(brief(claims('وفي 25 أيلول 2017 قال الدفاع المدني السوري إن غارات جوية على سراقب أسفرت عن سقوط أكثر من 40 قتيلا.', 'ar')), [[40, 'more_than', 'unspecified', 'Syria Civil Defence']]);
    assert.deepEqual(brief(claims('وأفاد المرصد السوري لحقوق الإنسان بمقتل نحو 12 عنصرا من قوات النظام في قصف على بلدة كفرنبودة في 3 أيار 2019.', 'ar')), [[12, 'about', 'government', 'SOHR']]);
  });
  it('vague figures count as ACLED counts them; injuries are not deaths', () => {
    const cs = claims('وفي 11 كانون الثاني 2018 سيطرت الفصائل على بلدة خان شيخون وقتلت عشرات العناصر من قوات النظام وجرحت 30 آخرين.', 'ar');
    assert.deepEqual(brief(cs), [[12, 'vague', 'government', null]]);
  });
});

describe('breakdowns', () => {
  it('"among them 3 children" is part of the toll, not a second figure', () => {
    assert.deepEqual(brief(claims('وثق المرصد السوري لحقوق الإنسان مقتل 9 مدنيين بينهم 3 أطفال جراء غارات روسية على مدينة أريحا في 10 شباط 2020.', 'ar')), [[9, 'exact', 'civilians', 'SOHR']]);
    assert.deepEqual(brief(claims('On 10 February 2020, Russian airstrikes on Ariha killed 9 civilians, among them 3 children.', 'en')), [[9, 'exact', 'civilians', null]]);
  });
});

describe('killed and captured', () => {
  it('a figure after killed-and-captured is a vague death claim; captured alone is not', () => {
    assert.deepEqual(brief(claims('وفي 11 كانون الثاني 2018 سيطرت الفصائل على بلدة خان شيخون وقتلت وأسرت عشرات العناصر من قوات النظام.', 'ar')), [[12, 'vague', 'government', null]]);
    assert.deepEqual(brief(claims('On 11 January 2018, rebels captured Khan Shaykhun, killed five soldiers and captured 20 others.', 'en')), [[5, 'exact', 'government', null]]);
  });
});

describe('shareClaim (one figure for several events)', () => {
  const claim: FatalityClaim = { count: 12, qualifier: 'exact', victims: 'civilians', claimant: 'SOHR', doc_id: 'd' };
  it('divides evenly, the remainder one each to the first events, and keeps the figure as reported', () => {
    assert.deepEqual(shareClaim(claim, 3).map((x) => [x.count, x.share]), [[12, 4], [12, 4], [12, 4]]);
    assert.deepEqual(shareClaim({ ...claim, count: 5 }, 3).map((x) => x.share), [2, 2, 1]);
    assert.deepEqual(shareClaim({ ...claim, count: 1 }, 2).map((x) => x.share), [1, 0]);
    assert.equal(shareClaim(claim, 3).reduce((s, x) => s + x.share!, 0), 12);
  });
  it('leaves a claim alone when there is nothing to divide', () => {
    assert.deepEqual(shareClaim(claim, 1), [claim]);
    assert.equal(shareClaim({ ...claim, count: null, qualifier: 'vague' }, 3)[0]!.share, undefined);
  });
});

describe('conservativeFatalities (ACLED headline)', () => {
  const c = (count: number, victims: FatalityClaim['victims'], claimant: string | null): FatalityClaim => ({ count, qualifier: 'exact', victims, claimant, doc_id: 'd' });
  it('sums victim groups within a claimant and takes the lowest claimant total', () => {
    assert.equal(conservativeFatalities([c(850, 'rebels', 'Russian Ministry of Defence'), c(66, 'rebels', 'SOHR'), c(38, 'government', 'SOHR')]), 104);
  });
  it('takes the lowest figure per victim group of one claimant', () => {
    assert.equal(conservativeFatalities([c(40, 'civilians', 'SOHR'), c(45, 'civilians', 'SOHR')]), 40);
  });
  it("counts a shared toll by this event's share of it", () => {
    assert.equal(conservativeFatalities([{ ...c(12, 'civilians', 'SOHR'), share: 4 }]), 4);
    assert.equal(conservativeFatalities([{ ...c(12, 'civilians', 'SOHR'), share: 4 }, c(6, 'civilians', 'SOHR')]), 4);
  });
  it('is 0 with no figures', () => {
    assert.equal(conservativeFatalities([]), 0);
    assert.equal(conservativeFatalities([{ count: null, qualifier: 'vague', victims: 'unspecified', claimant: null, doc_id: 'd' }]), 0);
  });
});

it('a figure followed by its cause ("killed in airstrikes") goes to that event', () => {
  const kb = loadKnowledgeBase();
  const lex = loadLexicon();
  const text = 'On 19 September 2017, HTS launched an offensive on government positions in Idlib province. SOHR reported that 66 rebels were killed during the offensive, as well as more than 40 civilians in nearly 500 air-strikes on towns in Idlib.';
  const es = analyzeDocument({ doc_id: 'c.txt', text, lang: 'en', published: null, title: null }, kb, lex).events;
  const air = es.find((e) => e.sub_event_type === 'Air/drone strike');
  assert.ok(air, JSON.stringify(es.map((e) => e.sub_event_type)));
  assert.deepEqual(air.fatality_claims.map((c) => [c.count, c.qualifier, c.victims]), [[40, 'more_than', 'civilians']]);
  assert.ok(!es.find((e) => e.sub_event_type !== 'Air/drone strike')?.fatality_claims.some((c) => c.count === 40));
});

describe('a qualifier after the victims (2026-12-06)', () => {
  it('ثمانية أشخاص على الأقل / 8 people at least: the victims are inside the figure', () => {
    for (const [text, lang] of [
      ['قتل ثمانية أشخاص على الأقل وأصيب أكثر من 20 آخرين جراء انفجار سيارة مفخخة في مدينة أعزاز.', 'ar'],
      ['قتل 8 أشخاص على الأقل جراء انفجار سيارة مفخخة في مدينة أعزاز.', 'ar'],
      ['Eight people at least were killed in a car bomb blast in Azaz.', 'en'],
    ] as const) {
      assert.deepEqual(claims(text, lang).map((c) => [c.count, c.qualifier]), [[8, 'at_least']], text);
    }
  });
});

describe('the numeral 2 in a dual or after its noun (2026-12-06)', () => {
  it('مقتل طفلين، استشهاد مدنيين اثنين: two victims; injuries named after them stay injuries', () => {
    assert.deepEqual(brief(claims('وفي 3 أيار 2019 قصفت قوات النظام مدينة كفرنبل، ما أسفر عن مقتل طفلين.', 'ar')), [[2, 'exact', 'civilians', null]]);
    assert.deepEqual(brief(claims('وفي 3 أيار 2019 قصفت قوات النظام مدينة محردة، ما أسفر عن استشهاد مدنيين اثنين وإصابة خمسة آخرين.', 'ar')), [[2, 'exact', 'civilians', null]]);
    assert.deepEqual(claims('وفي 3 أيار 2019 قصفت قوات النظام مدينة محردة، ما أسفر عن إصابة مدنيين اثنين.', 'ar'), []);
  });
});

describe('death tolls (2026-12-06)', () => {
  it('a bare figure after a death toll counts the dead; the wounded named after it do not', () => {
    assert.deepEqual(brief(claims('On 8 May 2019, the death toll from the air strikes on Khan Sheikhoun rose to 25, the monitor said.', 'en')), [[25, 'exact', 'unspecified', null]]);
    assert.deepEqual(brief(claims('وفي 8 أيار 2019 ارتفع عدد قتلى الغارات على خان شيخون إلى 25 شخصاً، بحسب المرصد.', 'ar')).map((c) => c.slice(0, 3)), [[25, 'exact', 'unspecified']]);
    assert.deepEqual(brief(claims('وفي 8 أيار 2019 ارتفعت حصيلة ضحايا القصف على خان شيخون إلى 25 قتيلاً و40 جريحاً.', 'ar')).map((c) => c[0]), [25]);
  });
});

describe('losses (2026-12-06)', () => {
  it('the dead a side lost are that side\'s', () => {
    assert.deepEqual(brief(claims('وفي 3 أيار 2019 دارت اشتباكات في كفرنبودة خسرت فيها الفصائل أربعة من مقاتليها.', 'ar')).map((c) => c.slice(0, 3)), [[4, 'exact', 'rebels']]);
    assert.deepEqual(brief(claims('On 3 May 2019, rebels lost four fighters in clashes near Kafr Nabudah.', 'en')).map((c) => c.slice(0, 3)), [[4, 'exact', 'rebels']]);
    assert.deepEqual(claims('On 3 May 2019, rebels lost control of Kafr Nabudah.', 'en'), []);
  });
});

describe('one victim named by a singular noun (2026-12-07)', () => {
  it('is a toll of one, two for two nouns, in both languages', () => {
    assert.deepEqual(brief(claims('استشهد طفل وأصيب 3 آخرون بجراح جراء قصف لقوات النظام على بلدة سرجة يوم الاثنين.', 'ar')), [[1, 'exact', 'civilians', null]]);
    assert.deepEqual(brief(claims('قتل طفل وامرأة بقصف لقوات النظام على بلدة سرجة يوم الاثنين.', 'ar')), [[2, 'exact', 'civilians', null]]);
    assert.deepEqual(brief(claims('Government forces shelled Kafr Nabl on Monday, killing a woman and a child, SOHR said.', 'en')), [[2, 'exact', 'civilians', 'SOHR']]);
    assert.deepEqual(brief(claims('Government shelling killed a rebel commander in Kafr Nabl on Monday.', 'en')), [[1, 'exact', 'rebels', null]]);
  });
  it('is not counted when wounded, when definite, or as part of a figure already given', () => {
    assert.deepEqual(claims('أصيب طفل بجروح جراء قصف لقوات النظام على بلدة سرجة يوم الاثنين.', 'ar'), []);
    assert.deepEqual(brief(claims('قتل 5 مدنيين بينهم طفل بقصف لقوات النظام على بلدة سرجة يوم الاثنين.', 'ar')), [[5, 'exact', 'civilians', null]]);
    assert.deepEqual(claims('Government forces shelled Kafr Nabl on Monday, wounding a child.', 'en'), []);
  });
  it('the passive verb after a figure decides: "a child was killed and three people were wounded" is one death', () => {
    assert.deepEqual(brief(claims('A child was killed and three people were wounded when government forces shelled Kafr Nabl on Monday.', 'en')), [[1, 'exact', 'civilians', null]]);
  });
});

describe('a bare figure after a death verb (2026-12-07)', () => {
  it('counts the dead when only a clause break or a preposition follows it', () => {
    assert.deepEqual(brief(claims('Turkish drones struck a vehicle near Qamishli on Sunday, killing three, the Syrian Observatory for Human Rights said.', 'en')), [[3, 'exact', 'unspecified', 'SOHR']]);
    assert.deepEqual(brief(claims('Government air strikes killed 12 in Kafr Nabl on Sunday.', 'en')), [[12, 'exact', 'unspecified', null]]);
    assert.deepEqual(brief(claims('قتل 3 وجرح 10 بقصف على بلدة كفرنبل يوم الأحد.', 'ar')), [[3, 'exact', 'unspecified', null]]);
  });
  it('is not a death toll when a unit follows it', () => {
    assert.deepEqual(claims('Shelling hit Kafr Nabl on Sunday, killing 3 km away a shepherd.', 'en').map((c) => c.count).filter((n) => n === 3), []);
  });
});

describe('victims named by a nationality adjective (2026-12-07)', () => {
  it('"eight Turkish personnel" are foreign forces', () => {
    assert.deepEqual(brief(claims('Syrian shelling killed eight Turkish personnel near Saraqeb on Monday.', 'en')), [[8, 'exact', 'foreign_forces', null]]);
  });
  it('the adjective is never the claimant', () => {
    assert.deepEqual(brief(claims('Russian air strikes killed 5 civilians in Kafr Nabl on Sunday, activists said.', 'en')), [[5, 'exact', 'civilians', null]]);
  });
});

describe('whose toll (2026-12-07, later)', () => {
  it('"the civilian death toll ... rose to 18", "the rebel death toll at 100": the noun before the toll names the victims', () => {
    assert.deepEqual(brief(claims('On 20 May 2019, the civilian death toll from the air strike on Ariha rose to 18, the monitor said.', 'en')).map((c) => c.slice(0, 3)), [[18, 'exact', 'civilians']]);
    assert.deepEqual(brief(claims('On 20 May 2019, rebels attacked Kafr Nabudah; the army put the rebel death toll at 100.', 'en')).map((c) => c[2]), ['rebels']);
  });
});

describe('victims named by their trade, and men (2026-12-07, third)', () => {
  it('farmers, shepherds, journalists, workers and students are civilians (en and ar)', () => {
    assert.deepEqual(brief(claims('Government shelling killed four farmers near Kafr Nabl on Monday.', 'en')), [[4, 'exact', 'civilians', null]]);
    assert.deepEqual(brief(claims('A landmine killed two shepherds near Palmyra on Monday.', 'en')), [[2, 'exact', 'civilians', null]]);
    assert.deepEqual(brief(claims('قتل ثلاثة صحفيين بقصف جوي على مدينة إدلب يوم الاثنين.', 'ar')), [[3, 'exact', 'civilians', null]]);
    assert.deepEqual(brief(claims('قتل خمسة عمال بانفجار لغم في ريف حماة الشرقي.', 'ar')), [[5, 'exact', 'civilians', null]]);
  });
  it('men and young men are counted without a side', () => {
    assert.deepEqual(brief(claims('Gunmen killed three men in Daraa on Monday.', 'en')), [[3, 'exact', 'unspecified', null]]);
    assert.deepEqual(brief(claims('قتل ثلاثة شبان برصاص مجهولين في مدينة درعا.', 'ar')), [[3, 'exact', 'unspecified', null]]);
  });
});

describe('a family (2026-12-07, third)', () => {
  it('"a family of five", "five members of one family", "عائلة من خمسة أشخاص": five civilians, and one family is no victim', () => {
    assert.deepEqual(brief(claims('The strike on Kafr Nabl killed a family of five on Monday.', 'en')), [[5, 'exact', 'civilians', null]]);
    assert.deepEqual(brief(claims('Five members of one family were killed in the strike on Kafr Nabl.', 'en')), [[5, 'exact', 'civilians', null]]);
    assert.deepEqual(brief(claims('قتل خمسة أفراد من عائلة واحدة بغارة على كفرنبل.', 'ar')), [[5, 'exact', 'civilians', null]]);
    assert.deepEqual(brief(claims('قتلت عائلة من خمسة أشخاص بغارة على كفرنبل.', 'ar')), [[5, 'exact', 'civilians', null]]);
  });
  it('members of a force are that force', () => {
    assert.deepEqual(brief(claims('قتل خمسة أفراد من قوات النظام بقصف على كفرنبل.', 'ar')), [[5, 'exact', 'government', null]]);
  });
});

describe('the displaced (2026-12-07, third)', () => {
  it('are not dead: "killed 12 and displaced 4,000", "قتل 5 مدنيين ونزح 3000 شخص"', () => {
    assert.deepEqual(brief(claims('The shelling of Kafr Nabl killed 12 civilians and displaced 4,000 people on Monday.', 'en')), [[12, 'exact', 'civilians', null]]);
    assert.deepEqual(brief(claims('قتل 5 مدنيين بقصف على كفرنبل ونزح 3000 شخص.', 'ar')), [[5, 'exact', 'civilians', null]]);
  });
});

describe('a victim noun used as an adjective (2026-12-07, third)', () => {
  it('"killed by a rebel sniper" counts the soldier, not the sniper', () => {
    assert.deepEqual(brief(claims('A regime soldier was killed by a rebel sniper near Kafr Nabudah on Monday.', 'en')), [[1, 'exact', 'government', null]]);
  });
});

describe('one victim named with whose he was (2026-12-07, third)', () => {
  it('"a member of the regime forces", "a member of HTS" count one of that side', () => {
    assert.deepEqual(brief(claims('A member of the regime forces was killed by rebel sniper fire near Kafr Nabudah.', 'en')), [[1, 'exact', 'government', null]]);
    assert.deepEqual(brief(claims('A member of HTS was killed in a drone strike on Sarmada.', 'en')), [[1, 'exact', 'rebels', null]]);
    assert.deepEqual(brief(claims('قتل عنصر من قوات النظام برصاص قناص على محور كفرنبودة.', 'ar')), [[1, 'exact', 'government', null]]);
  });
});

describe('ranges (2026-12-07, fourth)', () => {
  it('the floor of a range counts the people its ceiling names; the total is the floor (en and ar)', () => {
    for (const [text, lang] of [
      ['On 19 May 2019, between 10 and 15 rebels were killed in clashes near Kafr Nabudah.', 'en'],
      ['وفي 19 أيار 2019 قتل بين 10 و 15 عنصرا من الفصائل في اشتباكات قرب كفرنبودة.', 'ar'],
    ] as const) {
      const cs = claims(text, lang);
      assert.deepEqual(brief(cs), [[10, 'at_least', 'rebels', null], [15, 'up_to', 'rebels', null]], text);
      assert.equal(conservativeFatalities(cs), 10);
    }
  });
  it('rival claims in one sentence keep their own claimants ("the Observatory said, while the rebels said", "وفق المرصد، فيما قالت الفصائل")', () => {
    for (const [text, lang] of [
      ['On 19 May 2019, clashes near Kafr Nabudah killed 22 soldiers, the Observatory said, while the rebels said they had killed more than 50 soldiers.', 'en'],
      ['وفي 19 أيار 2019 قتل 22 عنصرا من قوات النظام في اشتباكات قرب كفرنبودة، وفق المرصد، فيما قالت الفصائل إنها قتلت أكثر من 50 عنصرا.', 'ar'],
    ] as const) {
      assert.deepEqual(claims(text, lang).map((c) => [c.count, c.claimant]), [[22, 'SOHR'], [50, 'Opposition Rebels (Syria)']], text);
    }
  });
});

describe('one killed, one wounded (2026-12-07, fifth)', () => {
  it('an English verb takes the noun after it: "killing a girl and wounding her mother", "wounded a child and killed a woman"', () => {
    for (const text of ['On 8 June 2021, government forces shelled al-Bara, killing a girl and wounding her mother.',
      'On 8 June 2021, shelling wounded a child and killed a woman in al-Bara.',
      'On 8 June 2021, a woman was killed and a child wounded in shelling on al-Bara.']) {
      assert.deepEqual(brief(claims(text, 'en')), [[1, 'exact', 'civilians', null]], text);
    }
  });
  it('Arabic, the noun after the verbal noun: "مقتل طفلة وإصابة والدتها", "إصابة طفل ومقتل امرأة"', () => {
    for (const text of ['وفي 8 حزيران 2021 قصفت قوات النظام بلدة البارة، ما أدى إلى مقتل طفلة وإصابة والدتها.',
      'وفي 8 حزيران 2021 قصفت قوات النظام بلدة البارة، ما أدى إلى إصابة طفل ومقتل امرأة.']) {
      assert.deepEqual(brief(claims(text, 'ar')), [[1, 'exact', 'civilians', null]], text);
    }
  });
});

describe('a victim and a relative (2026-12-07, sixth)', () => {
  it('English: "a woman and her son", "a man and his wife were killed" are two; a wounded relative is not counted', () => {
    for (const text of ['On 8 June 2021, a Russian air strike killed a woman and her son in Kansafra, SOHR said.',
      'On 8 June 2021, a man and his wife were killed when shells hit their house in Ariha, SOHR said.']) {
      const [c, ...rest] = claims(text, 'en');
      assert.deepEqual([c!.count, c!.claimant, rest.length], [2, 'SOHR', 0], text);
      // the quote runs from the first noun to the relative
      assert.match(c!.evidence!.text, /^(?:woman and her son|man and his wife)$/);
    }
    assert.deepEqual(brief(claims('On 8 June 2021, shelling killed a girl and wounded her mother in al-Bara.', 'en')), [[1, 'exact', 'civilians', null]]);
    assert.deepEqual(claims('On 8 June 2021, a woman and her daughter were wounded by shelling on Ariha.', 'en'), []);
  });
  it('Arabic: "امرأة وابنها", "رجل وزوجته" are two', () => {
    for (const text of ['وفي 8 حزيران 2021 قتلت امرأة وابنها في غارة جوية روسية على قرية كنصفرة.',
      'وفي 8 حزيران 2021 استشهد رجل وزوجته جراء قصف مدفعي لقوات النظام على مدينة أريحا.']) {
      assert.equal(claims(text, 'ar').reduce((n, c) => n + (c.count ?? 0), 0), 2, text);
    }
  });
});

describe('one person assassinated (2026-12-07, sixth)', () => {
  it('"assassinated a local council member", "اغتال ... عضواً في المجلس المحلي": one dead, of no named side', () => {
    assert.deepEqual(brief(claims('On 12 June 2019, unknown gunmen assassinated a local council member in the town of Dael.', 'en')), [[1, 'exact', 'unspecified', null]]);
    assert.deepEqual(brief(claims('وفي 12 حزيران 2019 اغتال مسلحون مجهولون عضواً في المجلس المحلي في بلدة داعل.', 'ar')), [[1, 'exact', 'unspecified', null]]);
  });
  it('the Arabic passive and a civilian named by trade: "اغتيلت ناشطة", "assassinated an activist"', () => {
    assert.deepEqual(brief(claims('وفي 12 حزيران 2019 اغتيلت ناشطة في مدينة الباب.', 'ar')), [[1, 'exact', 'civilians', null]]);
    assert.deepEqual(brief(claims('On 12 June 2019, gunmen assassinated an activist in the city of al-Bab.', 'en')), [[1, 'exact', 'civilians', null]]);
    assert.deepEqual(brief(claims('وفي 12 حزيران 2019 اغتيل قيادي سابق في فصائل المعارضة في بلدة داعل.', 'ar')), [[1, 'exact', 'combatants', null]]);
  });
  it('"a member of" takes its side from what follows', () => {
    assert.deepEqual(brief(claims('On 12 June 2019, government shelling on Kafr Nabl killed a member of the White Helmets.', 'en')).map((c) => c[0]), [1]);
  });
});

describe('who tells the toll (2026-12-07, sixth)', () => {
  it('"according to", "بحسب" name the source after them, never the party before them', () => {
    const text = 'وفي 27 شباط 2020 قتل 33 جندياً تركياً في غارة جوية لقوات النظام على منطقة بليون بجبل الزاوية، بحسب ما أعلن والي هاتاي.';
    assert.deepEqual(brief(claims(text, 'ar')), [[33, 'exact', 'foreign_forces', null]]);
    assert.deepEqual(brief(claims('On 27 February 2020, an air strike by government forces killed 33 Turkish soldiers in Balyun, according to the governor of Hatay.', 'en')),
      [[33, 'exact', 'foreign_forces', null]]);
  });
  it('claiming an attack is not telling its toll, nor making the attack only a claim ("أعلن تنظيم الدولة مسؤوليته عن تفجير")', () => {
    for (const [text, lang] of [['وفي 22 شباط 2020 أعلن تنظيم الدولة الإسلامية مسؤوليته عن تفجير سيارة مفخخة أدى إلى مقتل 14 شخصاً في مدينة تل أبيض.', 'ar'],
      ['On 22 February 2020, Islamic State claimed responsibility for a car bomb that killed 14 people in the town of Tal Abyad.', 'en']] as const) {
      const a = analyzeDocument({ doc_id: 'c.txt', text, lang, published: '2020-02-27', title: null }, kb, lexicon);
      assert.deepEqual(a.events.map((e) => [e.actor1, e.modality, e.fatality_claims.map((c) => c.claimant)]), [['Islamic State', 'asserted', [null]]], text);
    }
  });
});

describe('a quoted source (2026-12-07, sixth)', () => {
  it('وقال "المرصد السوري لحقوق الإنسان" إن ...: the quotation marks around the name do not hide the source', () => {
    for (const text of ['وفي 6 شباط 2020 قال "المرصد السوري لحقوق الإنسان" إن 14 مقاتلاً من الفصائل قتلوا في قصف على سراقب.',
      'وفي 6 شباط 2020 قال «المرصد السوري لحقوق الإنسان» إن 14 مقاتلاً من الفصائل قتلوا في قصف على سراقب.']) {
      assert.deepEqual(brief(claims(text, 'ar')), [[14, 'exact', 'rebels', 'SOHR']], text);
    }
  });
});

describe('the relative after the pronoun (2026-12-07, sixth)', () => {
  it('"killing him and his driver", "ما أدى إلى مقتله وسائقه": two dead; مقتله is no village', () => {
    assert.deepEqual(brief(claims('On 20 August 2019, gunmen opened fire on a car carrying a local commander of the Free Syrian Army near Daraa, killing him and his driver.', 'en')),
      [[2, 'exact', 'rebels', null]]);
    const text = 'وفي 20 آب 2019 أطلق مسلحون مجهولون النار على سيارة قيادي في الجيش الحر قرب درعا، ما أدى إلى مقتله وسائقه.';
    assert.equal(claims(text, 'ar').reduce((n, c) => n + (c.count ?? 0), 0), 2);
    const a = analyzeDocument({ doc_id: 'c.txt', text, lang: 'ar', published: '2019-08-21', title: null }, kb, lexicon);
    assert.ok(!a.mentions.some((m) => m.surface === 'مقتله'));
  });
});

describe('the dead and the wounded counted together (2026-12-07, sixth)', () => {
  it('"were killed or wounded", "عدد من القتلى والجرحى", "بين قتيل وجريح" are no death toll; "killed five and wounded 12" is', () => {
    for (const [text, lang] of [['On 20 May 2019, a number of fighters on both sides were killed or wounded in clashes in Kafr Nabudah.', 'en'],
      ['وفي 20 أيار 2019 سقط عدد من القتلى والجرحى في قصف على كفرنبودة.', 'ar'],
      ['وفي 20 أيار 2019 سقط 12 عنصراً بين قتيل وجريح في قصف على كفرنبودة.', 'ar']] as const) {
      assert.deepEqual(claims(text, lang), [], text);
    }
    assert.deepEqual(brief(claims('On 20 May 2019, shelling on Kafr Nabudah killed five civilians and wounded 12 others.', 'en')), [[5, 'exact', 'civilians', null]]);
    assert.deepEqual(brief(claims('وفي 20 أيار 2019 قتل 5 مدنيين وجرح 12 في قصف على كفرنبودة.', 'ar')), [[5, 'exact', 'civilians', null]]);
  });
});

describe('state media (2026-12-07, sixth)', () => {
  it('bare "state media" in a report on Syria is Syrian state media; another state\'s is named with its adjective', () => {
    assert.deepEqual(brief(claims('On 20 February 2018, rebels fired mortars on Damascus, killing one person, state media said.', 'en')), [[1, 'exact', 'unspecified', 'Syrian state media']]);
    assert.deepEqual(brief(claims('وفي 20 شباط 2018 سقطت قذائف هاون على دمشق، ما أدى لمقتل شخص، بحسب وسائل الإعلام الرسمية.', 'ar')), [[1, 'exact', 'unspecified', 'Syrian state media']]);
    assert.equal(claims('On 20 February 2018, Turkish state media said 5 YPG fighters were killed in shelling on Tal Rifaat.', 'en')[0]?.claimant, 'Anadolu Agency');
    assert.equal(claims('On 20 February 2018, TASS reported that 12 militants were killed in air strikes on Idlib.', 'en')[0]?.claimant, 'Russian state media');
  });
});

describe('rescuers (2026-12-07, sixth)', () => {
  it('"rescuers said", "بحسب فرق الإنقاذ": the civil defence tells the toll', () => {
    assert.equal(claims('On 25 May 2019, air strikes on the town of Maarat al-Numan killed at least 10 civilians, rescuers said.', 'en')[0]?.claimant, 'Syria Civil Defence');
    assert.equal(claims('وفي 25 أيار 2019 قتل 10 مدنيين في غارات على معرة النعمان، بحسب فرق الإنقاذ.', 'ar')[0]?.claimant, 'Syria Civil Defence');
  });
});

describe('a breakdown of the dead (2026-12-07, sixth)', () => {
  it('all of it is part of the total: "بينهم 11 امرأة و13 طفلاً", "including 11 women and 13 children"; another group after it is not', () => {
    assert.deepEqual(brief(claims('وفي 12 كانون الأول 2016 أعدمت القوات الموالية للنظام 82 مدنياً على الأقل بينهم 11 امرأة و13 طفلاً في حي الشعار بحلب، بحسب الأمم المتحدة.', 'ar')),
      [[82, 'at_least', 'civilians', 'United Nations']]);
    assert.deepEqual(brief(claims('On 12 December 2016, pro-government forces executed at least 82 civilians, including 11 women and 13 children, in Aleppo, the UN said.', 'en')),
      [[82, 'at_least', 'civilians', 'United Nations']]);
    assert.deepEqual(brief(claims('On 12 May 2019, shelling killed 15 civilians, including 4 women, and 6 fighters in Kafr Nabl.', 'en')),
      [[15, 'exact', 'civilians', null], [6, 'exact', 'combatants', null]]);
  });
});

describe('"of them" after a noun of fighters (2026-12-07, sixth)', () => {
  it('"وقتلت 20 عنصراً منهم", "killing 20 of them": the dead are the side named before', () => {
    assert.deepEqual(brief(claims('وفي 9 أيار 2019 صدت هيئة تحرير الشام هجوماً لقوات النظام على قرية الحماميات، وقتلت 20 عنصراً منهم.', 'ar')), [[20, 'exact', 'government', null]]);
    assert.deepEqual(brief(claims('On 9 May 2019, HTS repelled an attack by government forces on Hamamiyat, killing 20 of them.', 'en')), [[20, 'exact', 'government', null]]);
    assert.deepEqual(brief(claims('وفي 9 أيار 2019 قتل 20 عنصراً في قصف على الحماميات.', 'ar')), [[20, 'exact', 'combatants', null]]);
  });
});

describe('relatives counted (2026-12-07, sixth)', () => {
  it('"killed two brothers", "قتل شقيقان": two dead; "three members of the same family", "ثلاثة أشخاص من عائلة واحدة": civilians', () => {
    assert.deepEqual(brief(claims('On 9 May 2019, an air strike on Kafr Nabl killed two brothers.', 'en')), [[2, 'exact', 'unspecified', null]]);
    assert.deepEqual(brief(claims('وفي 9 أيار 2019 قتل شقيقان في غارة على كفرنبل.', 'ar')), [[2, 'exact', 'unspecified', null]]);
    assert.deepEqual(brief(claims('On 9 May 2019, an air strike on Kafr Nabl killed three members of the same family.', 'en')), [[3, 'exact', 'civilians', null]]);
    assert.deepEqual(brief(claims('وفي 9 أيار 2019 قتل ثلاثة أشخاص من عائلة واحدة في غارة على كفرنبل.', 'ar')), [[3, 'exact', 'civilians', null]]);
    // (members of a group stay that group's)
    assert.deepEqual(brief(claims('On 9 May 2019, clashes in Kafr Nabl killed three members of HTS.', 'en')), [[3, 'exact', 'rebels', null]]);
  });
});

describe('a victim named before a figure (2026-12-07, sixth)', () => {
  it('"a man and two children", "a mother and her three children", "رجل وطفلان", "امرأة وثلاثة من أطفالها": one more than the figure', () => {
    assert.deepEqual(brief(claims('On 9 May 2019, an air strike on Kafr Nabl killed a man and two children.', 'en')), [[3, 'exact', 'civilians', null]]);
    assert.deepEqual(brief(claims('On 9 May 2019, an air strike on Kafr Nabl killed a mother and her three children.', 'en')), [[4, 'exact', 'civilians', null]]);
    assert.deepEqual(brief(claims('وفي 9 أيار 2019 قتل رجل وطفلان في غارة على كفرنبل.', 'ar')), [[3, 'exact', 'civilians', null]]);
    assert.deepEqual(brief(claims('وفي 9 أيار 2019 قتلت امرأة وثلاثة من أطفالها في غارة على كفرنبل.', 'ar')), [[4, 'exact', 'civilians', null]]);
  });
  it('but a child among the figure is part of it', () => {
    assert.deepEqual(brief(claims('On 9 May 2019, shelling killed five civilians, including a child, in Kafr Nabl.', 'en')), [[5, 'exact', 'civilians', null]]);
    assert.deepEqual(brief(claims('وفي 9 أيار 2019 قتل 5 مدنيين بينهم طفل بقصف على سرجة.', 'ar')), [[5, 'exact', 'civilians', null]]);
  });
});

describe('the number of the dead of a side (2026-12-08)', () => {
  const tolls = (text: string, lang: Lang) => analyzeDocument({ doc_id: 'd', text, lang, published: '2019-05-15', title: null }, kb, lexicon).events
    .flatMap((e) => e.fatality_claims.map((c) => [c.count, c.victims]));
  const clash = { en: 'On 15 May 2019, fierce clashes raged between government forces and rebels near Kafr Nabudah.\n\n', ar: 'وفي 15 أيار 2019 دارت اشتباكات عنيفة بين قوات النظام والفصائل قرب كفرنبودة.\n\n' };
  it('"the number of soldiers killed in the clashes rose to 17", "ارتفع إلى 17 عدد عناصر قوات النظام الذين قتلوا"', () => {
    assert.deepEqual(tolls(clash.en + 'The number of soldiers killed in the clashes rose to 17.', 'en'), [[17, 'government']]);
    assert.deepEqual(tolls(clash.ar + 'وارتفع إلى 17 عدد عناصر قوات النظام الذين قتلوا خلال الاشتباكات.', 'ar'), [[17, 'government']]);
  });
  it('"the death toll among soldiers rose to 17": whose toll follows it', () => {
    assert.deepEqual(tolls(clash.en + 'The death toll among soldiers rose to 17.', 'en'), [[17, 'government']]);
  });
  it('the number of the wounded is no death toll', () => {
    assert.deepEqual(tolls(clash.en + 'The number of wounded soldiers rose to 17.', 'en'), []);
  });
});

describe('officials of a state speak for it (2026-12-08)', () => {
  it('"Turkish officials said", "قالت السلطات التركية": the Turkish government is the claimant', () => {
    const who = (text: string, lang: Lang) => analyzeDocument({ doc_id: 'd', text, lang, published: '2020-02-28', title: null }, kb, lexicon).events
      .flatMap((e) => e.fatality_claims.map((c) => [c.count, c.victims, c.claimant]));
    assert.deepEqual(who('On 27 February 2020, at least 33 Turkish soldiers were killed in an air strike by government forces in Balyun, Turkish officials said.', 'en'), [[33, 'foreign_forces', 'Turkish government']]);
    assert.deepEqual(who('وفي 27 شباط 2020 قالت السلطات التركية إن 33 جندياً تركياً قتلوا في غارة جوية لقوات النظام على بليون.', 'ar'), [[33, 'foreign_forces', 'Turkish government']]);
  });
});
