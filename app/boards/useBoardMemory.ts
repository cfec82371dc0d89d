/**
 * Keeps this browser's entry for the open board up to date: when it was opened, its name (also as
 * the page title) and a small thumbnail refreshed after edits settle.
 */
import { useEffect } from 'react'
import { react, type Editor } from 'tldraw'
import { BOARD_THUMBNAIL_DEBOUNCE_MS } from '../../shared/limits'
import { thumbnailOf } from './boardThumbnail'
import { rememberBoard } from './recentBoards'

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
        // Not while the person pans or zooms: drawing a big board's thumbnail would cost them frames.
        if (editor.getCameraState() === 'moving') return refresh()
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
