/**
 * Presence through Yjs awareness: this device publishes its tldraw presence (cursor, selection,
 * camera, name, colour) as the awareness field `presence`, and every other client's presence
 * (people, and the room's agent while it draws) becomes an `instance_presence` record in the store,
 * which is what tldraw draws collaborator cursors from.
 */
import {
  createPresenceStateDerivation,
  InstancePresenceRecordType,
  react,
  type Signal,
  type TLInstancePresence,
  type TLStore,
  type TLUser,
} from 'tldraw'
import type { Awareness } from 'y-protocols/awareness'
import { tldrawSchema } from '../../shared/tldrawRecords'

/** The awareness field presence travels in. */
export const PRESENCE_FIELD = 'presence'

/** Store id of the presence record of awareness client `clientId`. */
export function presenceIdFor(clientId: number): TLInstancePresence['id'] {
  return InstancePresenceRecordType.createId(`yjs-${clientId}`)
}

/**
 * The presence record for another client's awareness state, or null when it has none or it fails
 * tldraw's schema. The id comes from the awareness client id, never from the state, so one client
 * cannot overwrite another's cursor.
 */
export function presenceRecordFor(clientId: number, state: unknown): TLInstancePresence | null {
  if (typeof state !== 'object' || state === null) return null
  const presence = (state as Record<string, unknown>)[PRESENCE_FIELD]
  if (typeof presence !== 'object' || presence === null) return null
  try {
    return tldrawSchema.types.instance_presence.validate({
      ...presence,
      id: presenceIdFor(clientId),
      typeName: 'instance_presence',
    }) as TLInstancePresence
  } catch {
    return null
  }
}

/** Keeps the store's collaborator records and this device's awareness state in step. */
export function bindPresence(store: TLStore, awareness: Awareness, $user: Signal<TLUser | null>): () => void {
  const presence = createPresenceStateDerivation($user)(store)

  let frame: ReturnType<typeof setTimeout> | null = null
  const stopPublishing = react('publish presence', () => {
    presence.get() // subscribes: this re-runs whenever the presence changes
    // Cursor moves arrive with every pointer event; publish at most once per frame.
    frame ??= setTimeout(() => {
      frame = null
      awareness.setLocalStateField(PRESENCE_FIELD, presence.get())
    }, 16)
  })

  const syncCollaborators = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
    const states = awareness.getStates()
    const put: TLInstancePresence[] = []
    const remove: TLInstancePresence['id'][] = []
    for (const clientId of [...added, ...updated]) {
      if (clientId === awareness.clientID) continue
      const record = presenceRecordFor(clientId, states.get(clientId))
      if (record) put.push(record)
      else remove.push(presenceIdFor(clientId))
    }
    for (const clientId of removed) remove.push(presenceIdFor(clientId))
    const present = remove.filter((id) => store.has(id))
    if (put.length === 0 && present.length === 0) return
    store.mergeRemoteChanges(() => {
      if (present.length > 0) store.remove(present)
      if (put.length > 0) store.put(put)
    })
  }
  awareness.on('change', syncCollaborators)
  syncCollaborators({ added: [...awareness.getStates().keys()], updated: [], removed: [] })

  return () => {
    stopPublishing()
    if (frame !== null) clearTimeout(frame)
    awareness.off('change', syncCollaborators)
    awareness.setLocalStateField(PRESENCE_FIELD, null)
  }
}
