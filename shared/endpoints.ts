/** URLs of a room (docs/permissions.md "HTTP API"), built in one place for both sides. */

/** The PartyKit party that hosts boards. */
export const PARTY_NAME = 'main'

/** Path of a room's WebSocket and HTTP API. */
export function roomBasePath(roomId: string): string {
  return `/parties/${PARTY_NAME}/${encodeURIComponent(roomId)}`
}

/** The sub-paths a room answers, after its base path (or after a view link's `/v/<token>`). */
export const ROOM_ROUTES = {
  records: '/records',
  chat: '/chat',
  agent: '/agent',
  undo: '/agent/undo',
  stop: '/agent/stop',
  viewLink: '/view-link',
} as const

export type RoomEndpoints = { [K in keyof typeof ROOM_ROUTES]: string }

function endpointsUnder(base: string): RoomEndpoints {
  const entries = Object.entries(ROOM_ROUTES).map(([name, path]) => [name, base + path])
  return Object.fromEntries(entries) as RoomEndpoints
}

/** The HTTP endpoints of one room, as paths relative to the server's origin. */
export function roomEndpoints(roomId: string): RoomEndpoints {
  return endpointsUnder(roomBasePath(roomId))
}

/** Path of a view-only link's page; its WebSocket and HTTP API live under it. */
export function viewBasePath(token: string): string {
  return `/v/${token}`
}

/** Sub-path of a view-only link's WebSocket (the room's own is its base path). */
export const VIEW_SOCKET_PATH = '/socket'

/** The same endpoints reached through a view-only link (reads work; the rest answer 403). */
export function viewEndpoints(token: string): RoomEndpoints {
  return endpointsUnder(viewBasePath(token))
}
