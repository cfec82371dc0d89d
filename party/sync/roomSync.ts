/**
 * Relays one room's Y.Doc and awareness between its connections, speaking y-partykit's protocol
 * (the y-websocket protocol: sync step 1/2, updates, awareness), so `y-partykit/provider` clients
 * connect unchanged. Unlike y-partykit's server it never destroys the doc when the last device
 * leaves (the agent may still be drawing), lets the room inspect every update before it is applied
 * (the write gate, party/sync/writeGate.ts), and bounds what one connection can cost the room.
 */
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import {
  AWARENESS_MESSAGES_PER_SECOND,
  MAX_AWARENESS_BYTES,
  MAX_UPDATE_BYTES,
} from '../../shared/limits'
import type { RoomNotice } from '../../shared/roomNotice'
import { decodeAwarenessEntries, encodeAwarenessEntries, PresenceOwners } from './awarenessFilter'
import { MessageAssembler } from './messageAssembler'
import { RateBudget } from './rateBudget'
import { markViewers, VIEW_ONLY_NOTICE, wouldChangeDoc } from './readOnly'

const MESSAGE_SYNC = 0
const MESSAGE_AWARENESS = 1
const MESSAGE_AUTH = 2
const MESSAGE_QUERY_AWARENESS = 3

/** Refused frames a connection may send before the room closes it. */
export const MAX_STRIKES = 50

/** The part of a PartyKit connection the relay needs. */
export interface SyncConnection {
  readonly id: string
  send(message: string | Uint8Array): void
  close(code?: number, reason?: string): void
}

export interface RoomSyncOptions {
  /** Whether the board may grow by `bytes` more (the room's size limit). */
  canGrow?(bytes: number): boolean
  /**
   * Reads a client's update before it is applied: returns why it must be refused, or null to apply
   * it. It must also refuse malformed updates (without it, the relay only checks that they decode).
   */
  inspect?(update: Uint8Array, connection: SyncConnection): string | null
  /** Called for each refused frame, for logs and tests. */
  onRefused?(connection: SyncConnection, reason: string): void
}

/** How a connection takes part in the room. */
export interface ConnectOptions {
  /** A view-only link: sync and presence (marked as a viewer's), no changes to the doc (docs/permissions.md). */
  readOnly?: boolean
}

interface Peer {
  connection: SyncConnection
  readOnly: boolean
  assembler: MessageAssembler
  awarenessBudget: RateBudget
  strikes: number
}

export class RoomSync {
  readonly awareness: awarenessProtocol.Awareness
  private readonly peers = new Map<string, Peer>()
  /** Which connection owns which awareness client id. */
  private readonly presence: PresenceOwners

  constructor(
    readonly doc: Y.Doc,
    private readonly options: RoomSyncOptions = {},
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc)
    this.awareness.setLocalState(null)
    this.presence = new PresenceOwners(this.awareness.clientID)
    doc.on('update', this.relayUpdate)
    doc.on('afterTransaction', this.noteWriters)
    this.awareness.on('update', this.relayAwareness)
  }

  get connectionCount(): number {
    return this.peers.size
  }

  connect(connection: SyncConnection, options: ConnectOptions = {}): void {
    this.peers.set(connection.id, {
      connection,
      readOnly: options.readOnly ?? false,
      assembler: new MessageAssembler(MAX_UPDATE_BYTES),
      awarenessBudget: new RateBudget(AWARENESS_MESSAGES_PER_SECOND, AWARENESS_MESSAGES_PER_SECOND * 2),
      strikes: 0,
    })
    const step1 = encoding.createEncoder()
    encoding.writeVarUint(step1, MESSAGE_SYNC)
    syncProtocol.writeSyncStep1(step1, this.doc)
    this.send(connection, encoding.toUint8Array(step1))
    const states = this.awareness.getStates()
    if (states.size > 0) {
      this.send(connection, this.awarenessMessage([...states.keys()]))
    }
  }

  /**
   * Forgets a connection and closes its socket. Closing also answers a client's close frame, which
   * the platform does not do by itself: unanswered, the client's socket stays half-closed (and keeps
   * its memory in the room) until the client gives up, 30 s in `ws`, and only then can y-partykit's
   * provider reconnect.
   */
  disconnect(connection: SyncConnection, code?: number, reason?: string): void {
    try {
      connection.close(code, reason)
    } catch {
      // already closed
    }
    // y-partykit's provider reconnects under the same id, and the old socket's close may arrive after
    // the new socket connected: that close must not take the new connection (or its presence) with it.
    if (this.peers.get(connection.id)?.connection !== connection) return
    this.peers.delete(connection.id)
    // Its ids stay reserved for it: the provider comes back under the same connection and client id.
    awarenessProtocol.removeAwarenessStates(this.awareness, this.presence.release(connection.id), connection)
  }

  receive(connection: SyncConnection, message: string | ArrayBuffer | ArrayBufferView): void {
    const peer = this.peers.get(connection.id)
    if (!peer) return
    const frame =
      typeof message === 'string'
        ? message
        : message instanceof ArrayBuffer
          ? new Uint8Array(message)
          : new Uint8Array(message.buffer, message.byteOffset, message.byteLength)
    const assembled = peer.assembler.push(frame)
    if (assembled.kind === 'rejected') return this.refuse(peer, assembled.reason)
    if (assembled.kind === 'pending') return
    try {
      this.handleMessage(peer, assembled.bytes)
    } catch (error) {
      this.refuse(peer, `malformed message: ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  /** Sends a notice to every connection (or one). */
  notify(notice: RoomNotice, connection?: SyncConnection): void {
    const text = JSON.stringify(notice)
    if (connection) this.send(connection, text)
    else for (const peer of this.peers.values()) this.send(peer.connection, text)
  }

  private handleMessage(peer: Peer, bytes: Uint8Array): void {
    const decoder = decoding.createDecoder(bytes)
    const messageType = decoding.readVarUint(decoder)
    switch (messageType) {
      case MESSAGE_SYNC:
        return this.handleSync(peer, decoder)
      case MESSAGE_AWARENESS:
        return this.handleAwareness(peer, decoding.readVarUint8Array(decoder))
      case MESSAGE_QUERY_AWARENESS:
        return this.send(peer.connection, this.awarenessMessage([...this.awareness.getStates().keys()]))
      case MESSAGE_AUTH:
        return // clients never authenticate this way; nothing to answer
      default:
        throw new Error(`unknown message type ${messageType}`)
    }
  }

  private handleSync(peer: Peer, decoder: decoding.Decoder): void {
    const syncType = decoding.readVarUint(decoder)
    if (syncType === syncProtocol.messageYjsSyncStep1) {
      const reply = encoding.createEncoder()
      encoding.writeVarUint(reply, MESSAGE_SYNC)
      syncProtocol.readSyncStep1(decoder, reply, this.doc)
      this.send(peer.connection, encoding.toUint8Array(reply))
      return
    }
    if (syncType !== syncProtocol.messageYjsSyncStep2 && syncType !== syncProtocol.messageYjsUpdate) {
      throw new Error(`unknown sync message ${syncType}`)
    }
    const update = decoding.readVarUint8Array(decoder)
    if (peer.readOnly) {
      if (wouldChangeDoc(this.doc, update)) this.refuse(peer, VIEW_ONLY_NOTICE)
      return
    }
    if (this.options.canGrow && !this.options.canGrow(update.length)) {
      this.refuse(peer, 'the board is at its size limit; delete something to make room')
      return
    }
    const refusal = this.options.inspect
      ? this.options.inspect(update, peer.connection)
      : (Y.decodeUpdate(update), null) // decoding proves the update well-formed before it touches the doc
    if (refusal) {
      this.refuse(peer, refusal)
      return
    }
    Y.applyUpdate(this.doc, update, peer.connection)
  }

  private handleAwareness(peer: Peer, update: Uint8Array): void {
    if (!peer.awarenessBudget.take()) return // a flood: drop quietly, the next state supersedes it
    // y-partykit's provider sends every awareness change it hears back to the room, others' included:
    // a state the room already has at that clock is such an echo, dropped without a word.
    const fresh = decodeAwarenessEntries(update).filter((entry) => (this.awareness.meta.get(entry.clientId)?.clock ?? -1) < entry.clock)
    if (fresh.length === 0) return
    const { allowed, refused } = this.presence.filter(fresh, peer.connection.id, MAX_AWARENESS_BYTES)
    if (allowed.length > 0) {
      // Parsing also refuses states that are not JSON.
      const marked = markViewers(allowed, peer.readOnly)
      awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(marked), peer.connection)
    }
    if (refused) this.refuse(peer, refused)
  }

  /** The client ids a connection's applied update wrote under are that connection's presence ids. */
  private readonly noteWriters = (transaction: Y.Transaction): void => {
    const origin = transaction.origin as SyncConnection | null
    if (!origin || this.peers.get(origin.id)?.connection !== origin) return
    const wrote: number[] = []
    for (const [clientId, clock] of transaction.afterState) {
      if (transaction.beforeState.get(clientId) !== clock) wrote.push(clientId)
    }
    const taken = this.presence.noteWriter(origin.id, wrote)
    if (taken.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, taken, origin)
  }

  private refuse(peer: Peer, reason: string): void {
    // A refusal is counted and told to the device; nothing of the update is stored or relayed.
    peer.strikes++
    this.options.onRefused?.(peer.connection, reason)
    this.notify({ type: 'rejected', reason }, peer.connection)
    if (peer.strikes >= MAX_STRIKES) this.disconnect(peer.connection, 1008, 'too many malformed messages')
  }

  private readonly relayUpdate = (update: Uint8Array, origin: unknown): void => {
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MESSAGE_SYNC)
    syncProtocol.writeUpdate(encoder, update)
    const message = encoding.toUint8Array(encoder)
    for (const peer of this.peers.values()) {
      // The sender already has its own update.
      if (peer.connection !== origin) this.send(peer.connection, message)
    }
  }

  private readonly relayAwareness = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }): void => {
    const message = this.awarenessMessage([...added, ...updated, ...removed])
    // The sender hears its own presence back, as from y-websocket's server: the provider drops a
    // connection that has heard nothing for 30 s, and a lone device's presence renewals (every
    // 15 s) are then the only traffic it gets.
    for (const peer of this.peers.values()) this.send(peer.connection, message)
  }

  private awarenessMessage(clientIds: number[]): Uint8Array {
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MESSAGE_AWARENESS)
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, clientIds))
    return encoding.toUint8Array(encoder)
  }

  private send(connection: SyncConnection, message: string | Uint8Array): void {
    try {
      connection.send(message)
    } catch {
      // A socket that closed under us; its close event removes it.
      this.disconnect(connection)
    }
  }
}
