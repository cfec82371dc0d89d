/**
 * A tldraw store bound to a room: loads once the room's doc has synced, then mirrors edits both
 * ways (storeBinding.ts) and shares presence (presenceBinding.ts). Tells tldraw whether the
 * room is reachable so its UI can say so too.
 */
import { useEffect, useMemo, useState } from 'react'
import { atom, createTLStore, react, useValue, type TLStoreWithStatus } from 'tldraw'
import { $currentUser } from '../user/localUser'
import { bindPresence } from './presenceBinding'
import type { RoomConnection } from './roomConnection'
import { bindStoreToDoc } from './storeBinding'

export function useYjsStore(connection: RoomConnection): TLStoreWithStatus {
  const collaborationStatus = useMemo(() => atom<'online' | 'offline'>('collaboration status', 'offline'), [])
  const store = useMemo(
    () => createTLStore({ collaboration: { status: collaborationStatus, mode: null } }),
    [collaborationStatus],
  )
  const [bound, setBound] = useState(false)

  useEffect(() => {
    let unbind: (() => void) | null = null
    const stopWatching = react('bind when synced', () => {
      collaborationStatus.set(connection.status.get() === 'synced' ? 'online' : 'offline')
      if (unbind || !connection.hasSynced.get()) return
      const unbindStore = bindStoreToDoc(store, connection.doc, { readOnly: connection.route.kind === 'view' })
      const unbindPresence = bindPresence(store, connection.provider.awareness, $currentUser)
      unbind = () => {
        unbindPresence()
        unbindStore()
      }
      setBound(true)
    })
    return () => {
      stopWatching()
      unbind?.()
      setBound(false)
    }
  }, [connection, store, collaborationStatus])

  const online = useValue('online', () => collaborationStatus.get(), [collaborationStatus])
  if (!bound) return { status: 'loading' }
  return { status: 'synced-remote', connectionStatus: online, store }
}
