// A PreparedCouncil misused — after free(), freed twice, copied — throws a RegionradError
// with a code, and one never freed is freed by the garbage collector.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import v8 from 'node:v8';
import vm from 'node:vm';
import { forms, read } from './fixtures.mjs';

const council = JSON.parse(read('councils/trondelag-sorvest.json'));
const meeting = JSON.parse(read('meetings/2021-11-05-kdu.json'));
const misuse = (pattern) => (e) =>
  e.name === 'RegionradError' && e.code === 'invalid_argument' && pattern.test(e.message);

test('a freed PreparedCouncil throws a RegionradError, and so does freeing it again', () => {
  const prepared = new forms.PreparedCouncil(council);
  const before = prepared.validate([meeting], '2023-02-01');
  prepared.free();
  assert.throws(() => prepared.validate([meeting], '2023-02-01'), misuse(/validate: the council was freed/));
  assert.throws(() => prepared.quorumStatus(meeting), misuse(/quorumStatus: the council was freed/));
  assert.throws(() => prepared.free(), misuse(/free: the council was freed/));
  // Another one works as the first did.
  const again = new forms.PreparedCouncil(council);
  assert.deepStrictEqual(again.validate([meeting], '2023-02-01'), before);
  again.free();
});

test('a copy of a PreparedCouncil is no council, before or after the original is freed', () => {
  const original = new forms.PreparedCouncil(council);
  const copies = [
    Object.assign(Object.create(Object.getPrototypeOf(original)), original),
    { ...original, validate: forms.PreparedCouncil.prototype.validate },
  ];
  for (const copy of copies) {
    assert.throws(() => copy.validate([meeting], '2023-02-01'), misuse(/not called on a PreparedCouncil/));
  }
  original.free();
  assert.throws(() => copies[0].validate([meeting], '2023-02-01'), misuse(/not called on a PreparedCouncil/));
  const detached = new forms.PreparedCouncil(council).nextCaseNumber;
  assert.throws(() => detached([meeting], 'kdu', '2021-12-03'), misuse(/not called on a PreparedCouncil/));
});

test('PreparedCouncils never freed are freed by the garbage collector', async () => {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc');
  const settle = async () => {
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  };
  const round = async () => {
    for (let i = 0; i < 1000; i += 1) new forms.PreparedCouncil(council).validate([], '2023-02-01');
    await settle();
  };
  // Each holds about 25 KB of WebAssembly memory: kept, 8 000 of them would be 200 MB.
  for (let i = 0; i < 4; i += 1) await round();
  const warm = process.memoryUsage().rss;
  for (let i = 0; i < 8; i += 1) await round();
  const grown = process.memoryUsage().rss - warm;
  assert.ok(grown < 40e6, `grew by ${Math.round(grown / 1e6)} MB`);
});
