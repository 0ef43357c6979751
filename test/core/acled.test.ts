import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventTypeOf, isSubEventType, ALL_SUB_EVENT_TYPES } from '../../src/core/index.js';

test('every ACLED sub-event type maps to its event type', () => {
  assert.equal(eventTypeOf('Air/drone strike'), 'Explosions/Remote violence');
  assert.equal(eventTypeOf('Government regains territory'), 'Battles');
  assert.equal(eventTypeOf('Non-violent transfer of territory'), 'Strategic developments');
  assert.equal(isSubEventType('Bombing'), false);
  assert.equal(ALL_SUB_EVENT_TYPES.length, 25);
});
