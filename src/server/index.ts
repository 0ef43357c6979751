// Public surface of the server stage: the HTTP API and the static web app.
export { buildServer, startServer, DEFAULT_BODY_LIMIT } from './app.js';
export type { IngestResult, ServerOptions, ServerKnowledge } from './context.js';
export { contentSecurityPolicy, tokenMatches } from './security.js';
export { toEventFilter, parseBbox, isCalendarDate, SORTS, MAX_LIMIT } from './filters.js';
