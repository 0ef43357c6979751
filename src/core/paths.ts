// Where the project's own files are, wherever the code runs from (src via tsx, or dist).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data'))) return dir;
    dir = dirname(dir);
  }
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
}

/** The repository / package root (holds package.json and data/). */
export const PROJECT_ROOT = findRoot();
export const DATA_DIR = join(PROJECT_ROOT, 'data');
/** `../shared` beside the checkout, when present (seed corpus, gold, source gazetteers). */
export const SHARED_DIR = resolve(PROJECT_ROOT, '..', 'shared');
export const SEED_CORPUS_DIR = join(SHARED_DIR, 'corpus', 'seeds');
