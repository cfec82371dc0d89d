/**
 * A Node device on a board: a Y.Doc synced with the real room server through y-partykit's
 * provider over `ws`, exactly as the browser syncs, plus the room's HTTP API.
 */
import type { TLRecord } from '@tldraw/tlschema'
import YPartyKitProvider from 'y-partykit/provider'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { getRecords, type RecordsKV } from '../../shared/doc'
import { PARTY_NAME, roomEndpoints } from '../../shared/endpoints'
import { fetchWhenUp } from './http'
import { waitFor } from './waitFor'

export interface YjsClient {
  readonly doc: Y.Doc
  readonly provider: YPartyKitProvider
  /** The board's records in this client's doc. */
  readonly records: RecordsKV
  /** Resolves once the provider is connected and has finished a sync with the room. */
  synced(timeoutMs?: number): Promise<void>
  destroy(): void
}

// y-partykit's provider adds a process 'exit' listener per client in Node; tests run dozens at once.
process.setMaxListeners(Math.max(process.getMaxListeners(), 1_000))

export interface YjsClientOptions {
  doc?: Y.Doc
  connectionId?: string
  /** The socket's full path, for servers that do not use PartyKit's /parties/main/<room> (the bench baseline). */
  path?: string
  syncTimeoutMs?: number
}

/** Connects a new client to `roomId`; call `synced()` before relying on the room's state. */
export function connectYjsClient(host: string, roomId: string, options: YjsClientOptions = {}): YjsClient {
  const doc = options.doc ?? new Y.Doc()
  const provider = new YPartyKitProvider(host, roomId, doc, {
    party: PARTY_NAME,
    ...(options.path ? { prefix: options.path } : {}),
    ...(options.connectionId ? { connectionId: options.connectionId } : {}),
    // ws is API-compatible with the browser's WebSocket where the provider needs it.
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    maxBackoffTime: 500,
    disableBc: true,
  })
  return {
    doc,
    provider,
    records: getRecords(doc),
    synced: (timeoutMs = options.syncTimeoutMs ?? 15_000) =>
      waitFor(() => provider.wsconnected && provider.synced, { timeoutMs, message: `client of ${roomId} to sync` }).then(() => undefined),
    destroy: () => {
      provider.destroy()
      doc.destroy()
    },
  }
}

/** The board as `GET /parties/main/<roomId>/records` returns it. */
export async function fetchRecords(serverUrl: string, roomId: string): Promise<TLRecord[]> {
  const response = await fetchWhenUp(new URL(roomEndpoints(roomId).records, serverUrl))
  if (!response.ok) throw new Error(`GET records of ${roomId}: ${response.status} ${await response.text()}`)
  const body = (await response.json()) as { records: TLRecord[] }
  return body.records
}
