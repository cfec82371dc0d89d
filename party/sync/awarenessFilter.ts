/**
 * Keeps a client to its own presence. The awareness protocol lets any message set or clear any
 * client's state, so the room decides who may speak for which client id (docs/sandbox-and-presence.md):
 * a connection owns the client ids its doc updates carry and, up to a few, the ids it is first to
 * announce; the room's own id (the agent's presence) is nobody's; and an id stays its owner's after
 * the owner's socket drops, so y-partykit's provider, which reconnects under the same connection id
 * and client id, finds its presence waiting and nobody else can take it meanwhile.
 */
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { MAX_PRESENCE_IDS_PER_CONNECTION, MAX_REMEMBERED_PRESENCE_IDS } from '../../shared/limits'

export interface AwarenessEntry {
  clientId: number
  clock: number
  /** The state as JSON text (`null` clears it). */
  state: string
  /** The state's size on the wire, in UTF-8 bytes. */
  stateBytes: number
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** Decodes an awareness update; throws on malformed input (including invalid UTF-8). */
export function decodeAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  const entries: AwarenessEntry[] = []
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder)
    const clock = decoding.readVarUint(decoder)
    const bytes = decoding.readVarUint8Array(decoder)
    entries.push({ clientId, clock, state: utf8.decode(bytes), stateBytes: bytes.length })
  }
  return entries
}

/** Encodes entries as an awareness update (the inverse of decodeAwarenessEntries). */
export function encodeAwarenessEntries(entries: readonly Omit<AwarenessEntry, 'stateBytes'>[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, entries.length)
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId)
    encoding.writeVarUint(encoder, entry.clock)
    encoding.writeVarString(encoder, entry.state)
  }
  return encoding.toUint8Array(encoder)
}

/** How a connection came to own an id: by writing to the doc under it, or by announcing it first. */
type Claim = 'wrote' | 'announced'

interface Ownership {
  owner: string
  claim: Claim
  /** False once the owner's socket dropped; the id stays reserved for it. */
  connected: boolean
}

/** What a connection may apply from one awareness update, and why the rest was refused. */
export interface PresenceVerdict {
  allowed: AwarenessEntry[]
  /** One sentence for the refusal notice, or null when nothing was refused. */
  refused: string | null
}

export interface PresenceOwnersOptions {
  maxIdsPerConnection?: number
  maxRemembered?: number
}

/** Who owns which awareness client id in one room. */
export class PresenceOwners {
  private readonly owners = new Map<number, Ownership>()
  private readonly maxIdsPerConnection: number
  private readonly maxRemembered: number

  /** `reservedId` is the room's own client id, which only the room speaks for. */
  constructor(
    private readonly reservedId: number,
    options: PresenceOwnersOptions = {},
  ) {
    this.maxIdsPerConnection = options.maxIdsPerConnection ?? MAX_PRESENCE_IDS_PER_CONNECTION
    this.maxRemembered = options.maxRemembered ?? MAX_REMEMBERED_PRESENCE_IDS
  }

  /** The owner of `clientId`, if any (connected or not). */
  ownerOf(clientId: number): string | undefined {
    return this.owners.get(clientId)?.owner
  }

  /**
   * The entries of an update from connection `owner` that it may apply; claims ids nobody holds
   * (up to the per-connection cap) as a side effect.
   */
  filter(entries: readonly AwarenessEntry[], owner: string, maxStateBytes: number): PresenceVerdict {
    const allowed: AwarenessEntry[] = []
    let refused: string | null = null
    for (const entry of entries) {
      const reason = this.check(entry, owner, maxStateBytes)
      if (reason) refused ??= reason
      else allowed.push(entry)
    }
    return { allowed, refused }
  }

  /**
   * Records that `owner`'s doc update carried `clientIds`: those ids are its own. An id another
   * connection merely announced (say, a copycat quicker than the device's first presence) moves to
   * the writer; the ids taken back are returned so the caller can drop the copycat's state.
   */
  noteWriter(owner: string, clientIds: Iterable<number>): number[] {
    const taken: number[] = []
    for (const clientId of clientIds) {
      if (clientId === this.reservedId) continue
      const held = this.owners.get(clientId)
      if (held?.claim === 'wrote') {
        if (held.owner === owner) held.connected = true
        continue
      }
      if (held && held.owner !== owner) taken.push(clientId)
      this.set(clientId, { owner, claim: 'wrote', connected: true })
    }
    return taken
  }

  /** Marks `owner`'s ids as disconnected (still reserved for it); returns them. */
  release(owner: string): number[] {
    const released: number[] = []
    for (const [clientId, held] of this.owners) {
      if (held.owner === owner && held.connected) released.push(clientId)
    }
    // Re-inserting keeps the map in release order, so the longest-gone ids are forgotten first.
    for (const clientId of released) this.set(clientId, { ...this.owners.get(clientId)!, connected: false })
    return released
  }

  private check(entry: AwarenessEntry, owner: string, maxStateBytes: number): string | null {
    if (entry.clientId === this.reservedId) return 'presence refused: that client id is the room’s own'
    const held = this.owners.get(entry.clientId)
    if (held && held.owner !== owner) return 'presence refused: that client id belongs to another device'
    if (entry.stateBytes > maxStateBytes) return `presence refused: a state is over ${maxStateBytes} bytes`
    if (held) {
      held.connected = true // its provider reconnected under the same connection id
      return null
    }
    let owned = 0
    for (const other of this.owners.values()) if (other.owner === owner) owned++
    if (owned >= this.maxIdsPerConnection) return `presence refused: a connection may speak for at most ${this.maxIdsPerConnection} client ids`
    this.set(entry.clientId, { owner, claim: 'announced', connected: true })
    return null
  }

  private set(clientId: number, ownership: Ownership): void {
    this.owners.delete(clientId)
    this.owners.set(clientId, ownership)
    if (this.owners.size <= this.maxRemembered) return
    // Full: forget the longest-disconnected id; connected owners are never forgotten.
    for (const [id, held] of this.owners) {
      if (!held.connected) {
        this.owners.delete(id)
        return
      }
    }
  }
}
