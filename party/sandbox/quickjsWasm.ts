/**
 * The compiled QuickJS WebAssembly module. Workers may not compile WebAssembly from bytes at run
 * time, so the module must arrive compiled: PartyKit's bundler turns an import of a path ending in
 * `.wasm` into a `WebAssembly.Module`. Its plugin joins the path to the importing file's folder
 * (package specifiers are not resolved, and this package exports the file only as `…/wasm`), hence
 * the relative path into node_modules. Under Vitest (Node) vitest.config.ts aliases this same path
 * to quickjsWasm.node.ts, which compiles the same file's bytes.
 */
import quickjsWasmModule from '../../node_modules/@jitl/quickjs-wasmfile-release-sync/dist/emscripten-module.wasm'

export { quickjsWasmModule }
