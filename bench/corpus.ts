// The benchmark corpus: the seed files repeated into a temporary folder (ids differ by file name).
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, SEED_CORPUS_DIR } from '../src/core/index.js';

export interface BenchCorpus { dir: string; files: number; bytes: number; arabicBytes: number }

/** Copy the seed corpus (or the bundled sample) `repeat` times into `dir`, sidecars included. */
export function makeRepeatedCorpus(dir: string, repeat: number, opts: { arabicOnly?: boolean } = {}): BenchCorpus {
  const src = existsSync(SEED_CORPUS_DIR) ? SEED_CORPUS_DIR : join(DATA_DIR, 'sample');
  mkdirSync(dir, { recursive: true });
  const names = readdirSync(src).filter((f) => !f.endsWith('.meta.json') && !f.startsWith('.') && f !== 'README.md');
  // The English seed (004) is the only non-Arabic one; --arabic-only measures Arabic throughput alone.
  const chosen = opts.arabicOnly ? names.filter((f) => !f.startsWith('004_')) : names;
  let bytes = 0;
  let arabicBytes = 0;
  let files = 0;
  for (let i = 0; i < repeat; i++) {
    for (const f of chosen) {
      const target = `r${String(i).padStart(4, '0')}_${f}`;
      copyFileSync(join(src, f), join(dir, target));
      const side = join(src, f.replace(/\.[^.]+$/, '.meta.json'));
      if (existsSync(side)) copyFileSync(side, join(dir, target.replace(/\.[^.]+$/, '.meta.json')));
      const size = statSync(join(src, f)).size;
      bytes += size;
      if (!f.startsWith('004_')) arabicBytes += size;
      files++;
    }
  }
  return { dir, files, bytes, arabicBytes };
}

/** Peak resident memory so far, in MB (the process's max RSS, as the OS reports it). */
export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}
