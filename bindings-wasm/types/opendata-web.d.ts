// The opendata module in the browser: the same functions, after `init()` has loaded its .wasm.
export * from './opendata.js';
export { default, initSync } from './init.js';
export type { InitInput } from './init.js';
