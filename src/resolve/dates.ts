// Event dates as closed day intervals, so "overlap" respects each event's precision
// (ACLED time_precision: 1 day, 2 span/week, 3 month).
import type { ConflictEvent } from '../core/index.js';

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for `YYYY-MM-DD`; NaN for anything else. */
export function dayNumber(iso: string): number {
  const m = ISO_DAY.exec(iso);
  if (!m) return NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function lastDayOfMonth(day: number): number {
  const d = new Date(day * DAY_MS);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0) / DAY_MS;
}

export interface DayInterval {
  start: number;
  end: number;
}

/** The days an event may have happened on; null when the report gives no date.
 *  A week-precision event without an explicit end covers 7 days, a month one the whole month. */
export function eventInterval(ev: Pick<ConflictEvent, 'event_date' | 'event_date_end' | 'time_precision'>): DayInterval | null {
  if (!ev.event_date) return null;
  const start = dayNumber(ev.event_date);
  if (Number.isNaN(start)) return null;
  const explicitEnd = ev.event_date_end ? dayNumber(ev.event_date_end) : NaN;
  if (!Number.isNaN(explicitEnd) && explicitEnd >= start) return { start, end: explicitEnd };
  if (ev.time_precision === 2) return { start, end: start + 6 };
  if (ev.time_precision === 3) return { start, end: lastDayOfMonth(start) };
  return { start, end: start };
}

export function intervalsOverlap(a: DayInterval, b: DayInterval): boolean {
  return a.start <= b.end && b.start <= a.end;
}
