/**
 * The 20 px grid every embedded drawing is aligned to, so shapes line up with each other and with
 * tldraw's own grid, and sizes are round numbers a person would pick.
 */

/** Grid spacing in page pixels. */
export const GRID = 20

/** Nearest grid line. */
export function snap(value: number): number {
  return Math.round(value / GRID) * GRID || 0 // never -0, which JSON and tests print oddly
}

/** Grid line at or above `value` (for sizes: never smaller than asked). */
export function snapUp(value: number): number {
  return Math.ceil(value / GRID - 1e-9) * GRID
}

/** A size snapped up to the grid, at least one grid step. */
export function snapSize(value: number): number {
  return Math.max(GRID, snapUp(value))
}
