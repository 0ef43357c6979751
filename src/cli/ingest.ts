import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { existsSync } from 'node:fs';
import { DATA_DIR, SEED_CORPUS_DIR, type MarsadError } from '../core/index.js';
import { DEFAULT_MAX_BYTES, expandInputs, loadDocuments } from '../ingest/index.js';
import { asIngestError, openPipeline, type Pipeline } from '../pipeline/index.js';
import { createProgress } from './progress.js';
import { dbOption } from './options.js';
import { join } from 'node:path';

export interface IngestSummary {
  new: number;
  updated: number;
  unchanged: number;
  failed: number;
  characters: number;
  seconds: number;
  events: number;
  doc_events: number;
  control_changes: number;
  /** Of `seconds`, the time spent merging and deriving control histories. */
  resolve_seconds: number;
}

export function parseSize(v: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(v.trim());
  if (!m) throw new InvalidArgumentError('expected a size such as 20MB, 512kb or 1048576');
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const mult = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.round(Number(m[1]) * mult);
}

function reportError(e: MarsadError): void {
  process.stderr.write(`marsad: error: ${e.message} [${e.code}]\n`);
}

/** Read, analyse and store every document under `paths`; then merge and derive control. */
export async function ingestPaths(
  pipeline: Pipeline,
  paths: string[],
  opts: { maxBytes: number; progress: boolean },
): Promise<IngestSummary> {
  const t0 = performance.now();
  const s: IngestSummary = { new: 0, updated: 0, unchanged: 0, failed: 0, characters: 0, seconds: 0, events: 0, doc_events: 0, control_changes: 0, resolve_seconds: 0 };
  const { files, errors } = await expandInputs(paths);
  for (const e of errors) {
    reportError(e);
    s.failed++;
  }
  const progress = createProgress(files.length, { enabled: opts.progress });
  // one commit per batch of documents (at most 200, or a second's work), each document its own
  // savepoint (see Store.openBatch); other processes' writes wait at most that long
  const batch = pipeline.store.openBatch();
  try {
    for (const file of files) {
      const { docs, errors: readErrors } = await loadDocuments(file, { maxBytes: opts.maxBytes });
      for (const e of readErrors) {
        reportError(e);
        s.failed++;
      }
      for (const doc of docs) {
        batch.begin();
        try {
          const outcome = pipeline.ingestDocument(doc);
          s[outcome.status]++;
          s.characters += outcome.chars;
        } catch (e) {
          reportError(asIngestError(e, doc.source_path ?? doc.doc_id));
          s.failed++;
        }
        batch.saved();
      }
      progress.tick(file);
    }
  } finally {
    batch.close();
    progress.stop();
  }
  const resolved = pipeline.resolve();
  s.events = resolved.events;
  s.doc_events = resolved.docEvents;
  s.control_changes = resolved.controlChanges;
  s.resolve_seconds = resolved.seconds;
  s.seconds = (performance.now() - t0) / 1000;
  return s;
}

export function formatSummary(s: IngestSummary): string {
  const mb = s.characters / 1e6;
  return [
    `documents: ${s.new} new, ${s.updated} updated, ${s.unchanged} unchanged, ${s.failed} failed`,
    `characters: ${s.characters.toLocaleString('en')} in ${s.seconds.toFixed(2)} s` +
      (s.seconds > 0 && mb > 0 ? ` (${(mb / s.seconds).toFixed(2)} M chars/s)` : ''),
    `events: ${s.events} (merged from ${s.doc_events} per-document events), control changes: ${s.control_changes}`,
  ].join('\n');
}

/** The corpus the demo runs on: the seed corpus beside the checkout, else the project's own sample. */
export function defaultCorpus(): string {
  return existsSync(SEED_CORPUS_DIR) ? SEED_CORPUS_DIR : join(DATA_DIR, 'sample');
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('Read articles (files, directories, or - for stdin), code their events, store them.')
    .argument('<paths...>', '.txt .md .html .htm .json .jsonl files, directories (recursive), or - for stdin')
    .addOption(dbOption())
    .option('--max-bytes <size>', 'skip files larger than this (e.g. 20MB)', parseSize, DEFAULT_MAX_BYTES)
    .option('--no-progress', 'no progress bar or progress lines')
    .option('--json', 'print the summary as JSON')
    .addHelpText(
      'after',
      '\nA NAME.meta.json beside NAME.txt (or .html ...) supplies url, title, outlet, published, lang.\n' +
        'Re-ingesting unchanged documents stores nothing new; a changed document replaces its earlier version.\n' +
        'Exit status: 0 when every document was stored, 1 when any failed (each failure is reported on stderr).',
    )
    .action(async (paths: string[], o: { db: string; maxBytes: number; progress: boolean; json?: boolean }) => {
      const pipeline = openPipeline(o.db);
      try {
        const s = await ingestPaths(pipeline, paths, { maxBytes: o.maxBytes, progress: o.progress });
        process.stdout.write((o.json ? JSON.stringify(s) : formatSummary(s)) + '\n');
        process.exitCode = s.failed > 0 ? 1 : 0;
      } finally {
        pipeline.store.close();
      }
    });
}
