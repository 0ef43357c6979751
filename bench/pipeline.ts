// The full pipeline on one core: ingest → text → mentions → events → store → merge/control.
// Target (issue 4): ≥ 2 MB/s of text, peak memory < 1 GB. Prints one JSON line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPipeline } from '../src/pipeline/index.js';
import { ingestPaths } from '../src/cli/ingest.js';
import { makeRepeatedCorpus, peakRssMb } from './corpus.js';

const repeat = Number(process.env.BENCH_REPEAT ?? 100);
const tmp = mkdtempSync(join(tmpdir(), 'marsad-bench-pipeline-'));
try {
  const corpus = makeRepeatedCorpus(join(tmp, 'corpus'), repeat);
  const tLoad = performance.now();
  const pipeline = openPipeline(join(tmp, 'bench.db'));
  const loadSeconds = (performance.now() - tLoad) / 1000;
  const s = await ingestPaths(pipeline, [corpus.dir], { maxBytes: 20 * 1024 * 1024, progress: false });
  pipeline.store.close();
  console.log(JSON.stringify({
    bench: 'full pipeline (ingest → events stored → merged → control)',
    documents: s.new, mb: +(corpus.bytes / 1e6).toFixed(2), seconds: +s.seconds.toFixed(2),
    mb_per_s: +(corpus.bytes / 1e6 / s.seconds).toFixed(2), docs_per_s: Math.round(s.new / s.seconds),
    doc_events: s.doc_events, events: s.events, kb_load_seconds: +loadSeconds.toFixed(2),
    // the repeated corpus makes every real event reported by `repeat` documents: merging is then
    // the worst case (large clusters), so it is shown apart from ingest + extraction
    resolve_seconds: +s.resolve_seconds.toFixed(2),
    mb_per_s_without_resolve: +(corpus.bytes / 1e6 / (s.seconds - s.resolve_seconds)).toFixed(2),
    peak_rss_mb: peakRssMb(), target: '>= 2 MB/s per core, peak < 1 GB',
  }));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
