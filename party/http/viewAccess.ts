/**
 * Who is asking, as the room sees it (docs/permissions.md "Permission model"). Requests reaching a
 * room straight under /parties/main/<roomId> come from someone holding the room id: editors. View
 * links reach it only through the site worker (viewRoutes.ts), which adds VIEW_TOKEN_HEADER; the
 * worker strips that header from every direct request, so it cannot be forged, and the room checks
 * that the token opens this very room.
 */
import { roomIdFromViewToken } from './viewToken'

/** Carries a view-only token from the site worker to the room it opens. */
export const VIEW_TOKEN_HEADER = 'x-sketchroom-view-token'

export type Access = 'edit' | 'view'

/** A direct request with the view header removed (it only ever comes from the site worker). */
export function withoutViewHeader<T extends Request>(request: T): T | Request {
  if (!request.headers.has(VIEW_TOKEN_HEADER)) return request
  const headers = new Headers(request.headers)
  headers.delete(VIEW_TOKEN_HEADER)
  return new Request(request, { headers })
}

/** The access of a request that reached room `roomId`, or null when its view token is not this room's. */
export async function accessOf(request: Request, roomId: string, secret: string | null): Promise<Access | null> {
  const token = request.headers.get(VIEW_TOKEN_HEADER)
  if (token === null) return 'edit'
  if (secret === null) return null
  return (await roomIdFromViewToken(token, secret)) === roomId ? 'view' : null
}
