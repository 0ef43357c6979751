// Views over the resolved database: rival casualty claims and territorial control histories.
import type { Command } from 'commander';
import type { ControlChange } from '../core/index.js';
import { loadKnowledgeBase } from '../kb/index.js';
import { controllerAt, findContradictions } from '../resolve/index.js';
import type { Store } from '../store/index.js';
import { withStore } from './inspect.js';
import { dbOption } from './options.js';

function claimLine(c: { count: number | null; qualifier: string; victims: string; claimant: string | null; doc_id: string }): string {
  const q = c.qualifier === 'exact' ? '' : `${c.qualifier.replace('_', ' ')} `;
  return `${c.claimant ?? 'unattributed'}: ${q}${c.count ?? '?'} ${c.victims} (${c.doc_id})`;
}

/** PLACE may be a place id, or a name resolved through the gazetteer (preferring places with a history). */
export function resolveControlPlace(store: Store, place: string): string | null {
  if (store.getControl(place).length) return place;
  const withHistory = new Set(store.allControl().map((c) => c.place_id));
  const kb = loadKnowledgeBase({ extraPlaces: store.importedPlaces(), world: false });
  const matches = kb.gazetteer.search(place, { limit: 20 });
  const best = matches.find((m) => withHistory.has(m.place.id)) ?? matches[0];
  return best ? best.place.id : null;
}

function historyJson(changes: ControlChange[]) {
  return changes.map((c) => ({
    date: c.date, controller: c.controller, previous_controller: c.previous_controller, contested: c.contested,
    event_id: c.event_id, confidence: c.confidence, evidence: c.evidence,
  }));
}

export function registerResolve(program: Command): void {
  program
    .command('claims')
    .description('List fatality claims per event; with --contradictions, only events whose claims disagree by more than 2x.')
    .option('--contradictions', 'only events whose claims disagree by more than a factor of two')
    .option('--json', 'print JSON')
    .addOption(dbOption())
    .action((o: { contradictions?: boolean; json?: boolean; db: string }) =>
      withStore(o.db, (store) => {
        const events = [...store.iterateEvents({})];
        if (o.contradictions) {
          const items = findContradictions(events);
          if (o.json) return void process.stdout.write(JSON.stringify(items, null, 1) + '\n');
          if (!items.length) return void process.stdout.write('no contradictory claims\n');
          for (const c of items) {
            process.stdout.write(`${c.event_id}  ${c.event_date ?? '-'}  ${c.sub_event_type} at ${c.location}: ${c.min}–${c.max} (×${c.ratio.toFixed(1)})\n`);
            for (const cl of c.claims) process.stdout.write(`    ${claimLine(cl)}\n`);
          }
          return;
        }
        const withClaims = events.filter((e) => e.fatality_claims.length);
        if (o.json)
          return void process.stdout.write(
            JSON.stringify(withClaims.map((e) => ({ event_id: e.event_id, event_date: e.event_date, location: e.location, fatalities: e.fatality_claims.length ? e.fatalities : 0, fatality_claims: e.fatality_claims })), null, 1) + '\n',
          );
        for (const e of withClaims) {
          process.stdout.write(`${e.event_id}  ${e.event_date ?? '-'}  ${e.sub_event_type} at ${e.location}: fatalities ${e.fatalities} (most conservative)\n`);
          for (const cl of e.fatality_claims) process.stdout.write(`    ${claimLine(cl)}\n`);
        }
      }),
    );

  program
    .command('control')
    .description("Print a place's history of control changes, or who controlled it on a date.")
    .argument('<place>', 'place id (e.g. ocha:C4013) or name (Arabic or English)')
    .option('--at <date>', 'who controlled the place on YYYY-MM-DD')
    .option('--json', 'print {place_id, location, history: [{date, controller, previous_controller, contested, event_id, evidence}]}')
    .addOption(dbOption())
    .action((place: string, o: { at?: string; json?: boolean; db: string }) =>
      withStore(o.db, (store) => {
        const placeId = resolveControlPlace(store, place);
        const history = placeId ? store.getControl(placeId) : [];
        const location = history[0]?.location ?? place;
        if (o.at) {
          const at = controllerAt(history, placeId ?? place, o.at);
          if (o.json)
            return void process.stdout.write(
              JSON.stringify({ place_id: placeId, location, date: o.at, controller: at.controller, contested: at.contested, change: at.change }, null, 1) + '\n',
            );
          return void process.stdout.write(
            at.controller
              ? `${location} on ${o.at}: ${at.controller}${at.contested ? ' (contested)' : ''}` +
                  (at.change ? ` — since ${at.change.date}, event ${at.change.event_id}` : '') + '\n'
              : `${location} on ${o.at}: unknown (no reported change of control before that date)\n`,
          );
        }
        if (o.json) return void process.stdout.write(JSON.stringify({ place_id: placeId, location, history: historyJson(history) }, null, 1) + '\n');
        if (!history.length) return void process.stdout.write(`no control changes recorded for "${place}"${placeId ? ` (${placeId})` : ''}\n`);
        process.stdout.write(`${location} (${placeId})${history[0]?.location_ar ? ` ${history[0].location_ar}` : ''}\n`);
        for (const c of history) {
          process.stdout.write(
            `  ${c.date}  ${c.previous_controller ?? '?'} → ${c.controller}${c.contested ? '  [CONTESTED]' : ''}  (confidence ${c.confidence.toFixed(2)}, ${c.event_id})\n` +
              `      ${c.evidence.doc_id}: ${c.evidence.text}\n`,
          );
        }
      }),
    );
}
