/** URLs of a room (DESIGN.md "URLs" and "HTTP API of a room"), built in one place for both sides. */

/** The PartyKit party that hosts boards. */
export const PARTY_NAME = 'main'

/** Path of a room's WebSocket and HTTP API. */
export function roomBasePath(roomId: string): string {
  return `/parties/${PARTY_NAME}/${encodeURIComponent(roomId)}`
}

/** The HTTP endpoints of one room, as paths relative to the server's origin. */
export function roomEndpoints(roomId: string) {
  const base = roomBasePath(roomId)
  return {
    records: `${base}/records`,
    chat: `${base}/chat`,
    agent: `${base}/agent`,
    undo: `${base}/agent/undo`,
    stop: `${base}/agent/stop`,
  }
}

/** The sub-paths a room answers, after its base path. */
export const ROOM_ROUTES = {
  records: '/records',
  chat: '/chat',
  agent: '/agent',
  undo: '/agent/undo',
  stop: '/agent/stop',
} as const
