// Fatality claims: every death figure in a sentence with its qualifier, victims and claimant,
// and the ACLED headline figure (the most conservative total).
import type { FatalityClaim, Mention, NumberExpression, Victims } from '../core/index.js';
import type { CueEntry } from './lexicon.js';
import type { LexHit, Word } from './words.js';
import { endsModifier, introducesCause, isArabicWord, wordRange } from './words.js';

export interface ActorInfo {
  id: string;
  name: string;
  kind: string;
  side: 'government' | 'opposition' | 'foreign' | 'neutral' | 'other' | undefined;
  inter: number;
  /** Label used when this actor makes a claim (SOHR, Russian Ministry of Defence). */
  claimantName: string;
  /** For a claimant that speaks for an armed actor (a ministry of defence): that actor's id. */
  actsAs?: string;
  /** Its bombardments are air strikes unless a ground weapon is named (the kb's air_power). */
  airPower?: boolean;
}

export interface SentenceView {
  words: readonly Word[];
  from: number; // first word of the sentence
  to: number; // one past the last word
  cues: LexHit<CueEntry>[]; // cue hits inside the sentence
  actors: { m: Mention | null; from: number; to: number; info: ActorInfo }[];
  /** Nationality adjectives standing for a party ("eight Turkish personnel"): victims' sides only,
   *  never speakers. */
  adjectives?: { from: number; to: number; info: ActorInfo }[];
  /** 1 for words that are part of a quantity (findNumbers), not of a date or a year. */
  numberAt?: Uint8Array;
}

const VICTIM_PRIORITY: Victims[] = ['civilians', 'government', 'rebels', 'foreign_forces', 'combatants', 'unspecified'];

function cueAt(s: SentenceView, i: number, group: string): LexHit<CueEntry> | undefined {
  return s.cues.find((c) => c.from <= i && i < c.to && c.values.some((v) => v.group === group));
}

function hasGroup(c: LexHit<CueEntry>, group: string): boolean {
  return c.values.some((v) => v.group === group);
}

function victimsOfCue(c: LexHit<CueEntry>): Victims | undefined {
  const vs = c.values.filter((v) => v.group === 'victims' && v.victims).map((v) => v.victims!) as Victims[];
  for (const p of VICTIM_PRIORITY) if (vs.includes(p)) return p;
  return undefined;
}

function sideVictims(info: ActorInfo): Victims {
  if (info.kind === 'civilians') return 'civilians';
  // "two Russian soldiers": a foreign army's dead are foreign forces, whichever side it fights on
  if (info.kind === 'foreign_state') return 'foreign_forces';
  if (info.side === 'government' && info.inter === 1) return 'government';
  if (info.side === 'foreign' || info.inter === 8) return 'foreign_forces';
  if (info.side === 'government') return 'government';
  return 'rebels';
}

/** Victims named right after a figure: a victim noun and/or an actor (`عشرات العناصر لقوات النظام`). */
function victimsAfter(s: SentenceView, numEnd: number): { victims: Victims; isKillNoun: boolean } | null {
  let victims: Victims | undefined;
  let isKillNoun = false;
  let limit = Math.min(s.to, numEnd + 4);
  for (let i = numEnd; i < limit; i++) {
    const w = s.words[i]!;
    if (w.punct && (w.stem === '"' || w.stem === '«' || w.stem === '»')) continue;
    // ("two members of the Kurdish-led SDF": the modifier adds nothing to the distance)
    if (i + 1 < s.to && endsModifier(s.words, i + 1)) { i++; limit = Math.min(s.to, limit + 2); continue; }
    if (w.punct) break;
    // "three killed by government shelling", "3 مدنيين بقصف لقوات النظام": the cause, not the victims
    if (introducesCause(w)) break;
    const actor = s.actors.find((a) => a.from === i) ?? s.adjectives?.find((a) => a.from === i);
    if (actor && actor.info.kind !== 'claimant') {
      const v = sideVictims(actor.info);
      // ("جنود أتراك": soldiers, and whose)
      if (!victims || victims === 'combatants' || victims === 'unspecified' || (victims === 'government' && v === 'foreign_forces')) victims = v;
      break;
    }
    const c = cueAt(s, i, 'victims');
    if (c) {
      const v = victimsOfCue(c)!;
      if (!victims || (victims === 'combatants' && v !== 'unspecified') || (victims === 'unspecified' && v !== 'unspecified')) victims = v;
      if (hasGroup(c, 'kill')) isKillNoun = true;
      i = c.to - 1;
      continue;
    }
    if (cueAt(s, i, 'kill')) { isKillNoun = true; victims ??= 'unspecified'; continue; }
    // "قتل 3 وجرح 10": the next verb starts another figure's phrase
    if (cueAt(s, i, 'injury')) break;
    // small function words between the figure and its noun (من / of / other)
    if (w.stem.length <= 3 || /^(of|from|other|another|more|من|اخري|اخرين)$/.test(w.stem)) continue;
    break;
  }
  return victims ? { victims, isKillNoun } : null;
}

function nearestDistance(s: SentenceView, from: number, to: number, group: string): number {
  let best = Infinity;
  for (const c of s.cues) {
    if (!hasGroup(c, group)) continue;
    const d = c.to <= from ? from - c.to : c.from >= to ? c.from - to : 0;
    if (d < best) best = d;
  }
  return best;
}

/** Whether a figure (or victim noun) at [from, to) reports deaths rather than injuries: the
 *  nearer death word wins; at equal distance the verb that governs the noun — before it in Arabic
 *  ("استشهد طفل وأصيب 3"), after it in English ("a child was killed and three were wounded"). */
function deathNearer(s: SentenceView, from: number, to: number, arabic: boolean, kill: number): boolean {
  const injury = nearestDistance(s, from, to, 'injury');
  if (injury !== kill) return kill < injury;
  if (!arabic) {
    // an English verb takes the noun after it ("killing a girl and wounding her mother", "wounded
    // a child and killed a woman"): at equal distance, the one before the noun governs it
    const before = (g: string) => s.cues.some((c) => hasGroup(c, g) && c.to <= from && from - c.to === kill);
    const killBefore = before('kill'), injuryBefore = before('injury');
    if (killBefore !== injuryBefore) return killBefore;
  }
  const killAfter = s.cues.some((c) => hasGroup(c, 'kill') && c.from >= to && c.from - to === kill);
  const injuryAfter = s.cues.some((c) => hasGroup(c, 'injury') && c.from >= to && c.from - to === injury);
  if (killAfter === injuryAfter) return true;
  return arabic ? !killAfter : killAfter;
}

/** The death or injury verb of an English passive right after a figure's noun ("three people
 *  were wounded"), if any. */
function passiveAfter(s: SentenceView, nt: number): 'kill' | 'injury' | null {
  for (let i = nt; i < Math.min(s.to, nt + 5); i++) {
    const w = s.words[i]!;
    if (w.punct) return null;
    if (!/^(?:were|was|been|are|is)$/.test(s.words[i - 1]?.stem ?? '')) continue;
    if (s.cues.some((c) => c.from === i && hasGroup(c, 'injury'))) return 'injury';
    if (s.cues.some((c) => c.from === i && hasGroup(c, 'kill'))) return 'kill';
  }
  return null;
}

/** Nothing follows the figure but a clause break, the sentence end, and/و, or a preposition of
 *  place or time ("killed 12 in Idlib"). */
/** Whose dead "the number of X killed ... rose to" counts, for a figure at `nf` (null: no such
 *  phrase before it). */
function numberOfTheDead(s: SentenceView, nf: number): Victims | null {
  for (let i = nf - 2; i >= Math.max(s.from, nf - 14); i--) {
    if (s.words[i]!.stem !== 'number' || s.words[i + 1]?.stem !== 'of') continue;
    const kill = s.cues.find((c) => hasGroup(c, 'kill') && c.from > i + 1 && c.from <= i + 6 && c.to <= nf);
    if (!kill) return null;
    // (the victims noun, "the number of soldiers killed", else a side, "the number of regime forces killed")
    return victimsAfter(s, i + 2)?.victims ?? sideOf(s, i + 2, kill.from) ?? 'unspecified';
  }
  return null;
}
function sideOf(s: SentenceView, from: number, to: number): Victims | undefined {
  const a = s.actors.find((x) => x.from >= from && x.to <= to);
  return a ? sideVictims(a.info) : undefined;
}

function bareFigureEnd(s: SentenceView, nt: number): boolean {
  if (nt >= s.to) return true;
  const w = s.words[nt]!;
  return (w.punct && w.stem !== '%') || /^(?:and|others|in|on|near|at|during|overnight|when|as|after|across|since)$/.test(w.stem)
    || (w.clitics.includes('و') && !/[0-9]/.test(w.stem));
}

/** Attribution words that put the source after them (according to X, أفاد X, حسب X). */
const SOURCE_AFTER = /^(according|per|افاد|افادت|حسب|بحسب|وفق|وفقا|ذكر|ذكرت|قال|قالت|اكد|اكدت|اعلن|اعلنت|ادعي|ادعت|وثق|رصد|نقل|اشار|اشارت|ابلغ|ابلغت)$/;
/** Of those, the prepositions: their source is only ever after them. */
const ONLY_AFTER = /^(?:according|per|حسب|بحسب|وفق|وفقا)$/;
const QUOTE_MARK = /^["«»“”„']$/;

/** The claimant of a figure: the attribution nearest before it (else after), and the actor that is
 *  its subject (`SOHR reported`, `أفاد المرصد`, `according to SOHR`). */
export function claimantFor(s: SentenceView, at: number): string | null {
  // (claiming an attack, "أعلن تنظيم الدولة مسؤوليته عن التفجير", is not telling its toll)
  const responsibility = s.cues.filter((c) => hasGroup(c, 'responsibility'));
  const attribs = s.cues.filter((c) => (hasGroup(c, 'attribution') || hasGroup(c, 'claim'))
    && !responsibility.some((r) => r.from >= c.from && r.from - c.to <= 6 && !s.words.slice(c.to, r.from).some((w) => w.punct)));
  if (!attribs.length) return null;
  const before = attribs.filter((c) => c.from < at).sort((a, b) => b.from - a.from);
  const after = attribs.filter((c) => c.from >= at).sort((a, b) => a.from - b.from);
  const speakers = s.actors.filter((a) => a.info.kind !== 'civilians' && !victimPosition(s, a.from));
  for (const c of [...before, ...after]) {
    const sourceAfter = SOURCE_AFTER.test(s.words[c.from]!.stem);
    // (not the speaker of an earlier verb: "..., the Observatory said, while the rebels said they killed 50")
    const pre = speakers.filter((a) => a.to <= c.from && c.from - a.to <= 6 && !attribs.some((x) => x !== c && x.from >= a.to && x.from < c.from))
      .sort((x, y) => y.from - x.from);
    // "according to state news agency SANA": a source may follow a short description of it
    const reach = sourceAfter ? 5 : 3;
    // (a quotation mark around the source's name is no break: وقال "المرصد السوري")
    const post = speakers.filter((a) => a.from >= c.to && a.from - c.to <= reach && !s.words.slice(c.to, a.from).some((w) => w.punct && !QUOTE_MARK.test(w.stem)))
      .sort((x, y) => x.from - y.from);
    // ("according to", "بحسب": a preposition; who comes before it is not its source)
    const order = ONLY_AFTER.test(s.words[c.from]!.stem) ? post : sourceAfter ? [...post, ...pre] : [...pre, ...post];
    const claimant = order.find((a) => a.info.kind === 'claimant') ?? order[0];
    if (claimant) return claimant.info.claimantName;
  }
  return null;
}

/** The figure at `nf` is joined to what comes before it by "and", "و" or a comma. */
function joinedFigure(s: SentenceView, nf: number): boolean {
  const w = s.words[nf]!;
  return w.clitics.includes('و') || /^(?:and|,|،)$/.test(s.words[nf - 1]?.stem ?? '');
}

/** A death word near the figure joined to an injury word ("killed or wounded", "القتلى والجرحى",
 *  "بين قتيل وجريح") with no figure of its own for the wounded. */
function killedOrWounded(s: SentenceView, from: number, to: number): boolean {
  return s.cues.some((k) => {
    if (!hasGroup(k, 'kill') || k.to < from - 1 || k.from > to + 6) return false;
    const next = s.words[k.to];
    if (!next) return false;
    const joined = /^(?:or|and)$/.test(next.stem) ? k.to + 1 : next.clitics.includes('و') ? k.to : -1;
    if (joined < 0 || figureAt(s, joined)) return false;
    return s.cues.some((c) => c.from === joined && (hasGroup(c, 'injury') || hasGroup(c, 'casualties')));
  });
}

/** A bare figure right after "and" / و that ends where a place or a clause does, within a few
 *  words of the last claimed figure. */
function joinedToLastFigure(s: SentenceView, nf: number, nt: number, last: FatalityClaim): boolean {
  const w = s.words[nf]!;
  const joined = (isArabicWord(w) || w.clitics.length > 0) ? w.clitics.includes('و') : s.words[nf - 1]?.stem === 'and';
  if (!joined || !last.evidence) return false;
  const [, lastTo] = wordRange(s.words, last.evidence);
  if (nf - lastTo > 8) return false;
  const next = s.words[nt];
  return !next || nt >= s.to || next.punct || /^(?:in|at|near|on|في|ب|قرب)$/.test(next.stem) || next.clitics.includes('ب');
}

/** Word `i` is part of a figure (the document's figures when the view has them). */
function figureAt(s: SentenceView, i: number): boolean {
  return s.numberAt ? !!s.numberAt[i] : !!s.words[i]?.number;
}

/** An actor right after a figure names victims ("5 HTS commanders"), not a speaker. */
function victimPosition(s: SentenceView, from: number): boolean {
  for (let i = Math.max(s.from, from - 2); i < from; i++) if (figureAt(s, i)) return true;
  return false;
}

/** Verbs of losing people (the figure after them counts the loser's dead). Stems in key form. */
const LOSS_VERB = /^(?:lost|lose|loses|losing|خسر\S*|يخسر\S*|تخسر\S*)$/;


const OF_THEM = /^(?:منهم|منهما|منهن)$/;
const FAMILY = /^(?:family|families|عايله|عائله|اسره)$/; // (stems are key forms: ئ is folded to ي)

/** Every death figure in the sentence. */
export function findClaims(
  s: SentenceView,
  numbers: readonly NumberExpression[],
  docId: string,
  text: string,
  singles: readonly LexHit<CueEntry>[] = singleVictimNouns(s),
): FatalityClaim[] {
  const hasKill = s.cues.some((c) => hasGroup(c, 'kill') || hasGroup(c, 'toll'));
  if (!hasKill) return [];
  const out: FatalityClaim[] = [];
  let breakdownTo = -1;
  for (const n of numbers) {
    const [nf, nt] = wordRange(s.words, n.span);
    if (nf < s.from || nt > s.to) continue;
    // "9 civilians, among them 3 children": the breakdown is part of the total, not another toll
    // (all of it: "بينهم 11 امرأة و13 طفلاً", "including 11 women and 13 children")
    if (s.cues.some((c) => hasGroup(c, 'subset') && c.to <= nf && nf - c.to <= 1)) { breakdownTo = nt; continue; }
    // (but not another group named after it: "including 4 women, and 6 fighters")
    if (breakdownTo >= 0 && nf > breakdownTo && nf - breakdownTo <= 3 && joinedFigure(s, nf)
      && /^(?:civilians|unspecified)$/.test(victimsAfter(s, nt)?.victims ?? 'unspecified')) { breakdownTo = nt; continue; }
    // "ثمانية أشخاص على الأقل", "8 people at least": a qualifier after the noun is part of the
    // figure's span, so its victims are inside the span, right after the numeral
    let after = victimsAfter(s, nt);
    for (let k = nf + 1; !after && k < nt; k++) after = victimsAfter(s, k);
    // a dual names its victims itself (مقتل طفلين); اثنين follows its noun (مدنيين اثنين)
    if (!after) after = victimsAfter(s, nf);
    let from = nf; // first word of the figure's phrase (its noun, when the numeral follows it)
    // (only 1 and 2 follow their noun in Arabic; any other figure's noun comes after it)
    if (!after && n.value <= 2 && nf - 1 >= s.from) {
      const before = cueAt(s, nf - 1, 'victims')?.from ?? s.actors.find((a) => a.to === nf)?.from;
      if (before !== undefined) { after = victimsAfter(s, before); if (after) from = before; }
    }
    // "the death toll ... rose to 25", "ارتفعت الحصيلة إلى 25": a bare figure after a toll
    // (not a figure of the wounded named right after it: "25 قتيلاً و40 جريحاً")
    const toll = !after ? s.cues.find((c) => hasGroup(c, 'toll') && c.to <= nf && nf - c.to <= 10) : undefined;
    if (toll && nearestDistance(s, nf, nt, 'injury') > 1) {
      // ("the rebel death toll", "the civilian toll": the noun before it says whose; "the death
      // toll among soldiers": the one after among/of)
      const whose = (toll.from > s.from ? victimsAfter(s, toll.from - 1)?.victims : undefined)
        ?? (/^(?:among|of)$/.test(s.words[toll.to]?.stem ?? '') ? victimsAfter(s, toll.to + 1)?.victims : undefined);
      after = { victims: whose ?? 'unspecified', isKillNoun: true };
    }
    // "the number of soldiers killed in the clashes rose to 17": a bare figure after the number of
    // the dead of some side (Arabic puts the figure first: "ارتفع إلى 17 عدد عناصر قوات النظام الذين قتلوا")
    if (!after && nearestDistance(s, nf, nt, 'injury') > 1) {
      const whose = numberOfTheDead(s, nf);
      if (whose) after = { victims: whose, isKillNoun: true };
    }
    // "killing three, the monitor said", "killed at least 12 and wounded 30": a bare figure right
    // after a death verb, with nothing after it but a clause break, counts the dead
    if (!after && nf > s.from && s.cues.some((c) => hasGroup(c, 'kill') && c.to === nf) && bareFigureEnd(s, nt)) {
      after = { victims: 'unspecified', isKillNoun: true };
    }
    // "ما أدى إلى مقتل اثنين منهم", "killing two of them": the figure counts the people named before it
    if (!after && OF_THEM.test(s.words[nt]?.stem ?? '') || (!after && s.words[nt]?.stem === 'of' && s.words[nt + 1]?.stem === 'them')) {
      const party = [...s.actors].reverse().find((a) => a.to <= nf && a.info.kind !== 'claimant');
      const noun = [...s.cues].reverse().find((c) => c.to <= nf && hasGroup(c, 'victims'));
      const victims = party && (!noun || party.from > noun.from || noun.from - party.to <= 1) ? sideVictims(party.info) : noun ? victimsOfCue(noun)! : 'unspecified';
      after = { victims, isKillNoun: false };
    }
    // "وقتلت 20 عنصراً منهم", "killed 20 fighters of them": a generic noun of fighters, then "of
    // them", counts the side named before it
    if (after && (after.victims === 'combatants' || after.victims === 'unspecified')) {
      const noun = s.cues.find((c) => c.from === nt && (hasGroup(c, 'victims') || hasGroup(c, 'one_victim')));
      if (noun && (OF_THEM.test(s.words[noun.to]?.stem ?? '') || (s.words[noun.to]?.stem === 'of' && s.words[noun.to + 1]?.stem === 'them'))) {
        const party = [...s.actors].reverse().find((a) => a.to <= nf && a.info.kind !== 'claimant');
        const side = party ? sideVictims(party.info) : undefined;
        if (side && side !== 'unspecified') after = { victims: side, isKillNoun: after.isKillNoun };
      }
    }
    // "three members of the same family", "ثلاثة أفراد من عائلة واحدة": a family's members are civilians
    if (after && (after.victims === 'combatants' || after.victims === 'unspecified')) {
      for (let k = nt; k < Math.min(s.to, nt + 5); k++) {
        if (s.words[k]!.punct) break;
        if (FAMILY.test(s.words[k]!.stem) && /^(?:of|من)$/.test(s.words[k - 1]?.stem ?? '') || (FAMILY.test(s.words[k]!.stem) && /^(?:same|one|single)$/.test(s.words[k - 1]?.stem ?? ''))) {
          after = { victims: 'civilians', isKillNoun: after.isKillNoun };
          break;
        }
      }
    }
    // "killed a family of five", "عائلة من خمسة أشخاص": a family counts its members, civilians
    if ((!after || after.victims === 'unspecified') && nf - 2 >= s.from && /^(?:of|من)$/.test(s.words[nf - 1]!.stem) && FAMILY.test(s.words[nf - 2]!.stem)) {
      after = { victims: 'civilians', isKillNoun: after?.isKillNoun ?? false };
      from = nf - 2;
    }
    // "killing five civilians in X and two in Y", "مقتل خمسة مدنيين في X واثنين في Y": a bare figure
    // joined to the last one counts the same people
    if (!after && out.length && joinedToLastFigure(s, nf, nt, out[out.length - 1]!)) {
      after = { victims: out[out.length - 1]!.victims, isKillNoun: false };
      from = wordRange(s.words, out[out.length - 1]!.evidence!)[0];
    }
    if (!after) continue;
    // ("members of one family", "من عائلة واحدة": one family is not one victim)
    if (n.value === 1 && (FAMILY.test(s.words[nt]?.stem ?? '') || FAMILY.test(s.words[nf - 1]?.stem ?? ''))) continue;
    const kill = after.isKillNoun ? 0 : Math.min(nearestDistance(s, from, nt, 'kill'), nearestDistance(s, from, nt, 'toll'));
    const captured = nearestDistance(s, from, nt, 'captured');
    // "... and three people were wounded": the passive verb right after the noun governs it
    if (!after.isKillNoun && passiveAfter(s, nt) === 'injury') continue;
    if (!Number.isFinite(kill) || (kill > 0 && !deathNearer(s, from, nt, isArabicWord(s.words[from]!) || isArabicWord(s.words[Math.min(nt, s.to - 1)]!), kill))) continue;
    // "قتلت وأسرت عشرات": the figure follows killed-and-captured and still reports deaths
    if (captured < kill && kill - captured > 3) continue;
    if (n.value <= 0) continue;
    // "a number of fighters were killed or wounded", "عدد من القتلى والجرحى", "بين قتيل وجريح":
    // the figure counts the dead and the wounded together, so it is no death toll
    if (killedOrWounded(s, from, nt)) continue;
    let victims = after.victims;
    // "خسرت الفصائل أربعة من مقاتليها", "rebels lost four fighters": the dead are the loser's
    if (victims === 'combatants' || victims === 'unspecified') {
      const loss = s.cues.filter((c) => hasGroup(c, 'kill') && c.to <= from && from - c.to <= 4 && LOSS_VERB.test(s.words[c.from]!.stem)).pop();
      const loser = loss && s.actors.find((a) => a.info.kind !== 'claimant' && a.info.kind !== 'civilians'
        && ((a.from >= loss.to && a.to <= from) || (a.to <= loss.from && loss.from - a.to <= 1)));
      if (loser) victims = sideVictims(loser.info);
    }
    out.push({
      count: n.value,
      qualifier: n.qualifier,
      victims,
      claimant: claimantFor(s, nf),
      doc_id: docId,
      evidence: { text: text.slice(n.span.start, n.span.end), start: n.span.start, end: n.span.end },
    });
  }
  // "between 10 and 15 rebels": the floor of a range counts the people its ceiling names
  for (let k = 1; k < out.length; k++) {
    const a = out[k - 1]!, b = out[k]!;
    if (a.qualifier === 'at_least' && b.qualifier === 'up_to' && a.evidence && b.evidence && b.evidence.start - a.evidence.end <= 6) a.victims = b.victims;
  }
  if (!out.length) out.push(...singleVictimClaims(s, singles, docId, text));
  else {
    // "a man and two children", "a mother and her three children", "رجل وطفلان", "امرأة وثلاثة من
    // أطفالها": a victim named right before a figure joined to it is one more, not part of it
    for (const c of singles) {
      if (!c.values.some((v) => v.group === 'one_victim')) continue;
      const next = s.words[c.to];
      const at = !next ? -1 : next.stem === 'and' ? (/^(?:his|her|their)$/.test(s.words[c.to + 1]?.stem ?? '') ? c.to + 2 : c.to + 1) : c.to;
      const joined = out.find((o) => o.evidence && wordRange(s.words, o.evidence)[0] === at && (at > c.to || s.words[at]!.clitics.includes('و')));
      if (joined && joined.count !== null) joined.count += 1;
    }
  }
  return out;
}

/** "استشهد طفل", "مقتل عنصر من قوات النظام", "a child was killed", "killing a soldier": a
 *  singular, indefinite victim noun next to a death word is a toll of one (two such nouns, two).
 *  Only when the sentence gives no figure: "9 civilians, among them a child" is not 10. */
function singleVictimClaims(s: SentenceView, singles: readonly LexHit<CueEntry>[], docId: string, text: string): FatalityClaim[] {
  const byVictims = new Map<Victims, FatalityClaim>();
  let last: FatalityClaim | undefined;
  for (const c of singles) {
    const one = c.values.find((v) => v.group === 'one_victim');
    // a relative ("and her son") counts with the person named before; its quote runs to it
    if (!one) {
      if (last?.evidence) {
        last.count = (last.count ?? 0) + 1;
        const end = s.words[c.to - 1]!.end;
        if (end > last.evidence.end) last.evidence = { text: text.slice(last.evidence.start, end), start: last.evidence.start, end };
      }
      continue;
    }
    // "عنصر من قوات النظام": the side named after the noun
    // ("a member of the regime forces": the side after the noun's "of")
    const sideOf = (v: Victims | undefined) => (v && v !== 'combatants' && v !== 'unspecified' ? v : undefined);
    // ("a Turkish soldier": the nationality before an English noun)
    const before = isArabicWord(s.words[c.from]!) ? undefined
      : s.adjectives?.find((a) => a.to === c.from) ?? s.actors.find((a) => a.to === c.from && a.info.kind !== 'claimant');
    const side = (before ? sideOf(sideVictims(before.info)) : undefined) ?? sideOf(victimsAfter(s, c.from)?.victims) ?? sideOf(victimsAfter(s, c.to)?.victims);
    const victims: Victims = side ?? one.victims ?? 'unspecified';
    const start = s.words[c.from]!.start, end = s.words[c.to - 1]!.end;
    const prev = byVictims.get(victims);
    if (prev) { prev.count = (prev.count ?? 0) + 1; last = prev; continue; }
    last = { count: 1, qualifier: 'exact', victims, claimant: claimantFor(s, c.from), doc_id: docId, evidence: { text: text.slice(start, end), start, end } };
    byVictims.set(victims, last);
  }
  return [...byVictims.values()];
}

/** Nouns after which a victim noun is an adjective: "a rebel sniper", "a militant attack". */
const ADJECTIVAL_BEFORE = /^(?:snipers?|fire|gunfire|shelling|attacks?|drones?|positions?|groups?|factions?|offensive|forces|units?|convoy|checkpoint)$/;

/** The singular, indefinite victim nouns next to a death word in the sentence ("استشهد طفل",
 *  "killing a woman and a child"), one per noun phrase. An actor named right after one ("عنصر من
 *  قوات النظام") is a victim, not a party. */
export function singleVictimNouns(s: SentenceView): LexHit<CueEntry>[] {
  const out: LexHit<CueEntry>[] = [];
  let lastTo = -1;
  let farFirst: { c: LexHit<CueEntry>; to: number } | null = null;
  for (const c of s.cues) {
    if (!hasGroup(c, 'one_victim')) continue;
    // "a rebel commander": one noun phrase, one victim
    const sameNoun = c.from === lastTo && !s.words[c.from]!.clitics.includes('و');
    lastTo = c.to;
    if (sameNoun) continue;
    const w = s.words[c.from]!;
    const arabic = isArabicWord(w);
    if (arabic ? w.clitics.includes('ال') || w.clitics.includes('لل') : !indefiniteBefore(s, c.from)) continue;
    if (c.from > s.from && figureAt(s, c.from - 1)) continue;
    // ("killed by a rebel sniper": the noun qualifies the killer, not a victim)
    if (!arabic && ADJECTIVAL_BEFORE.test(s.words[c.to]?.stem ?? '')) continue;
    if (s.cues.some((x) => hasGroup(x, 'subset') && x.to <= c.from && c.from - x.to <= 2)) continue;
    // (a second noun joined to the first, "killing a woman and a child", is as near as the first)
    // ("a member of the regime forces was killed": the noun's "of" phrase is part of it)
    const whose = !arabic && s.words[c.to]?.stem === 'of' ? s.actors.find((a) => a.m && (a.from === c.to + 1 || (a.from === c.to + 2 && s.words[c.to + 1]!.stem === 'the'))) : undefined;
    // ("a man and his wife were killed": the relative is part of the phrase)
    const kin = relativeJoinedTo(s, whose ? whose.to : c.to, arabic);
    const to = kin ? kin.to : whose ? whose.to : c.to;
    const joined = arabic ? w.clitics.includes('و') : s.words[c.from - 2]?.stem === 'and';
    const kill = Math.min(nearestDistance(s, c.from, to, 'kill'), out.length && joined ? 0 : Infinity);
    if (kill > 3 || !deathNearer(s, c.from, to, arabic, kill) || nearestDistance(s, c.from, to, 'captured') < kill) {
      // ("a soldier and a child were killed": the first of two joined nouns is as near as the second)
      if (Number.isFinite(kill) && kill > 3) farFirst = { c, to };
      continue;
    }
    if (farFirst && joined && c.from - farFirst.to <= 2 && !out.includes(farFirst.c)) out.push(farFirst.c);
    farFirst = null;
    out.push(c);
    if (kin) { out.push(kin); lastTo = kin.to; }
  }
  // "opened fire on a commander's car, killing him and his driver", "ما أدى إلى مقتله وسائقه": the
  // relative named after the pronoun for the victim is one more
  for (const k of s.cues) {
    if (!hasGroup(k, 'kill') || k.to >= s.to) continue;
    const w = s.words[k.to - 1]!;
    const at = isArabicWord(w) ? (/(?:ه|ها)$/.test(w.stem) ? k.to : -1) : /^(?:him|her)$/.test(s.words[k.to]?.stem ?? '') ? k.to + 1 : -1;
    const kin = at >= 0 ? relativeJoinedTo(s, at, isArabicWord(w)) : undefined;
    if (!kin || out.includes(kin)) continue;
    // (the pronoun's antecedent is the victim noun named before it, counted once)
    const antecedent = out.length ? undefined : s.cues.filter((c) => hasGroup(c, 'one_victim') && c.to <= k.from).pop();
    if (!out.length && !antecedent) continue;
    if (antecedent) out.push(antecedent);
    out.push(kin);
  }
  return out;
}

/** "a child", "a rebel commander", "a local council member": a/an/another up to three words
 *  before an English noun, with only words between (no figure, no punctuation). */
function indefiniteBefore(s: SentenceView, at: number): boolean {
  for (let k = at - 1; k >= Math.max(s.from, at - 3); k--) {
    const w = s.words[k]!;
    if (/^(?:a|an|another)$/.test(w.stem)) return true;
    if (w.punct || w.number || /^(?:the|of|and|or|to|by|in|on|at)$/.test(w.stem)) return false;
  }
  return false;
}

/** "killing a woman and her son", "مقتل رجل وزوجته": a relative named by a possessive right
 *  after a victim noun is one more victim (not when a verb of its own wounds it). */
function relativeJoinedTo(s: SentenceView, to: number, arabic: boolean): LexHit<CueEntry> | undefined {
  const at = arabic ? to : s.words[to]?.stem === 'and' && /^(?:his|her|their)$/.test(s.words[to + 1]?.stem ?? '') ? to + 2 : -1;
  if (at < 0 || at >= s.to || (arabic && !s.words[at]!.clitics.includes('و'))) return undefined;
  const kin = s.cues.find((c) => c.from === at && hasGroup(c, 'kin'));
  return kin && passiveAfter(s, kin.to) !== 'injury' ? kin : undefined;
}

/** ACLED headline: lowest figure per victim group, summed within a claimant; lowest claimant total. */
export function conservativeFatalities(claims: readonly FatalityClaim[]): number {
  const byClaimant = new Map<string, Map<Victims, number>>();
  for (const c of claims) {
    const n = claimFigure(c);
    if (n === null) continue;
    const key = c.claimant ?? '';
    const groups = byClaimant.get(key) ?? new Map<Victims, number>();
    groups.set(c.victims, Math.min(groups.get(c.victims) ?? Infinity, n));
    byClaimant.set(key, groups);
  }
  let best = Infinity;
  for (const groups of byClaimant.values()) {
    let total = 0;
    for (const v of groups.values()) total += v;
    best = Math.min(best, total);
  }
  return Number.isFinite(best) ? best : 0;
}

/** The figure a claim gives its event: its share of a toll reported for several events, else
 *  its count (null: no figure). */
export function claimFigure(c: FatalityClaim): number | null {
  if (c.share !== undefined && c.share !== null) return c.share;
  return c.count === undefined ? null : c.count;
}

/** One figure reported for several events, divided among them as ACLED does: evenly, the
 *  remainder one each to the first ones (12 over 3 → 4, 4, 4; 5 over 3 → 2, 2, 1). Each event
 *  gets its own copy of the claim, count as reported, `share` its part. */
export function shareClaim(c: FatalityClaim, n: number): FatalityClaim[] {
  if (c.count === null || !Number.isInteger(c.count) || c.count < 0 || n < 2) return Array.from({ length: Math.max(1, n) }, () => c);
  const base = Math.floor(c.count / n);
  const rest = c.count % n;
  return Array.from({ length: n }, (_, k) => ({ ...c, share: base + (k < rest ? 1 : 0) }));
}

/** Adds claims not already present (same count, victims and claimant). */
export function mergeClaims(into: FatalityClaim[], more: readonly FatalityClaim[]): void {
  for (const c of more) {
    if (!into.some((x) => x.count === c.count && x.victims === c.victims && x.claimant === c.claimant)) into.push(c);
  }
}
