// Ingest throughput without event extraction: read, decode, normalize, segment, tokenize, store.
// Target (issue 2): ≥ 5 MB/s of Arabic text per core. Prints one JSON line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandInputs, loadDocuments } from '../src/ingest/index.js';
import { normalizeForMatch, segmentSentences, tokenize } from '../src/text/index.js';
import { openStore } from '../src/store/index.js';
import type { Lang } from '../src/core/index.js';
import { makeRepeatedCorpus, peakRssMb } from './corpus.js';

const repeat = Number(process.env.BENCH_REPEAT ?? 200);
const tmp = mkdtempSync(join(tmpdir(), 'marsad-bench-ingest-'));
try {
  const corpus = makeRepeatedCorpus(join(tmp, 'corpus'), repeat, { arabicOnly: true });
  const store = openStore(join(tmp, 'bench.db'));
  const t0 = performance.now();
  const { files } = await expandInputs([corpus.dir]);
  let docs = 0;
  let tokens = 0;
  // committed in batches, as `marsad ingest` does
  const batch = store.openBatch();
  for (const f of files) {
    for (const doc of (await loadDocuments(f)).docs) {
      const lang = (doc.lang === 'en' ? 'en' : 'ar') as Lang;
      normalizeForMatch(doc.text);
      const sentences = segmentSentences(doc.text, lang);
      for (const s of sentences) tokens += tokenize(s.text, lang, s.start).length;
      batch.begin();
      store.saveDocument(doc, { sentences, mentions: [], events: [] });
      batch.saved();
      docs++;
    }
  }
  batch.close();
  const seconds = (performance.now() - t0) / 1000;
  store.close();
  console.log(JSON.stringify({
    bench: 'ingest (read, decode, normalize, segment, tokenize, store; no extraction)',
    files: corpus.files, documents: docs, mb: +(corpus.bytes / 1e6).toFixed(2), arabic_share: +(corpus.arabicBytes / corpus.bytes).toFixed(2),
    tokens, seconds: +seconds.toFixed(2), mb_per_s: +(corpus.bytes / 1e6 / seconds).toFixed(2), docs_per_s: Math.round(docs / seconds),
    peak_rss_mb: peakRssMb(), target: '>= 5 MB/s Arabic, one core',
  }));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
