import { useState } from 'react'
import { roomEndpoints } from '../../shared/endpoints'

/** Asks the room for its view-only link (docs/permissions.md) and copies it, or shows it where the clipboard is unavailable. */
export function ViewLinkButton({ roomId }: { roomId: string }) {
  const [state, setState] = useState<{ kind: 'idle' | 'copied' } | { kind: 'show'; text: string }>({ kind: 'idle' })
  const copy = async () => {
    let link: string
    try {
      const response = await fetch(roomEndpoints(roomId).viewLink, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
      const body = (await response.json()) as { path?: string; error?: string }
      if (!body.path) return setState({ kind: 'show', text: body.error ?? `The room answered ${response.status}.` })
      link = new URL(body.path, window.location.origin).href
    } catch {
      return setState({ kind: 'show', text: 'Could not reach the room. Check your connection and try again.' })
    }
    try {
      await navigator.clipboard.writeText(link)
      setState({ kind: 'copied' })
      setTimeout(() => setState({ kind: 'idle' }), 2_000)
    } catch {
      setState({ kind: 'show', text: link })
    }
  }
  return (
    <span className="relative">
      <button
        type="button"
        onClick={() => void copy()}
        data-testid="view-link-button"
        title="Copy a link that shows this board live but cannot change it"
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50"
      >
        {state.kind === 'copied' ? 'View link copied' : 'View link'}
      </button>
      {state.kind === 'show' && (
        <input
          readOnly
          autoFocus
          value={state.text}
          onFocus={(event) => event.currentTarget.select()}
          onBlur={() => setState({ kind: 'idle' })}
          aria-label="View-only link"
          data-testid="view-link-text"
          className="absolute right-0 top-10 z-50 w-80 rounded border border-slate-300 bg-white p-2 text-xs shadow"
        />
      )}
    </span>
  )
}
