// The minutes reader and writer in node: the shared vectors of fixtures/minutes/ and the
// seeds (where ../shared/seeds is present) read as in Rust.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { forms, minutes, read, fixtures, documentText } from './fixtures.mjs';

const files = readdirSync(join(fixtures, 'minutes')).filter((f) => f.endsWith('.json')).sort();

test('the minutes vectors are there', () => assert.ok(files.length >= 3));

for (const file of files) {
  const c = JSON.parse(read(`minutes/${file}`));
  test(`minutes/${file}`, () => {
    const council = c.council === null ? null : documentText(c.council);
    const reading = minutes.readMinutes(read(c.text.$ref), council);
    assert.deepStrictEqual(reading.meeting, c.expect.meeting);
    assert.deepStrictEqual(
      reading.findings.map((f) => ({ code: f.code, path: f.path })),
      c.expect.findings,
    );
    // Written and read again: the same meeting; unplaced text kept, at its new lines.
    const written = minutes.writeMinutes(reading.meeting, 'nb', council);
    const again = minutes.readMinutes(written, council).meeting;
    again.unplaced?.forEach((block, i) => {
      assert.equal(block.text, reading.meeting.unplaced[i].text);
      block.span = reading.meeting.unplaced[i].span;
    });
    assert.deepStrictEqual(again, reading.meeting);
  });
}

const seeds = join(fixtures, '..', '..', 'shared', 'seeds');
const goldens = [
  ['000_d878fcb9e3f002b8.txt', 'meetings/2021-03-05-kdu.json'],
  ['002_5bf35c0e7693fa5c.txt', 'meetings/2021-11-05-kdu.json'],
  ['001_05375f09446a7c27.txt', 'meetings/2023-01-20-kdu.json'],
];

test('each seed reads as its golden meeting', (t) => {
  if (!existsSync(seeds)) {
    t.skip('../shared/seeds is not here');
    return;
  }
  const council = read('councils/trondelag-sorvest.json');
  for (const [seed, golden] of goldens) {
    const reading = minutes.readMinutes(readFileSync(join(seeds, seed), 'utf8'), council, 'en');
    assert.deepStrictEqual(reading.meeting, JSON.parse(read(golden)), seed);
    assert.deepStrictEqual(reading.findings, [], seed);
  }
});

test('what cannot be written to read back is refused, naming the field', () => {
  const meeting = minutes.readMinutes('Referat\n\nUtvalg: RR\nDato: 10.06.22\n\nRR 1/22 Godkjenning\n\nVedtak: Godkjent.\n', null).meeting;
  // A line break in a title would begin a line that reads as an item of its own.
  meeting.agenda[0].title = 'Godkjenning\rRR 2/22 Innskutt sak';
  assert.throws(() => minutes.writeMinutes(meeting, 'en'), (e) => e.code === 'invalid_input' && e.message.startsWith('meeting: agenda[0].title '));
  meeting.agenda[0].title = 'Godkjenning';
  meeting.title = '```';
  meeting.agenda[0].decision.text = 'Vedtak:\nGodkjent.';
  assert.throws(() => minutes.writeMinutes(meeting, 'nb'), (e) => e.code === 'invalid_input' && e.message.startsWith('meeting: title '));
});

test('misuse throws a RegionradError with a code', () => {
  assert.throws(() => minutes.readMinutes('Referat', '{"id": 1}'), (e) => e.code === 'invalid_input' && e.message.startsWith('council: '));
  assert.throws(() => minutes.writeMinutes('not json'), (e) => e.code === 'invalid_input');
  assert.throws(() => minutes.readMinutes('Referat', null, 'sv'), (e) => e.code === 'invalid_argument');
  // Any text at all reads: what cannot be placed is said, never thrown.
  const reading = minutes.readMinutes('\u0000\t\t\n- \n###', null);
  assert.ok(reading.findings.some((f) => f.code === 'minutes.date_not_found'));
});

test('the limits hold in JavaScript as in Rust (README, Limits)', () => {
  const council = read('councils/trondelag-sorvest.json');
  const meeting = read('meetings/2023-01-20-kdu.json');
  const huge = meeting + ' '.repeat(8 * 1024 * 1024);
  const [tooLarge] = forms.validate(council, [huge], '2023-02-01').findings;
  assert.equal(tooLarge.code, 'input.too_large');
  assert.equal(tooLarge.params.max, 8 * 1024 * 1024);
  const many = forms.validate(council, new Array(10001).fill('{}'), '2023-02-01').findings;
  assert.deepStrictEqual(many.map((f) => [f.code, f.params.what, f.params.count]), [['input.too_many', 'meetings', 10001]]);
  const reading = minutes.readMinutes('x'.repeat(8 * 1024 * 1024 + 1), null);
  assert.deepStrictEqual(reading.findings.map((f) => f.code), ['input.too_large']);
});
