// Shared domain types. Every stage speaks these; no stage-specific logic lives here.
// Offsets (`start`, `end`) are always UTF-16 code-unit offsets into the document's
// NFC-normalized text, so `text.slice(start, end)` is the surface form.

export type Lang = 'ar' | 'en';
/** Stored language: `ar`, `en`, or an ISO 639-3 code / `und` for unsupported text. */
export type DocLang = Lang | string;

export interface Span {
  start: number;
  end: number;
}

// ---------------------------------------------------------------- documents

/** What ingest hands to the rest of the pipeline: one decoded article with metadata. */
export interface RawDocument {
  doc_id: string;
  text: string; // NFC, main text only (HTML already extracted)
  title: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null; // YYYY-MM-DD
  published_basis: 'metadata' | 'dateline' | null;
  lang: DocLang;
  lang_supported: boolean;
  source_path: string | null; // file the document came from, or '-' for stdin
  encoding: string | null; // detected source encoding, e.g. 'UTF-8', 'windows-1256'
  format: 'txt' | 'md' | 'html' | 'json' | 'jsonl';
  hash: string; // sha256 of the document's content + metadata, decides "changed"
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  /** Surface form exactly as in the document (`text.slice(start, end)`). */
  text: string;
  /** Normalized form for matching (see text/normalize). */
  norm: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** True when this token is an Arabic proclitic split off a word (و ف ب ل ك ال لل). */
  clitic?: boolean;
  /** Index of the orthographic (space-delimited) word the token belongs to, so a matcher can
   *  re-join a word whose proclitic split was wrong (بلدة is not ب + لدة). */
  word: number;
}

// ---------------------------------------------------------------- numbers and dates

export type Qualifier = 'exact' | 'at_least' | 'more_than' | 'about' | 'up_to' | 'vague';

export interface NumberExpression {
  value: number;
  qualifier: Qualifier;
  /** Vague quantity words: عشرات، مئات، dozens, hundreds, several, عدة */
  vague: boolean;
  text: string;
  span: Span;
}

export type DatePrecision = 'day' | 'week' | 'month' | 'year';

export interface DateExpression {
  span: Span;
  /** First day, YYYY-MM-DD. */
  date: string;
  /** Last day when the expression is a span or a month/year, YYYY-MM-DD. */
  end?: string;
  precision: DatePrecision;
  text: string;
  /** How the date was found: a full date, a day-month whose year was inferred, relative, ... */
  kind: 'absolute' | 'inferred-year' | 'relative' | 'month' | 'year' | 'season' | 'weekday' | 'span';
  /** `by 28 September` / `بحلول` — the event happened on or before this date. */
  by?: boolean;
  /** For relative expressions: what they were resolved against (`the next day` → previous
   *  date in the document; `أمس الأربعاء` → publication date) and the offset in days. */
  relative?: { anchor: 'published' | 'previous'; days: number };
}

// ---------------------------------------------------------------- knowledge base

export type PlaceKind =
  | 'country' | 'governorate' | 'district' | 'subdistrict'
  | 'city' | 'town' | 'village' | 'neighbourhood' | 'farm'
  | 'hill' | 'mountain' | 'plain' | 'region' | 'area'
  | 'airbase' | 'military_site' | 'checkpoint' | 'prison' | 'landmark' | 'crossing';

export interface Place {
  /** `ocha:PCODE`, `geonames:ID`, `marsad:SLUG`, `sa:ID` (Syrian Archive import). */
  id: string;
  name: string; // canonical English (press) name
  name_ar: string | null;
  /** Every alternate spelling, both scripts. */
  aliases: string[];
  kind: PlaceKind;
  lat: number | null;
  lon: number | null;
  country: string; // English country name
  country_code: string; // ISO 3166-1 alpha-2
  admin1: string | null;
  admin2: string | null;
  admin3?: string | null;
  parent_id?: string | null;
  population?: number | null;
  /** ACLED geo_precision when this place is used as an event location (1 exact .. 3 area). */
  precision?: 1 | 2 | 3;
  source: string;
}

/** ACLED inter codes: 1 state forces, 2 rebel groups, 3 political militias, 4 identity
 *  militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces; 0 = not an armed actor. */
export type InterCode = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export interface ActorMembership {
  actor_id: string; // the coalition / operations room / parent
  from?: string | null; // YYYY or YYYY-MM-DD
  to?: string | null;
  role?: 'member' | 'leader' | 'affiliate' | 'parent';
}

export interface Actor {
  id: string; // kebab-case slug, e.g. `hts`
  name: string; // ACLED-style canonical English name
  aliases: { ar: string[]; en: string[] };
  inter: InterCode;
  country: string | null;
  kind: 'state' | 'rebel' | 'militia' | 'foreign_state' | 'jihadist' | 'coalition' | 'civilians' | 'claimant' | 'protesters';
  /** State forces and their allies count as "government side" for territory coding. */
  side?: 'government' | 'opposition' | 'foreign' | 'neutral' | 'other';
  memberships: ActorMembership[];
  /** Renamings: this actor was known by another canonical name before/after a date. */
  names_over_time?: { name: string; from?: string | null; to?: string | null }[];
  source: string;
}

export type MentionKind = 'place' | 'region' | 'actor' | 'unresolved_place';

export interface Mention extends Span {
  kind: MentionKind;
  surface: string;
  /** Place or actor id; null for unresolved places. */
  ref: string | null;
  score: number;
  why: string;
  sentence?: number;
  /** For regions: the direction/relative form (`north`, `countryside-north`, `province`...). */
  relation?: string;
  /** Places: every place id the surface can denote (best first); `ref` is one of them. */
  candidates?: string[];
  /** Places and regions: the governorate (canonical English) of `ref`. */
  admin1?: string;
  /** Places: the candidates that match only by a spelling variant (Kobani for "Kabani"). */
  variants?: string[];
}

// ---------------------------------------------------------------- events

export const EVENT_TYPES = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': [
    'Chemical weapon', 'Air/drone strike', 'Suicide bomb', 'Shelling/artillery/missile attack',
    'Remote explosive/landmine/IED', 'Grenade',
  ],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': [
    'Agreement', 'Arrests', 'Change to group/activity', 'Disrupted weapons use',
    'Headquarters or base established', 'Looting/property destruction',
    'Non-violent transfer of territory', 'Other',
  ],
} as const;

export type EventType = keyof typeof EVENT_TYPES;
export type SubEventType = (typeof EVENT_TYPES)[EventType][number];

export type Victims = 'civilians' | 'rebels' | 'government' | 'foreign_forces' | 'combatants' | 'unspecified';

export interface FatalityClaim {
  count: number | null;
  qualifier: Qualifier;
  victims: Victims;
  claimant: string | null;
  doc_id: string;
  /** Where the figure was read (optional, for the UI). */
  evidence?: Evidence;
  /** This event's part of `count`, when the report gives one figure for several events ("air
   *  strikes on X, Y and Z killed 12"): ACLED divides it evenly, the remainder to the first. */
  share?: number;
}

export interface Evidence {
  text: string;
  start: number;
  end: number;
}

export interface EventSource {
  doc_id: string;
  title: string | null;
  lang: DocLang;
  published: string | null;
  evidence: Evidence;
}

export type Modality = 'asserted' | 'claimed' | 'denied' | 'negated' | 'planned' | 'threatened' | 'hypothetical';

/** The export contract of ../shared/EVENT_SCHEMA.md, plus Marsad's own fields (never renamed). */
export interface ConflictEvent {
  event_id: string;
  event_date: string | null;
  event_date_end: string | null;
  time_precision: 1 | 2 | 3;
  event_type: EventType;
  sub_event_type: SubEventType;
  actor1: string | null;
  assoc_actor_1: string[];
  inter1: InterCode;
  actor2: string | null;
  assoc_actor_2: string[];
  inter2: InterCode;
  civilian_targeting: boolean;
  country: string | null;
  admin1: string | null;
  admin2: string | null;
  admin3?: string | null;
  location: string;
  location_ar: string | null;
  place_id: string | null;
  latitude: number | null;
  longitude: number | null;
  geo_precision: 1 | 2 | 3;
  fatalities: number;
  fatality_claims: FatalityClaim[];
  sources: EventSource[];
  notes: string;
  confidence: number;
  // Marsad extras
  modality?: Modality;
  /** Who asserts the event when it is one side's claim (`claimed`). */
  claimant?: string | null;
  /** Rule ids (kebab-case) that produced the event. */
  rule_ids?: string[];
  /** Reasons a human should review the event (`unresolved-place`, `default-date`, ...). */
  review_flags?: string[];
  /** Ids of the per-document events merged into this one. */
  members?: string[];
}

/** One event as extracted from a single document, before cross-document merging. */
export interface DocEvent extends ConflictEvent {
  doc_event_id: string;
  doc_id: string;
  sentence_index: number;
}

// ---------------------------------------------------------------- control

export interface ControlChange {
  place_id: string;
  location: string;
  location_ar: string | null;
  date: string;
  controller: string;
  previous_controller: string | null;
  contested: boolean;
  event_id: string;
  confidence: number;
  evidence: Evidence & { doc_id: string };
}

// ---------------------------------------------------------------- queries

/** Filters shared by the API, exports and the CLI. All optional. */
export interface EventFilter {
  from?: string; // YYYY-MM-DD inclusive
  to?: string;
  event_type?: string[];
  sub_event_type?: string[];
  actor?: string; // canonical name or actor id, matches actor1/actor2/assoc
  place_id?: string;
  admin1?: string;
  bbox?: [number, number, number, number]; // minLon, minLat, maxLon, maxLat
  q?: string; // full-text search in evidence sentences (FTS5)
  min_fatalities?: number;
  doc_id?: string;
  limit?: number;
  offset?: number;
  sort?: 'event_date' | '-event_date' | 'fatalities' | '-fatalities' | 'location' | '-location';
}
