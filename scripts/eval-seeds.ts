// npm run eval:seeds — ingest ../shared/corpus/seeds into a temporary database, export JSON Lines,
// and score them against the seed gold with ../shared/eval/score.mjs.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { SEED_CORPUS_DIR, SHARED_DIR } from '../src/core/index.js';
import { writeJsonl } from '../src/export/index.js';
import { openPipeline } from '../src/pipeline/index.js';
import { ingestPaths } from '../src/cli/ingest.js';

const scorer = join(SHARED_DIR, 'eval', 'score.mjs');
if (!existsSync(SEED_CORPUS_DIR) || !existsSync(scorer)) {
  console.error(`eval:seeds needs ${SEED_CORPUS_DIR} and ${scorer} (../shared beside the checkout)`);
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'marsad-eval-'));
try {
  const pipeline = openPipeline(join(dir, 'seeds.db'));
  const summary = await ingestPaths(pipeline, [SEED_CORPUS_DIR], { maxBytes: 20 * 1024 * 1024, progress: false });
  const out = createWriteStream(join(dir, 'events.jsonl'));
  const n = await writeJsonl(pipeline.store.iterateEvents({}), out);
  out.end();
  await finished(out);
  pipeline.store.close();
  console.log(`ingested ${summary.new + summary.updated} documents, exported ${n} events`);
  const extra = process.argv.slice(2); // e.g. --verbose or --json
  const r = spawnSync(
    process.execPath,
    [scorer, '--gold', join(SHARED_DIR, 'eval/gold/seeds_a.json'), '--gold', join(SHARED_DIR, 'eval/gold/seeds_b.json'), '--system', join(dir, 'events.jsonl'), ...extra],
    { stdio: 'inherit' },
  );
  process.exitCode = r.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
