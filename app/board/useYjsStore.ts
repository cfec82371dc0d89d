/**
 * A tldraw store bound to a room: loads once the room's doc has synced, then mirrors edits both
 * ways (storeBinding.ts) and shares presence (presenceBinding.ts). Until then its status is
 * 'not-synced': the store exists, empty, so the editor can mount and start meanwhile. Tells tldraw whether the
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
      performance.mark('sketchroom:bind')
      const unbindStore = bindStoreToDoc(store, connection.doc, {
        readOnly: connection.route.kind === 'view',
        // A new tab's camera starts at the page's origin, so the view's centre is half a window from it.
        focus: { pageId: null, x: window.innerWidth / 2, y: window.innerHeight / 2 },
        onLoaded: () => performance.mark('sketchroom:loaded'),
      })
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
  // Before the room's records arrive the store is ready but empty: tldraw can start (its start
  // takes over a second) while the doc syncs (docs/performance.md "Open").
  if (!bound) return { status: 'not-synced', store }
  return { status: 'synced-remote', connectionStatus: online, store }
}
