/**
 * Keeps a client to its own presence. The awareness protocol lets any message set or clear any
 * client's state; the room accepts only entries for client ids this connection owns (the first ones
 * it announced and nobody else holds) and of bounded size.
 */
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'

export interface AwarenessEntry {
  clientId: number
  clock: number
  state: string
}

/** Decodes an awareness update; throws on malformed input. */
export function decodeAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  const entries: AwarenessEntry[] = []
  for (let i = 0; i < count; i++) {
    entries.push({
      clientId: decoding.readVarUint(decoder),
      clock: decoding.readVarUint(decoder),
      state: decoding.readVarString(decoder),
    })
  }
  return entries
}

export function encodeAwarenessEntries(entries: AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, entries.length)
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId)
    encoding.writeVarUint(encoder, entry.clock)
    encoding.writeVarString(encoder, entry.state)
  }
  return encoding.toUint8Array(encoder)
}

/** Most client ids one connection may speak for (a tab plus a few reconnect generations). */
export const MAX_CLIENT_IDS_PER_CONNECTION = 4

/**
 * The entries of `update` that connection `owner` may apply, given who owns which client id.
 * Claims unowned ids for `owner` (up to the cap) as a side effect on `owners`.
 */
export function filterAwarenessEntries(
  entries: AwarenessEntry[],
  owner: string,
  owners: Map<number, string>,
  maxStateChars: number,
): AwarenessEntry[] {
  const allowed: AwarenessEntry[] = []
  let owned = 0
  for (const holder of owners.values()) if (holder === owner) owned++
  for (const entry of entries) {
    const holder = owners.get(entry.clientId)
    if (holder === undefined) {
      if (owned >= MAX_CLIENT_IDS_PER_CONNECTION) continue
      owners.set(entry.clientId, owner)
      owned++
    } else if (holder !== owner) continue
    if (entry.state.length > maxStateChars) continue
    allowed.push(entry)
  }
  return allowed
}
