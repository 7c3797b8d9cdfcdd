// What `npm pack` would publish: the built modules, their types, the README and the
// licences; nothing of the sources or the tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('../../bindings-wasm/', import.meta.url));

test('the package carries its README, the licences, the modules and their types', () => {
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: packageDir, encoding: 'utf8' }),
  );
  const files = new Set(pack.files.map((f) => f.path));
  for (const file of ['README.md', 'LICENSE-MIT', 'LICENSE-APACHE', 'package.json']) {
    assert.ok(files.has(file), `${file} is missing from ${[...files].join(', ')}`);
  }
  for (const module of ['forms_native', 'minutes', 'cost', 'register', 'opendata']) {
    assert.ok(files.has(`pkg/node/${module}_bg.wasm`) || files.has(`pkg/node/${module}.js`), module);
  }
  assert.ok(files.has('pkg/types/index.d.ts') && files.has('pkg/types/cost.d.ts'));
  assert.deepEqual([...files].filter((f) => /^(src|tests|demo|node_modules)\//.test(f) || f.endsWith('.rs')), []);
});
