// Public surface of the kb stage: gazetteer, regions, actors, importers and the mention matcher.
import type { Place } from '../core/index.js';
import { loadActors, type ActorIndex } from './actors.js';
import { loadGazetteer, type Gazetteer, type GazetteerOptions } from './gazetteer.js';
import { MentionMatcher } from './matcher.js';

export * from './actors.js';
export { Gazetteer, loadGazetteer, placePrior, distanceKm, regionKey, regionId, GAZETTEER_DIR } from './gazetteer.js';
export type { PlaceMatch, GazetteerOptions, SearchOptions, Direction, CountryInfo } from './gazetteer.js';
export { MentionMatcher } from './matcher.js';
export { resolvePlaceMentions } from './resolve.js';
export { loadMatcherWords, MATCHER_WORDS_FILE } from './words.js';
export type { MatcherWords } from './words.js';
export { importOchaWorkbook, importGeonamesDump, importSyrianArchive, importGazetteerFile } from './importers.js';
export { romanizeArabic, latinWordSkeleton, arabicWordSkeletons } from './romanize.js';
export { nameKey, nameKeyWords } from './names.js';

export interface KnowledgeBase { gazetteer: Gazetteer; actors: ActorIndex; matcher: MentionMatcher }

/** Shipped gazetteer + actors + a matcher over both (user-imported places via `extraPlaces`). */
export function loadKnowledgeBase(opts: GazetteerOptions & { actorsFile?: string } = {}): KnowledgeBase {
  const gazetteer = loadGazetteer(opts);
  const actors = opts.actorsFile ? loadActors(opts.actorsFile) : loadActors();
  return { gazetteer, actors, matcher: new MentionMatcher(gazetteer, actors) };
}

export type { Place };
