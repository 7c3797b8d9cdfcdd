// WebAssembly memory grows and never shrinks, so what the reader takes at its peak stays
// taken for the life of the page. Its own file: node runs each in a fresh process, so the
// memory measured here is grown by nothing before it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minutes } from './fixtures.mjs';

const MiB = 1024 * 1024;

test('8 MiB of line ends leave WebAssembly memory a small multiple of the input', () => {
  const text = '\n'.repeat(8 * MiB);
  const before = process.memoryUsage().external;
  const reading = minutes.readMinutes(text, null, 'nb');
  assert.ok(reading.findings.some((f) => f.code === 'minutes.no_items'));
  const grown = process.memoryUsage().external - before;
  // The text copied in (8 MiB) and room to read it: a run of blank lines is one line.
  assert.ok(grown < 4 * 8 * MiB, `grew by ${Math.round(grown / MiB)} MiB`);
});
