// A place's control history as a horizontal band: one segment per period, coloured by the
// controller; periods that began with a contested change are hatched; the time before the
// first recorded change is grey when the previous controller is unknown.
import { axisBottom } from 'd3-axis';
import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import type { ControlChange } from './api.js';
import { h } from './dom.js';
import { axisDate, t, uiLang } from './i18n.js';

const DAY = 86_400_000;
const PALETTE = ['#4e79a7', '#e15759', '#59a14f', '#b07aa1', '#f28e2b', '#76b7b2', '#9c755f', '#edc948', '#ff9da7', '#bab0ac'];
const UNKNOWN = '#d5d8dc';

interface Period { from: number; to: number; controller: string | null; contested: boolean; change: ControlChange | null }

function ms(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/** Periods between consecutive changes. The last one runs to the latest evidence we have. */
export function controlPeriods(history: ControlChange[], lastEvent: string | null): Period[] {
  const sorted = [...history].sort((a, b) => a.date.localeCompare(b.date));
  if (!sorted.length) return [];
  const first = ms(sorted[0]!.date);
  const last = ms(sorted[sorted.length - 1]!.date);
  const span = Math.max(30 * DAY, last - first);
  const start = first - span * 0.08;
  const end = Math.max(last + span * 0.12, lastEvent ? ms(lastEvent) + DAY : 0);
  const periods: Period[] = [{ from: start, to: first, controller: sorted[0]!.previous_controller, contested: false, change: null }];
  sorted.forEach((c, i) => {
    const next = sorted[i + 1];
    periods.push({ from: ms(c.date), to: next ? ms(next.date) : end, controller: c.controller, contested: c.contested, change: c });
  });
  return periods;
}

export function drawControlTimeline(el: HTMLElement, history: ControlChange[], lastEvent: string | null): void {
  const periods = controlPeriods(history, lastEvent);
  const colors = new Map<string, string>();
  for (const p of periods) if (p.controller && !colors.has(p.controller)) colors.set(p.controller, PALETTE[colors.size % PALETTE.length]!);
  const width = Math.max(280, el.clientWidth || 440);
  const height = 74;
  const rtl = uiLang() === 'ar';
  const x = scaleUtc().domain([new Date(periods[0]!.from), new Date(periods[periods.length - 1]!.to)]).range(rtl ? [width - 44, 44] : [44, width - 44]);
  const svg = select(el).append('svg').attr('width', width).attr('height', height).attr('class', 'control-svg').attr('role', 'img').attr('aria-label', t('p_control'));
  const pattern = svg.append('defs').append('pattern').attr('id', 'hatch').attr('patternUnits', 'userSpaceOnUse').attr('width', 6).attr('height', 6).attr('patternTransform', 'rotate(45)');
  pattern.append('rect').attr('width', 6).attr('height', 6).attr('fill', 'transparent');
  pattern.append('line').attr('x1', 0).attr('y1', 0).attr('x2', 0).attr('y2', 6).attr('stroke', '#1c1c1c').attr('stroke-width', 2.2).attr('stroke-opacity', 0.55);
  const band = svg.append('g');
  for (const p of periods) {
    const x0 = Math.min(x(new Date(p.from)), x(new Date(p.to)));
    const w = Math.max(2, Math.abs(x(new Date(p.to)) - x(new Date(p.from))));
    const fill = p.controller ? colors.get(p.controller)! : UNKNOWN;
    const rect = band.append('rect').attr('x', x0).attr('y', 10).attr('width', w).attr('height', 30).attr('fill', fill)
      .attr('class', p.contested ? 'period contested' : 'period').attr('data-controller', p.controller ?? '');
    rect.append('title').text(`${p.controller ?? t('p_unknown')}${p.change ? ` · ${p.change.date}` : ''}${p.contested ? ` · ${t('p_contested')}` : ''}`);
    if (p.contested) band.append('rect').attr('x', x0).attr('y', 10).attr('width', w).attr('height', 30).attr('fill', 'url(#hatch)').attr('class', 'hatch').attr('pointer-events', 'none');
    if (p.change) band.append('line').attr('x1', x(new Date(p.from))).attr('x2', x(new Date(p.from))).attr('y1', 6).attr('y2', 44).attr('stroke', '#1c1c1c').attr('stroke-width', 1.5);
  }
  svg.append('g').attr('class', 'axis').attr('transform', 'translate(0,46)').call(axisBottom(x).ticks(Math.max(2, Math.floor(width / 130))).tickFormat((d) => axisDate(d as Date, periods[periods.length - 1]!.to - periods[0]!.from)).tickSizeOuter(0));
  const legend = h('div', { class: 'control-legend' });
  for (const [name, color] of colors) {
    const sw = h('span', { class: 'swatch' });
    sw.style.backgroundColor = color;
    legend.append(h('span', { class: 'legend-item' }, sw, h('span', { dir: 'auto' }, name)));
  }
  if (periods.some((p) => p.contested)) {
    const sw = h('span', { class: 'swatch hatch-swatch' });
    legend.append(h('span', { class: 'legend-item' }, sw, t('p_contested')));
  }
  if (periods.some((p) => !p.controller)) {
    const sw = h('span', { class: 'swatch' });
    sw.style.backgroundColor = UNKNOWN;
    legend.append(h('span', { class: 'legend-item' }, sw, t('p_unknown')));
  }
  el.append(legend);
}
