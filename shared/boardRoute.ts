/** The app's page routes (docs/permissions.md "Links"), parsed the same way by the room server, the dev server and the browser. */
import { isValidRoomId } from './roomId'

/** What a view-only token may look like: base64url, longer than any room id (the server checks the rest). */
export const VIEW_TOKEN_PATTERN = /^[A-Za-z0-9_-]{65,200}$/

export type PageRoute =
  /** `/` (or `/new`): make a new board. */
  | { kind: 'new' }
  /** `/r/<roomId>` with a valid id. */
  | { kind: 'board'; roomId: string }
  /** `/v/<token>`: a board through a view-only link (the token is checked by the server). */
  | { kind: 'view'; token: string }
  /** `/r/<something that is not a room id>`. */
  | { kind: 'invalid-board' }
  | { kind: 'unknown' }

/** A route that opens a board: by its room id (to edit) or through a view-only link. */
export type BoardRoute = Extract<PageRoute, { kind: 'board' | 'view' }>

export function parsePageRoute(pathname: string): PageRoute {
  if (pathname === '/' || pathname === '/new') return { kind: 'new' }
  const view = /^\/v\/([^/]*)\/?$/.exec(pathname)
  if (view) return VIEW_TOKEN_PATTERN.test(view[1] ?? '') ? { kind: 'view', token: view[1] ?? '' } : { kind: 'unknown' }
  const match = /^\/r\/([^/]*)\/?$/.exec(pathname)
  if (!match) return { kind: 'unknown' }
  let roomId: string
  try {
    roomId = decodeURIComponent(match[1] ?? '')
  } catch {
    return { kind: 'invalid-board' } // malformed percent-encoding such as %ZZ
  }
  return isValidRoomId(roomId) ? { kind: 'board', roomId } : { kind: 'invalid-board' }
}
