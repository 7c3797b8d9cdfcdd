// Malformed input to every export of the wasm package: each call returns (a report with
// findings, or a value) or throws a RegionradError with a string `.code`; never a trap
// (a Rust panic would be a WebAssembly.RuntimeError), never a thrown string. The module
// still works after all of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { regionrad, read } from './fixtures.mjs';

const council = JSON.parse(read('councils/trondelag-sorvest.json'));
const meeting = JSON.parse(read('meetings/2021-11-05-kdu.json'));
const cost = JSON.parse(read('cost/trondelag-30-70-2023.json'));
const population = JSON.parse(read('population/ssb-07459-trondelag-sorvest.json'));
const minutes = read('minutes/rr-2022-06-10-prose.txt');

// Arguments that work, per export: each position is replaced by each malformed value below.
const good = {
  validate: [council, [meeting], '2023-02-01', 'en'],
  validateField: [council, meeting, ['agenda', 0, 'number'], '2023-02-01', 'nb'],
  readMinutes: [minutes, council, 'nb'],
  writeMinutes: [meeting, 'nb'],
  redactMeeting: [meeting],
  parseCaseNumber: ['KDU 72/21', '2021-11-05'],
  contributions: [council, cost.budget, population, cost.key, 'nb'],
  recoverEqualShare: [[
    { municipality: '5014', amount_ore: 100_000_00, population: 5000 },
    { municipality: '5059', amount_ore: 200_000_00, population: 18000 },
    { municipality: '5055', amount_ore: 150_000_00, population: 10000 },
  ]],
  parsePopulation: [read('population/ssb/07459-long.csv'), 'csv'],
  compareScenarios: [[]],
  formatKroner: [12345],
  quorumStatus: [council, meeting],
  register: [council, [meeting], '2023-02-01'],
  bundledCouncil: [],
  bundledPopulation: [],
  schemaVersion: [],
};

const deep = JSON.parse('['.repeat(200) + ']'.repeat(200));
const malformed = [
  undefined, null, true, 0, -1, 2 ** 53 + 2, Number.NaN, Number.POSITIVE_INFINITY,
  '', '{', '[]', '{}', 'null', '"x"', 'x'.repeat(10_000), '\u0000\uffff',
  [], [null], [[]], {}, { schema_version: 'x' }, { schema_version: 99 }, deep,
  new Date(0), () => 1, Symbol('s'), 10n,
];

const exports = Object.keys(regionrad).filter((name) => typeof regionrad[name] === 'function');

test('every export has arguments that work, so that each is fed malformed input', () => {
  assert.ok(exports.length >= 16, exports.join(', '));
  assert.deepEqual(exports.filter((name) => !(name in good)), []);
  for (const name of exports) {
    assert.doesNotThrow(() => regionrad[name](...good[name]), name);
  }
});

function describe(value) {
  if (typeof value === 'symbol' || typeof value === 'bigint') return String(value);
  if (typeof value === 'function') return 'a function';
  if (value === deep) return 'nested 200 deep';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

test('malformed input to every export gives a value or a RegionradError with a code', () => {
  let calls = 0;
  const wrong = [];
  for (const name of exports) {
    const args = good[name];
    const lists = [[], ...malformed.map((m) => args.map(() => m))];
    for (let at = 0; at < args.length; at += 1) {
      for (const m of malformed) lists.push(args.map((a, i) => (i === at ? m : a)));
    }
    for (const list of lists) {
      calls += 1;
      try {
        regionrad[name](...list);
      } catch (err) {
        const typed = err instanceof Error && err.name === 'RegionradError' && typeof err.code === 'string';
        if (!typed) wrong.push(`${name}(${list.map(describe).join(', ')}): ${err?.name}: ${err?.message ?? err}`);
      }
    }
  }
  assert.ok(calls > 1000, `${calls} calls`);
  assert.deepEqual(wrong, []);
  // Still working afterwards.
  assert.equal(regionrad.parseCaseNumber('KDU 72/21').sequence, 72);
});
