// Every shared vector in fixtures/vectors gives exactly the expected findings in node, as in Rust.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forms, read, vectorFiles, documentText, assertFindings } from './fixtures.mjs';

const files = vectorFiles();

test('the vectors are there', () => {
  assert.ok(files.length >= 60, `only ${files.length} vectors`);
});

for (const file of files) {
  const vector = JSON.parse(read(file));
  test(`${file}: ${vector.description}`, () => {
    const report = forms.validate(
      documentText(vector.council),
      vector.meetings.map(documentText),
      vector.today,
    );
    assertFindings(vector.expect.findings, report.findings, JSON.stringify(report));
  });
}
