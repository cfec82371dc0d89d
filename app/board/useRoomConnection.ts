import { useEffect, useState } from 'react'
import type { RoomNotice } from '../../shared/roomNotice'
import { RoomConnection } from './roomConnection'

/** Opens the room for as long as the component is mounted (one connection per room id). */
export function useRoomConnection(roomId: string, onNotice: (notice: RoomNotice) => void): RoomConnection | null {
  const [connection, setConnection] = useState<RoomConnection | null>(null)
  useEffect(() => {
    const opened = new RoomConnection(roomId, onNotice)
    setConnection(opened)
    return () => {
      opened.destroy()
      setConnection(null)
    }
  }, [roomId, onNotice])
  return connection
}
