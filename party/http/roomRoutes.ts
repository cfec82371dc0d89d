/** Routes a room's HTTP API (docs/permissions.md "HTTP API") to its handlers, enforcing who may call what. */
import { roomBasePath, ROOM_ROUTES } from '../../shared/endpoints'
import { refuseCrossSitePost } from './postGuard'
import { discardBody, errorResponse, methodNotAllowed } from './responses'
import type { Access } from './viewAccess'

export interface RoomHandlers {
  records(): Response
  chat(): Response
  agent(request: Request): Promise<Response>
  undo(): Promise<Response>
  stop(): Promise<Response>
  viewLink(): Promise<Response>
}

type Route = {
  path: string
  method: 'GET' | 'POST'
  /** Who may call it; viewers get 403. */
  editorsOnly: boolean
  /** Whether the handler reads the request body (others have it drained for them). */
  readsBody?: boolean
  handle: (request: Request) => Response | Promise<Response>
}

export async function routeRoomRequest(request: Request, roomId: string, access: Access, handlers: RoomHandlers): Promise<Response> {
  const routes: Route[] = [
    { path: ROOM_ROUTES.records, method: 'GET', editorsOnly: false, handle: () => handlers.records() },
    { path: ROOM_ROUTES.chat, method: 'GET', editorsOnly: false, handle: () => handlers.chat() },
    { path: ROOM_ROUTES.agent, method: 'POST', editorsOnly: true, readsBody: true, handle: (r) => handlers.agent(r) },
    { path: ROOM_ROUTES.undo, method: 'POST', editorsOnly: true, handle: () => handlers.undo() },
    { path: ROOM_ROUTES.stop, method: 'POST', editorsOnly: true, handle: () => handlers.stop() },
    { path: ROOM_ROUTES.viewLink, method: 'POST', editorsOnly: true, handle: () => handlers.viewLink() },
  ]
  const { pathname } = new URL(request.url)
  const base = roomBasePath(roomId)
  const subPath = pathname.startsWith(base) ? pathname.slice(base.length).replace(/\/$/, '') : pathname
  const route = routes.find((candidate) => candidate.path === subPath)
  if (!route) {
    await discardBody(request)
    return errorResponse(404, `No endpoint ${subPath || '/'} in this room. Try ${Object.values(ROOM_ROUTES).join(', ')}.`)
  }
  const refusal = refusalFor(route, request, access)
  if (refusal || !route.readsBody) await discardBody(request)
  return refusal ?? route.handle(request)
}

/** Why a request may not reach its route's handler (wrong method, a viewer, cross-site), or null. */
function refusalFor(route: Route, request: Request, access: Access): Response | null {
  if (request.method !== route.method) return methodNotAllowed([route.method])
  if (route.editorsOnly && access === 'view') {
    return errorResponse(403, 'This is a view-only link: it shows the board but cannot prompt, stop, undo or share. Ask for the board link to edit.')
  }
  return route.method === 'POST' ? refuseCrossSitePost(request) : null
}
