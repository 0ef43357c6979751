// Look-ups in the knowledge base (places, actors) and gazetteer imports.
import type { Command } from 'commander';
import { Option } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Actor } from '../core/index.js';
import { importGazetteerFile, importGeonamesDump, loadKnowledgeBase, type KnowledgeBase, type PlaceMatch } from '../kb/index.js';
import { normalizeKey } from '../text/index.js';
import { withStore } from './inspect.js';
import { dbOption } from './options.js';

export function placeMatchJson(m: PlaceMatch) {
  const p = m.place;
  return {
    id: p.id, name: p.name, name_ar: p.name_ar, kind: p.kind, lat: p.lat, lon: p.lon,
    admin1: p.admin1, admin2: p.admin2, score: +m.score.toFixed(3), why: m.why,
  };
}

export interface ActorMatch { actor: Actor; score: number; why: string }

/** Actors whose canonical name or an alias matches `query`: exact key first, then prefix/substring. */
export function searchActors(kb: KnowledgeBase, query: string, limit = 10): ActorMatch[] {
  const q = normalizeKey(query);
  if (!q) return [];
  const out = new Map<string, ActorMatch>();
  const exact = kb.actors.byName(query);
  if (exact) out.set(exact.id, { actor: exact, score: 1, why: 'exact name or alias' });
  for (const { alias, actor_id } of kb.actors.aliasEntries()) {
    if (out.has(actor_id)) continue;
    const key = normalizeKey(alias);
    const score = key.startsWith(q) ? 0.8 : key.includes(q) ? 0.6 : 0;
    if (score) {
      const actor = kb.actors.get(actor_id);
      if (actor) out.set(actor_id, { actor, score, why: `${score === 0.8 ? 'prefix of' : 'part of'} alias "${alias}"` });
    }
  }
  return [...out.values()].sort((a, b) => b.score - a.score || a.actor.name.localeCompare(b.actor.name)).slice(0, limit);
}

export function actorMatchJson(m: ActorMatch) {
  const a = m.actor;
  return { id: a.id, name: a.name, aliases: [...a.aliases.en, ...a.aliases.ar], inter: a.inter, memberships: a.memberships, score: m.score, why: m.why };
}

function queriesFrom(name: string | undefined, file: string | undefined): string[] {
  if (file) return readFileSync(file, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return name ? [name] : [];
}

/** The shipped knowledge base plus places imported into `db` — a look-up never creates a database. */
function loadKbFor(db: string | undefined): KnowledgeBase {
  if (!db || !existsSync(db)) return loadKnowledgeBase();
  return withStore(db, (store) => loadKnowledgeBase({ extraPlaces: store.importedPlaces() }));
}

export function registerKnowledge(program: Command): void {
  program
    .command('places')
    .description('Find places in the gazetteer by name (Arabic or English, any spelling).')
    .argument('[name]')
    .option('--json', 'print an array, best first, of {id, name, name_ar, kind, lat, lon, admin1, admin2, score, why}')
    .option('--file <file>', 'resolve one name per line; prints one JSON line per name: {query, matches}')
    .option('--admin1 <governorate>', 'prefer places in this governorate')
    .option('--limit <n>', 'at most this many matches', '10')
    .addOption(dbOption())
    .action((name: string | undefined, o: { json?: boolean; file?: string; admin1?: string; limit: string; db: string }) => {
      const queries = queriesFrom(name, o.file);
      if (!queries.length) throw new Error('give a NAME or --file FILE');
      const kb = loadKbFor(o.db);
      for (const q of queries) {
        const matches = kb.gazetteer.search(q, { admin1: o.admin1, limit: Number(o.limit) }).map(placeMatchJson);
        if (o.file) process.stdout.write(JSON.stringify({ query: q, matches }) + '\n');
        else if (o.json) process.stdout.write(JSON.stringify(matches, null, 1) + '\n');
        else if (!matches.length) process.stdout.write(`no place matches "${q}"\n`);
        else
          for (const m of matches)
            process.stdout.write(
              `${m.id}  ${m.name}${m.name_ar ? ` (${m.name_ar})` : ''}  ${m.kind}  ${m.lat ?? '-'},${m.lon ?? '-'}  ` +
                `${[m.admin2, m.admin1].filter(Boolean).join(', ')}  score ${m.score}  — ${m.why}\n`,
            );
      }
    });

  program
    .command('actors')
    .description('Find actors by name or alias (Arabic or English).')
    .argument('[name]')
    .option('--json', 'print an array, best first, of {id, name, aliases, inter, memberships, score}')
    .option('--file <file>', 'resolve one name per line; prints one JSON line per name: {query, matches}')
    .action((name: string | undefined, o: { json?: boolean; file?: string }) => {
      const queries = queriesFrom(name, o.file);
      if (!queries.length) throw new Error('give a NAME or --file FILE');
      const kb = loadKnowledgeBase({ world: false });
      for (const q of queries) {
        const matches = searchActors(kb, q).map(actorMatchJson);
        if (o.file) process.stdout.write(JSON.stringify({ query: q, matches }) + '\n');
        else if (o.json) process.stdout.write(JSON.stringify(matches, null, 1) + '\n');
        else if (!matches.length) process.stdout.write(`no actor matches "${q}"\n`);
        else
          for (const m of matches)
            process.stdout.write(
              `${m.id}  ${m.name}  inter ${m.inter}  score ${m.score} — ${m.why}\n    aliases: ${m.aliases.join(', ')}\n` +
                (m.memberships.length
                  ? `    member of: ${m.memberships.map((x) => `${x.actor_id}${x.from ? ` from ${x.from}` : ''}${x.to ? ` to ${x.to}` : ''}`).join('; ')}\n`
                  : ''),
            );
      }
    });

  const gaz = program.command('gazetteer').description('Grow the gazetteer with place lists you download.');
  gaz
    .command('import')
    .description('Import places: the HDX OCHA workbook (.xlsx), a GeoNames dump (SY.txt), or the Syrian Archive list (.json).')
    .argument('<file>')
    .addOption(new Option('--format <format>', 'file format (sniffed when omitted)').choices(['ocha-xlsx', 'geonames', 'syrianarchive']))
    .option('--alternate-names <file>', 'GeoNames alternateNamesV2.txt to add alternate spellings')
    .addOption(dbOption())
    .action(async (file: string, o: { format?: 'ocha-xlsx' | 'geonames' | 'syrianarchive'; alternateNames?: string; db: string }) => {
      // Alternate names only exist for GeoNames dumps; the other formats carry their aliases inline.
      const places = o.alternateNames ? await importGeonamesDump(file, o.alternateNames) : await importGazetteerFile(file, o.format);
      const r = withStore(o.db, (store) => store.upsertPlaces(places, basename(file)));
      process.stdout.write(`${basename(file)}: ${places.length} places read, ${r.inserted} new, ${r.updated} updated (stored in ${o.db})\n`);
    });
}
