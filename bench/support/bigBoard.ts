/** A big board for the benchmarks and profiles: `shapes` rectangles written in batches, as a big paste arrives. */
import * as Y from 'yjs'
import { waitFor } from '../../e2e/support/waitFor'
import type { YjsClient } from '../../e2e/support/yjsClient'
import { seedShapes } from './editLoad'
import { connectClient, type SyncTarget } from './syncTarget'

/** Shapes per transaction (the baseline server does not reassemble chunks, so no message may pass 1 MB). */
const BATCH = 500

/** Writes `shapes` shapes from one client in transactions of BATCH; returns the doc's state and size. */
export async function buildBigBoard(target: SyncTarget, roomId: string, shapes: number): Promise<{ docBytes: number; state: Uint8Array }> {
  const writer = connectClient(target, roomId)
  try {
    await writer.synced()
    for (let start = 0; start < shapes; start += BATCH) seedShapes(writer, Math.min(BATCH, shapes - start), `big${start}`)
    // Another client seeing them all means the server has them all.
    await timeSync(target, roomId, shapes)
    const state = Y.encodeStateAsUpdate(writer.doc)
    return { docBytes: state.length, state }
  } finally {
    writer.destroy()
  }
}

/** A new client connects; milliseconds until it holds `shapes` shapes. */
export async function timeSync(target: SyncTarget, roomId: string, shapes: number): Promise<number> {
  const started = performance.now()
  const client: YjsClient = connectClient(target, roomId)
  try {
    await waitFor(() => client.provider.synced && client.records.map.size >= shapes, { timeoutMs: 120_000, intervalMs: 5, message: `a client to sync ${shapes} shapes` })
    return performance.now() - started
  } finally {
    client.destroy()
  }
}
