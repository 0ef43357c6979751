import type { Command } from 'commander';
import { Option } from 'commander';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { EventFilter } from '../core/index.js';
import { controlToJsonLine, writeCsv, writeGeoJson, writeJsonl } from '../export/index.js';
import { withStore } from './inspect.js';
import { dbOption } from './options.js';

export interface FilterFlags {
  from?: string;
  to?: string;
  type?: string[];
  subType?: string[];
  actor?: string;
  admin1?: string;
  place?: string;
  q?: string;
  minFatalities?: string;
}

/** Turn the shared filter flags into an EventFilter (the API uses the same filter). */
export function filterFromFlags(f: FilterFlags): EventFilter {
  const filter: EventFilter = {};
  if (f.from) filter.from = f.from;
  if (f.to) filter.to = f.to;
  if (f.type?.length) filter.event_type = f.type;
  if (f.subType?.length) filter.sub_event_type = f.subType;
  if (f.actor) filter.actor = f.actor;
  if (f.admin1) filter.admin1 = f.admin1;
  if (f.place) filter.place_id = f.place;
  if (f.q) filter.q = f.q;
  if (f.minFatalities) filter.min_fatalities = Number(f.minFatalities);
  return filter;
}

const collect = (v: string, prev: string[] = []) => [...prev, v];

export function addFilterOptions(cmd: Command): Command {
  return cmd
    .option('--from <date>', 'events on or after YYYY-MM-DD')
    .option('--to <date>', 'events on or before YYYY-MM-DD')
    .option('--type <event_type>', 'ACLED event type (repeatable)', collect)
    .option('--sub-type <sub_event_type>', 'ACLED sub-event type (repeatable)', collect)
    .option('--actor <name>', 'actor1, actor2 or an associated actor')
    .option('--admin1 <name>', 'governorate')
    .option('--place <place_id>', 'gazetteer id')
    .option('--q <text>', 'full-text search in the evidence sentences')
    .option('--min-fatalities <n>', 'at least this many fatalities');
}

export function registerExport(program: Command): void {
  const cmd = program
    .command('export')
    .description('Write events per EVENT_SCHEMA.md (jsonl), ACLED CSV, GeoJSON, or the control timeline.')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'csv', 'geojson', 'control']).default('jsonl'))
    .option('--out <file>', 'write to a file instead of stdout')
    .addOption(dbOption());
  addFilterOptions(cmd).action(async (o: FilterFlags & { db: string; format: string; out?: string }) => {
    const out = o.out ? createWriteStream(o.out) : process.stdout;
    const n = await withStore(o.db, async (store) => {
      if (o.format === 'control') {
        let rows = 0;
        for (const c of store.allControl()) {
          out.write(controlToJsonLine(c) + '\n');
          rows++;
        }
        return rows;
      }
      const events = store.iterateEvents(filterFromFlags(o));
      if (o.format === 'csv') return writeCsv(events, out, { outlets: store.outletsByDoc() });
      if (o.format === 'geojson') return writeGeoJson(events, out);
      return writeJsonl(events, out);
    });
    if (o.out) {
      (out as NodeJS.WritableStream & { end(): void }).end();
      await finished(out);
      process.stderr.write(`wrote ${n} ${o.format === 'control' ? 'control changes' : 'events'} to ${o.out}\n`);
    }
  });
}
