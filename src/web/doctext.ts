// A document rendered as text nodes, with the evidence span wrapped in <mark> and known
// mentions (places, actors) underlined. Article text is untrusted: it only ever becomes text.
import type { DocSpan, DocumentView } from './api.js';
import { h } from './dom.js';
import { t } from './i18n.js';

const MENTION_KINDS = new Set(['place', 'region', 'actor', 'unresolved_place']);

/** Non-overlapping mentions in document order (the first of two overlapping ones wins). */
function mentionRuns(spans: DocSpan[], length: number): DocSpan[] {
  const out: DocSpan[] = [];
  let lastEnd = -1;
  for (const s of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (!MENTION_KINDS.has(s.kind) || s.start < lastEnd || s.start < 0 || s.end > length || s.end <= s.start) continue;
    out.push(s);
    lastEnd = s.end;
  }
  return out;
}

export interface RenderedDoc {
  el: HTMLElement;
  /** Scroll the document box so the mark sits in its upper third. */
  reveal(): void;
}

export function renderDocument(view: DocumentView, mark: { start: number; end: number } | null, onEvent?: (id: string) => void): RenderedDoc {
  const text = view.document.text;
  const ar = view.document.lang === 'ar';
  const box = h('div', { class: 'doc-text', dir: ar ? 'rtl' : 'ltr', lang: ar ? 'ar' : view.document.lang || 'en', 'data-doc-id': view.document.doc_id });
  const m = mark && mark.start >= 0 && mark.end <= text.length && mark.end > mark.start ? mark : null;
  const mentions = mentionRuns(view.spans, text.length);
  const cuts = new Set<number>([0, text.length]);
  if (m) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  for (const s of mentions) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  // Other events' evidence in this document: clickable, lightly marked.
  const others = view.spans.filter((s) => s.kind === 'event' && s.event_id && !(m && s.start === m.start && s.end === m.end));
  let markEl: HTMLElement | null = null;
  let mi = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    while (mi < mentions.length && mentions[mi]!.end <= a) mi++;
    const mention = mi < mentions.length && mentions[mi]!.start <= a && mentions[mi]!.end >= b ? mentions[mi]! : null;
    const piece = text.slice(a, b);
    const node: Node = mention
      ? h('span', { class: `mention mention-${mention.kind}`, title: mention.ref ?? mention.kind }, piece)
      : document.createTextNode(piece);
    const inMark = m !== null && a >= m.start && b <= m.end;
    if (inMark) {
      if (!markEl) {
        markEl = h('mark', { class: 'evidence', 'data-testid': 'evidence-mark' });
        box.append(markEl);
      }
      markEl.append(node);
    } else {
      box.append(node);
    }
  }
  const markNode = markEl as HTMLElement | null;
  const wrap = h('div', { class: 'doc-wrap' }, box);
  if (onEvent && others.length) {
    const seen = new Set<string>();
    const links = h('ul', { class: 'doc-events small', dir: ar ? 'rtl' : 'ltr', lang: ar ? 'ar' : view.document.lang || 'en' });
    for (const s of others) {
      if (seen.has(s.event_id!)) continue;
      seen.add(s.event_id!);
      const snippet = text.slice(s.start, Math.min(s.end, s.start + 90)).trim() + (s.end - s.start > 90 ? '…' : '');
      links.append(h('li', {}, h('button', { type: 'button', class: 'link', 'data-event-id': s.event_id, onclick: () => onEvent(s.event_id!) }, snippet)));
    }
    wrap.append(h('div', { class: 'muted small doc-events-title' }, t('doc_other_events')));
    wrap.append(links);
  }
  return {
    el: wrap,
    reveal() {
      if (markNode) box.scrollTop = Math.max(0, markNode.offsetTop - box.clientHeight / 3);
    },
  };
}
