/**
 * What every diagram layout returns: positioned boxes, arrows between them and plain lines, in the
 * diagram's own coordinates (top-left of its bounds at 0, 0). Each item has a stable key, so a new
 * layout of an edited diagram updates the shapes of the items it shares with the old one.
 */

export interface LayoutBox {
  key: string
  /** The spec node this box draws, if any (titles, axes and set circles have none). */
  node?: string
  x: number
  y: number
  w: number
  h: number
  label: string
  /** 'text' draws a text shape; anything else is a tldraw geo kind. */
  shape: 'text' | 'rectangle' | 'ellipse' | 'oval' | 'diamond' | 'rhombus' | 'trapezoid' | 'hexagon' | 'cloud'
  color?: string
  fill?: 'none' | 'semi' | 'solid' | 'pattern'
  dash?: 'draw' | 'solid' | 'dashed' | 'dotted'
  size?: 's' | 'm' | 'l' | 'xl'
  align?: 'start' | 'middle' | 'end'
  verticalAlign?: 'start' | 'middle' | 'end'
  /** Drawn behind the other boxes and may contain them (columns, cells, venn sets, device frames). */
  backdrop?: boolean
}

export interface LayoutArrow {
  key: string
  from: string
  to: string
  label?: string
  /** elbow: tldraw routes it at right angles; arc: straight (bend 0) or curved. */
  kind: 'elbow' | 'arc'
  bend?: number
  arrowhead?: 'arrow' | 'none'
  dash?: 'draw' | 'solid' | 'dashed' | 'dotted'
  /** Where on each box the arrow ends (0..1 of its bounds), precise; default: the middle, imprecise. */
  fromAnchor?: { x: number; y: number }
  toAnchor?: { x: number; y: number }
}

export interface LayoutLine {
  key: string
  points: { x: number; y: number }[]
  dash?: 'draw' | 'solid' | 'dashed' | 'dotted'
  color?: string
}

export interface DiagramLayout {
  w: number
  h: number
  boxes: LayoutBox[]
  arrows: LayoutArrow[]
  lines: LayoutLine[]
}

/** Key of the box that draws node `id`. */
export const nodeKey = (id: string) => `node:${id}`

/** The bounds of a layout's items, and the items moved so that its top-left is at 0, 0. */
export function normalizeLayout(boxes: LayoutBox[], arrows: LayoutArrow[], lines: LayoutLine[] = []): DiagramLayout {
  const xs = [...boxes.map((box) => box.x), ...lines.flatMap((line) => line.points.map((point) => point.x))]
  const ys = [...boxes.map((box) => box.y), ...lines.flatMap((line) => line.points.map((point) => point.y))]
  const right = [...boxes.map((box) => box.x + box.w), ...xs]
  const bottom = [...boxes.map((box) => box.y + box.h), ...ys]
  const minX = xs.length ? Math.min(...xs) : 0
  const minY = ys.length ? Math.min(...ys) : 0
  const r = (value: number) => Math.round(value)
  return {
    w: r((right.length ? Math.max(...right) : 0) - minX),
    h: r((bottom.length ? Math.max(...bottom) : 0) - minY),
    boxes: boxes.map((box) => ({ ...box, x: r(box.x - minX), y: r(box.y - minY), w: r(box.w), h: r(box.h) })),
    arrows,
    lines: lines.map((line) => ({ ...line, points: line.points.map((point) => ({ x: r(point.x - minX), y: r(point.y - minY) })) })),
  }
}
