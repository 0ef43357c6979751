// Shared by the kb tests: one knowledge base per test process (loading takes a fraction of a second).
import { loadKnowledgeBase, resolvePlaceMentions, type KnowledgeBase } from '../../src/kb/index.js';
import { tokenize } from '../../src/text/index.js';
import type { Lang, Mention } from '../../src/core/index.js';

let kb: KnowledgeBase | null = null;
export function sharedKb(): KnowledgeBase {
  kb ??= loadKnowledgeBase();
  return kb;
}

export function mentionsOf(text: string, lang?: Lang): Mention[] {
  const k = sharedKb();
  const l: Lang = lang ?? (/[\u0600-\u06FF]/.test(text) ? 'ar' : 'en');
  return resolvePlaceMentions(k.matcher.findMentions(text, tokenize(text, l), l), k.gazetteer, text);
}

export const surfaces = (ms: Mention[], kind?: string): string[] => ms.filter((m) => !kind || m.kind === kind).map((m) => m.surface);
