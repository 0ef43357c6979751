// Public surface of the text stage: pure language functions every later stage builds on.
export {
  nfc, foldDigits, normalizeAlef, normalizeTaMarbuta, normalizeAlefMaqsura, normalizeHamzaCarriers,
  stripDiacritics, stripTatweel, normalizeForMatch, normalizeKey,
} from './normalize.js';
export { segmentSentences, segmentClauses } from './segment.js';
export { tokenize, procliticSplit } from './tokenize.js';
export { findNumbers, dualNounValue } from './numbers.js';
export { findDates, findDatesWithSpans, resolveRelativeDate, weekdayBefore } from './dates.js';
export type { DateContext } from './dates.js';
