/**
 * Save and open `.tldr` files as tldraw actions, so they get tldraw's shortcut handling
 * (Ctrl/⌘+S, Ctrl/⌘+O) and can sit in its main menu (docs/ux.md "Files").
 */
import { serializeTldrawJsonBlob, TLDRAW_FILE_EXTENSION, type Editor, type TLUiOverrides } from 'tldraw'
import { MAX_TLDR_FILE_BYTES } from '../../shared/limits'
import { tldrContent, tldrFileName } from './tldrFile'

export const SAVE_FILE_ACTION = 'sketchroom-save-file'
export const OPEN_FILE_ACTION = 'sketchroom-open-file'

/** Downloads the whole board (every page) as a `.tldr` file named after the board. */
export async function saveBoardFile(editor: Editor): Promise<void> {
  const blob = await serializeTldrawJsonBlob(editor)
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = tldrFileName(editor.getDocumentSettings().name)
  link.click()
  // The download has its own reference to the blob by the time the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

/** Puts a `.tldr` file's shapes onto the current page as one undoable edit, then shows them. */
export async function openBoardFile(editor: Editor, file: File): Promise<{ ok: true; shapes: number } | { ok: false; error: string }> {
  if (file.size > MAX_TLDR_FILE_BYTES) {
    return { ok: false, error: `This file is ${(file.size / 1024 / 1024).toFixed(1)} MB; a board opens files up to ${MAX_TLDR_FILE_BYTES / 1024 / 1024} MB. Open it in tldraw and save a smaller part.` }
  }
  const result = tldrContent(await file.text(), editor.store.schema)
  if (!result.ok) return result
  editor.markHistoryStoppingPoint('open file')
  editor.putContentOntoCurrentPage(result.content, { select: true })
  editor.zoomToSelection({ animation: { duration: 200 } })
  return { ok: true, shapes: result.content.shapes.length }
}

/** Asks for a `.tldr` file with the browser's file picker. */
function pickFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = `${TLDRAW_FILE_EXTENSION},application/vnd.tldraw+json,application/json`
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true })
    input.addEventListener('cancel', () => resolve(null), { once: true })
    input.click()
  })
}

/** tldraw UI overrides adding the two file actions, with their labels. */
export const boardFileOverrides: TLUiOverrides = {
  actions(editor, actions, helpers) {
    return {
      ...actions,
      [SAVE_FILE_ACTION]: {
        id: SAVE_FILE_ACTION,
        label: SAVE_FILE_ACTION,
        kbd: 'cmd+s,ctrl+s',
        readonlyOk: true,
        onSelect: () => void saveBoardFile(editor),
      },
      [OPEN_FILE_ACTION]: {
        id: OPEN_FILE_ACTION,
        label: OPEN_FILE_ACTION,
        kbd: 'cmd+o,ctrl+o',
        onSelect: async () => {
          if (editor.getIsReadonly()) {
            helpers.addToast({ title: 'This board is view-only', description: 'Open the file on a board you can edit.', severity: 'warning' })
            return
          }
          const file = await pickFile()
          if (!file) return
          const result = await openBoardFile(editor, file)
          if (result.ok) helpers.addToast({ title: `Opened ${file.name}`, description: `${result.shapes} shapes added to this board for everyone.`, severity: 'success' })
          else helpers.addToast({ title: 'Could not open the file', description: result.error, severity: 'error' })
        },
      },
    }
  },
  translations: {
    en: {
      [SAVE_FILE_ACTION]: 'Save a copy (.tldr)',
      [OPEN_FILE_ACTION]: 'Open a .tldr file…',
    },
  },
}
