/** The app's page routes (DESIGN.md "URLs"), parsed the same way by the room server, the dev server and the browser. */
import { isValidRoomId } from './roomId'

export type PageRoute =
  /** `/` (or `/new`): make a new board. */
  | { kind: 'new' }
  /** `/r/<roomId>` with a valid id. */
  | { kind: 'board'; roomId: string }
  /** `/r/<something that is not a room id>`. */
  | { kind: 'invalid-board' }
  | { kind: 'unknown' }

export function parsePageRoute(pathname: string): PageRoute {
  if (pathname === '/' || pathname === '/new') return { kind: 'new' }
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
