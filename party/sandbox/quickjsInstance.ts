/**
 * A fresh QuickJS WebAssembly instance for each run, in a memory of its own with a hard size.
 * QuickJS's `setMemoryLimit` does not cap large strings and arrays in this build, but a
 * WebAssembly memory cannot grow past its maximum, so that is the real bound. A fresh instance also
 * means nothing a run does (a corrupted heap after a host stack overflow, leaked values) can reach
 * the next run. Making one costs ~1 ms in Node; a whole warm run, instance to disposal, 10–20 ms.
 *
 * The memory starts at its maximum. Emscripten grows a growable heap with a 5-20% overshoot and
 * retries smaller on refusal, so a refused `grow` would not mean a refused allocation; with no room
 * to grow at all, any call to `grow` does: the heap is full.
 */
import variant from '@jitl/quickjs-wasmfile-release-sync'
import { newQuickJSWASMModuleFromVariant, newVariant, type QuickJSWASMModule } from 'quickjs-emscripten-core'
import { quickjsWasmModule } from './quickjsWasm'

const WASM_PAGE_BYTES = 64 * 1024
/** The module imports its memory with a minimum of 256 pages (16 MiB); it cannot start with less. */
const MODULE_MIN_PAGES = 256

export interface QuickJSInstance {
  module: QuickJSWASMModule
  memory: WebAssembly.Memory
}

/** Makes an instance; `onHeapFull` is called (during the failing allocation) when the heap is out of room. */
export async function newQuickJSInstance(memoryLimitBytes: number, onHeapFull: () => void): Promise<QuickJSInstance> {
  const pages = Math.floor(memoryLimitBytes / WASM_PAGE_BYTES)
  if (pages < MODULE_MIN_PAGES) {
    throw new RangeError(`the sandbox needs at least ${(MODULE_MIN_PAGES * WASM_PAGE_BYTES) / 2 ** 20} MiB of memory`)
  }
  const memory = new WebAssembly.Memory({ initial: pages, maximum: pages })
  // Emscripten grows the heap through this object's `grow`; an own property shadows the prototype's
  // so the refusal is seen (emscripten swallows it and malloc returns null).
  const grow = memory.grow.bind(memory)
  memory.grow = (delta: number) => {
    onHeapFull()
    return grow(delta)
  }
  const module = await newQuickJSWASMModuleFromVariant(newVariant(variant, { wasmModule: quickjsWasmModule, wasmMemory: memory }))
  return { module, memory }
}
