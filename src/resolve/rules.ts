// Rule ids (extraction's kebab-case ids, English or transliterated Arabic) that carry meaning
// for merging and control: a withdrawal (انسحاب), a failed or repelled capture (فشل، صدّ،
// إحباط), a place that "changed hands" (تبادل السيطرة).
import type { ConflictEvent } from '../core/index.js';
export { WITHDRAWAL_RULE } from '../extract/index.js';
/** The attacker (actor1) tried to take the place and did not (extraction: `failed-capture`). */
export const FAILED_CAPTURE_RULE = /failed|fashal/i;
/** An attack was repelled; which side actor1 is, is not known. */
export const REPELLED_RULE = /repel|repuls|thwart|sadd|tasaddi|ihbat/i;
export const CHANGED_HANDS_RULE = /changed?-hands|tabadul|several-times|karr-w?a?-?farr|contested/i;

export function hasRule(ev: Pick<ConflictEvent, 'rule_ids'>, re: RegExp): boolean {
  return (ev.rule_ids ?? []).some((id) => re.test(id));
}

/** A clash whose rule says a capture failed or was repelled: it contradicts a capture rather
 *  than being the fighting that led to one. */
export function isFailedCapture(ev: Pick<ConflictEvent, 'rule_ids' | 'sub_event_type'>): boolean {
  return ev.sub_event_type === 'Armed clash' && (hasRule(ev, FAILED_CAPTURE_RULE) || hasRule(ev, REPELLED_RULE));
}
