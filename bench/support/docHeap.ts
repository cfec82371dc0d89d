/**
 * Heap a board costs in this Node process, measured between full garbage collections: the Y.Doc
 * alone (the floor any server holding the board pays) and our room as it starts (what BoardRoom's
 * onStart builds: the BoardDocument with its indexes, and the agent host with its board index).
 * Measured the same way, the two compare like for like, which a workerd RSS delta against a heap
 * figure does not: RSS also keeps the garbage V8 made loading the board, and heap it grew.
 */
import v8 from 'node:v8'
import vm from 'node:vm'
import * as Y from 'yjs'
import { BoardDocument } from '../../party/room/boardDocument'
import { DocStorage } from '../../party/storage/docStorage'
import { MemoryStorage } from '../../party/storage/memoryStorage'
import { aliasQuickJSWasm } from './wasmAlias'

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

/** Heap bytes that what `build` returns keeps alive. */
async function heapOf(build: () => Promise<unknown>): Promise<number> {
  fullGc()
  const before = process.memoryUsage().heapUsed
  const built = await build()
  fullGc()
  const after = process.memoryUsage().heapUsed
  // Read after measuring, so what was built is alive until then.
  if (built === undefined) throw new Error('nothing was built')
  return after - before
}

/** Heap bytes a Y.Doc holding `state` (an encoded update) keeps alive. */
export function docHeapBytes(state: Uint8Array): Promise<number> {
  return heapOf(async () => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, state)
    return doc
  })
}

/** Heap bytes a room loaded from storage holding `state` keeps alive, storage itself not counted. */
export async function roomHeapBytes(state: Uint8Array): Promise<number> {
  // The agent host reaches the sandbox, whose .wasm import plain Node needs aliased first.
  aliasQuickJSWasm()
  const { AgentHost } = await import('../../party/agent/agentHost')
  const storage = new MemoryStorage()
  await new DocStorage(storage).compact(state)
  return heapOf(async () => {
    const board = await BoardDocument.load(storage)
    const agent = new AgentHost({ doc: board.doc, awareness: board.sync.awareness, storage, env: {} })
    return { board, agent }
  })
}
