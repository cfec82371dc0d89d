/**
 * Opening a board shows its drawings: a device that was here before returns to where it looked, a
 * new one sees all the content zoomed to fit (never an empty origin). docs/ux.md "Rejoin anywhere".
 */
import { useEffect } from 'react'
import { react, type Editor, type TLPageId } from 'tldraw'
import { CAMERA_SAVE_DEBOUNCE_MS } from '../../shared/limits'
import { loadCamera, saveCamera } from './cameraMemory'

/** Zooms so every shape on the page is in view, no closer than 100 %. */
export function fitContent(editor: Editor): void {
  const bounds = editor.getCurrentPageBounds()
  if (bounds) editor.zoomToBounds(bounds, { targetZoom: 1, inset: 48, immediate: true })
}

export function useRejoinCamera(editor: Editor | null, roomId: string): void {
  useEffect(() => {
    if (!editor) return
    const stored = loadCamera(roomId)
    if (stored && editor.getPage(stored.pageId as TLPageId)) {
      editor.setCurrentPage(stored.pageId as TLPageId)
      editor.setCamera({ x: stored.x, y: stored.y, z: stored.z }, { immediate: true })
    } else {
      fitContent(editor)
    }
    let timer: ReturnType<typeof setTimeout> | null = null
    const stop = react('remember camera', () => {
      const camera = editor.getCamera()
      const pageId = editor.getCurrentPageId()
      if (timer) clearTimeout(timer)
      timer = setTimeout(() => saveCamera(roomId, { pageId, x: camera.x, y: camera.y, z: camera.z }), CAMERA_SAVE_DEBOUNCE_MS)
    })
    return () => {
      stop()
      if (timer) clearTimeout(timer)
    }
  }, [editor, roomId])
}
