/**
 * A small JPEG of what this device sees on the board, for models that read images (docs/models.md
 * "Vision"). tldraw's own export renders it, so it looks exactly like the canvas; it is sized to at
 * most MAX_VIEWPORT_IMAGE_PX a side and MAX_VIEWPORT_IMAGE_BYTES, and goes only into the request.
 */
import { Box, type Editor, type TLShapeId } from 'tldraw'
import { MAX_VIEWPORT_IMAGE_BYTES, MAX_VIEWPORT_IMAGE_PX } from '../../shared/limits'

/** Tries from sharpest to smallest until one fits the byte limit. */
const ATTEMPTS = [
  { quality: 0.8, shrink: 1 },
  { quality: 0.6, shrink: 0.75 },
  { quality: 0.45, shrink: 0.5 },
]

async function toBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer())
  let binary = ''
  // In slices: String.fromCharCode with 300k arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** The shapes of the current page that meet the viewport (the export draws only these). */
function shapesInView(editor: Editor, view: Box): TLShapeId[] {
  return [...editor.getCurrentPageShapeIds()].filter((id) => {
    const bounds = editor.getShapePageBounds(id)
    return bounds !== undefined && view.collides(bounds)
  })
}

/** The viewport as base64 JPEG (no data: prefix), or undefined when it is empty or cannot be made small enough. */
export async function viewportImage(editor: Editor): Promise<string | undefined> {
  const view = Box.From(editor.getViewportPageBounds())
  const ids = shapesInView(editor, view)
  if (ids.length === 0) return undefined
  const fit = Math.min(1, MAX_VIEWPORT_IMAGE_PX / Math.max(view.w, view.h))
  for (const { quality, shrink } of ATTEMPTS) {
    try {
      const { blob } = await editor.toImage(ids, { format: 'jpeg', quality, bounds: view, scale: fit * shrink, pixelRatio: 1, background: true, padding: 0 })
      if (blob.size <= MAX_VIEWPORT_IMAGE_BYTES) return await toBase64(blob)
    } catch {
      return undefined // an export failure must never stop the prompt
    }
  }
  return undefined
}
