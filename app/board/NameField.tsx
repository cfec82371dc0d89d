import { useState } from 'react'
import { getUserPreferences, useValue } from 'tldraw'
import { MAX_AUTHOR_CHARS } from '../../shared/limits'
import { setDisplayName } from '../user/localUser'

/** The name others see on this device's cursor and chat messages; remembered on this device. */
export function NameField() {
  const name = useValue('name', () => getUserPreferences().name ?? '', [])
  const [draft, setDraft] = useState<string | null>(null)
  const commit = () => {
    if (draft !== null) setDisplayName(draft)
    setDraft(null)
  }
  return (
    <input
      aria-label="Your name"
      data-testid="name-field"
      value={draft ?? name}
      maxLength={MAX_AUTHOR_CHARS}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur()
        if (event.key === 'Escape') setDraft(null)
      }}
      className="w-32 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-800 focus:border-indigo-400 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
    />
  )
}
