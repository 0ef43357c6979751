// Shared set-up of the browser tests: the database, the server, the browser.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, SEED_CORPUS_DIR } from '../../src/core/index.js';
import { openStore } from '../../src/store/index.js';
import { populateStore, tempDir } from '../server/fixtures.js';

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = join(PROJECT_ROOT, 'artifacts', 'e2e');
export const CLI = join(PROJECT_ROOT, 'dist', 'src', 'cli', 'main.js');
export const WEB_DIR = join(PROJECT_ROOT, 'dist', 'web');

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

export type E2eData = 'seeds' | 'synthetic';

/** Which data the browser tests run on: the seed corpus through the built CLI (what ships),
 *  or synthetic events written through the Store. MARSAD_E2E_DATA overrides. */
export function e2eDataMode(): E2eData {
  const env = process.env.MARSAD_E2E_DATA;
  if (env === 'seeds' || env === 'synthetic') return env;
  return existsSync(CLI) && existsSync(SEED_CORPUS_DIR) ? 'seeds' : 'synthetic';
}

/** A fresh database for the browser tests; returns its path. */
export function prepareE2eDatabase(mode: E2eData = e2eDataMode()): { path: string; mode: E2eData } {
  const dir = tempDir('marsad-e2e-');
  const path = join(dir, 'e2e.db');
  if (mode === 'seeds') {
    // The built CLI when there is one (what ships); otherwise, or with MARSAD_E2E_CLI=source
    // (a stale build), the same CLI from source.
    const built = existsSync(CLI) && process.env.MARSAD_E2E_CLI !== 'source';
    const cli = built ? [CLI] : ['--import', 'tsx', join(PROJECT_ROOT, 'src', 'cli', 'main.ts')];
    execFileSync(process.execPath, [...cli, 'ingest', SEED_CORPUS_DIR, '--db', path], { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'pipe'], timeout: 300_000 });
  } else {
    const store = openStore(path);
    populateStore(store);
    store.close();
  }
  return { path, mode };
}

/** Build the web bundle when it is missing (the tests exercise what `npm run build` ships). */
export function ensureWebBuilt(): void {
  if (existsSync(join(WEB_DIR, 'index.html')) && existsSync(join(WEB_DIR, 'app.js'))) return;
  execFileSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'build-web.mjs')], { stdio: 'ignore' });
}

export function screenshotPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, `${name}.png`);
}
