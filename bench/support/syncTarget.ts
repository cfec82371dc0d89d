/**
 * The two servers a benchmark loads, behind one client: our room server (partykit dev) and the
 * baseline Yjs server. Both speak the y-websocket protocol, so every benchmark client is the same
 * y-partykit provider over `ws`, differing only in the socket's path.
 */
import * as Y from 'yjs'
import { connectYjsClient, type YjsClient } from '../../e2e/support/yjsClient'
import { roomBasePath } from '../../shared/endpoints'

export interface SyncTarget {
  /** Shown in the table, e.g. "Sketchroom" or "y-websocket". */
  readonly name: string
  /** 127.0.0.1:<port> */
  readonly host: string
  /** Path of a room's WebSocket on this server. */
  roomPath(roomId: string): string
}

export function roomServerTarget(host: string): SyncTarget {
  return { name: 'Sketchroom', host, roomPath: roomBasePath }
}

/** y-partykit's own server, the second party of the benchmarks' room server (bench/baseline/yPartykitParty.ts). */
export function yPartykitTarget(host: string): SyncTarget {
  return { name: 'y-partykit', host, roomPath: (roomId) => `/parties/ypartykit/${encodeURIComponent(roomId)}` }
}

/** Our room with its storage in memory (bench/baseline/inMemoryRoomParty.ts): what durability costs. */
export function inMemoryRoomTarget(host: string): SyncTarget {
  return { name: 'ours, storage in memory', host, roomPath: (roomId) => `/parties/inmemory/${encodeURIComponent(roomId)}` }
}

export function baselineTarget(host: string): SyncTarget {
  return { name: 'y-websocket', host, roomPath: (roomId) => `/${encodeURIComponent(roomId)}` }
}

/** A Node client of `roomId` on `target`: the tests' client, on the target's socket path. */
export function connectClient(target: SyncTarget, roomId: string, doc = new Y.Doc()): YjsClient {
  return connectYjsClient(target.host, roomId, { doc, path: target.roomPath(roomId), syncTimeoutMs: 30_000 })
}

/** Connects `count` clients to `roomId` and waits until all have synced, `parallel` at a time. */
export async function connectClients(target: SyncTarget, roomId: string, count: number, parallel = 10): Promise<YjsClient[]> {
  const clients: YjsClient[] = []
  for (let start = 0; start < count; start += parallel) {
    const batch = Array.from({ length: Math.min(parallel, count - start) }, () => connectClient(target, roomId))
    clients.push(...batch)
    await Promise.all(batch.map((client) => client.synced()))
  }
  return clients
}
