import { useState } from 'react'
import { ShareDialog } from './ShareDialog'

/** The header's Share button and the dialog it opens. */
export function ShareButton({ roomId }: { roomId: string }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        data-testid="share-button"
        className="shrink-0 rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white shadow-sm hover:bg-indigo-500"
      >
        Share
      </button>
      {open && <ShareDialog roomId={roomId} boardUrl={window.location.href} onClose={() => setOpen(false)} />}
    </>
  )
}
