/**
 * The pages outside any room: `/` makes a new board, `/r/<roomId>` opens one, and `/v/<token>/…`
 * opens one through a view-only link (viewRoutes.ts). Static assets are served by PartyKit before
 * these routes run.
 */
import { parsePageRoute } from '../../shared/boardRoute'
import { boardPath, newRoomId } from '../../shared/roomId'
import { boardPage, htmlPage, type AssetFetcher } from './pages'
import { errorResponse } from './responses'
import { routeViewRequest, type RoomFetcher } from './viewRoutes'

export { BOARD_HTML_PATH } from './pages'

export interface SiteLobby {
  assets: AssetFetcher
  /** The room server's variables (SKETCHROOM_SECRET). */
  env: Record<string, unknown>
  /** Reaches a room's Durable Object directly, past onBeforeRequest/onBeforeConnect. */
  room(roomId: string): RoomFetcher
}

export async function routeSiteRequest(request: Request, lobby: SiteLobby): Promise<Response> {
  const { pathname } = new URL(request.url)
  const view = await routeViewRequest(request, lobby)
  if (view) return view
  const route = parsePageRoute(pathname)
  if (route.kind === 'new') {
    return new Response(null, { status: 302, headers: { location: boardPath(newRoomId()), 'cache-control': 'no-store' } })
  }
  if (route.kind === 'invalid-board') {
    return htmlPage(400, 'This is not a board link', 'Board links look like <code>/r/</code> followed by up to 64 letters, digits, "_" or "-". Check the link you were sent.')
  }
  if (route.kind === 'board') return boardPage(lobby.assets)
  if (pathname.startsWith('/parties/')) {
    return errorResponse(404, 'No such room endpoint. Room URLs look like /parties/main/<roomId>/records.')
  }
  return htmlPage(404, 'Not found', 'There is nothing at this address.')
}
