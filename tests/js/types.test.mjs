// The TypeScript declarations: strict tsc accepts the usage file (whose @ts-expect-error
// lines prove misuse is rejected), and no declaration is `any`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wasm = join(here, '..', '..', 'bindings-wasm');
const types = join(wasm, 'pkg', 'types');

test('tsc --strict accepts the usage of every export, and rejects the misuse marked in it', () => {
  const tsc = join(wasm, 'node_modules', '.bin', 'tsc');
  execFileSync(tsc, ['-p', join(here, 'tsconfig.json')], { stdio: 'pipe' });
});

test('the published declarations never say any', () => {
  const files = readdirSync(types).filter((f) => f.endsWith('.d.ts'));
  assert.deepEqual(files.sort(), [
    'bundled.d.ts', 'common.d.ts', 'cost-web.d.ts', 'cost.d.ts', 'documents.d.ts', 'index.d.ts', 'init.d.ts',
    'minutes-web.d.ts', 'minutes.d.ts', 'register-web.d.ts', 'register.d.ts', 'web.d.ts',
  ]);
  for (const file of files) {
    const code = readFileSync(join(types, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    assert.doesNotMatch(code, /\bany\b/, file);
  }
});

test('the finding codes in the declarations are exactly the library\'s', () => {
  const documents = readFileSync(join(types, 'documents.d.ts'), 'utf8');
  const union = documents.slice(documents.indexOf('export type Code ='), documents.indexOf(';', documents.indexOf('export type Code =')));
  const declared = [...union.matchAll(/"([a-z_]+\.[a-z_]+)"/g)].map((m) => m[1]).sort();
  const readme = readFileSync(join(here, '..', '..', 'fixtures', 'README.md'), 'utf8');
  const documented = [...readme.matchAll(/^\| `([a-z_]+\.[a-z_]+)` \|/gm)].map((m) => m[1]).sort();
  assert.deepEqual(declared, documented);
});
