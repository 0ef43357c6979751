// Comparing names across documents and scripts.
import { normalizeKey } from '../text/index.js';

/** Matching key for a place or actor name (Arabic letter folding, case, diacritics). */
export function nameKey(s: string | null | undefined): string {
  if (!s) return '';
  return normalizeKey(s).trim();
}

/** nameKey with a memo, for one batch: names repeat across thousands of events. */
export function nameKeyMemo(): (s: string | null | undefined) => string {
  const memo = new Map<string, string>();
  return (s) => {
    if (!s) return '';
    let k = memo.get(s);
    if (k === undefined) memo.set(s, (k = nameKey(s)));
    return k;
  };
}

/** ACLED's generic actor names: "Opposition Rebels (Syria)" stands for any rebel group of that
 *  country, "Unidentified Armed Group (Syria)" for any non-state armed group. */
const GENERIC_REBELS = /^opposition rebels\b/i;
const GENERIC_UNIDENTIFIED = /^unidentified armed group\b/i;

export type GenericKind = 'rebels' | 'unidentified' | null;

export function genericActorKind(name: string | null): GenericKind {
  if (!name) return null;
  if (GENERIC_REBELS.test(name)) return 'rebels';
  if (GENERIC_UNIDENTIFIED.test(name)) return 'unidentified';
  return null;
}
