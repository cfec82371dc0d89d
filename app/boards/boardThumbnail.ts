/**
 * A board's thumbnail for the Boards list, at most BOARD_THUMBNAIL_PX on its longer side. A board of
 * up to BOARD_THUMBNAIL_EXPORT_MAX_SHAPES shapes is drawn by tldraw's own export; a bigger one as a
 * sketch of its shapes' boxes on a canvas. tldraw's export renders every shape to SVG in one
 * synchronous pass: on a 10,000-shape board that blocked the page for seconds, while the person
 * panned (docs/performance.md "Pan and zoom").
 */
import { DEFAULT_THEME, FileHelpers, getColorValue, type Editor, type TLShapeId } from 'tldraw'
import { BOARD_THUMBNAIL_EXPORT_MAX_SHAPES, BOARD_THUMBNAIL_PX } from '../../shared/limits'

/** A shape's box on the page and the colour it is drawn in. */
export interface SketchBox {
  x: number
  y: number
  w: number
  h: number
  color: string
}

export interface Sketch {
  width: number
  height: number
  /** Boxes in the thumbnail's pixels, at least one pixel wide and high. */
  boxes: SketchBox[]
}

const PADDING_PX = 2
const NEUTRAL = '#94a3b8'

/** The thumbnail's size and each box placed in it, for a board whose shapes lie within `bounds`. Pure. */
export function planSketch(bounds: Omit<SketchBox, 'color'>, boxes: readonly SketchBox[], px = BOARD_THUMBNAIL_PX): Sketch {
  const inner = px - 2 * PADDING_PX
  const scale = Math.min(1, inner / Math.max(bounds.w, bounds.h, 1))
  return {
    width: Math.max(1, Math.ceil(bounds.w * scale)) + 2 * PADDING_PX,
    height: Math.max(1, Math.ceil(bounds.h * scale)) + 2 * PADDING_PX,
    boxes: boxes.map((box) => ({
      x: PADDING_PX + (box.x - bounds.x) * scale,
      y: PADDING_PX + (box.y - bounds.y) * scale,
      w: Math.max(1, box.w * scale),
      h: Math.max(1, box.h * scale),
      color: box.color,
    })),
  }
}

/** The current page's thumbnail as a data URL, or null when the page is empty. */
export async function thumbnailOf(editor: Editor): Promise<string | null> {
  const ids = [...editor.getCurrentPageShapeIds()]
  const bounds = editor.getCurrentPageBounds()
  if (ids.length === 0 || !bounds) return null
  if (ids.length > BOARD_THUMBNAIL_EXPORT_MAX_SHAPES) return drawSketch(planSketch(bounds, boxesOf(editor, ids)))
  const scale = Math.min(1, BOARD_THUMBNAIL_PX / Math.max(bounds.w, bounds.h, 1))
  const image = await editor.toImage(ids, { format: 'png', scale, pixelRatio: 1, background: true, padding: 4, darkMode: false })
  return FileHelpers.blobToDataUrl(image.blob)
}

function boxesOf(editor: Editor, ids: readonly TLShapeId[]): SketchBox[] {
  const colors = DEFAULT_THEME.colors.light
  const boxes: SketchBox[] = []
  for (const id of ids) {
    const shape = editor.getShape(id)
    const box = editor.getShapePageBounds(id)
    if (!shape || !box || editor.isShapeOfType(shape, 'group')) continue
    const color = 'color' in shape.props && typeof shape.props.color === 'string' ? getColorValue(colors, shape.props.color, 'solid') : NEUTRAL
    boxes.push({ x: box.x, y: box.y, w: box.w, h: box.h, color })
  }
  return boxes
}

function drawSketch({ width, height, boxes }: Sketch): string | null {
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const context = canvas.getContext('2d')
  if (!context) return null
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, width, height)
  context.globalAlpha = 0.5
  // One path per colour: a fill per box costs a draw call each, thousands on a big board.
  const byColor = new Map<string, SketchBox[]>()
  for (const box of boxes) {
    const group = byColor.get(box.color)
    if (group) group.push(box)
    else byColor.set(box.color, [box])
  }
  for (const [color, group] of byColor) {
    context.fillStyle = color
    context.beginPath()
    for (const box of group) context.rect(box.x, box.y, box.w, box.h)
    context.fill()
  }
  return canvas.toDataURL('image/png')
}
