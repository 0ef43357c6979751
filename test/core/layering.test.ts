// STYLE §1: data flows one way. A stage may import only from earlier stages, and only through
// their public surface (index.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PROJECT_ROOT } from '../../src/core/index.js';

const ORDER = ['core', 'text', 'ingest', 'kb', 'extract', 'resolve', 'export', 'store', 'pipeline', 'server', 'cli'];

function* tsFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* tsFiles(p);
    else if (p.endsWith('.ts')) yield p;
  }
}

test('no stage imports a later stage, or a private file of another stage', () => {
  const src = join(PROJECT_ROOT, 'src');
  const problems: string[] = [];
  for (const stage of ORDER) {
    const rank = ORDER.indexOf(stage);
    for (const file of tsFiles(join(src, stage))) {
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/from\s+'\.\.\/(?:\.\.\/)*([a-z]+)\/([^']+)'/g)) {
        const target = m[1];
        if (!ORDER.includes(target) || target === stage) continue;
        const where = relative(PROJECT_ROOT, file);
        if (ORDER.indexOf(target) > rank) problems.push(`${where} imports later stage ${target}`);
        else if (m[2] !== 'index.js') problems.push(`${where} imports ${target}/${m[2]} instead of ${target}/index.js`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('the layering check itself catches a backwards import', () => {
  const line = "import { openStore } from '../store/index.js';";
  const m = /from\s+'\.\.\/(?:\.\.\/)*([a-z]+)\/([^']+)'/.exec(line);
  assert.ok(m && ORDER.indexOf(m[1]) > ORDER.indexOf('text'), 'a text module importing store must be flagged');
});
