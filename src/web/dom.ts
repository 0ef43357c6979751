// Tiny DOM builder. Everything is built as nodes and text is set with text nodes, never as
// HTML: article text is untrusted and the CSP forbids inline scripts anyway.

type Attr = string | number | boolean | null | undefined;
export type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, Attr | ((ev: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v as EventListener);
    else if (v === true) el.setAttribute(k, '');
    else if (v !== false && v !== null && v !== undefined) el.setAttribute(k, String(v));
  }
  append(el, ...children);
  return el;
}

export function append(el: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`missing #${id}`);
  return el as T;
}

/** Text that may be Arabic or English: let the browser pick the direction per paragraph. */
export function bidi(text: string, tag: 'bdi' | 'span' | 'div' | 'p' = 'bdi', cls?: string): HTMLElement {
  return h(tag, { dir: 'auto', class: cls }, text);
}

const ARABIC = /[\u0600-\u06ff]/;
export function isArabic(text: string | null | undefined): boolean {
  return !!text && ARABIC.test(text);
}
