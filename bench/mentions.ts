// Mention detection throughput with the full default gazetteer, plus load time and peak RSS.
// Run: npx tsx bench/mentions.ts   (prints JSON lines)
// Text: the seed corpus (../shared/corpus/seeds) or data/sample, repeated to ~4 MB.
import { peakRssMb } from './corpus.js';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, SEED_CORPUS_DIR, type Lang, type Token } from '../src/core/index.js';
import { loadActors, loadGazetteer, MentionMatcher, resolvePlaceMentions } from '../src/kb/index.js';
import { tokenize } from '../src/text/index.js';

const line = (o: object): void => console.log(JSON.stringify(o));

let t0 = performance.now();
const gazetteer = loadGazetteer();
const tGaz = performance.now() - t0;
t0 = performance.now();
const actors = loadActors();
const tActors = performance.now() - t0;
t0 = performance.now();
const matcher = new MentionMatcher(gazetteer, actors);
const tMatcher = performance.now() - t0;
line({ metric: 'load_ms', gazetteer: Math.round(tGaz), actors: Math.round(tActors), matcher: Math.round(tMatcher), total: Math.round(tGaz + tActors + tMatcher), places: gazetteer.size });

const dir = existsSync(SEED_CORPUS_DIR) ? SEED_CORPUS_DIR : join(DATA_DIR, 'sample');
const docs = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8').normalize('NFC'));
const base = docs.map((text) => ({ text, lang: (/[\u0600-\u06FF]/.test(text.slice(0, 300)) ? 'ar' : 'en') as Lang }));
const baseBytes = base.reduce((s, d) => s + Buffer.byteLength(d.text), 0);
const reps = Math.max(1, Math.ceil(4e6 / baseBytes));
const corpus = Array.from({ length: reps }, () => base).flat();
const bytes = baseBytes * reps;

t0 = performance.now();
const tokenized: { text: string; lang: Lang; tokens: Token[] }[] = corpus.map((d) => ({ ...d, tokens: tokenize(d.text, d.lang) }));
const tTok = (performance.now() - t0) / 1000;

// warm-up, then measure matching alone (tokenization excluded) and with document-level resolution
for (const d of tokenized.slice(0, base.length)) matcher.findMentions(d.text, d.tokens, d.lang);
t0 = performance.now();
let mentions = 0;
for (const d of tokenized) mentions += matcher.findMentions(d.text, d.tokens, d.lang).length;
const tMatch = (performance.now() - t0) / 1000;
t0 = performance.now();
for (const d of tokenized) resolvePlaceMentions(matcher.findMentions(d.text, d.tokens, d.lang), gazetteer);
const tBoth = (performance.now() - t0) / 1000;

const mb = bytes / 1e6;
line({ metric: 'throughput', corpus: dir, mb: +mb.toFixed(2), mentions, tokenize_mb_s: +(mb / tTok).toFixed(2),
  find_mentions_mb_s: +(mb / tMatch).toFixed(2), find_and_resolve_mb_s: +(mb / tBoth).toFixed(2),
  tokenize_plus_mentions_mb_s: +(mb / (tTok + tBoth)).toFixed(2), note: 'single thread; find_mentions excludes tokenization' });
line({ metric: 'memory', peak_rss_mb: peakRssMb() });
