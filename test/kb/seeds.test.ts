// The seed documents' place, region and actor mentions (test/kb/seed-mentions.json, written by
// the team: surface strings and expected resolutions only, never article text) against the matcher.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_CORPUS_DIR, type Mention } from '../../src/core/index.js';
import { mentionsOf, sharedKb } from './helpers.js';
import { normalizeKey } from '../../src/text/index.js';

interface Expected { s: string; n: number; kind: 'place' | 'region' | 'actor' | 'unresolved'; expect?: string | { admin1: string; kind?: string } | null; admin1?: string | null; note?: string }
const list = JSON.parse(readFileSync(new URL('./seed-mentions.json', import.meta.url), 'utf8')) as { docs: Record<string, Expected[]> };

function nthIndex(text: string, s: string, n: number): number {
  let pos = -1;
  for (let k = 0; k < n; k++) {
    pos = text.indexOf(s, pos + 1);
    if (pos < 0) return -1;
  }
  return pos;
}

test('seed documents: place/region/actor resolution and precision', (t) => {
  if (!existsSync(SEED_CORPUS_DIR)) return t.skip('seed corpus absent');
  const { gazetteer } = sharedKb();
  let placeOk = 0, placeAll = 0, actorOk = 0, actorAll = 0, found = 0, spurious = 0;
  const failures: string[] = [];
  for (const [doc, expected] of Object.entries(list.docs)) {
    const file = join(SEED_CORPUS_DIR, doc);
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8').normalize('NFC');
    const ms = mentionsOf(text);
    const used = new Set<Mention>();
    for (const e of expected) {
      const start = nthIndex(text, e.s, e.n);
      assert.ok(start >= 0, `${doc}: "${e.s}" #${e.n} is not in the text`);
      const end = start + e.s.length;
      const m = ms.find((x) => x.start < end && x.end > start);
      if (m) used.add(m);
      const ok = ((): boolean => {
        if (!m) return false;
        if (e.kind === 'actor') return m.kind === 'actor' && m.ref === e.expect;
        if (e.kind === 'unresolved') {
          if (m.kind === 'unresolved_place') return true;
          const p = m.ref ? gazetteer.get(m.ref) : undefined;
          return !!p && !!e.admin1 && p.admin1 === e.admin1 && m.kind === 'place' && false; // a namesake elsewhere is wrong
        }
        if (typeof e.expect === 'string') return m.ref === e.expect;
        const p = m.ref ? gazetteer.get(m.ref) : undefined;
        return !!p && !!e.expect && p.admin1 === e.expect.admin1 && (!e.expect.kind || p.kind === e.expect.kind);
      })();
      if (e.kind === 'actor') { actorAll++; if (ok) actorOk++; } else { placeAll++; if (ok) placeOk++; }
      if (!ok) failures.push(`${doc.slice(0, 3)} ${e.kind} "${e.s}"#${e.n}: got ${m ? `${m.kind} ${m.ref}` : 'nothing'}, expected ${JSON.stringify(e.expect ?? e.admin1)}`);
    }
    for (const m of ms) {
      found++;
      if (!used.has(m)) { spurious++; failures.push(`${doc.slice(0, 3)} spurious ${m.kind} "${m.surface}" → ${m.ref}`); }
    }
  }
  const placeRate = placeOk / placeAll, actorRate = actorOk / actorAll, precision = 1 - spurious / found;
  t.diagnostic(`places ${placeOk}/${placeAll} = ${placeRate.toFixed(3)}; actors ${actorOk}/${actorAll} = ${actorRate.toFixed(3)}; precision ${found - spurious}/${found} = ${precision.toFixed(3)}`);
  for (const f of failures) t.diagnostic(f);
  assert.ok(placeAll >= 200 && actorAll >= 200, 'the list covers the seed documents');
  assert.ok(placeRate >= 0.95, `place resolution ${placeRate}`);
  assert.ok(actorRate >= 0.95, `actor resolution ${actorRate}`);
  assert.ok(precision >= 0.95, `precision ${precision}`);
});

// An independent yardstick: the gold events' locations (../shared/eval/gold), which the team did
// not write. Each distinct gold location should be found in its document, in the gold governorate
// (or kept as an unresolved place when the gazetteer lacks it).
test('seed documents: gold event locations are found in their governorate', (t) => {
  const goldDir = join(SEED_CORPUS_DIR, '..', '..', 'eval', 'gold');
  if (!existsSync(SEED_CORPUS_DIR) || !existsSync(goldDir)) return t.skip('seed corpus or gold absent');
  const { gazetteer } = sharedKb();
  const key = (s: string): string => normalizeKey(s).replace(/^(al|el|ال)\s?/, '');
  let ok = 0, all = 0;
  for (const f of ['seeds_a.json', 'seeds_b.json']) {
    const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as { docs: { doc_id: string; events: { location: { names: string[]; admin1: string | null } }[] }[] };
    for (const doc of gold.docs) {
      const text = readFileSync(join(SEED_CORPUS_DIR, doc.doc_id), 'utf8').normalize('NFC');
      const ms = mentionsOf(text).filter((m) => m.kind !== 'actor');
      const seen = new Set<string>();
      for (const { location } of doc.events) {
        const id = JSON.stringify(location.names);
        if (seen.has(id)) continue;
        seen.add(id);
        const names = new Set(location.names.map(key));
        const hit = ms.find((m) => {
          const s = key(m.surface);
          return names.has(s) || names.has(key(s.replace(/^[وبلك]/, ''))) || [...names].some((n) => n.endsWith(` ${s}`));
        });
        const p = hit?.ref ? gazetteer.get(hit.ref) : undefined;
        const good = !!hit && (hit.kind === 'unresolved_place' || location.admin1 == null || p?.admin1 === location.admin1);
        all++;
        if (good) ok++;
        else t.diagnostic(`${doc.doc_id.slice(0, 3)} ${location.names[0]} (${location.admin1}) → ${hit ? `${hit.kind} ${hit.ref} (${p?.admin1})` : 'not found'}`);
      }
    }
  }
  t.diagnostic(`gold locations found in the gold governorate: ${ok}/${all}`);
  assert.ok(all > 50);
  assert.ok(ok / all >= 0.85, `${ok}/${all}`);
});
