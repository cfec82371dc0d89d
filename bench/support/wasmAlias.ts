/**
 * Lets the benchmarks (plain Node through tsx) import the sandbox. PartyKit's bundler compiles the
 * sandbox's `.wasm` import into a WebAssembly.Module and Vitest aliases it (vitest.config.ts); Node
 * has neither, so this registers a resolve hook with the same alias: the import resolves to
 * party/sandbox/quickjsWasm.node.ts, which compiles the same file's bytes. Call it before the
 * sandbox is first imported (dynamically).
 */
import { register } from 'node:module'

const STAND_IN = new URL('../../party/sandbox/quickjsWasm.node.ts', import.meta.url).href

// The hook runs on the loader thread, so it is source text; it only rewrites that one specifier.
const HOOKS = `
export async function resolve(specifier, context, next) {
  if (specifier.endsWith('/@jitl/quickjs-wasmfile-release-sync/dist/emscripten-module.wasm')) {
    return next(${JSON.stringify(STAND_IN)}, context)
  }
  return next(specifier, context)
}
`

let registered = false

/** Registers the alias once per process. */
export function aliasQuickJSWasm(): void {
  if (registered) return
  register(`data:text/javascript,${encodeURIComponent(HOOKS)}`)
  registered = true
}
