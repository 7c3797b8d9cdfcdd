// Every shared vector in fixtures/vectors gives exactly the expected findings in node, as in Rust.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { regionrad, read, vectorFiles, documentText, comparable } from './fixtures.mjs';

const files = vectorFiles();

test('the vectors are there', () => {
  assert.ok(files.length >= 60, `only ${files.length} vectors`);
});

for (const file of files) {
  const vector = JSON.parse(read(file));
  test(`${file}: ${vector.description}`, () => {
    const report = regionrad.validate(
      documentText(vector.council),
      vector.meetings.map(documentText),
      vector.today,
    );
    const unmatched = report.findings.map((f) => comparable(f));
    const missing = [];
    for (const want of vector.expect.findings) {
      const key = comparable(want, want.params);
      const hit = report.findings.find((f) => comparable(f, want.params) === key && unmatched.includes(comparable(f)));
      if (hit) unmatched.splice(unmatched.indexOf(comparable(hit)), 1);
      else missing.push(key);
    }
    assert.deepEqual({ missing, unexpected: unmatched }, { missing: [], unexpected: [] }, JSON.stringify(report));
  });
}
