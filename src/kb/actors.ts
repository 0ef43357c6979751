// The actor dictionary: canonical ACLED-style names, Arabic and English aliases, inter codes,
// dated coalition memberships and renamings. Loaded from data/actors.json (validated with zod),
// never at import time: callers pass the file or build an ActorIndex from their own list.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DATA_DIR, MarsadError, type Actor, type InterCode } from '../core/index.js';
import { normalizeKey } from '../text/index.js';

export const ACTORS_FILE: string = join(DATA_DIR, 'actors.json');

/**
 * An actor as shipped in data/actors.json: the core `Actor` plus Marsad's own optional fields.
 * - `ambiguous`: aliases deliberately shared with other actors ("the army" is the Syrian army in a
 *   Syrian report and the Sudanese army in a Sudanese one). Each must also be in `aliases`.
 * - `claimant_name`: the short label used when this source makes a fatality claim ("SOHR").
 * - `acts_as`: for a claimant that is an organ of an armed actor (the Russian Ministry of Defence),
 *   the armed actor it stands for when it appears as a party to an event.
 * - `government_of`: countries whose government side the actor is on (its own state forces, or
 *   the allies fighting for that government), for territory coding.
 * - `formed` / `dissolved`: when the organisation existed (YYYY, YYYY-MM or YYYY-MM-DD).
 * - `case_sensitive`: aliases that match only in this exact case because lower-cased they are
 *   common words ("IS", "TIP", "UN", "AP").
 * - `variant_of`: the same generic actor in another country ("Civilians (Iraq)" is a variant of
 *   "Civilians (Syria)"); `forCountry` switches between them.
 */
export interface ActorEntry extends Actor {
  ambiguous?: string[];
  claimant_name?: string;
  acts_as?: string;
  government_of?: string[];
  formed?: string | null;
  dissolved?: string | null;
  case_sensitive?: string[];
  variant_of?: string;
  note?: string;
}

export interface AliasEntry {
  alias: string;
  lang: 'ar' | 'en';
  actor_id: string;
  /** True when the alias is deliberately shared by several actors (context must decide). */
  ambiguous?: boolean;
  /** True when the alias must match in exactly this case (an acronym that is also a word). */
  case_sensitive?: boolean;
}

// ---------------------------------------------------------------- validation

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const dateField = z.string().regex(PARTIAL_DATE, 'date must be YYYY, YYYY-MM or YYYY-MM-DD').nullable().optional();
const alias = z.string().trim().min(1, 'empty alias');

const membershipSchema = z.strictObject({
  actor_id: z.string().min(1),
  from: dateField,
  to: dateField,
  role: z.enum(['member', 'leader', 'affiliate', 'parent']).optional(),
  note: z.string().optional(),
  source: z.string().optional(),
});

const actorSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be kebab-case'),
  name: z.string().trim().min(1),
  aliases: z.object({ ar: z.array(alias), en: z.array(alias) }),
  inter: z.number().int().min(0, 'inter must be 0-8').max(8, 'inter must be 0-8'),
  country: z.string().min(1).nullable(),
  kind: z.enum(['state', 'rebel', 'militia', 'foreign_state', 'jihadist', 'coalition', 'civilians', 'claimant', 'protesters']),
  side: z.enum(['government', 'opposition', 'foreign', 'neutral', 'other']).optional(),
  memberships: z.array(membershipSchema),
  names_over_time: z.array(z.object({ name: z.string().min(1), from: dateField, to: dateField })).optional(),
  source: z.string().trim().min(1, 'every actor needs a source'),
  ambiguous: z.array(alias).optional(),
  claimant_name: z.string().min(1).optional(),
  acts_as: z.string().min(1).optional(),
  government_of: z.array(z.string().min(1)).optional(),
  formed: dateField,
  dissolved: dateField,
  case_sensitive: z.array(alias).optional(),
  variant_of: z.string().min(1).optional(),
  /** A foreign power whose bombardments in the conflict are air (or air-launched missile) strikes,
   *  unless the text names a ground weapon: "Russian bombing", "Israeli strikes". */
  air_power: z.boolean().optional(),
  note: z.string().optional(),
});

const fileSchema = z.object({
  version: z.union([z.string(), z.number()]),
  description: z.string().optional(),
  changelog: z.array(z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), change: z.string().min(1) })).min(1),
  actors: z.array(z.unknown()),
});

function invalid(file: string, detail: string): MarsadError {
  return new MarsadError('MARSAD_ERR_DATA_INVALID', detail, { file });
}

/** Validates a parsed actors document; throws MARSAD_ERR_DATA_INVALID naming the file and entry. */
export function validateActors(doc: unknown, file = '<actors>'): ActorEntry[] {
  const top = fileSchema.safeParse(doc);
  if (!top.success) throw invalid(file, `invalid actors file: ${z.prettifyError(top.error)}`);
  const actors: ActorEntry[] = [];
  top.data.actors.forEach((raw, i) => {
    const r = actorSchema.safeParse(raw);
    if (!r.success) {
      const id = (raw as { id?: unknown } | null)?.id;
      throw invalid(file, `actor ${typeof id === 'string' ? `"${id}"` : `#${i}`}: ${z.prettifyError(r.error)}`);
    }
    actors.push(r.data as ActorEntry);
  });
  checkReferences(actors, file);
  return actors;
}

/** Cross-entry checks: unique ids, known membership / acts_as targets, no accidental alias clash. */
function checkReferences(actors: ActorEntry[], file: string): void {
  const ids = new Set<string>();
  for (const a of actors) {
    if (ids.has(a.id)) throw invalid(file, `actor "${a.id}": duplicate id`);
    ids.add(a.id);
  }
  const owner = new Map<string, { id: string; ambiguous: boolean }>();
  for (const a of actors) {
    for (const m of a.memberships) {
      if (!ids.has(m.actor_id)) throw invalid(file, `actor "${a.id}": membership in unknown actor "${m.actor_id}"`);
      if (m.actor_id === a.id) throw invalid(file, `actor "${a.id}": member of itself`);
    }
    if (a.acts_as && !ids.has(a.acts_as)) throw invalid(file, `actor "${a.id}": acts_as unknown actor "${a.acts_as}"`);
    if (a.variant_of && !ids.has(a.variant_of)) throw invalid(file, `actor "${a.id}": variant_of unknown actor "${a.variant_of}"`);
    const all = new Set([a.name, ...a.aliases.ar, ...a.aliases.en]);
    for (const [field, list] of [['ambiguous', a.ambiguous], ['case_sensitive', a.case_sensitive]] as const) {
      for (const s of list ?? []) {
        if (!all.has(s)) throw invalid(file, `actor "${a.id}": ${field} alias "${s}" is not one of its aliases`);
      }
    }
    const amb = new Set((a.ambiguous ?? []).map(normalizeActorKey));
    const seen = new Set<string>();
    for (const n of all) {
      const key = normalizeActorKey(n);
      if (!key) throw invalid(file, `actor "${a.id}": alias "${n}" is empty after normalization`);
      if (seen.has(key)) continue;
      seen.add(key);
      const prev = owner.get(key);
      const isAmb = amb.has(key);
      if (prev && !(prev.ambiguous && isAmb)) {
        throw invalid(file, `actor "${a.id}": alias "${n}" already belongs to "${prev.id}" (mark it ambiguous on both to share it)`);
      }
      if (!prev) owner.set(key, { id: a.id, ambiguous: isAmb });
    }
  }
}

/** Reads, parses and validates an actors file (default data/actors.json). */
export function loadActors(file: string = ACTORS_FILE): ActorIndex {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new MarsadError('MARSAD_ERR_DATA_INVALID', 'cannot read actors file', { file, cause });
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (cause) {
    throw new MarsadError('MARSAD_ERR_DATA_INVALID', `not valid JSON: ${(cause as Error).message}`, { file, cause });
  }
  return new ActorIndex(validateActors(doc, file));
}

// ---------------------------------------------------------------- normalization

// Key for name lookups: the text stage's normalizeKey (Arabic orthography, diacritics, case,
// Latin accents, apostrophes, hyphens) plus punctuation dropped ("U.N.", "Forces (RSF)").
const PUNCT = /[.,()\[\]"“”«»:;!?\u060C\u061B\u061F/]+/g;
const SPACES = /\s+/g;

export function normalizeActorKey(s: string): string {
  if (typeof s !== 'string') return '';
  return normalizeKey(s.normalize('NFKC')).replace(PUNCT, ' ').replace(SPACES, ' ').trim();
}

// A looser key: also drops Latin "al-/el-" and Arabic "ال" articles, so "Jabhat Nusra" finds
// "Jabhat al-Nusra". Used only when the exact key finds nothing.
const LATIN_ARTICLE = /(^| )(al|el|ad|ar|as|ash|at|az|an|adh|ath) (?=\S)/g;
const AR_ARTICLE = /(^| )ال(?=\S\S)/g;
function looseKey(key: string): string {
  return key.replace(LATIN_ARTICLE, '$1').replace(AR_ARTICLE, '$1').replace(SPACES, ' ').trim();
}

// ---------------------------------------------------------------- dates

// Partial dates compare as strings once padded: a start pads low, an end pads high.
function startKey(d: string | null | undefined): string {
  if (!d) return '';
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}
function endKey(d: string | null | undefined): string {
  if (!d) return '\uffff';
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;
}
function within(date: string, from?: string | null, to?: string | null): boolean {
  const q = startKey(date);
  return q >= startKey(from) && q <= endKey(to);
}

/** A usable query date (YYYY, YYYY-MM or YYYY-MM-DD) or null: odd input means "any time". */
function queryDate(date: string | null | undefined): string | null {
  return typeof date === 'string' && PARTIAL_DATE.test(date) ? date : null;
}

// ---------------------------------------------------------------- index

export class ActorIndex {
  private readonly list: ActorEntry[];
  private readonly byId = new Map<string, ActorEntry>();
  private readonly byKey = new Map<string, ActorEntry[]>();
  private readonly byLoose = new Map<string, ActorEntry[]>();
  private readonly members = new Map<string, { actor: ActorEntry; from?: string | null; to?: string | null }[]>();
  private readonly variants = new Map<string, ActorEntry[]>();

  constructor(actors: Actor[]) {
    this.list = actors as ActorEntry[];
    for (const a of this.list) this.byId.set(a.id, a);
    for (const a of this.list) {
      for (const n of [a.name, ...a.aliases.en, ...a.aliases.ar]) {
        const key = normalizeActorKey(n);
        if (!key) continue;
        push(this.byKey, key, a);
        push(this.byLoose, looseKey(key), a);
      }
      if (a.variant_of) push(this.variants, a.variant_of, a);
      for (const m of a.memberships) {
        const arr = this.members.get(m.actor_id) ?? [];
        arr.push({ actor: a, from: m.from, to: m.to });
        this.members.set(m.actor_id, arr);
      }
    }
  }

  all(): ActorEntry[] {
    return this.list.slice();
  }

  get(id: string): ActorEntry | undefined {
    return this.byId.get(id);
  }

  /**
   * The actor a name denotes as a party to an event: canonical name or any alias, normalized.
   * A claimant that acts for an armed actor resolves to that actor ("Russian Ministry of
   * Defence" → Military Forces of Russia); use `entryByName` for the claimant itself. For an
   * ambiguous alias, the first actor in file order (Syria first) is returned; see `allByName`.
   */
  byName(name: string): ActorEntry | undefined {
    const e = this.entryByName(name);
    return e ? this.actingAs(e.id) : undefined;
  }

  /** The dictionary entry a name denotes, without following `acts_as`. */
  entryByName(name: string): ActorEntry | undefined {
    return this.allByName(name)[0];
  }

  /** Every entry a (possibly ambiguous) name denotes, in file order. */
  allByName(name: string): ActorEntry[] {
    const key = normalizeActorKey(name);
    if (!key) return [];
    return uniq(this.byKey.get(key) ?? this.byLoose.get(looseKey(key)) ?? []);
  }

  /**
   * The actor a name denotes in a report about `country`: among the actors sharing an ambiguous
   * alias, the one of that country; for a generic actor ("civilians"), its variant for that
   * country ("Civilians (Iraq)"). Follows `acts_as` like `byName`.
   */
  byNameIn(name: string, country: string | null): ActorEntry | undefined {
    const all = this.allByName(name);
    if (all.length === 0) return undefined;
    const pick = (country && all.find((a) => a.country === country)) || all[0];
    return this.actingAs(this.forCountry(pick.id, country)?.id ?? pick.id);
  }

  /** The variant of a generic actor for another country ("civilians-syria", "Iraq" → Civilians (Iraq)). */
  forCountry(id: string, country: string | null): ActorEntry | undefined {
    const a = this.byId.get(id);
    if (!a || !country || a.country === country) return a;
    const root = a.variant_of ?? a.id;
    for (const v of this.variants.get(root) ?? []) if (v.country === country) return v;
    const base = this.byId.get(root);
    return base && base.country === country ? base : a;
  }

  /** Every alias including canonical names, for the mention matcher; ambiguous ones flagged. */
  aliasEntries(): AliasEntry[] {
    const out: AliasEntry[] = [];
    for (const a of this.list) {
      const amb = new Set((a.ambiguous ?? []).map(normalizeActorKey));
      const cased = new Set(a.case_sensitive ?? []);
      const seen = new Set<string>();
      const add = (alias: string, lang: 'ar' | 'en') => {
        const key = normalizeActorKey(alias);
        if (!key || seen.has(key)) return;
        seen.add(key);
        const e: AliasEntry = { alias, lang, actor_id: a.id };
        if (amb.has(key)) e.ambiguous = true;
        if (cased.has(alias)) e.case_sensitive = true;
        out.push(e);
      };
      add(a.name, 'en');
      for (const s of a.aliases.en) add(s, 'en');
      for (const s of a.aliases.ar) add(s, 'ar');
    }
    return out;
  }

  /** The name the organisation had on that date (renamings); the canonical name otherwise. */
  nameOn(id: string, date: string | null): string {
    const a = this.byId.get(id);
    if (!a) return id;
    date = queryDate(date);
    if (date && a.names_over_time) {
      for (const n of a.names_over_time) if (within(date, n.from, n.to)) return n.name;
    }
    return a.name;
  }

  /** Coalitions, operations rooms and parents the actor belonged to on that date (null: ever). */
  coalitionsOf(id: string, date: string | null): ActorEntry[] {
    const a = this.byId.get(id);
    if (!a) return [];
    date = queryDate(date);
    const out: ActorEntry[] = [];
    for (const m of a.memberships) {
      if (date && !within(date, m.from, m.to)) continue;
      const c = this.byId.get(m.actor_id);
      if (c) out.push(c);
    }
    return uniq(out);
  }

  /** Members of a coalition / operations room on that date (null: ever). */
  membersOf(id: string, date: string | null): ActorEntry[] {
    date = queryDate(date);
    const out: ActorEntry[] = [];
    for (const m of this.members.get(id) ?? []) {
      if (date && !within(date, m.from, m.to)) continue;
      out.push(m.actor);
    }
    return uniq(out);
  }

  /**
   * True for state forces of the government in power and the allies fighting for it (Russia,
   * Iran, Hezbollah, pro-government militias). Without a country, the side in the actor's main
   * theatre (`side`); with one, whether it is on that country's government side.
   */
  isGovernmentSide(id: string, country?: string | null): boolean {
    const a = this.actingAs(id);
    if (!a) return false;
    if (country) return (a.government_of ?? []).includes(country);
    return a.side === 'government';
  }

  /**
   * ACLED inter code. With the event's country, state forces operating outside their own
   * country are External/Other forces (8), as the ACLED codebook codes them.
   */
  inter(id: string, country?: string | null): InterCode {
    const a = this.actingAs(id);
    if (!a) return 0;
    if (country && a.inter === 1 && a.country && a.country !== country) return 8;
    return a.inter;
  }

  /** The actor an entry stands for in an event (follows `acts_as`); the entry itself otherwise. */
  actingAs(id: string): ActorEntry | undefined {
    const a = this.byId.get(id);
    if (!a) return undefined;
    return a.acts_as ? this.byId.get(a.acts_as) ?? a : a;
  }

  /** The label for a fatality claim made by this source ("SOHR", "Russian Ministry of Defence"). */
  claimantName(id: string): string {
    const a = this.byId.get(id);
    if (!a) return id;
    return a.claimant_name ?? a.name;
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const arr = m.get(k);
  if (arr) arr.push(v);
  else m.set(k, [v]);
}

function uniq<T>(xs: T[]): T[] {
  return xs.length < 2 ? xs : [...new Set(xs)];
}
