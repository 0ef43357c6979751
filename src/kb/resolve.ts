// Document-level disambiguation of place mentions that fit several places: prefer the candidate
// in a governorate named next to it (بريف حماة, "in Hama", a region after a list of villages),
// then the one closest to the other places of the document, then the static prior
// (Syria, city > town > village, population).
import type { Mention, Place } from '../core/index.js';
import { distanceKm, placePrior, type Gazetteer } from './gazetteer.js';
import { nameKey } from './names.js';

const CUE_WINDOW_AFTER = 120; // characters: a list of villages followed by "بريف حماة الشمالي"
const CUE_WINDOW_BEFORE = 60;

const DEMONYM_BEFORE_EN = /([A-Za-z]+)\s+(?:border\s+|frontier\s+|coastal\s+)?(?:town|city|village|province|region|district|capital)\s+of\s+(?:the\s+)?$/;
const ADJECTIVE_AFTER_AR = /^\s*([\u0621-\u064a]+)/;
/** The country a nationality adjective next to the mention names: before its head noun in
 *  English ("the Turkish border town of Kilis"), right after the name in Arabic ("كلس التركية"). */
function countryNamedWith(text: string, m: Mention, gazetteer: Gazetteer): string | undefined {
  // (the pattern ends in "of" or "of the": checked first by hand, since a regex anchored at its
  // end is still tried from every position of the window, for every place of the document)
  const en = followsOf(text, m.start) ? DEMONYM_BEFORE_EN.exec(text.slice(Math.max(0, m.start - 60), m.start)) : null;
  if (en) return gazetteer.countryOfDemonym(en[1]!);
  const ar = ADJECTIVE_AFTER_AR.exec(text.slice(m.end, m.end + 24));
  return ar ? gazetteer.countryOfDemonym(ar[1]!) : undefined;
}

/** `text` just before `at` is "of" or "of the" and white space (any case). */
function followsOf(text: string, at: number): boolean {
  let i = skipSpaceBack(text, at);
  if (i === at) return false;
  if (endsWithWord(text, i, 'the')) i = skipSpaceBack(text, i - 3);
  return endsWithWord(text, i, 'of');
}
function skipSpaceBack(text: string, i: number): number {
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  return i;
}
function endsWithWord(text: string, i: number, word: string): boolean {
  return i >= word.length && text.slice(i - word.length, i).toLowerCase() === word;
}

/** All candidates lie within 15 km of the first (and in its country). */
function oneSpot(c: readonly Place[]): boolean {
  const a = c[0];
  if (!a || a.lat == null || a.lon == null) return false;
  return c.every((p) => p.country_code === a.country_code && p.lat != null && p.lon != null && distanceKm({ lat: a.lat!, lon: a.lon! }, { lat: p.lat, lon: p.lon }) <= 15);
}

export function resolvePlaceMentions(mentions: Mention[], gazetteer: Gazetteer, text?: string): Mention[] {
  // the area named after a list locates it only within its sentence ("... وكفرعين. وفي سياق متصل،
  // ... بريف حماة الغربي" says nothing of Kafr Ein)
  const sameSentence = (end: number, start: number) => !text || !/[.!?؟\n]/.test(text.slice(end, start));
  if (!Array.isArray(mentions)) return [];
  const places = (m: Mention): Place[] => (m.candidates ?? (m.ref ? [m.ref] : [])).map((id) => gazetteer.get(id)).filter((p): p is Place => !!p);
  // Anchors: unambiguous Syrian places (points) and governorates named in the document.
  const anchors: { lat: number; lon: number }[] = [];
  const admin1Count = new Map<string, number>();
  for (const m of mentions) {
    if (m.kind === 'region' && m.admin1) admin1Count.set(m.admin1, (admin1Count.get(m.admin1) ?? 0) + 2);
    if (m.kind !== 'place') continue;
    const c = places(m);
    // (namesakes within a few km of each other, a town and its sub-district, point to one place;
    // not a city, which reports name as a landmark for places far from it: "north of Hama")
    if ((c.length === 1 || (oneSpot(c) && c[0]!.kind !== 'city')) && c[0]!.country_code === 'SY') {
      const p = c[0]!;
      if (p.admin1) admin1Count.set(p.admin1, (admin1Count.get(p.admin1) ?? 0) + 1);
      if (p.lat != null && p.lon != null && p.kind !== 'governorate' && p.kind !== 'country') anchors.push({ lat: p.lat, lon: p.lon });
    }
  }
  // Countries the document names ("in Yemen", "العراق"): a namesake there is the one meant,
  // unless the document's Syrian places are close to the Syrian one (centroid below).
  const countriesNamed = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== 'place' || !m.ref) continue;
    const p = gazetteer.get(m.ref);
    if (p?.kind === 'country' && p.country_code && p.country_code !== 'SY') countriesNamed.add(p.country_code);
  }
  const cued = new Set<Mention>();
  const choiceByName = new Map<string, string>();
  const nameOf = (m: Mention): string => (m.candidates ?? []).slice().sort().join('|');
  const centroid = anchors.length
    ? { lat: anchors.reduce((s, a) => s + a.lat, 0) / anchors.length, lon: anchors.reduce((s, a) => s + a.lon, 0) / anchors.length }
    : null;
  // A list of places ("قرى X وY وZ بريف حماة") shares the cue after its last member.
  const listEnd = new Map<Mention, number>();
  const sorted = mentions.filter((m) => m.kind === 'place' || m.kind === 'unresolved_place').sort((a, b) => a.start - b.start);
  const chainOf = new Map<Mention, Mention[]>();
  for (let i = sorted.length - 1; i >= 0; i--) {
    const m = sorted[i]!;
    const next = sorted[i + 1];
    const linked = !!next && next.start - m.end <= 3;
    listEnd.set(m, linked ? listEnd.get(next)! : m.end);
    const chain = linked ? chainOf.get(next)! : [];
    chain.push(m);
    chainOf.set(m, chain);
  }
  // mentions that can cue a governorate: regions, and unambiguous places (the window is per mention)
  const cues = mentions.filter((o) => (o.kind === 'region' || o.kind === 'place') && o.admin1 && (o.kind === 'region' || (o.candidates?.length ?? 1) === 1));
  const resolved = mentions.map((m) => {
    if (m.kind !== 'place') return m;
    const demonymCountry = text ? countryNamedWith(text, m, gazetteer) : undefined;
    const cands = places(m);
    // (a town abroad too small to be a candidate on its name alone: "the Turkish town of Kilis")
    if (demonymCountry && !cands.some((p) => p.country_code === demonymCountry)) {
      for (const id of gazetteer.idsByKey(nameKey(m.surface))) {
        const p = gazetteer.get(id);
        if (p && p.country_code === demonymCountry && !cands.includes(p)) cands.push(p);
      }
    }
    if (cands.length < 2) return m;
    const near = cues.filter((o) => o !== m &&
      ((o.start >= m.end && o.start - (listEnd.get(m) ?? m.end) <= CUE_WINDOW_AFTER && sameSentence(m.end, o.start)) || (o.end <= m.start && m.start - o.end <= CUE_WINDOW_BEFORE)));
    const nearAdmin1 = new Set(near.map((o) => o.admin1!));
    // the other members of its list, when unambiguous, are the nearest evidence
    const mates = chainOf.get(m) ?? [];
    const mateAnchors = mates.filter((o) => o !== m && (o.candidates?.length ?? 0) === 1 && o.ref).map((o) => gazetteer.get(o.ref!)).filter((p): p is Place => !!p && p.lat != null);
    let best: { p: Place; score: number; why: string[] } | null = null;
    for (const p of cands) {
      let score = placePrior(p);
      const why: string[] = [];
      // "the Turkish border town of Kilis", "مدينة كلس التركية": the namesake in that country
      if (demonymCountry && p.country_code === demonymCountry) { score += 12; why.push(`called ${p.country ?? p.country_code}`); }
      // a national capital abroad is what reports mean by its name (Ankara, not a Syrian Naqara
      // spelled the same) — not "the village of Baghdad", and a governorate named nearby still decides
      if (p.country_code !== 'SY' && gazetteer.isCapital(p.id) && !/head noun/.test(m.why ?? '')) { score += 10; why.push('national capital'); }
      // a place reached only by a spelling variant does not outrank, by size alone, a namesake of
      // the same country spelled as written (Kabani, Latakia, not Kobani); context still decides
      // (al-Msherfeh in a report on Hama is Mushayrifa); across countries the Syria-first prior does
      if (m.variants?.includes(p.id)) {
        const exact = cands.filter((q) => q.country_code === p.country_code && !m.variants!.includes(q.id));
        if (exact.length) score = Math.min(score, Math.max(...exact.map(placePrior)) - 0.5);
      }
      // a named region close to the candidate counts even across a governorate border (Abu Dali
      // lies in OCHA's Idlib but in the press's "north-eastern Hama countryside")
      const closeRegion = near.find((o) => o.kind === 'region' && o.ref && p.lat != null && p.lon != null &&
        (() => { const r = gazetteer.get(o.ref!); return !!r && r.lat != null && r.lon != null && r.precision === 2 && distanceKm({ lat: r.lat, lon: r.lon }, { lat: p.lat!, lon: p.lon! }) < 30; })());
      if (closeRegion && p.admin1 !== closeRegion.admin1) {
        const r = gazetteer.get(closeRegion.ref!)!;
        const d = distanceKm({ lat: r.lat!, lon: r.lon! }, { lat: p.lat!, lon: p.lon! });
        score += 8 - Math.min(6, d / 25);
        why.push(`${Math.round(d)} km from ${closeRegion.surface}`);
        cued.add(m);
      } else if (p.admin1 && nearAdmin1.has(p.admin1)) {
        score += 8;
        why.push(`${p.admin1} named next to it`);
        if (near.some((o) => o.kind === 'region' && o.admin1 === p.admin1)) cued.add(m);
        // among namesakes in that governorate, the one nearest the named region
        const r = near.map((o) => (o.kind === 'region' && o.admin1 === p.admin1 && o.ref ? gazetteer.get(o.ref) : undefined)).find((x) => x?.lat != null);
        if (r && p.lat != null && p.lon != null) score -= Math.min(6, distanceKm({ lat: r.lat!, lon: r.lon! }, { lat: p.lat, lon: p.lon }) / 25);
      }
      if (p.country_code && countriesNamed.has(p.country_code)) { score += 12; why.push(`${p.country} named in the document`); }
      const docCount = p.admin1 ? admin1Count.get(p.admin1) ?? 0 : 0;
      if (docCount) { score += Math.min(4, docCount); why.push(`${p.admin1} named ${docCount}× in the document`); }
      if (mateAnchors.length && p.lat != null && p.lon != null) {
        const d = Math.min(...mateAnchors.map((a) => distanceKm({ lat: a.lat!, lon: a.lon! }, { lat: p.lat!, lon: p.lon! })));
        score -= Math.min(8, d / 10);
        why.push(`${Math.round(d)} km from the other places in its list`);
      }
      if (centroid && p.lat != null && p.lon != null) {
        const d = distanceKm(centroid, { lat: p.lat, lon: p.lon });
        score -= Math.min(8, d / 20);
        why.push(`${Math.round(d)} km from the document's other places`);
      }
      if (!best || score > best.score) best = { p, score, why };
    }
    const chosen = best!;
    if (cued.has(m)) choiceByName.set(nameOf(m), chosen.p.id);
    const order = [chosen.p.id, ...cands.map((p) => p.id).filter((id) => id !== chosen.p.id)];
    return { ...m, ref: chosen.p.id, candidates: order, admin1: chosen.p.admin1 ?? undefined,
      why: `${m.why}; chose ${chosen.p.name} (${chosen.p.admin1 ?? chosen.p.country}) among ${cands.length}: ${chosen.why.join(', ') || 'prior (kind, population)'}` };
  });
  // A sole candidate far from the governorate the text puts it in is another place of that
  // name the gazetteer lacks (مزارع الهليل … في ريف حماة ≠ Halil, Aleppo): keep it unresolved.
  // So is a name all of whose small-place namesakes lie far from it (الجابرية … في ريف حماة:
  // none of the seven Jaberiyehs is in or near Hama's countryside).
  for (let i = 0; i < resolved.length; i++) {
    const m = resolved[i]!;
    if (m.kind !== 'place' || !m.ref) continue;
    const all = places(m);
    const small = (p: Place) => p.country_code === 'SY' && !!p.admin1 && (p.kind === 'village' || p.kind === 'farm' || p.kind === 'neighbourhood');
    if (!all.length || !all.every(small)) continue;
    const cue = mentions.find((o) => o.kind === 'region' && o.admin1 && o.start >= m.end && o.start - (listEnd.get(mentions[i]!) ?? m.end) <= CUE_WINDOW_AFTER && sameSentence(m.end, o.start));
    if (!cue || all.some((p) => p.admin1 === cue.admin1)) continue;
    const r = cue.ref ? gazetteer.get(cue.ref) : undefined;
    if (!r || r.lat == null || r.lon == null) continue;
    // one namesake may be the place under another governorate's code (Abu Dali); of several,
    // none within reach of the region the text names is the one meant
    const limit = all.length === 1 ? 60 : 30;
    const far = (p: Place) => p.lat != null && p.lon != null && distanceKm({ lat: r.lat!, lon: r.lon! }, { lat: p.lat, lon: p.lon }) > limit;
    if (all.every(far)) {
      const which = all.length === 1 ? `the only gazetteer place of this name (${all[0]!.name}, ${all[0]!.admin1}) is` : `all ${all.length} gazetteer places of this name are`;
      resolved[i] = { ...m, kind: 'unresolved_place', ref: null, score: 0.4, candidates: [], admin1: cue.admin1,
        why: `${m.why}; ${which} far from ${cue.surface}, so it is another place` };
    }
  }
  // A sole village candidate far from everything else the document names is another place of
  // that name the gazetteer lacks (Tal Aswad near Hama ≠ Tal Aswad, Aleppo).
  if (centroid && anchors.length >= 3) {
    for (let i = 0; i < resolved.length; i++) {
      const m = resolved[i]!;
      if (m.kind !== 'place' || (m.candidates?.length ?? 1) !== 1 || !m.ref) continue;
      const p = gazetteer.get(m.ref);
      if (!p || p.country_code !== 'SY' || p.kind !== 'village' || p.lat == null || p.lon == null) continue;
      const d = distanceKm(centroid, { lat: p.lat, lon: p.lon });
      const own = anchors.filter((a) => a.lat === p.lat && a.lon === p.lon).length;
      if (d > 100 && anchors.length - own >= 3) {
        resolved[i] = { ...m, kind: 'unresolved_place', ref: null, score: 0.4, candidates: [],
          why: `${m.why}; the only gazetteer place of this name (${p.name}, ${p.admin1}) is ${Math.round(d)} km from the document's other places, so it is another place` };
      }
    }
  }
  // One sense per document: a name resolved with a governorate cue decides its other,
  // cue-less mentions (al-Msherfeh "northeast of Hama" … later "al-Msherfeh").
  if (choiceByName.size === 0) return resolved;
  return resolved.map((m, i) => {
    const orig = mentions[i]!;
    if (m.kind !== 'place' || cued.has(orig)) return m;
    const id = choiceByName.get(nameOf(orig));
    if (!id || id === m.ref) return m;
    const p = gazetteer.get(id)!;
    return { ...m, ref: id, admin1: p.admin1 ?? undefined, candidates: [id, ...(m.candidates ?? []).filter((x) => x !== id)],
      why: `${m.why}; same name resolved to ${p.name} (${p.admin1}) elsewhere in the document` };
  });
}
