/**
 * Share: the board's link and a view-only link, each with a copy button and a QR code to open it
 * on a phone (docs/ux.md "Share").
 */
import { useEffect, useState } from 'react'
import { Dialog } from '../ui/Dialog'
import { CopyField } from './CopyField'
import { QrCode } from './QrCode'
import { fetchViewLink, type ViewLinkResult } from './viewLink'

export function ShareDialog({ roomId, boardUrl, onClose }: { roomId: string; boardUrl: string; onClose: () => void }) {
  const [viewLink, setViewLink] = useState<ViewLinkResult | null>(null)
  useEffect(() => {
    let live = true
    void fetchViewLink(roomId).then((result) => live && setViewLink(result))
    return () => {
      live = false
    }
  }, [roomId])
  return (
    <Dialog title="Share this board" onClose={onClose} testId="share-dialog">
      <section className="flex flex-col gap-3 sm:flex-row sm:items-start" aria-label="Edit link">
        <QrCode value={boardUrl} alt="QR code of the board link" testId="board-qr" />
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <CopyField label="Board link" value={boardUrl} testId="board-link" />
          <p className="text-xs text-slate-600 dark:text-slate-300">Anyone with this link can draw and ask the AI. Scan the code to open the board on a phone.</p>
        </div>
      </section>
      <hr className="border-slate-200 dark:border-slate-600" />
      <section className="flex flex-col gap-3 sm:flex-row sm:items-start" aria-label="View-only link">
        {viewLink?.ok ? (
          <>
            <QrCode value={viewLink.url} alt="QR code of the view-only link" testId="view-qr" />
            <div className="flex min-w-0 flex-1 flex-col gap-1">
              <CopyField label="View-only link" value={viewLink.url} testId="view-link" />
              <p className="text-xs text-slate-600 dark:text-slate-300">People with this link see the board and the chat live, but cannot change anything.</p>
            </div>
          </>
        ) : (
          <p className="text-sm text-slate-700 dark:text-slate-200" role={viewLink ? 'alert' : 'status'} data-testid="view-link-status">
            {viewLink ? viewLink.error : 'Making a view-only link…'}
          </p>
        )}
      </section>
    </Dialog>
  )
}
