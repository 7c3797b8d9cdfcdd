// The minutes module in the browser: the same functions, after `init()` has loaded its .wasm.
export * from './minutes';
export { default, initSync } from './init';
export type { InitInput } from './init';
