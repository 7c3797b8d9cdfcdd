// The register module in the browser: the same functions, after `init()` has loaded its .wasm.
export * from './register';
export { default, initSync } from './init';
export type { InitInput } from './init';
