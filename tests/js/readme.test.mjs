// The README's JavaScript tour runs as written, from the repository root.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

test('README JavaScript tour', async () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]);
  assert.equal(blocks.length, 1);
  const lines = [];
  const log = console.log;
  const cwd = process.cwd();
  const file = join(root, `.readme-tour-${process.pid}.mjs`);
  writeFileSync(file, blocks[0]);
  try {
    process.chdir(root);
    console.log = (...args) => lines.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
    await import(pathToFileURL(file).href);
  } finally {
    console.log = log;
    process.chdir(cwd);
    rmSync(file, { force: true });
  }
  assert.deepEqual(lines, [
    JSON.stringify(['input.invalid at remote: Invalid input: invalid type: integer `1`, expected a boolean']),
    'KDU 7/2023',
    'RegionradError invalid_argument',
  ]);
});
