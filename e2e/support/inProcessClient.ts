/**
 * A device talking to a room's relay in the same process: a real Y.Doc and Awareness speaking the
 * y-websocket protocol through y-protocols, as y-partykit's provider does, over a fake connection.
 * Frames are queued both ways and delivered by `network.pump()`, so nothing runs re-entrantly and
 * tests need no timers.
 */
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import type { SyncConnection } from '../../party/sync/roomSync'

export const MESSAGE_SYNC = 0
export const MESSAGE_AWARENESS = 1
export const MESSAGE_QUERY_AWARENESS = 3

/** What a client needs of the room: RoomSync has exactly this shape. */
export interface RelayEndpoint {
  connect(connection: SyncConnection): void
  receive(connection: SyncConnection, message: string | Uint8Array): void
  disconnect(connection: SyncConnection): void
}

/** Origin of changes a client applies from the room, so they are not sent back. */
const FROM_ROOM = Symbol('from room')

export class InProcessNetwork {
  private readonly queue: (() => void)[] = []

  post(deliver: () => void): void {
    this.queue.push(deliver)
  }

  /** Delivers queued frames (and the frames they cause) until the network is quiet. */
  pump(maxFrames = 100_000): void {
    for (let delivered = 0; this.queue.length > 0; delivered++) {
      if (delivered >= maxFrames) throw new Error(`the network did not settle after ${maxFrames} frames`)
      this.queue.shift()?.()
    }
  }
}

let nextId = 0

export class InProcessClient {
  readonly doc = new Y.Doc()
  readonly awareness = new awarenessProtocol.Awareness(this.doc)
  /** Text frames the room sent (notices). */
  readonly notices: string[] = []
  /** Binary frames the room sent. */
  readonly frames: Uint8Array[] = []
  /** Set when the room closed the connection. */
  closedWith: { code: number | undefined; reason: string | undefined } | null = null
  readonly connection: SyncConnection

  constructor(
    private readonly network: InProcessNetwork,
    private readonly room: RelayEndpoint,
    readonly id = `client-${++nextId}`,
  ) {
    this.connection = {
      id,
      send: (message) => network.post(() => this.handle(message)),
      close: (code, reason) => {
        this.closedWith = { code, reason }
      },
    }
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === FROM_ROOM) return
      const encoder = encoding.createEncoder()
      encoding.writeVarUint(encoder, MESSAGE_SYNC)
      syncProtocol.writeUpdate(encoder, update)
      this.send(encoding.toUint8Array(encoder))
    })
    this.awareness.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
      if (origin === FROM_ROOM) return
      this.send(awarenessFrame(this.awareness, [...added, ...updated, ...removed]))
    })
  }

  /** Opens the connection and starts the sync handshake, as the provider does. */
  connect(): this {
    this.network.post(() => {
      this.room.connect(this.connection)
      const encoder = encoding.createEncoder()
      encoding.writeVarUint(encoder, MESSAGE_SYNC)
      syncProtocol.writeSyncStep1(encoder, this.doc)
      this.room.receive(this.connection, encoding.toUint8Array(encoder))
      if (this.awareness.getLocalState() !== null) {
        this.room.receive(this.connection, awarenessFrame(this.awareness, [this.doc.clientID]))
      }
    })
    return this
  }

  disconnect(): void {
    this.network.post(() => this.room.disconnect(this.connection))
  }

  /** Sends any frame, well-formed or not. */
  send(frame: string | Uint8Array): void {
    this.network.post(() => this.room.receive(this.connection, frame))
  }

  destroy(): void {
    this.awareness.destroy()
    this.doc.destroy()
  }

  private handle(message: string | Uint8Array): void {
    if (typeof message === 'string') {
      this.notices.push(message)
      return
    }
    this.frames.push(message)
    const decoder = decoding.createDecoder(message)
    const type = decoding.readVarUint(decoder)
    if (type === MESSAGE_SYNC) {
      const reply = encoding.createEncoder()
      encoding.writeVarUint(reply, MESSAGE_SYNC)
      syncProtocol.readSyncMessage(decoder, reply, this.doc, FROM_ROOM)
      if (encoding.length(reply) > 1) this.send(encoding.toUint8Array(reply))
    } else if (type === MESSAGE_AWARENESS) {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), FROM_ROOM)
    }
  }
}

/** An awareness frame carrying the states of `clientIds`. */
export function awarenessFrame(awareness: awarenessProtocol.Awareness, clientIds: number[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS)
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clientIds))
  return encoding.toUint8Array(encoder)
}

/** A sync frame carrying `update` as a y-websocket update message. */
export function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_SYNC)
  syncProtocol.writeUpdate(encoder, update)
  return encoding.toUint8Array(encoder)
}

/** A deterministic pseudo-random byte source (mulberry32), so a failing fuzz case can be replayed. */
export function seededBytes(seed: number): (length: number) => Uint8Array {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return (length) => Uint8Array.from({ length }, () => Math.floor(next() * 256))
}
