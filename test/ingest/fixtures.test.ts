// Golden fixtures: test/fixtures/ingest/in/* → out/<name>.json, compared in one loop.
// Regenerate with MARSAD_UPDATE_FIXTURES=1 and review the diff.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/core/index.js';
import { loadDocuments } from '../../src/ingest/index.js';

const DIR = join(PROJECT_ROOT, 'test', 'fixtures', 'ingest');
const UPDATE = process.env.MARSAD_UPDATE_FIXTURES === '1';

for (const name of readdirSync(join(DIR, 'in')).sort()) {
  test(`fixture ${name}`, async () => {
    const { docs, errors } = await loadDocuments(join(DIR, 'in', name));
    // Paths differ per checkout: compare what the document says, not where it lives.
    const actual = {
      docs: docs.map(({ source_path: _p, ...d }) => d),
      // V8's JSON messages vary across Node versions; the code and the place are the contract.
      errors: errors.map((e) => ({ code: e.code, file: (e.file ?? '').replace(join(DIR, 'in') + '/', '') })),
    };
    const outPath = join(DIR, 'out', `${name}.json`);
    if (UPDATE) writeFileSync(outPath, JSON.stringify(actual, null, 2) + '\n');
    assert.deepEqual(actual, JSON.parse(readFileSync(outPath, 'utf8')));
  });
}
