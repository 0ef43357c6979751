// The full pipeline on one core: ingest → text → mentions → events → store → merge/control.
// Target (issue 4): ≥ 2 MB/s of text, peak memory < 1 GB. Prints one JSON line.
// The corpus is ingested twice, each time into a new database: the first pass is what a fresh
// `marsad ingest` of 500 reports costs (V8 still compiling the analysis for the first couple of
// hundred); the second shows the rate a long-running ingest settles at.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPipeline } from '../src/pipeline/index.js';
import { ingestPaths, type IngestSummary } from '../src/cli/ingest.js';
import { makeRepeatedCorpus, peakRssMb } from './corpus.js';

const repeat = Number(process.env.BENCH_REPEAT ?? 100);
const tmp = mkdtempSync(join(tmpdir(), 'marsad-bench-pipeline-'));
try {
  const corpus = makeRepeatedCorpus(join(tmp, 'corpus'), repeat);
  const mb = corpus.bytes / 1e6;
  const passes: { summary: IngestSummary; loadSeconds: number }[] = [];
  for (let pass = 0; pass < 2; pass++) {
    const tLoad = performance.now();
    const pipeline = openPipeline(join(tmp, `bench-${pass}.db`));
    const loadSeconds = (performance.now() - tLoad) / 1000;
    const summary = await ingestPaths(pipeline, [corpus.dir], { maxBytes: 20 * 1024 * 1024, progress: false });
    pipeline.store.close();
    passes.push({ summary, loadSeconds });
  }
  const [cold, warm] = passes.map((p) => p.summary) as [IngestSummary, IngestSummary];
  console.log(JSON.stringify({
    bench: 'full pipeline (ingest → events stored → merged → control)',
    documents: cold.new, mb: +mb.toFixed(2), seconds: +cold.seconds.toFixed(2),
    mb_per_s: +(mb / cold.seconds).toFixed(2), docs_per_s: Math.round(cold.new / cold.seconds),
    doc_events: cold.doc_events, events: cold.events, kb_load_seconds: +passes[0]!.loadSeconds.toFixed(2),
    // the repeated corpus makes every real event reported by `repeat` documents: merging is then
    // the worst case (large clusters), so it is shown apart from ingest + extraction
    resolve_seconds: +cold.resolve_seconds.toFixed(2),
    mb_per_s_without_resolve: +(mb / (cold.seconds - cold.resolve_seconds)).toFixed(2),
    // the same corpus again, into a new database, in the same process (compiled code is warm)
    warm_seconds: +warm.seconds.toFixed(2), warm_mb_per_s: +(mb / warm.seconds).toFixed(2),
    warm_events: warm.events,
    peak_rss_mb: peakRssMb(), target: '>= 2 MB/s per core, peak < 1 GB',
  }));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
