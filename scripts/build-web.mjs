#!/usr/bin/env node
// Bundle the web app (src/web) into dist/web: one script, one stylesheet, self-hosted fonts
// and the offline basemap (Natural Earth countries from world-atlas). No CDN at run time.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'web');
const require = createRequire(import.meta.url);
const watch = process.argv.includes('--watch');

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'basemap'), { recursive: true });

const common = {
  bundle: true,
  minify: !watch,
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
  legalComments: 'linked',
};

await build({
  ...common,
  entryPoints: { app: 'src/web/main.ts' },
  outdir: out,
  format: 'esm',
  target: ['es2022'],
  platform: 'browser',
});

await build({
  ...common,
  entryPoints: { app: 'src/web/styles.css' },
  outdir: out,
  assetNames: 'assets/[name]-[hash]',
  loader: { '.woff': 'file', '.woff2': 'file', '.png': 'file', '.svg': 'file' },
});

for (const f of ['index.html', 'favicon.svg']) copyFileSync(join(root, 'src', 'web', f), join(out, f));
const atlas = dirname(require.resolve('world-atlas/package.json'));
copyFileSync(join(atlas, 'countries-50m.json'), join(out, 'basemap', 'countries-50m.json'));
copyFileSync(join(atlas, 'LICENSE'), join(out, 'basemap', 'LICENSE-world-atlas.txt'));

console.log(`web app built into ${out}`);
