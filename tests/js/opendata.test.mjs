// The meetings as open data in node: the core's Popolo export, as Rust and Python have it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { opendata, read } from './fixtures.mjs';

test('the meetings as Popolo: an event per meeting, a motion and vote event per decided item', () => {
  const council = JSON.parse(read('councils/trondelag-sorvest.json'));
  const meetings = ['2021-03-05-kdu.json', '2021-11-05-kdu.json', '2023-01-20-kdu.json'].map((f) => JSON.parse(read(`meetings/${f}`)));
  const popolo = opendata.exportPopolo(council, meetings);
  assert.deepEqual(popolo.events.map((e) => e.start_date), meetings.map((m) => m.date));
  const decided = meetings.flatMap((m) => m.agenda.filter((i) => i.decision));
  assert.deepEqual(popolo.motions.map((m) => m.identifier ?? null), decided.map((i) => i.number ?? null));
  assert.deepEqual(popolo.vote_events.map((v) => v.motion_id), popolo.motions.map((m) => m.id));
  // The same export as Python's and the CLI's: the core's, handed over as plain objects.
  assert.equal(Object.getPrototypeOf(popolo.persons[0]), Object.prototype);
  assert.throws(() => opendata.exportPopolo(council, [{ ...meetings[0], date: 'i går' }]), { code: 'invalid_input' });
});
