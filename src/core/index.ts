export * from './types.js';
export * from './errors.js';
export * from './acled.js';
export * from './paths.js';
