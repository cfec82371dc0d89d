/**
 * Routes the page: `/r/<roomId>` opens a board (tldraw loads on demand, keeping the first download
 * small); `/` starts a new board. The room server does the same routing; this covers the dev server.
 */
import { lazy, Suspense } from 'react'
import { boardPath, isValidRoomId, newRoomId } from '../shared/roomId'
import { FullPageMessage } from './FullPageMessage'

const BoardPage = lazy(() => import('./board/BoardPage'))

export function App() {
  const { pathname } = window.location
  if (pathname === '/' || pathname === '/new') {
    window.location.replace(boardPath(newRoomId()))
    return null
  }
  const match = /^\/r\/([^/]*)\/?$/.exec(pathname)
  const roomId = match ? decodeURIComponent(match[1] ?? '') : null
  if (roomId === null) return <FullPageMessage title="Not found" message="There is nothing at this address." />
  if (!isValidRoomId(roomId)) {
    return <FullPageMessage title="This is not a board link" message='Board links end in up to 64 letters, digits, "_" or "-".' />
  }
  return (
    <Suspense fallback={<FullPageMessage title="Opening the board…" />}>
      <BoardPage roomId={roomId} />
    </Suspense>
  )
}
