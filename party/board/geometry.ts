/** Page-space bounds of shapes, estimated the way the agent needs them (layout, descriptions). */
import type { TLRichText, TLShape } from '@tldraw/tlschema'
import { plainText } from './richText'

export interface Bounds {
  x: number
  y: number
  w: number
  h: number
}

/** tldraw's sticky notes are 200×200 before they grow. */
export const NOTE_SIZE = 200
/** Font sizes of text shapes in pixels by size style (tldraw's FONT_SIZES × 16). */
export const TEXT_FONT_PX: Record<string, number> = { s: 18, m: 24, l: 36, xl: 44 }

/**
 * The box text takes in a text shape: ~0.55 of the font size per character, 1.35 line height;
 * with a fixed width the text wraps.
 */
export function estimateTextSize(text: string, size = 'm', scale = 1, fixedWidth?: number): { w: number; h: number } {
  const font = (TEXT_FONT_PX[size] ?? 24) * scale
  const lines = text.split('\n')
  const widest = Math.max(1, ...lines.map((line) => line.length))
  const natural = widest * font * 0.55
  const w = fixedWidth ?? Math.max(16, natural)
  const wrapped = fixedWidth === undefined ? 1 : Math.ceil(natural / Math.max(fixedWidth, 1))
  return { w, h: Math.max(1, lines.length * wrapped) * font * 1.35 }
}

/** Bounds of a shape relative to its parent (ignoring rotation, which the agent never sets). */
export function localBounds(shape: TLShape): Bounds {
  const { x, y } = shape
  const props = shape.props as Record<string, unknown>
  const num = (key: string, fallback: number) => (typeof props[key] === 'number' ? (props[key] as number) : fallback)
  const scale = num('scale', 1)
  switch (shape.type) {
    case 'geo':
      return { x, y, w: num('w', 100), h: num('h', 100) + num('growY', 0) }
    case 'frame':
    case 'image':
    case 'video':
    case 'embed':
    case 'bookmark':
      return { x, y, w: num('w', 100), h: num('h', 100) }
    case 'note':
      return { x, y, w: NOTE_SIZE * scale, h: (NOTE_SIZE + num('growY', 0)) * scale }
    case 'text': {
      const text = plainText(props.richText as TLRichText | undefined)
      const fixedWidth = props.autoSize === false ? num('w', 100) : undefined
      return { x, y, ...estimateTextSize(text, String(props.size), scale, fixedWidth) }
    }
    case 'line': {
      const points = Object.values((props.points ?? {}) as Record<string, { x: number; y: number }>)
      return pointsBounds(x, y, points)
    }
    case 'arrow': {
      const start = props.start as { x: number; y: number }
      const end = props.end as { x: number; y: number }
      return pointsBounds(x, y, [start, end])
    }
    default:
      return { x, y, w: num('w', 1), h: num('h', 1) }
  }
}

function pointsBounds(x: number, y: number, points: { x: number; y: number }[]): Bounds {
  if (points.length === 0) return { x, y, w: 1, h: 1 }
  const xs = points.map((point) => point.x)
  const ys = points.map((point) => point.y)
  const minX = Math.min(...xs)
  const minY = Math.min(...ys)
  return { x: x + minX, y: y + minY, w: Math.max(1, Math.max(...xs) - minX), h: Math.max(1, Math.max(...ys) - minY) }
}

export function center(bounds: Bounds): { x: number; y: number } {
  return { x: bounds.x + bounds.w / 2, y: bounds.y + bounds.h / 2 }
}

export function intersects(a: Bounds, b: Bounds): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}
