// The case-number table in fixtures/case_numbers/ gives the same parts and errors in node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { regionrad, read } from './fixtures.mjs';

const cases = [
  ...JSON.parse(read('case_numbers/forms.json')).cases,
  ...JSON.parse(read('case_numbers/edge_cases.json')).cases,
];

test('the table is there', () => assert.ok(cases.length >= 80));

for (const c of cases) {
  test(`case number ${JSON.stringify(c.text.slice(0, 30))}`, () => {
    if (c.expect) {
      assert.deepEqual(regionrad.parseCaseNumber(c.text, c.meeting_date), c.expect);
    } else {
      assert.throws(() => regionrad.parseCaseNumber(c.text, c.meeting_date), (err) => {
        assert.ok(err instanceof Error);
        assert.equal(err.code, 'invalid_case_number');
        assert.deepEqual({ kind: err.kind, position: err.position }, c.error);
        return true;
      });
    }
  });
}

test('a meeting date that is not a date is an invalid argument', () => {
  assert.throws(() => regionrad.parseCaseNumber('5/21', '5. mars 2021'), { code: 'invalid_argument' });
});
