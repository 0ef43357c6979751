// The small pure pieces of the server and the web app: filter parsing, CSP, token checks,
// upload names, URL state and control periods.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ControlChange } from '../../src/core/index.js';
import { contentSecurityPolicy, isCalendarDate, parseBbox, toEventFilter, tokenMatches } from '../../src/server/index.js';
import { safeFileName } from '../../src/server/routes/documents.js';
import { bearerToken } from '../../src/server/security.js';
import { splitList } from '../../src/server/filters.js';
import { compactMatchScore, nameMatchScore } from '../../src/server/routes/places.js';
import { readState } from '../../src/web/state.js';
import { controlPeriods } from '../../src/web/control.js';

describe('filters', () => {
  it('accepts only real calendar days', () => {
    assert.equal(isCalendarDate('2017-10-09'), true);
    assert.equal(isCalendarDate('2024-02-29'), true);
    assert.equal(isCalendarDate('2023-02-29'), false);
    assert.equal(isCalendarDate('2017-9-10'), false);
    assert.equal(isCalendarDate('٢٠١٧-١٠-٠٩'), false);
  });

  it('parses a bbox of four finite, ordered numbers', () => {
    assert.deepEqual(parseBbox('36.4, 35.2,36.9,35.8'), [36.4, 35.2, 36.9, 35.8]);
    assert.throws(() => parseBbox('36.4,35.2,36.9'), /four numbers/);
    assert.throws(() => parseBbox('36.4,35.2,,35.8'), /four numbers/);
    assert.throws(() => parseBbox('36.4,35.2,Infinity,35.8'), /four numbers/);
    assert.throws(() => parseBbox('36.9,35.2,36.4,35.8'), /minimum/);
    assert.throws(() => parseBbox('36,95,37,96'), /outside/);
  });

  it('splits comma lists and repeated values into one de-duplicated list', () => {
    assert.deepEqual(splitList(['Battles,Protests', 'Battles', ' Riots ']), ['Battles', 'Protests', 'Riots']);
    assert.equal(splitList([',', '']), undefined);
  });

  it('builds an EventFilter with paging defaults and rejects unknown types', () => {
    const f = toEventFilter({ from: '2019-05-01', to: '2019-05-31', sub_event_type: ['Air/drone strike'], bbox: '36,35,37,36' }, true);
    assert.deepEqual(f, { from: '2019-05-01', to: '2019-05-31', sub_event_type: ['Air/drone strike'], bbox: [36, 35, 37, 36], limit: 100, offset: 0 });
    assert.equal(toEventFilter({ limit: 5 }, false).limit, undefined);
    assert.throws(() => toEventFilter({ event_type: ['Battles,Skirmish'] }, true), (e: Error & { code?: string }) => e.code === 'MARSAD_ERR_API_VALIDATION' && /Skirmish/.test(e.message));
    assert.throws(() => toEventFilter({ from: '2019-06-01', to: '2019-05-01' }, true), /after/);
  });
});

describe('security', () => {
  it('builds the CSP with tile origins in img-src only', () => {
    const plain = contentSecurityPolicy(null);
    assert.match(plain, /img-src 'self' data:;/);
    assert.doesNotMatch(plain, /unsafe/);
    const tiles = contentSecurityPolicy('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png');
    assert.match(tiles, /img-src 'self' data: https:\/\/\*\.tile\.openstreetmap\.org;/);
    assert.match(tiles, /connect-src 'self'(;|$)/);
    assert.equal(contentSecurityPolicy('javascript:alert(1)'), plain, 'a non-http tile URL adds nothing');
  });

  it('compares tokens exactly, whatever their lengths', () => {
    assert.equal(tokenMatches('abc123', 'abc123'), true);
    assert.equal(tokenMatches('abc12', 'abc123'), false);
    assert.equal(tokenMatches('', 'abc123'), false);
    assert.equal(tokenMatches('مفتاح', 'مفتاح'), true);
  });

  it('reads only Bearer authorization headers', () => {
    assert.equal(bearerToken('Bearer abc'), 'abc');
    assert.equal(bearerToken('bearer  abc '), 'abc');
    assert.equal(bearerToken('Basic YWJj'), null);
    assert.equal(bearerToken('Bearer a b'), null);
    assert.equal(bearerToken(undefined), null);
  });

  it('ranks place-name matches: whole, prefix, word prefix, anywhere', () => {
    assert.equal(nameMatchScore('kafr nabudah', 'kafr nabudah'), 4);
    assert.equal(nameMatchScore('kafr nabudah', 'kafr'), 3);
    assert.equal(nameMatchScore('kafr nabudah', 'nab'), 2);
    assert.equal(nameMatchScore('kafr nabudah', 'budah'), 1);
    assert.equal(nameMatchScore('kafr nabudah', 'hama'), 0);
    assert.equal(nameMatchScore('kafr nabudah', ''), 0);
    // Arabic names are written with and without the space: كفر نبودة / كفرنبودة.
    assert.equal(compactMatchScore('كفر نبوده', 'كفرنبوده', 'كفرنبوده', 'كفرنبوده'), 1);
    assert.equal(compactMatchScore('كفر نبوده', 'كفرنبوده', 'كفر', 'كفر'), 3);
    assert.equal(compactMatchScore('كفر نبوده', 'كفرنبوده', 'نب', 'نب'), 2);
    assert.equal(compactMatchScore('خان شيخون', 'خانشيخون', 'كفرنبوده', 'كفرنبوده'), 0);
  });

  it('reduces upload names to a safe file name', () => {
    assert.equal(safeFileName('../../etc/passwd'), 'passwd');
    assert.equal(safeFileName('C:\\reports\\تقرير.html'), 'تقرير.html');
    assert.equal(safeFileName('%D8%AA%D9%82%D8%B1%D9%8A%D8%B1.txt'), 'تقرير.txt');
    assert.equal(safeFileName('a\u0000b.txt'), 'ab.txt');
    assert.equal(safeFileName('..'), null);
    assert.equal(safeFileName(''), null);
  });
});

describe('web app state and control periods', () => {
  it('reads the URL state, ignoring malformed values', () => {
    const s = readState('?lang=ar&from=2019-05-01&to=bad&event_type=Battles,Protests&sort=-fatalities&page=3&event=EV-1&view=contradictions');
    assert.equal(s.lang, 'ar');
    assert.equal(s.from, '2019-05-01');
    assert.equal(s.to, null);
    assert.deepEqual(s.event_type, ['Battles', 'Protests']);
    assert.equal(s.sort, '-fatalities');
    assert.equal(s.page, 3);
    assert.equal(s.event, 'EV-1');
    assert.equal(s.view, 'contradictions');
    const d = readState('?sort=drop%20table&page=-2&lang=fr');
    assert.equal(d.sort, '-event_date');
    assert.equal(d.page, 1);
    assert.equal(d.lang, 'en');
  });

  it('turns control changes into periods, the first one before the first change', () => {
    const change = (date: string, controller: string, previous: string | null, contested = false): ControlChange => ({
      place_id: 'p', location: 'Kafr Nabudah', location_ar: 'كفرنبودة', date, controller, previous_controller: previous, contested,
      event_id: `e-${date}`, confidence: 0.8, evidence: { doc_id: 'd', text: '', start: 0, end: 0 },
    });
    const periods = controlPeriods([change('2019-05-13', 'NLF', 'SAA', true), change('2019-05-08', 'SAA', 'HTS')], '2019-06-01');
    assert.deepEqual(periods.map((p) => [p.controller, p.contested]), [['HTS', false], ['SAA', false], ['NLF', true]]);
    assert.equal(periods[1]!.to, periods[2]!.from);
    assert.ok(periods[2]!.to >= Date.parse('2019-06-02T00:00:00Z'), 'the last period runs to the latest event');
    assert.deepEqual(controlPeriods([], null), []);
  });
});
