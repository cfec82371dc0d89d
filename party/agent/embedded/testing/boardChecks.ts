/**
 * Test helper: the layout rules the sketch model promises, as checks over the board's shapes: no
 * overlaps (between drawings, and with what was there before), inside the asker's view, on the grid.
 */
import type { Box } from '../../../../shared/agentProtocol'
import type { ShapeSummary } from '../../../board/shapeSummary'
import { boxesOverlap, unionBox } from '../../../board/freeSpace'

/** Pairs of boxes that overlap, by index, for a readable failure. */
export function overlappingPairs(boxes: readonly Box[]): [number, number][] {
  const pairs: [number, number][] = []
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]]
      if (a && b && boxesOverlap(a, b)) pairs.push([i, j])
    }
  }
  return pairs
}

/** The bounds of each group of shapes (one drawing each). */
export function groupBoxes(groups: readonly ShapeSummary[][]): Box[] {
  return groups.map((group) => unionBox(group) ?? { x: 0, y: 0, w: 0, h: 0 })
}

/** True when `box` lies inside `view`. */
export function inside(box: Box, view: Box): boolean {
  return box.x >= view.x && box.y >= view.y && box.x + box.w <= view.x + view.w && box.y + box.h <= view.y + view.h
}

/** New shapes that overlap any of the shapes that were on the board before. */
export function overlapsWithExisting(added: readonly Box[], existing: readonly Box[]): Box[] {
  return added.filter((box) => existing.some((old) => boxesOverlap(box, old)))
}

/** Counts of shapes by "type" or "type/geo". */
export function kinds(shapes: readonly ShapeSummary[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const shape of shapes) {
    const key = shape.type === 'geo' ? `geo/${shape.geo ?? 'rectangle'}` : shape.type
    counts[key] = (counts[key] ?? 0) + 1
  }
  return counts
}
