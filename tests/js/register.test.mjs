// The follow-up register over fixtures/followups/ gives the same groups and entries in node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { register, read, fixtures, documentText } from './fixtures.mjs';

const files = readdirSync(join(fixtures, 'followups')).filter((f) => f.endsWith('.json')).sort();

test('the register fixtures are there', () => assert.ok(files.length >= 3));

for (const file of files) {
  const c = JSON.parse(read(`followups/${file}`));
  test(`followups/${file}`, () => {
    const list = register.register(documentText(c.council), c.meetings.map(documentText), c.as_of);
    assert.equal(list.as_of, c.as_of);
    assert.equal(list.groups.length, c.expect.groups.length);
    list.groups.forEach((group, g) => {
      const want = c.expect.groups[g];
      assert.equal(group.responsible, want.responsible);
      assert.equal(group.body, want.body);
      assert.equal(group.entries.length, want.entries.length);
      group.entries.forEach((e, i) => {
        const w = want.entries[i];
        assert.equal(e.origin.number, w.origin_number);
        assert.ok(e.action.startsWith(w.action_starts), `${e.action} / ${w.action_starts}`);
        assert.equal(e.deadline, w.deadline);
        assert.equal(e.overdue, w.overdue);
        assert.equal(e.history.length, w.history);
      });
    });
    if (c.expect.closed) {
      assert.equal(list.closed.length, c.expect.closed.length);
      list.closed.forEach((e, i) => {
        const w = c.expect.closed[i];
        assert.equal(e.origin.number, w.origin_number);
        assert.ok(e.action.startsWith(w.action_starts), `${e.action} / ${w.action_starts}`);
        assert.deepEqual(e.closed_by.map((x) => x.number), w.closed_by);
      });
    }
  });
}

test('a bad date or document is an error with a code', () => {
  const c = JSON.parse(read('followups/register-seeds-2023.json'));
  assert.throws(() => register.register(documentText(c.council), [], '1.2.2023'), { code: 'invalid_argument' });
  assert.throws(() => register.register('{', [], '2023-02-01'), { code: 'invalid_input' });
});
