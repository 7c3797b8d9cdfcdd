// Reading the shared fixtures from node, the same way the Rust and Python tests do.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const fixtures = join(here, '..', '..', 'fixtures');

// The node build of the wasm package (CommonJS), built by bindings-wasm/build.sh: a module
// for each use, and the bundled data.
const load = createRequire(import.meta.url);
export const forms = load('../../bindings-wasm/pkg/node/regionrad.js');
export const minutes = load('../../bindings-wasm/pkg/node/minutes.js');
export const cost = load('../../bindings-wasm/pkg/node/cost.js');
export const register = load('../../bindings-wasm/pkg/node/register.js');
export const opendata = load('../../bindings-wasm/pkg/node/opendata.js');
export const bundled = load('../../bindings-wasm/pkg/bundled/index.cjs');
export const modules = { forms, minutes, cost, register, opendata };

export function read(relative) {
  return readFileSync(join(fixtures, relative), 'utf8');
}

export function vectorFiles() {
  const root = join(fixtures, 'vectors');
  return readdirSync(root).sort().flatMap((area) =>
    readdirSync(join(root, area))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => `vectors/${area}/${f}`));
}

function set(doc, path, value) {
  let target = doc;
  for (const step of path.slice(0, -1)) target = target[step];
  target[path[path.length - 1]] = value;
}

// A vector's document as the text to validate (see fixtures/README.md).
export function documentText(spec) {
  if (typeof spec === 'string') return spec;
  if (spec !== null && typeof spec === 'object' && '$ref' in spec) {
    const doc = JSON.parse(read(spec.$ref));
    for (const change of spec.set ?? []) set(doc, change.path, change.value);
    return JSON.stringify(doc);
  }
  return JSON.stringify(spec);
}

// The comparable part of a finding: what a vector states of it (the params, severity and
// span that the expectation `want` names).
export function comparable(finding, want) {
  const out = {
    code: finding.code,
    document: finding.document,
    meeting: finding.meeting ?? null,
    path: finding.path,
  };
  if (want?.params) {
    out.params = Object.fromEntries(Object.keys(want.params).map((k) => [k, finding.params?.[k] ?? null]));
  }
  if (want?.severity) out.severity = finding.severity;
  if (want?.span) out.span = finding.span ?? null;
  return JSON.stringify(out);
}

// `findings` are exactly those `expected` describes (see fixtures/README.md).
export function assertFindings(expected, findings, message) {
  // Each finding's message is rendered: not empty, not only its code's id.
  const bare = findings.filter((f) => !f.message || f.message === f.code);
  assert.deepEqual(bare, [], `${message}: findings without their message`);
  const unmatched = findings.map((f) => comparable(f));
  const missing = [];
  for (const want of expected) {
    const key = comparable(want, want);
    const hit = findings.find((f) => comparable(f, want) === key && unmatched.includes(comparable(f)));
    if (hit) unmatched.splice(unmatched.indexOf(comparable(hit)), 1);
    else missing.push(key);
  }
  assert.deepEqual({ missing, unexpected: unmatched }, { missing: [], unexpected: [] }, message);
}
