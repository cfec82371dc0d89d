import { useState } from 'react'

/** Copies the board's link; where the clipboard is unavailable (plain http on a LAN) it shows the link to copy. */
export function ShareButton() {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle')
  const link = window.location.href
  const share = async () => {
    try {
      await navigator.clipboard.writeText(link)
      setState('copied')
      setTimeout(() => setState('idle'), 2_000)
    } catch {
      setState('manual')
    }
  }
  return (
    <span className="relative">
      <button
        type="button"
        onClick={share}
        className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white shadow-sm hover:bg-indigo-500"
      >
        {state === 'copied' ? 'Link copied' : 'Share'}
      </button>
      {state === 'manual' && (
        <input
          readOnly
          autoFocus
          value={link}
          onFocus={(event) => event.currentTarget.select()}
          onBlur={() => setState('idle')}
          aria-label="Board link"
          className="absolute right-0 top-10 z-50 w-80 rounded border border-slate-300 bg-white p-2 text-xs shadow"
        />
      )}
    </span>
  )
}
