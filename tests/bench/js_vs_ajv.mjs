// In one node run: validate the same meeting documents (JSON text in) with the regionrad
// wasm package (schema and domain rules) and with ajv compiled from the generated JSON Schema
// (fixtures/schema/meeting.schema.json; schema only). Prints medians and the ratio
// (regionrad / ajv: below 1 is faster).
//
//   bash bindings-wasm/build.sh && node tests/bench/js_vs_ajv.mjs
//
// REGIONRAD_PKG names another build's node package (its pkg/node directory), to compare two
// builds of the library in one run (BENCHMARKS.md, "Before and after").
//
// ajv and ajv-formats are dev dependencies of bindings-wasm (`npm ci` there).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const require = createRequire(join(root, 'bindings-wasm', 'package.json'));
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats').default;
const pkg = process.env.REGIONRAD_PKG ?? join(root, 'bindings-wasm', 'pkg', 'node');
const regionrad = require(join(pkg, 'regionrad.js'));

const read = (relative) => readFileSync(join(root, 'fixtures', relative), 'utf8');
const council = read('councils/trondelag-sorvest.json');
const meetings = ['2021-03-05-kdu', '2021-11-05-kdu', '2023-01-20-kdu'].map((m) => read(`meetings/${m}.json`));

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
// schemars writes integer widths as formats; ajv-formats does not know them.
ajv.addFormat('uint32', { type: 'number', validate: (n) => Number.isInteger(n) && n >= 0 && n <= 4294967295 });
const schemaOnly = ajv.compile(JSON.parse(read('schema/meeting.schema.json')));
for (const text of meetings) {
  if (!schemaOnly(JSON.parse(text))) throw new Error(`ajv refuses a golden meeting: ${ajv.errorsText(schemaOnly.errors)}`);
}

function median(run, repeat) {
  const times = [];
  for (let i = 0; i < repeat; i += 1) {
    const start = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const repeat = 300;
const ours = median(() => meetings.forEach((m) => regionrad.validate(council, [m], '2023-02-01')), repeat) / meetings.length;
const batch = median(() => regionrad.validate(council, meetings, '2023-02-01'), repeat) / meetings.length;
const prepared = new regionrad.PreparedCouncil(council);
const held = median(() => meetings.forEach((m) => prepared.validate([m], '2023-02-01')), repeat) / meetings.length;
const peer = median(() => meetings.forEach((m) => schemaOnly(JSON.parse(m))), repeat) / meetings.length;
console.log(`validate one meeting document (JSON text in), median of ${repeat}:`);
console.log(`  regionrad wasm (council + meeting decoded, schema and domain rules): ${ours.toFixed(3)} ms`);
console.log(`  regionrad wasm, the three in one call (council decoded once):       ${batch.toFixed(3)} ms`);
console.log(`  regionrad wasm, one meeting with a PreparedCouncil (decoded once):   ${held.toFixed(3)} ms`);
console.log(`  ajv (JSON.parse + compiled schema, schema only):                     ${peer.toFixed(3)} ms`);
console.log(`  ratio regionrad / ajv: ${(ours / peer).toFixed(2)}, in one call ${(batch / peer).toFixed(2)}, prepared ${(held / peer).toFixed(2)} (target <= 1.0)`);

const councilObject = JSON.parse(council);
const meetingObjects = meetings.map((m) => JSON.parse(m));
const oursObjects = median(() => meetingObjects.forEach((m) => regionrad.validate(councilObject, [m], '2023-02-01')), repeat) / meetings.length;
const peerObjects = median(() => meetingObjects.forEach((m) => schemaOnly(m)), repeat) / meetings.length;
console.log(`validate one meeting document (plain objects in), median of ${repeat}:`);
console.log(`  regionrad wasm (council + meeting decoded, schema and domain rules): ${oursObjects.toFixed(3)} ms`);
console.log(`  ajv (compiled schema, schema only):                                  ${peerObjects.toFixed(3)} ms`);
console.log(`  ratio regionrad / ajv: ${(oursObjects / peerObjects).toFixed(2)} (target <= 1.0)`);
