// Events per day, stacked by event type, with a brush that sets the date filter.
import { axisBottom, axisLeft, axisRight } from 'd3-axis';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import type { Stats } from './api.js';
import { h } from './dom.js';
import { axisDate, formatNumber, t, term, uiLang } from './i18n.js';
import { TYPE_ORDER, typeColor } from './palette.js';

const DAY = 86_400_000;
const HEIGHT = 150;
const MARGIN = { top: 8, right: 16, bottom: 22, left: 36 };

interface DayStack { date: string; t: number; total: number; parts: { type: string; y0: number; y1: number }[] }

export interface Timeline {
  render(stats: Stats, range: { from: string | null; to: string | null }): void;
  setRange(range: { from: string | null; to: string | null }): void;
}

function toDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function ms(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

function stacks(stats: Stats): DayStack[] {
  const byDay = new Map<string, Map<string, number>>();
  for (const r of stats.by_day) {
    if (!r.date) continue;
    const m = byDay.get(r.date) ?? new Map<string, number>();
    m.set(r.event_type, (m.get(r.event_type) ?? 0) + r.n);
    byDay.set(r.date, m);
  }
  const out: DayStack[] = [];
  for (const [date, m] of byDay) {
    let y = 0;
    const parts = [];
    for (const type of [...TYPE_ORDER, ...[...m.keys()].filter((k) => !(TYPE_ORDER as string[]).includes(k))]) {
      const n = m.get(type);
      if (!n) continue;
      parts.push({ type, y0: y, y1: y + n });
      y += n;
    }
    out.push({ date, t: ms(date), total: y, parts });
  }
  return out.sort((a, b) => a.t - b.t);
}

export function createTimeline(el: HTMLElement, onRange: (range: { from: string | null; to: string | null }) => void): Timeline {
  let x = scaleUtc();
  let brush: BrushBehavior<unknown> | null = null;
  let brushG: ReturnType<typeof select<SVGGElement, unknown>> | null = null;
  let programmatic = false;

  function setRange(range: { from: string | null; to: string | null }) {
    if (!brush || !brushG) return;
    const [d0, d1] = x.domain() as [Date, Date];
    programmatic = true;
    if (!range.from && !range.to) brush.move(brushG, null);
    else {
      const a = range.from ? ms(range.from) : d0.getTime();
      const b = range.to ? ms(range.to) + DAY : d1.getTime();
      brush.move(brushG, [x(new Date(Math.max(a, d0.getTime()))), x(new Date(Math.min(b, d1.getTime())))]);
    }
    programmatic = false;
  }

  function render(stats: Stats, range: { from: string | null; to: string | null }) {
    const data = stacks(stats);
    el.replaceChildren();
    if (!data.length) {
      el.append(h('p', { class: 'muted' }, t('no_events')));
      brush = null;
      return;
    }
    const width = Math.max(320, el.clientWidth || 800);
    const rtl = uiLang() === 'ar';
    const lo = data[0]!.t;
    const hi = data[data.length - 1]!.t + DAY;
    const pad = Math.max(DAY, (hi - lo) * 0.02);
    const range_: [number, number] = rtl ? [width - MARGIN.left, MARGIN.right] : [MARGIN.left, width - MARGIN.right];
    x = scaleUtc().domain([new Date(lo - pad), new Date(hi + pad)]).range(range_);
    const y = scaleLinear().domain([0, Math.max(1, ...data.map((d) => d.total))]).nice().range([HEIGHT - MARGIN.bottom, MARGIN.top]);
    const barW = Math.max(2, Math.abs(x(new Date(lo + DAY)) - x(new Date(lo))) - 1);

    const svg = select(el).append('svg').attr('class', 'timeline-svg').attr('width', width).attr('height', HEIGHT)
      .attr('role', 'img').attr('aria-label', t('timeline'));
    svg.append('g').attr('class', 'axis').attr('transform', `translate(0,${HEIGHT - MARGIN.bottom})`)
      .call(axisBottom(x).ticks(Math.max(2, Math.floor(width / 110))).tickFormat((d) => axisDate(d as Date, hi - lo)).tickSizeOuter(0));
    // Counts are whole numbers: no 0.5 ticks on a day with two events.
    const yTicks = y.ticks(4).filter((v) => Number.isInteger(v));
    svg.append('g').attr('class', 'axis').attr('transform', `translate(${rtl ? width - MARGIN.left : MARGIN.left},0)`)
      .call((rtl ? axisRight(y) : axisLeft(y)).tickValues(yTicks).tickFormat((v) => formatNumber(Number(v))));

    const days = svg.append('g').selectAll('g').data(data).join('g');
    days.selectAll('rect').data((d) => d.parts.map((p) => ({ ...p, d })))
      .join('rect')
      .attr('x', (p) => Math.min(x(new Date(p.d.t)), x(new Date(p.d.t + DAY))))
      .attr('width', barW)
      .attr('y', (p) => y(p.y1))
      .attr('height', (p) => Math.max(1, y(p.y0) - y(p.y1)))
      .attr('fill', (p) => typeColor(p.type))
      .append('title').text((p) => `${p.d.date} · ${term(p.type)}: ${formatNumber(p.y1 - p.y0)}`);

    brush = brushX<unknown>().extent([[Math.min(...range_), MARGIN.top], [Math.max(...range_), HEIGHT - MARGIN.bottom]])
      .on('end', (ev: D3BrushEvent<unknown>) => {
        if (programmatic || !ev.sourceEvent) return;
        const sel = ev.selection as [number, number] | null;
        if (!sel) return onRange({ from: null, to: null });
        const [a, b] = sel.map((px) => x.invert(px).getTime()).sort((p, q) => p - q) as [number, number];
        // Snap to whole days: a bar belongs to the range when the brush covers its start.
        onRange({ from: toDay(Math.floor(a / DAY) * DAY), to: toDay(Math.ceil(b / DAY) * DAY - DAY) });
      });
    brushG = svg.append('g').attr('class', 'brush') as unknown as typeof brushG;
    brushG!.call(brush);
    setRange(range);
  }

  return { render, setRange };
}
