import { useState } from 'react'
import { useValue, type Editor } from 'tldraw'
import { MAX_BOARD_NAME_CHARS } from '../../shared/limits'

/**
 * The board's name, which every device sees: kept in tldraw's document record, so it travels
 * through the store like any edit (docs/ux.md "Recent boards").
 */
export function BoardNameField({ editor }: { editor: Editor | null }) {
  const name = useValue('board name', () => editor?.getDocumentSettings().name ?? '', [editor])
  const readOnly = useValue('read only', () => editor?.getIsReadonly() ?? true, [editor])
  const [draft, setDraft] = useState<string | null>(null)
  const commit = () => {
    if (draft !== null && editor && draft.trim() !== name) editor.updateDocumentSettings({ name: draft.trim().slice(0, MAX_BOARD_NAME_CHARS) })
    setDraft(null)
  }
  return (
    <input
      aria-label="Board name"
      data-testid="board-name"
      placeholder="Untitled board"
      value={draft ?? name}
      readOnly={readOnly}
      maxLength={MAX_BOARD_NAME_CHARS}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur()
        if (event.key === 'Escape') setDraft(null)
      }}
      className="w-full min-w-0 max-w-64 truncate rounded-md border border-transparent bg-transparent px-2 py-1 text-sm font-medium text-slate-900 placeholder:text-slate-600 hover:border-slate-300 focus:border-indigo-400 dark:text-slate-100 dark:placeholder:text-slate-300 dark:hover:border-slate-600"
    />
  )
}
