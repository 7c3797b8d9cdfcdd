// Writes the TypeScript types of every document from the JSON Schema in fixtures/schema/
// (itself generated from the Rust types), so the declarations cannot drift from the wire
// format. Usage: node types/generate.mjs OUT_FILE
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const here = dirname(fileURLToPath(import.meta.url));
const schemaDir = join(here, '..', '..', 'fixtures', 'schema');
const out = process.argv[2];
if (!out) throw new Error('usage: node types/generate.mjs OUT_FILE');

// One schema holding every definition once, with each document's root among them.
const defs = {};
const roots = {};
for (const file of readdirSync(schemaDir).filter((f) => f.endsWith('.schema.json')).sort()) {
  const schema = JSON.parse(readFileSync(join(schemaDir, file), 'utf8'));
  const { $defs = {}, $schema, ...root } = schema;
  Object.assign(defs, $defs);
  if (root.type === 'object' && root.title) {
    defs[root.title] = root;
    roots[root.title] = { $ref: `#/$defs/${root.title}` };
  } else if (root.type === 'array' && root.items?.$ref) {
    const name = root.items.$ref.replace('#/$defs/', '');
    roots[name] = root.items;
  }
}
const combined = {
  title: 'RegionradDocuments',
  description: 'Every document of the regionrad wire format.',
  type: 'object',
  properties: roots,
  additionalProperties: false,
  $defs: defs,
};
// Each definition is named by its key, as the Rust type it comes from.
for (const [name, def] of Object.entries(defs)) def.title = name;
const ts = await compile(combined, 'RegionradDocuments', {
  bannerComment: '// Generated from fixtures/schema by bindings-wasm/types/generate.mjs: do not edit.',
  additionalProperties: false,
  unknownAny: true,
  strictIndexSignatures: true,
  format: true,
});
writeFileSync(out, ts);
