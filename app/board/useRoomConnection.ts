import { useEffect, useState } from 'react'
import type { BoardRoute } from '../../shared/boardRoute'
import type { RoomNotice } from '../../shared/roomNotice'
import { RoomConnection } from './roomConnection'

/** Opens the room for as long as the component is mounted (one connection per room id or view link). */
export function useRoomConnection(route: BoardRoute, onNotice: (notice: RoomNotice) => void): RoomConnection | null {
  const [connection, setConnection] = useState<RoomConnection | null>(null)
  const key = route.kind === 'board' ? route.roomId : route.token
  useEffect(() => {
    const opened = new RoomConnection(route.kind === 'board' ? { kind: 'board', roomId: key } : { kind: 'view', token: key }, onNotice)
    setConnection(opened)
    return () => {
      opened.destroy()
      setConnection(null)
    }
    // The route is re-created on each render of the page; its kind and key are what matter.
  }, [route.kind, key, onNotice])
  return connection
}
