// Public surface of the extract stage: ACLED-style events from Arabic and English reports.
export { loadLexicon, compileLexicon, parseTriggerFile, parseCueFile, LEXICON_DIR, CUE_GROUPS, WordTrie } from './lexicon.js';
export type { Lexicon, TriggerRule, CueEntry, CueGroup, CompiledLang } from './lexicon.js';
export { analyzeDocument, notesFor, WITHDRAWAL_RULE } from './analyze.js';
export type { DocumentAnalysis } from './analyze.js';
export { claimFigure, conservativeFatalities, findClaims, mergeClaims, shareClaim } from './claims.js';
export { buildWords, scanWords } from './words.js';
export type { Word } from './words.js';
