// Malformed input to every export of every module of the package: each call returns (a
// report with findings, or a value) or throws a RegionradError with a string `.code`; never
// a trap (a Rust panic would be a WebAssembly.RuntimeError), never a thrown string. Each
// module still works after all of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { modules, bundled, read } from './fixtures.mjs';

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
  formatKroner: [12345, 'en'],
  formatPercent: ['8.559', 'nb'],
  parseKroner: ['kr 1 234,50'],
  quorumStatus: [council, meeting],
  register: [council, [meeting], '2023-02-01'],
  exportPopolo: [council, [meeting]],
  nextCaseNumber: [council, [meeting], 'kdu', '2021-12-03'],
  bundledCouncil: [],
  bundledPopulation: [],
  schemaVersion: [],
  errorCodes: [],
};

// Classes: arguments that work for the constructor and for each method.
const goodClasses = {
  PreparedCouncil: {
    construct: [council],
    methods: {
      validate: [[meeting], '2023-02-01', 'en'],
      validateField: [meeting, ['agenda', 0, 'number'], '2023-02-01', 'nb'],
      quorumStatus: [meeting],
      nextCaseNumber: [[meeting], 'kdu', '2021-12-03'],
    },
  },
};

const deep = JSON.parse('['.repeat(200) + ']'.repeat(200));
let deepObject = {};
for (let i = 0; i < 100_000; i += 1) deepObject = { a: deepObject };
const malformed = [
  '\ud800', 'KDU 1/2\udfff1', { schema_version: 1, council: '\ud800' }, deepObject,
  undefined, null, true, 0, -1, 2 ** 53 + 2, Number.NaN, Number.POSITIVE_INFINITY,
  '', '{', '[]', '{}', 'null', '"x"', 'x'.repeat(10_000), '\u0000\uffff',
  [], [null], [[]], {}, { schema_version: 'x' }, { schema_version: 99 }, deep,
  new Date(0), () => 1, Symbol('s'), 10n,
];

const isClass = (f) => /^class\b/.test(Function.prototype.toString.call(f));
// Every function of every module (and of the bundled data), as [module, name].
const all = Object.entries({ ...modules, bundled }).flatMap(([module, m]) =>
  Object.keys(m).filter((name) => typeof m[name] === 'function').map((name) => [m, name, module]));
const exports = all.filter(([m, name]) => !isClass(m[name]));
const classes = all.filter(([m, name]) => isClass(m[name]));

test('every export has arguments that work, so that each is fed malformed input', () => {
  assert.ok(exports.length >= 20, exports.map(([, name]) => name).join(', '));
  assert.deepEqual(exports.filter(([, name]) => !(name in good)).map(([, name]) => name), []);
  assert.deepEqual(classes.map(([, name]) => name), Object.keys(goodClasses));
  for (const [m, name, module] of exports) {
    assert.doesNotThrow(() => m[name](...good[name]), `${module}.${name}`);
  }
  for (const [m, name] of classes) {
    const { construct, methods } = goodClasses[name];
    const instance = new m[name](...construct);
    const own = Object.getOwnPropertyNames(m[name].prototype)
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
  for (const [m, name, module] of exports) {
    for (const list of argumentLists(good[name])) attempt(`${module}.${name}`, m[name], list);
  }
  for (const [m, name] of classes) {
    const { construct, methods } = goodClasses[name];
    for (const list of argumentLists(construct)) {
      attempt(`new ${name}`, (...args) => new m[name](...args).free(), list);
    }
    const instance = new m[name](...construct);
    for (const [method, args] of Object.entries(methods)) {
      for (const list of argumentLists(args)) {
        attempt(`${name}.${method}`, (...a) => instance[method](...a), list);
      }
    }
    instance.free();
  }
  assert.ok(calls > 1000, `${calls} calls`);
  assert.deepEqual(wrong, []);
  // Still working afterwards, every module.
  assert.equal(modules.forms.parseCaseNumber('KDU 72/21').sequence, 72);
  assert.equal(modules.minutes.writeMinutes(meeting).length > 0, true);
  assert.equal(modules.cost.formatKroner(100), 'kr 1,00');
  assert.equal(modules.register.register(council, [meeting], '2023-02-01').as_of, '2023-02-01');
});

test('a lone surrogate reads as U+FFFD, as it does from Python', () => {
  const firstLine = minutes.split('\n', 1)[0];
  const withSurrogates = modules.minutes.readMinutes(minutes.replace(firstLine, `${firstLine} \ud800 \udfff`), council);
  const replaced = modules.minutes.readMinutes(minutes.replace(firstLine, `${firstLine} \ufffd \ufffd`), council);
  assert.deepStrictEqual(withSurrogates.meeting, replaced.meeting);
  assert.ok(withSurrogates.meeting.title.endsWith(' \ufffd \ufffd'));
});
