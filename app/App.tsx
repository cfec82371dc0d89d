/**
 * Routes the page: `/r/<roomId>` opens a board, `/v/<token>` opens one view-only (tldraw loads on
 * demand, keeping the first download small); `/` starts a new board. The room server does the same routing; this covers the dev server.
 */
import { lazy, Suspense } from 'react'
import { parsePageRoute } from '../shared/boardRoute'
import { boardPath, newRoomId } from '../shared/roomId'
import { FullPageMessage } from './FullPageMessage'

const BoardPage = lazy(() => import('./board/BoardPage'))

export function App() {
  const route = parsePageRoute(window.location.pathname)
  if (route.kind === 'new') {
    window.location.replace(boardPath(newRoomId()))
    return null
  }
  if (route.kind === 'unknown') return <FullPageMessage title="Not found" message="There is nothing at this address." />
  if (route.kind === 'invalid-board') {
    return <FullPageMessage title="This is not a board link" message='Board links end in up to 64 letters, digits, "_" or "-".' />
  }
  return (
    <Suspense fallback={<FullPageMessage title="Opening the board…" />}>
      <BoardPage route={route} />
    </Suspense>
  )
}
