// The case-number table in fixtures/case_numbers/ gives the same parts and errors in node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forms, read, documentText } from './fixtures.mjs';

const cases = [
  ...JSON.parse(read('case_numbers/forms.json')).cases,
  ...JSON.parse(read('case_numbers/edge_cases.json')).cases,
];

test('the table is there', () => assert.ok(cases.length >= 80));

for (const c of cases) {
  test(`case number ${JSON.stringify(c.text.slice(0, 30))}`, () => {
    if (c.expect) {
      assert.deepEqual(forms.parseCaseNumber(c.text, c.meeting_date), c.expect);
    } else {
      assert.throws(() => forms.parseCaseNumber(c.text, c.meeting_date), (err) => {
        assert.ok(err instanceof Error);
        assert.equal(err.code, 'invalid_case_number');
        assert.deepEqual({ kind: err.kind, position: err.position }, c.error);
        return true;
      });
    }
  });
}

test('a meeting date that is not a date is an invalid argument', () => {
  assert.throws(() => forms.parseCaseNumber('5/21', '5. mars 2021'), { code: 'invalid_argument' });
});

test('the next free number: the shared vectors, by the function and by a prepared council', () => {
  const table = JSON.parse(read('case_numbers/next.json'));
  const council = documentText(table.council);
  const prepared = new forms.PreparedCouncil(council);
  try {
    for (const c of table.cases) {
      const meetings = c.meetings.map(documentText);
      const ways = [
        () => forms.nextCaseNumber(council, meetings, c.body, c.date),
        () => prepared.nextCaseNumber(meetings, c.body, c.date),
      ];
      for (const way of ways) {
        if (c.error) {
          assert.throws(way, (err) => err.name === 'RegionradError' && err.code === c.error, c.description);
        } else {
          const parts = way();
          for (const [key, want] of Object.entries(c.expect)) assert.deepEqual(parts[key], want, `${c.description}: ${key}`);
        }
      }
    }
  } finally {
    prepared.free();
  }
  assert.throws(() => forms.nextCaseNumber(council, [], 'kdu', '3. mars'), { code: 'invalid_argument' });
});
