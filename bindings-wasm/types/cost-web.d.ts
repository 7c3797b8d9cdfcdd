// The cost module in the browser: the same functions, after `init()` has loaded its .wasm.
export * from './cost.js';
export { default, initSync } from './init.js';
export type { InitInput } from './init.js';
