import { useState } from 'react'
import { BoardsDialog } from './BoardsDialog'

/** The header's "Boards" button and the list it opens. */
export function BoardsButton({ roomId }: { roomId: string | null }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        data-testid="boards-button"
        className="shrink-0 rounded-md border border-slate-300 px-2.5 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-700"
      >
        Boards
      </button>
      {open && <BoardsDialog currentRoomId={roomId} onClose={() => setOpen(false)} />}
    </>
  )
}
