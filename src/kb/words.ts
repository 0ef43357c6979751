// The matcher's closed-class words (head nouns, directions, prepositions, common words that are
// also village names), from data/gazetteer/matcher-words.json, validated when loaded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { MarsadError } from '../core/index.js';
import { normalizeKey } from '../text/index.js';
import { GAZETTEER_DIR } from './gazetteer.js';

const list = z.array(z.string().min(1));
const schema = z.object({
  changelog: z.array(z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), change: z.string().min(1) })).min(1),
  source: z.string().min(3),
  headNouns: z.record(z.string(), z.string().regex(/^[a-z_]+\+?$/)),
  postHeadNounsEn: list, featureWordsEn: list, dirAr: z.record(z.string(), z.string()), dualDirAr: z.record(z.string(), z.string()), dirNounsAr: list, dirEn: z.record(z.string(), z.string()),
  countrysideAr: list, countrysideDualAr: list, provinceAr: list, provinceDualAr: list, countrysideEn: list, provinceEn: list,
  placePrepositions: list, placeVerbsEn: list, placeVerbsAr: list, joinablePrefixes: list, joinablePrefixesAr: list, notNamesAr: list, listIntro: list, notNamesEn: list, commonEn: list, commonAr: list, personNameNextAr: list,
});
export type MatcherWords = z.infer<typeof schema>;

export const MATCHER_WORDS_FILE = join(GAZETTEER_DIR, 'matcher-words.json');

/** Load and validate the matcher words; every word must already be in key form. */
export function loadMatcherWords(file: string = MATCHER_WORDS_FILE): MatcherWords {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new MarsadError('MARSAD_ERR_DATA_INVALID', `cannot read JSON: ${(e as Error).message}`, { file, cause: e });
  }
  const r = schema.safeParse(raw);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new MarsadError('MARSAD_ERR_DATA_INVALID', `${i.path.join('.')}: ${i.message}`, { file });
  }
  const w = r.data;
  const check = (where: string, words: Iterable<string>): void => {
    for (const s of words) if (normalizeKey(s) !== s && !s.includes("'")) throw new MarsadError('MARSAD_ERR_DATA_INVALID', `${where}: "${s}" is not in key form (${normalizeKey(s)})`, { file });
  };
  for (const [k, v] of Object.entries(w)) {
    if (k === 'changelog' || k === 'source') continue;
    if (Array.isArray(v)) check(k, v as string[]);
    else check(k, Object.keys(v as Record<string, string>));
  }
  for (const [k, v] of [...Object.entries(w.dirAr), ...Object.entries(w.dirEn), ...Object.entries(w.dualDirAr)]) {
    if (!['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest'].includes(v)) throw new MarsadError('MARSAD_ERR_DATA_INVALID', `direction "${k}": unknown direction ${v}`, { file });
  }
  return w;
}
