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

// Classes: arguments that work for the constructor and for each method.
const goodClasses = {
  PreparedCouncil: {
    construct: [council],
    methods: {
      validate: [[meeting], '2023-02-01', 'en'],
      validateField: [meeting, ['agenda', 0, 'number'], '2023-02-01', 'nb'],
      quorumStatus: [meeting],
    },
  },
};

const deep = JSON.parse('['.repeat(200) + ']'.repeat(200));
const malformed = [
  undefined, null, true, 0, -1, 2 ** 53 + 2, Number.NaN, Number.POSITIVE_INFINITY,
  '', '{', '[]', '{}', 'null', '"x"', 'x'.repeat(10_000), '\u0000\uffff',
  [], [null], [[]], {}, { schema_version: 'x' }, { schema_version: 99 }, deep,
  new Date(0), () => 1, Symbol('s'), 10n,
];

const isClass = (f) => /^class\b/.test(Function.prototype.toString.call(f));
const exported = Object.keys(regionrad).filter((name) => typeof regionrad[name] === 'function');
const exports = exported.filter((name) => !isClass(regionrad[name]));
const classes = exported.filter((name) => isClass(regionrad[name]));

test('every export has arguments that work, so that each is fed malformed input', () => {
  assert.ok(exports.length >= 16, exports.join(', '));
  assert.deepEqual(exports.filter((name) => !(name in good)), []);
  assert.deepEqual(classes, Object.keys(goodClasses));
  for (const name of exports) {
    assert.doesNotThrow(() => regionrad[name](...good[name]), name);
  }
  for (const [name, { construct, methods }] of Object.entries(goodClasses)) {
    const instance = new regionrad[name](...construct);
    const own = Object.getOwnPropertyNames(regionrad[name].prototype)
      .filter((m) => !['constructor', 'free'].includes(m) && !m.startsWith('__') && typeof instance[m] === 'function');
    assert.deepEqual(own.sort(), Object.keys(methods).sort(), name);
    for (const [method, args] of Object.entries(methods)) {
      assert.doesNotThrow(() => instance[method](...args), `${name}.${method}`);
    }
    instance.free();
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
  // Each argument in turn malformed, all of them at once, and none given.
  const argumentLists = (args) => {
    const lists = [[], ...malformed.map((m) => args.map(() => m))];
    for (let at = 0; at < args.length; at += 1) {
      for (const m of malformed) lists.push(args.map((a, i) => (i === at ? m : a)));
    }
    return lists;
  };
  const attempt = (label, call, list) => {
    calls += 1;
    try {
      call(...list);
    } catch (err) {
      const typed = err instanceof Error && err.name === 'RegionradError' && typeof err.code === 'string';
      if (!typed) wrong.push(`${label}(${list.map(describe).join(', ')}): ${err?.name}: ${err?.message ?? err}`);
    }
  };
  for (const name of exports) {
    for (const list of argumentLists(good[name])) attempt(name, regionrad[name], list);
  }
  for (const [name, { construct, methods }] of Object.entries(goodClasses)) {
    for (const list of argumentLists(construct)) {
      attempt(`new ${name}`, (...args) => new regionrad[name](...args).free(), list);
    }
    const instance = new regionrad[name](...construct);
    for (const [method, args] of Object.entries(methods)) {
      for (const list of argumentLists(args)) {
        attempt(`${name}.${method}`, (...a) => instance[method](...a), list);
      }
    }
    instance.free();
  }
  assert.ok(calls > 1000, `${calls} calls`);
  assert.deepEqual(wrong, []);
  // Still working afterwards.
  assert.equal(regionrad.parseCaseNumber('KDU 72/21').sequence, 72);
});
