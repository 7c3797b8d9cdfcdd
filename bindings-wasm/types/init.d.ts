// Loading a module's .wasm in the browser: each module has its own `init`, called once before
// its functions.

/** Where the .wasm comes from: a URL, a fetch response, bytes or a compiled module. */
export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

/** Loads the module (by default its `_bg.wasm` beside the script); call once first. */
export default function init(
  moduleOrPath?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>,
): Promise<WebAssembly.Exports>;

/** Loads the module from bytes or a compiled module, synchronously. */
export function initSync(module: { module: BufferSource | WebAssembly.Module } | BufferSource | WebAssembly.Module): WebAssembly.Exports;
