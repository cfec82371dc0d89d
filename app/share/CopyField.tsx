import { useId, useRef, useState } from 'react'

/**
 * A link with a copy button. Where the clipboard is unavailable (plain http on a LAN), the link is
 * selected instead and the button says to press Ctrl+C.
 */
export function CopyField({ label, value, testId }: { label: string; value: string; testId: string }) {
  const input = useRef<HTMLInputElement>(null)
  const id = useId()
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle')
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value)
      setState('copied')
    } catch {
      input.current?.select()
      setState('manual')
    }
  }
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          ref={input}
          readOnly
          value={value}
          data-testid={`${testId}-input`}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-slate-50 px-2 py-1.5 text-sm text-slate-800 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
        />
        <button
          type="button"
          onClick={() => void copy()}
          aria-label={`Copy ${label.toLowerCase()}`}
          data-testid={`${testId}-copy`}
          className="shrink-0 rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-500"
        >
          {state === 'copied' ? 'Copied' : 'Copy'}
        </button>
      </div>
      <p className="min-h-4 text-xs text-slate-600 dark:text-slate-300" aria-live="polite">
        {state === 'copied' ? 'Copied to the clipboard.' : state === 'manual' ? 'The link is selected: press Ctrl+C (⌘C) to copy it.' : ''}
      </p>
    </div>
  )
}
