/**
 * A modal dialog on the browser's own <dialog>: focus moves in and back out, Esc closes it, the
 * rest of the page is inert meanwhile, and assistive technology hears a labelled dialog.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react'

export function Dialog({ title, onClose, children, testId }: { title: string; onClose: () => void; children: ReactNode; testId?: string }) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      data-chrome
      data-testid={testId}
      onClose={onClose}
      // A click on the backdrop lands on the <dialog> itself; inside, it lands on its children.
      onClick={(event) => event.target === event.currentTarget && onClose()}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl bg-white p-0 text-slate-800 shadow-2xl dark:bg-slate-800 dark:text-slate-100"
    >
      <div className="flex flex-col gap-4 p-5">
        <header className="flex items-center justify-between gap-3">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          <button
            type="button"
            onClick={onClose}
            aria-label="Close"
            className="rounded-md px-2 py-1 text-xl leading-none text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-700"
          >
            ×
          </button>
        </header>
        {children}
      </div>
    </dialog>
  )
}
