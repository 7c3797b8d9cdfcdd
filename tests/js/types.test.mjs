// The TypeScript declarations: strict tsc accepts the usage file (whose @ts-expect-error
// lines prove misuse is rejected), and no declaration is `any`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wasm = join(here, '..', '..', 'bindings-wasm');
const types = join(wasm, 'pkg', 'types');

test('tsc --strict accepts the usage of every export, and rejects the misuse marked in it', () => {
  const tsc = join(wasm, 'node_modules', '.bin', 'tsc');
  execFileSync(tsc, ['-p', join(here, 'tsconfig.json')], { stdio: 'pipe' });
});

test('a project importing the package by name compiles under nodenext and bundler resolution', () => {
  const tsc = join(wasm, 'node_modules', '.bin', 'tsc');
  const project = mkdtempSync(join(tmpdir(), 'regionrad-tsc-'));
  try {
    mkdirSync(join(project, 'node_modules'));
    symlinkSync(wasm, join(project, 'node_modules', 'regionrad'), 'dir');
    writeFileSync(join(project, 'package.json'), '{"type": "module"}');
    copyFileSync(join(here, 'consumer.ts'), join(project, 'consumer.ts'));
    for (const [module, moduleResolution] of [['nodenext', 'nodenext'], ['esnext', 'bundler']]) {
      const options = { strict: true, noEmit: true, target: 'es2020', module, moduleResolution, lib: ['es2020', 'dom'], types: [] };
      writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: options, files: ['consumer.ts'] }));
      try {
        execFileSync(tsc, ['-p', join(project, 'tsconfig.json')], { stdio: 'pipe', encoding: 'utf8' });
      } catch (error) {
        assert.fail(`${moduleResolution}: ${error.stdout}`);
      }
    }
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
});

test('the published declarations never say any', () => {
  const files = readdirSync(types).filter((f) => f.endsWith('.d.ts'));
  assert.deepEqual(files.sort(), [
    'bundled.d.ts', 'common.d.ts', 'cost-web.d.ts', 'cost.d.ts', 'documents.d.ts', 'index.d.ts', 'init.d.ts',
    'minutes-web.d.ts', 'minutes.d.ts', 'opendata-web.d.ts', 'opendata.d.ts', 'register-web.d.ts', 'register.d.ts', 'web.d.ts',
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
