/** Routes a room's HTTP API (DESIGN.md "HTTP API of a room") to its handlers. */
import { roomBasePath, ROOM_ROUTES } from '../../shared/endpoints'
import { errorResponse, methodNotAllowed } from './responses'

export interface RoomHandlers {
  records(): Response
  chat(): Response
  agent(request: Request): Promise<Response>
  undo(): Promise<Response>
  stop(): Promise<Response>
}

type Route = { path: string; method: 'GET' | 'POST'; handle: (request: Request) => Response | Promise<Response> }

export function routeRoomRequest(request: Request, roomId: string, handlers: RoomHandlers): Promise<Response> | Response {
  const routes: Route[] = [
    { path: ROOM_ROUTES.records, method: 'GET', handle: () => handlers.records() },
    { path: ROOM_ROUTES.chat, method: 'GET', handle: () => handlers.chat() },
    { path: ROOM_ROUTES.agent, method: 'POST', handle: (r) => handlers.agent(r) },
    { path: ROOM_ROUTES.undo, method: 'POST', handle: () => handlers.undo() },
    { path: ROOM_ROUTES.stop, method: 'POST', handle: () => handlers.stop() },
  ]
  const { pathname } = new URL(request.url)
  const base = roomBasePath(roomId)
  const subPath = pathname.startsWith(base) ? pathname.slice(base.length).replace(/\/$/, '') : pathname
  const route = routes.find((candidate) => candidate.path === subPath)
  if (!route) {
    return errorResponse(404, `No endpoint ${subPath || '/'} in this room. Try ${Object.values(ROOM_ROUTES).join(', ')}.`)
  }
  if (request.method !== route.method) return methodNotAllowed([route.method])
  return route.handle(request)
}
