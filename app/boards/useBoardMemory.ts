/**
 * Keeps this browser's entry for the open board up to date: when it was opened, its name (also as
 * the page title) and a small thumbnail refreshed after edits settle.
 */
import { useEffect } from 'react'
import { FileHelpers, react, type Editor } from 'tldraw'
import { BOARD_THUMBNAIL_DEBOUNCE_MS, BOARD_THUMBNAIL_PX } from '../../shared/limits'
import { rememberBoard } from './recentBoards'

async function thumbnailOf(editor: Editor): Promise<string | null> {
  const ids = [...editor.getCurrentPageShapeIds()]
  const bounds = editor.getCurrentPageBounds()
  if (ids.length === 0 || !bounds) return null
  const scale = Math.min(1, BOARD_THUMBNAIL_PX / Math.max(bounds.w, bounds.h, 1))
  const image = await editor.toImage(ids, { format: 'png', scale, pixelRatio: 1, background: true, padding: 4, darkMode: false })
  return FileHelpers.blobToDataUrl(image.blob)
}

/** `roomId` is null on a view-only link, which is not remembered (its room id is not to be known). */
export function useBoardMemory(editor: Editor | null, roomId: string | null): void {
  useEffect(() => {
    if (!editor || roomId === null) return
    rememberBoard({ roomId, openedAt: Date.now(), name: editor.getDocumentSettings().name })
    const stopName = react('remember board name', () => {
      const name = editor.getDocumentSettings().name
      document.title = name ? `${name} · Sketchroom` : 'Sketchroom'
      rememberBoard({ roomId, name })
    })
    let timer: ReturnType<typeof setTimeout> | null = null
    const refresh = () => {
      if (timer) clearTimeout(timer)
      timer = setTimeout(() => {
        timer = null
        thumbnailOf(editor)
          .then((thumbnail) => thumbnail && rememberBoard({ roomId, thumbnail }))
          .catch((error: unknown) => console.warn('could not draw the board thumbnail', error))
      }, BOARD_THUMBNAIL_DEBOUNCE_MS)
    }
    refresh()
    const stopListening = editor.store.listen(refresh, { scope: 'document' })
    return () => {
      stopName()
      stopListening()
      if (timer) clearTimeout(timer)
    }
  }, [editor, roomId])
}
