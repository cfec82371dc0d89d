/**
 * The part of the canvas people can actually see: the canvas minus what floats over it (tldraw's
 * style panel, the phone's chat drawer). The chat panel sends this as the prompt's viewport so the
 * AI never draws under a panel (docs/ux.md "Rejoin anywhere").
 */

/** A rectangle in screen pixels. */
export interface Rect {
  x: number
  y: number
  w: number
  h: number
}

function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

/**
 * `area` with each overlapping obstacle cut away from the side that keeps the most area (a panel
 * on the right edge trims the right, a drawer at the bottom trims the bottom). Never empty: an
 * obstacle that would leave nothing is ignored. Pure.
 */
export function visibleRect(area: Rect, obstacles: readonly Rect[]): Rect {
  let visible = { ...area }
  for (const obstacle of obstacles) {
    if (obstacle.w <= 0 || obstacle.h <= 0 || !intersects(visible, obstacle)) continue
    const right = visible.x + visible.w
    const bottom = visible.y + visible.h
    const candidates: Rect[] = [
      { ...visible, w: obstacle.x - visible.x }, // keep what is left of it
      { ...visible, x: obstacle.x + obstacle.w, w: right - (obstacle.x + obstacle.w) }, // right of it
      { ...visible, h: obstacle.y - visible.y }, // above it
      { ...visible, y: obstacle.y + obstacle.h, h: bottom - (obstacle.y + obstacle.h) }, // below it
    ]
    const best = candidates.reduce((a, b) => (b.w * b.h > a.w * a.h ? b : a))
    if (best.w > 0 && best.h > 0) visible = best
  }
  return visible
}

/** Screen rectangle of an element, or null when it is not rendered. */
export function elementRect(element: Element | null): Rect | null {
  if (!element) return null
  const box = element.getBoundingClientRect()
  return box.width > 0 && box.height > 0 ? { x: box.left, y: box.top, w: box.width, h: box.height } : null
}
