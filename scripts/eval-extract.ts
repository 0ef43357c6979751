// Dev harness for the extract stage: analyse the seed corpus, write events as JSON Lines,
// score them against the seed gold, and measure throughput (MB/s).
//   npx tsx scripts/eval-extract.ts [--verbose] [--out FILE] [--no-speed]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { SEED_CORPUS_DIR, SHARED_DIR, type DocEvent, type RawDocument } from '../src/core/index.js';
import { analyzeDocument, loadLexicon } from '../src/extract/index.js';
import { loadKnowledgeBase } from '../src/kb/index.js';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const outIdx = args.indexOf('--out');
const out = outIdx >= 0 ? args[outIdx + 1]! : join(tmpdir(), 'marsad-extract-events.jsonl');
/** Events that were not reported as having happened are kept by analyzeDocument but not exported. */
const EXPORTED = new Set(['asserted', 'claimed', undefined]);

type Doc = Pick<RawDocument, 'doc_id' | 'text' | 'lang' | 'published' | 'title'>;

async function seeds(): Promise<Doc[]> {
  try {
    const ingest = await import('../src/ingest/index.js');
    const { docs } = await ingest.loadDocuments(SEED_CORPUS_DIR);
    if (docs.length) return docs;
  } catch { /* fall back to plain files */ }
  return readdirSync(SEED_CORPUS_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    const text = readFileSync(join(SEED_CORPUS_DIR, f), 'utf8').normalize('NFC');
    const side = join(SEED_CORPUS_DIR, f.replace(/\.txt$/, '.meta.json'));
    const meta = existsSync(side) ? JSON.parse(readFileSync(side, 'utf8')) : {};
    return { doc_id: basename(f), text, lang: /[\u0600-\u06ff]/.test(text.slice(0, 500)) ? 'ar' : 'en', published: meta.published ?? null, title: meta.title ?? null };
  });
}

function exportLine(e: DocEvent): string {
  return JSON.stringify(e);
}

const t0 = performance.now();
const kb = loadKnowledgeBase();
const lexicon = loadLexicon();
const tLoad = performance.now() - t0;
const docs = await seeds();
const lines: string[] = [];
let kept = 0, dropped = 0;
for (const d of docs) {
  const a = analyzeDocument(d, kb, lexicon);
  for (const e of a.events) {
    if (EXPORTED.has(e.modality)) { lines.push(exportLine(e)); kept++; } else dropped++;
  }
  if (verbose) console.error(`${d.doc_id} lang=${d.lang} published=${d.published} sentences=${a.sentences.length} mentions=${a.mentions.length} dates=${a.dates.length} events=${a.events.length}`);
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(`kb+lexicon load ${tLoad.toFixed(0)} ms; ${docs.length} docs; ${kept} events exported, ${dropped} non-asserted kept out; wrote ${out}`);

const gold = join(SHARED_DIR, 'eval', 'gold');
const scorer = join(SHARED_DIR, 'eval', 'score.mjs');
if (existsSync(scorer)) {
  const golds = readdirSync(gold).filter((f) => f.endsWith('.json')).flatMap((f) => ['--gold', join(gold, f)]);
  const res = execFileSync('node', [scorer, ...golds, '--system', out, ...(verbose ? ['--verbose'] : [])], { encoding: 'utf8' });
  console.log(res);
}

if (!args.includes('--no-speed')) {
  // throughput: the seeds of each language concatenated ×20; the upstream stages (text, kb
  // mentions) are timed on their own so the extract stage's own share is visible
  const { tokenize, segmentSentences, findDates, findNumbers } = await import('../src/text/index.js');
  const { resolvePlaceMentions } = await import('../src/kb/index.js');
  for (const lang of ['ar', 'en'] as const) {
    const base = docs.filter((d) => d.lang === lang).map((d) => d.text).join('\n\n');
    const big = Array.from({ length: 20 }, () => base).join('\n\n');
    const mb = Buffer.byteLength(big, 'utf8') / 1e6;
    // best of three runs each: the machine is shared, the minimum is the least disturbed
    let total = Infinity, textMs = Infinity, kbMs = Infinity;
    let a = analyzeDocument({ doc_id: `bench-${lang}`, text: base, lang, published: '2019-08-04', title: null }, kb, lexicon);
    for (let r = 0; r < 3; r++) {
      let t = performance.now();
      a = analyzeDocument({ doc_id: `bench-${lang}`, text: big, lang, published: '2019-08-04', title: null }, kb, lexicon);
      total = Math.min(total, performance.now() - t);
      t = performance.now();
      const toks = tokenize(big, lang);
      segmentSentences(big, lang);
      findDates(big, { lang, published: '2019-08-04' });
      findNumbers(big, lang);
      textMs = Math.min(textMs, performance.now() - t);
      t = performance.now();
      resolvePlaceMentions(kb.matcher.findMentions(big, toks, lang), kb.gazetteer);
      kbMs = Math.min(kbMs, performance.now() - t);
    }
    const own = Math.max(1, total - textMs - kbMs);
    console.log(`speed ${lang}: ${mb.toFixed(2)} MB, ${a.events.length} events: whole analyzeDocument ${(mb / (total / 1000)).toFixed(2)} MB/s ` +
      `(text ${textMs.toFixed(0)} ms, kb mentions ${kbMs.toFixed(0)} ms, extract frames ${own.toFixed(0)} ms = ${(mb / (own / 1000)).toFixed(1)} MB/s)`);
  }
}
