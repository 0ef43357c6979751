#!/usr/bin/env -S node --max-semi-space-size=64
// `marsad`: the command line. Each command is a thin shell over the stages; the work is in them.
import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../core/index.js';
import { registerIngest } from './ingest.js';
import { registerInspect } from './inspect.js';
import { registerExport } from './export.js';
import { registerKnowledge } from './knowledge.js';
import { registerResolve } from './resolve.js';
import { registerServe } from './serve.js';

const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };

// `marsad export | head`: a reader that stops early is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const program = new Command();
program
  .name('marsad')
  .description('Marsad (مرصد): code ACLED-style conflict events from Arabic and English war reporting.')
  .version(pkg.version)
  .showHelpAfterError();

registerIngest(program);
registerInspect(program);
registerExport(program);
registerKnowledge(program);
registerResolve(program);
registerServe(program);

program.parseAsync(process.argv).catch((e: unknown) => {
  const msg = e instanceof Error ? e.message : String(e);
  process.stderr.write(`marsad: ${msg}\n`);
  process.exitCode = 2;
});
