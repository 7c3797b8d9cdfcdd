// Redaction over fixtures/redaction/ gives in node what it gives in Rust and Python.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { forms, read, fixtures } from './fixtures.mjs';

const files = readdirSync(join(fixtures, 'redaction')).filter((f) => f.endsWith('.json')).sort();
const sorted = (list) =>
  [...list].sort((a, b) => JSON.stringify(a.path).localeCompare(JSON.stringify(b.path)) || a.start - b.start);

test('the redaction cases are there', () => assert.ok(files.length >= 1));

for (const file of files) {
  const c = JSON.parse(read(`redaction/${file}`));
  test(`redaction/${file}`, () => {
    const got = forms.redactMeeting(c.meeting);
    assert.deepEqual(got.meeting, c.expect.meeting);
    assert.deepEqual(got.counts, c.expect.counts);
    assert.deepEqual(sorted(got.withheld), sorted(c.expect.withheld));
  });
}
