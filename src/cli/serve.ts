// `marsad serve` (the API and web app over a database) and `marsad demo` (ingest the default
// corpus, then serve): the one command from a fresh clone to a working map.
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { openPipeline, type Pipeline } from '../pipeline/index.js';
import { startServer } from '../server/index.js';
import { defaultCorpus, formatSummary, ingestPaths } from './ingest.js';
import { dbOption } from './options.js';
import { DEFAULT_MAX_BYTES } from '../ingest/index.js';

function port(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number 0–65535');
  return n;
}

interface ServeFlags { db: string; port: number; host: string; tiles?: string }

async function serve(pipeline: Pipeline, o: ServeFlags): Promise<void> {
  const token = process.env.MARSAD_TOKEN?.trim() || null;
  const server = await startServer({
    store: pipeline.store,
    kb: pipeline.kb,
    token,
    tileUrl: o.tiles ?? process.env.MARSAD_TILE_URL ?? null,
    ingest: async (bytes, name, meta) => pipeline.ingestBytes(bytes, name, meta),
    port: o.port,
    host: o.host,
  });
  process.stdout.write(
    `Marsad is serving ${pipeline.store.eventCount()} events from ${o.db}\n` +
      `  open ${server.url}\n` +
      `  API  ${server.url}api/events\n` +
      (token ? '  writing enabled (POST /api/documents with Authorization: Bearer $MARSAD_TOKEN)\n' : '  read-only (set MARSAD_TOKEN to allow POST /api/documents)\n') +
      '  stop with Ctrl+C\n',
  );
  const stop = async () => {
    await server.close();
    pipeline.store.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function serveOptions(cmd: Command): Command {
  return cmd
    .addOption(dbOption())
    .option('--port <port>', 'port to listen on', port, 8080)
    .option('--host <host>', 'address to bind (use 0.0.0.0 to share on a network)', '127.0.0.1')
    .option('--tiles <url>', 'optional online basemap tiles, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png (env MARSAD_TILE_URL)');
}

export function registerServe(program: Command): void {
  serveOptions(program.command('serve').description('Serve the HTTP API and the web app (map, timeline, evidence, control histories).')).action(
    async (o: ServeFlags) => serve(openPipeline(o.db), o),
  );

  serveOptions(
    program
      .command('demo')
      .description('Ingest the default corpus (../shared/corpus/seeds when present, else the bundled sample), print the summary, then serve the app.')
      .argument('[paths...]', 'corpus to ingest instead of the default')
      .option('--no-serve', 'only ingest and print the summary'),
  ).action(async (paths: string[], o: ServeFlags & { serve: boolean }) => {
    const corpus = paths.length ? paths : [defaultCorpus()];
    process.stdout.write(`ingesting ${corpus.join(', ')} into ${o.db}\n`);
    const pipeline = openPipeline(o.db);
    const s = await ingestPaths(pipeline, corpus, { maxBytes: DEFAULT_MAX_BYTES, progress: true });
    process.stdout.write(formatSummary(s) + '\n');
    if (s.failed) process.exitCode = 1;
    if (!o.serve) return pipeline.store.close();
    await serve(pipeline, o);
  });
}
