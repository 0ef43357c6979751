// ACLED vocabulary shared by extraction, exports and the UI.
import { EVENT_TYPES, type EventType, type InterCode, type SubEventType } from './types.js';

export const INTER_LABELS: Record<InterCode, string> = {
  0: '',
  1: 'State forces',
  2: 'Rebel group',
  3: 'Political militia',
  4: 'Identity militia',
  5: 'Rioters',
  6: 'Protesters',
  7: 'Civilians',
  8: 'External/Other forces',
};

const SUB_TO_TYPE = new Map<string, EventType>();
for (const [type, subs] of Object.entries(EVENT_TYPES) as [EventType, readonly string[]][]) {
  for (const s of subs) SUB_TO_TYPE.set(s, type);
}

export function eventTypeOf(sub: SubEventType | string): EventType | undefined {
  return SUB_TO_TYPE.get(sub);
}

export function isSubEventType(s: string): s is SubEventType {
  return SUB_TO_TYPE.has(s);
}

export const ALL_SUB_EVENT_TYPES = [...SUB_TO_TYPE.keys()] as SubEventType[];
