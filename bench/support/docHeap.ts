/**
 * The memory a Y.Doc alone holds: the JavaScript heap that decoding a board's state into a fresh
 * doc adds in this Node process, measured between full garbage collections. The floor any server
 * holding the board pays, whatever else it keeps.
 */
import v8 from 'node:v8'
import vm from 'node:vm'
import * as Y from 'yjs'

let collect: (() => void) | null = null

/** A full garbage collection, without starting Node with --expose-gc. */
function fullGc(): void {
  if (!collect) {
    v8.setFlagsFromString('--expose-gc')
    collect = vm.runInNewContext('gc') as () => void
  }
  collect()
  collect()
}

/** Heap bytes a Y.Doc holding `state` (an encoded update) keeps alive. */
export function docHeapBytes(state: Uint8Array): number {
  fullGc()
  const before = process.memoryUsage().heapUsed
  const doc = new Y.Doc()
  Y.applyUpdate(doc, state)
  fullGc()
  const after = process.memoryUsage().heapUsed
  // Read after measuring, so the doc is alive until then.
  if (doc.share.size < 0) throw new Error('unreachable')
  doc.destroy()
  return after - before
}
