/** The "Boards" list: boards this browser opened, newest first, and a way to start a new one (docs/ux.md "Recent boards"). */
import { useState } from 'react'
import { boardPath } from '../../shared/roomId'
import { Dialog } from '../ui/Dialog'
import { describeOpenedAt, loadRecentBoards } from './recentBoards'

export function BoardsDialog({ currentRoomId, onClose }: { currentRoomId: string | null; onClose: () => void }) {
  const [boards] = useState(loadRecentBoards)
  const [now] = useState(Date.now)
  return (
    <Dialog title="Your boards" onClose={onClose} testId="boards-dialog">
      <a href="/" className="self-start rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-500" data-testid="new-board">
        New board
      </a>
      {boards.length === 0 ? (
        <p className="text-sm text-slate-700 dark:text-slate-200">Boards you open in this browser appear here.</p>
      ) : (
        <ol className="flex max-h-[60vh] flex-col gap-1 overflow-y-auto" aria-label="Boards opened in this browser, newest first" data-testid="recent-boards">
          {boards.map((board) => (
            <li key={board.roomId}>
              <a
                href={boardPath(board.roomId)}
                aria-current={board.roomId === currentRoomId ? 'page' : undefined}
                data-testid="recent-board"
                data-room-id={board.roomId}
                className="flex items-center gap-3 rounded-lg p-2 hover:bg-slate-100 aria-[current=page]:bg-indigo-50 dark:hover:bg-slate-700 dark:aria-[current=page]:bg-slate-700"
              >
                {board.thumbnail ? (
                  <img src={board.thumbnail} alt="" className="h-12 w-16 shrink-0 rounded border border-slate-200 bg-white object-contain dark:border-slate-600" />
                ) : (
                  <span className="h-12 w-16 shrink-0 rounded border border-dashed border-slate-300 dark:border-slate-600" aria-hidden />
                )}
                <span className="flex min-w-0 flex-col">
                  <span className="truncate text-sm font-medium text-slate-900 dark:text-slate-100">
                    {board.name || 'Untitled board'}
                    {board.roomId === currentRoomId && <span className="font-normal text-slate-600 dark:text-slate-300"> (this board)</span>}
                  </span>
                  <span className="text-xs text-slate-600 dark:text-slate-300">Opened {describeOpenedAt(board.openedAt, now)}</span>
                </span>
              </a>
            </li>
          ))}
        </ol>
      )}
    </Dialog>
  )
}
