// One palette for event types everywhere (map, legend, timeline, table), chosen to stay
// distinguishable for the common colour-vision deficiencies; and a categorical palette for
// controllers in the control timeline.
import { EVENT_TYPES } from '../core/types.js';

export const TYPE_ORDER = Object.keys(EVENT_TYPES) as (keyof typeof EVENT_TYPES)[];

export const TYPE_COLORS: Record<string, string> = {
  Battles: '#c0392b',
  'Explosions/Remote violence': '#e67e22',
  'Violence against civilians': '#7d3c98',
  Protests: '#2471a3',
  Riots: '#b7950b',
  'Strategic developments': '#1e8449',
};

export function typeColor(type: string): string {
  return TYPE_COLORS[type] ?? '#566573';
}

const CONTROLLER_COLORS = ['#4e79a7', '#e15759', '#59a14f', '#b07aa1', '#f28e2b', '#76b7b2', '#9c755f', '#edc948', '#bab0ac', '#ff9da7'];

/** Stable colour per controller name (same name → same colour in every view). */
export function controllerColor(name: string): string {
  let h = 0;
  for (let i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) >>> 0;
  return CONTROLLER_COLORS[h % CONTROLLER_COLORS.length]!;
}

/** Marker radius in pixels: area grows with fatalities, capped so a massacre doesn't hide a town. */
export function markerRadius(fatalities: number): number {
  return Math.min(22, 5 + Math.sqrt(Math.max(0, fatalities)) * 2);
}
