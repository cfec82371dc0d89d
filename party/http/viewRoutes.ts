/**
 * View-only links in the site worker (docs/permissions.md "View-only links"): `/v/<token>` serves the
 * app, `/v/<token>/socket` and `/v/<token>/<endpoint>` reach the room the token opens. The worker
 * opens the token and forwards to the room's Durable Object with VIEW_TOKEN_HEADER, so the viewer's
 * browser never learns the room id, and the room, seeing the header, treats the caller as a viewer.
 */
import { VIEW_TOKEN_PATTERN } from '../../shared/boardRoute'
import { ROOM_ROUTES, VIEW_SOCKET_PATH } from '../../shared/endpoints'
import { boardPage, htmlPage, type AssetFetcher } from './pages'
import { errorResponse } from './responses'
import { VIEW_TOKEN_HEADER } from './viewAccess'
import { MissingSecretError, requireSecret, roomIdFromViewToken } from './viewToken'

/** What the worker needs of a room's Durable Object: PartyKit's stub (`lobby.parties.main.get(id)`). */
export interface RoomFetcher {
  fetch(path: string, init?: RequestInit): Promise<Response>
}

export interface ViewLobby {
  assets: AssetFetcher
  env: Record<string, unknown>
  room(roomId: string): RoomFetcher
}

/** A connection id the viewer's provider chose, kept (prefixed) so its reconnects resume its presence. */
const CONNECTION_ID_PATTERN = /^[A-Za-z0-9-]{1,64}$/

/** `/v/<token>` and what lies under it, or null for any other path. Pure. */
export function parseViewPath(pathname: string): { token: string; subPath: string } | null {
  const match = /^\/v\/([^/]+)(\/.*)?$/.exec(pathname)
  if (!match) return null
  return { token: match[1] ?? '', subPath: (match[2] ?? '').replace(/\/$/, '') }
}

/** The answer to a request under `/v/`, or null when the path is not a view link's. */
export async function routeViewRequest(request: Request, lobby: ViewLobby): Promise<Response | null> {
  const url = new URL(request.url)
  const path = parseViewPath(url.pathname)
  if (!path) return null
  const isPage = path.subPath === ''
  let roomId: string | null
  try {
    const secret = requireSecret(lobby.env.SKETCHROOM_SECRET)
    roomId = VIEW_TOKEN_PATTERN.test(path.token) ? await roomIdFromViewToken(path.token, secret) : null
  } catch (error) {
    if (!(error instanceof MissingSecretError)) throw error
    console.error(`[view links] ${error.message}`)
    return isPage ? htmlPage(503, 'View links are not set up', 'This server has no secret for view-only links yet. Its operator needs to set <code>SKETCHROOM_SECRET</code>.') : errorResponse(503, error.message)
  }
  if (!roomId) {
    return isPage
      ? htmlPage(404, 'This view link does not work', 'The link is wrong, was cut short, or was revoked when the server’s secret changed. Ask for a new view-only link.')
      : errorResponse(404, 'This view link does not open any board: it is wrong, cut short, or revoked. Ask for a new view-only link.')
  }
  // The token stays out of Referer headers sent to other sites (links on the board).
  const privacy = { 'referrer-policy': 'no-referrer' }
  if (isPage) return request.method === 'GET' ? boardPage(lobby.assets, privacy) : errorResponse(405, 'Use GET to open a view link.', { allow: 'GET' })
  const room = lobby.room(roomId)
  if (path.subPath === VIEW_SOCKET_PATH) {
    if (request.headers.get('upgrade')?.toLowerCase() !== 'websocket') return errorResponse(426, 'This is the board’s WebSocket; connect with a y-partykit provider.')
    const requested = url.searchParams.get('_pk') ?? ''
    const connectionId = `view-${CONNECTION_ID_PATTERN.test(requested) ? requested : crypto.randomUUID()}`
    return room.fetch(`/?_pk=${connectionId}`, { headers: { upgrade: 'websocket', [VIEW_TOKEN_HEADER]: path.token } })
  }
  if (!(Object.values(ROOM_ROUTES) as string[]).includes(path.subPath)) {
    return errorResponse(404, `No endpoint ${path.subPath} for a view link. Try ${ROOM_ROUTES.records} or ${ROOM_ROUTES.chat}.`)
  }
  // Only the method and the token go through: the room answers reads and refuses the rest (403).
  const answer = await room.fetch(path.subPath, { method: request.method, headers: { [VIEW_TOKEN_HEADER]: path.token } })
  return new Response(answer.body, { status: answer.status, headers: { ...Object.fromEntries(answer.headers), ...privacy } })
}
