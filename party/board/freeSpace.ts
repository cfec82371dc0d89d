/**
 * Where a new drawing goes: a free spot inside the asker's viewport, clear of every shape already
 * on the board, as close as possible to where the request asked ("top left", or the middle), on
 * the grid. When nothing fits in view, the drawing goes just right of the existing content, where
 * it cannot overlap anything.
 */
import { GRID, snap, snapUp } from './grid'

/** Where in the view a drawing should go when it can. */
export type Anchor = 'center' | 'top' | 'bottom' | 'left' | 'right' | 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right'

export interface Box {
  x: number
  y: number
  w: number
  h: number
}

/** Space kept clear between a new drawing and existing shapes. */
export const CLEARANCE = 40
/** Distance from the viewport's edge, so a drawing is not cut off by the screen's border. */
export const VIEW_INSET = 40
/** Most candidate positions tried per axis; big viewports get a coarser (still on-grid) scan. */
const MAX_STEPS_PER_AXIS = 60

export interface Spot {
  x: number
  y: number
  /** False when the drawing could not go in view and was put beside the existing content. */
  inView: boolean
}

const overlaps = (a: Box, b: Box, gap: number) =>
  a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap

function target(anchor: Anchor, view: Box, size: { w: number; h: number }, inset: { x: number; y: number }) {
  const left = view.x + inset.x
  const right = view.x + view.w - inset.x - size.w
  const top = view.y + inset.y
  const bottom = view.y + view.h - inset.y - size.h
  const cx = view.x + (view.w - size.w) / 2
  const cy = view.y + (view.h - size.h) / 2
  const x = anchor.endsWith('left') ? left : anchor.endsWith('right') ? right : cx
  const y = anchor.startsWith('top') ? top : anchor.startsWith('bottom') ? bottom : cy
  return { x, y }
}

/** Positions along one axis from `start` to `end` on the grid, at most MAX_STEPS_PER_AXIS of them. */
function axis(start: number, end: number): number[] {
  const first = snapUp(start)
  if (end < first) return []
  const step = Math.max(GRID, snapUp((end - first) / MAX_STEPS_PER_AXIS))
  const values: number[] = []
  for (let value = first; value <= end && values.length <= MAX_STEPS_PER_AXIS; value += step) values.push(value)
  return values
}

/**
 * Top-left corner for a drawing of `size`: inside `viewport` when it fits there without touching
 * `obstacles`, nearest to `anchor`; else right of all obstacles.
 */
export function findFreeSpot(size: { w: number; h: number }, viewport: Box, obstacles: readonly Box[], anchor: Anchor = 'center'): Spot {
  const inset = {
    x: Math.min(VIEW_INSET, Math.max(0, (viewport.w - size.w) / 2)),
    y: Math.min(VIEW_INSET, Math.max(0, (viewport.h - size.h) / 2)),
  }
  const fits = size.w <= viewport.w && size.h <= viewport.h
  if (fits) {
    const goal = target(anchor, viewport, size, inset)
    const nearby = obstacles.filter((box) => overlaps(box, viewport, CLEARANCE))
    const xs = axis(viewport.x + inset.x, viewport.x + viewport.w - inset.x - size.w)
    const ys = axis(viewport.y + inset.y, viewport.y + viewport.h - inset.y - size.h)
    let best: { x: number; y: number; score: number } | null = null
    for (const y of ys) {
      for (const x of xs) {
        const score = Math.hypot(x - goal.x, y - goal.y)
        if (best && score >= best.score) continue
        const candidate = { x, y, w: size.w, h: size.h }
        if (nearby.some((box) => overlaps(candidate, box, CLEARANCE))) continue
        best = { x, y, score }
      }
    }
    if (best) return { x: best.x, y: best.y, inView: true }
  }
  return { ...besideContent(size, viewport, obstacles), inView: false }
}

/** Just right of everything on the board (or at the viewport's corner on an empty board). */
function besideContent(size: { w: number; h: number }, viewport: Box, obstacles: readonly Box[]): { x: number; y: number } {
  if (obstacles.length === 0) return { x: snap(viewport.x + VIEW_INSET), y: snap(viewport.y + VIEW_INSET) }
  const right = Math.max(...obstacles.map((box) => box.x + box.w))
  const near = obstacles.filter((box) => overlaps(box, viewport, 0))
  const top = near.length > 0 ? Math.min(...near.map((box) => box.y)) : viewport.y + VIEW_INSET
  return { x: snapUp(right + CLEARANCE * 2), y: snap(top) }
}

/** True when two boxes overlap (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return overlaps(a, b, 0)
}

/** The union of boxes, or null for none. */
export function unionBox(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null
  const x = Math.min(...boxes.map((box) => box.x))
  const y = Math.min(...boxes.map((box) => box.y))
  const right = Math.max(...boxes.map((box) => box.x + box.w))
  const bottom = Math.max(...boxes.map((box) => box.y + box.h))
  return { x, y, w: right - x, h: bottom - y }
}
