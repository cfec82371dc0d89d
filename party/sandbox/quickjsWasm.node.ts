/**
 * Node's stand-in for the `.wasm` import in quickjsWasm.ts (Vitest aliases that import here): Node
 * can compile WebAssembly from bytes, so it reads and compiles the very file the bundler embeds.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const wasmPath = require.resolve('@jitl/quickjs-wasmfile-release-sync/wasm')

export default new WebAssembly.Module(readFileSync(wasmPath))
