// Public surface of the resolve stage: one event from many reports, fatality claims reconciled,
// control timelines. Pure functions over the core types; no I/O, no data loaded. The pipeline
// calls mergeEvents(allDocEvents) after each ingest batch (re-deriving every link, so a changed
// document simply re-merges), then deriveControlHistory on the merged events.
export { mergeEvents, hashPart } from './merge.js';
export { mergeCompatibility, type MergeOptions } from './compat.js';
export { conservativeFatalities, findContradictions, type Contradiction } from './fatalities.js';
export { deriveControlHistory, controllerAt, type ControlOptions } from './control.js';
