/**
 * What a view-only connection may send (docs/permissions.md): nothing that changes the doc, and
 * presence that the room marks as a viewer's. Kept apart from RoomSync's update path so that path
 * can change without touching these rules.
 */
import * as Y from 'yjs'
import type { AwarenessEntry } from './awarenessFilter'

/** The notice a viewer gets when its device tries to change the board. */
export const VIEW_ONLY_NOTICE = 'this is a view-only link: the board cannot be changed from here'

/**
 * Whether applying `update` would change `doc`: it carries content the doc lacks, or deletes
 * something the doc still holds. A viewer's sync step 2 after a reconnect repeats what the doc
 * already has and must pass silently. Throws on a malformed update.
 */
export function wouldChangeDoc(doc: Y.Doc, update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update)
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue
    if (struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client)) return true
  }
  for (const [client, deletions] of ds.clients) {
    const known = doc.store.clients.get(client)
    for (const { clock, len } of deletions) {
      if (len === 0) continue
      if (!known || clock + len > Y.getState(doc.store, client)) return true
      for (let index = Y.findIndexSS(known, clock); index < known.length; index++) {
        const struct = known[index]
        if (!struct || struct.id.clock >= clock + len) break
        if (!struct.deleted) return true
      }
    }
  }
  return false
}

/**
 * The entries with the room's word on who is viewing: `viewer: true` on a view-only connection's
 * states, no `viewer` field on an editor's (so nobody can pass for what they are not). Null states
 * (a device leaving) stay as they are. Throws on states that are not JSON.
 */
export function markViewers(entries: AwarenessEntry[], viewer: boolean): AwarenessEntry[] {
  return entries.map((entry) => {
    const state: unknown = JSON.parse(entry.state)
    if (state === null || typeof state !== 'object' || Array.isArray(state)) return entry
    const { viewer: current, ...rest } = state as Record<string, unknown>
    if (viewer ? current === true : !('viewer' in state)) return entry
    return { ...entry, state: JSON.stringify(viewer ? { ...rest, viewer: true } : rest) }
  })
}
