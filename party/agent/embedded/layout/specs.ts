/**
 * Moving shape specs (create_shapes entries) before they exist: a drawing made around (0, 0) goes
 * to the spot the layout found for it, points of lines and strokes included.
 */
import type { ShapeSpec } from '../planner/planTypes'

const shift = (value: number, by: number) => Math.round((value + by) * 100) / 100

/** The spec moved by (dx, dy), points included. */
export function translateSpec(spec: ShapeSpec, dx: number, dy: number): ShapeSpec {
  const moved = { ...spec, x: shift(spec.x, dx), y: shift(spec.y, dy) }
  if (moved.type === 'line' || moved.type === 'draw') {
    moved.points = moved.points.map((point) => ({ x: shift(point.x, dx), y: shift(point.y, dy) }))
  }
  return moved
}

export function translateSpecs(specs: readonly ShapeSpec[], dx: number, dy: number): ShapeSpec[] {
  return specs.map((spec) => translateSpec(spec, dx, dy))
}
