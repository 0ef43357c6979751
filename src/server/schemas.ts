// Response schemas. fast-json-stringify serializes with them (fast, and nothing leaks that is
// not declared); events keep `additionalProperties` so new optional fields pass through.

const str = { type: 'string' } as const;
const nstr = { type: ['string', 'null'] } as const;
const num = { type: 'number' } as const;
const nnum = { type: ['number', 'null'] } as const;
const int = { type: 'integer' } as const;
const strArr = { type: 'array', items: str } as const;

export const evidenceSchema = {
  type: 'object',
  properties: { text: str, start: int, end: int, doc_id: str },
  required: ['text', 'start', 'end'],
} as const;

export const eventSchema = {
  type: 'object',
  additionalProperties: true,
  properties: {
    event_id: str,
    event_date: nstr,
    event_date_end: nstr,
    time_precision: int,
    event_type: str,
    sub_event_type: str,
    actor1: nstr,
    assoc_actor_1: strArr,
    inter1: int,
    actor2: nstr,
    assoc_actor_2: strArr,
    inter2: int,
    civilian_targeting: { type: 'boolean' },
    country: nstr,
    admin1: nstr,
    admin2: nstr,
    admin3: nstr,
    location: str,
    location_ar: nstr,
    place_id: nstr,
    latitude: nnum,
    longitude: nnum,
    geo_precision: int,
    fatalities: int,
    fatality_claims: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: true,
        properties: {
          count: { type: ['integer', 'null'] },
          qualifier: str,
          victims: str,
          claimant: nstr,
          doc_id: str,
          evidence: evidenceSchema,
          share: { type: 'integer', description: "this event's part of count, when one figure was reported for several events (divided evenly, ACLED)" },
        },
      },
    },
    sources: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: true,
        properties: { doc_id: str, title: nstr, lang: str, published: nstr, evidence: evidenceSchema },
      },
    },
    notes: str,
    confidence: num,
    modality: str,
    claimant: nstr,
    rule_ids: strArr,
    review_flags: strArr,
    members: strArr,
  },
} as const;

export const errorSchema = {
  type: 'object',
  properties: {
    error: { type: 'object', properties: { code: str, message: str }, required: ['code', 'message'] },
  },
  required: ['error'],
} as const;

export const contradictionSchema = {
  type: 'object',
  additionalProperties: true,
  properties: {
    event_id: str,
    location: str,
    event_date: nstr,
    sub_event_type: str,
    min: nnum,
    max: nnum,
    ratio: nnum,
    claims: eventSchema.properties.fatality_claims,
  },
} as const;

export const controlChangeSchema = {
  type: 'object',
  additionalProperties: true,
  properties: {
    place_id: str,
    location: str,
    location_ar: nstr,
    date: str,
    controller: str,
    previous_controller: nstr,
    contested: { type: 'boolean' },
    event_id: str,
    confidence: num,
    evidence: evidenceSchema,
  },
} as const;

export const placeSchema = {
  type: 'object',
  additionalProperties: true,
  properties: {
    id: str,
    name: str,
    name_ar: nstr,
    aliases: strArr,
    kind: str,
    lat: nnum,
    lon: nnum,
    country: str,
    country_code: str,
    admin1: nstr,
    admin2: nstr,
    admin3: nstr,
    population: nnum,
    precision: int,
    source: str,
  },
  required: ['id', 'name'],
} as const;

/** Error responses every route may give. */
export const errorResponses = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema } as const;
