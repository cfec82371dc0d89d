/**
 * Lays several drawings (a shape, a house, a tree…) out as one block: in a row, a column, a grid, a
 * ring, a diagonal or scattered, with a gap between them so none overlaps another. Each drawing is
 * made around (0, 0); the block is placed on the board afterwards as a whole.
 */
import type { Arrangement } from '../planner/parse/modifiers'
import type { ShapeSpec } from '../planner/planTypes'
import { snap } from '../../../board/grid'
import { translateSpecs } from './specs'

/** A drawing made around (0, 0) with its size; `label` names it in the chat ("a house"). */
export interface Drawing {
  label: string
  shapes: ShapeSpec[]
  w: number
  h: number
}

/** A drawing moved to its place in a block. */
export interface PlacedDrawing extends Drawing {
  x: number
  y: number
}

export interface Block {
  drawings: PlacedDrawing[]
  w: number
  h: number
}

/** Space between drawings of one block. */
export const DRAWING_GAP = 40

/** A deterministic pseudo-random sequence, so the same request always scatters the same way. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0
    return state / 2 ** 32
  }
}

function positions(drawings: readonly Drawing[], arrangement: Arrangement, align: 'center' | 'bottom', gap: number): { x: number; y: number }[] {
  const maxW = Math.max(...drawings.map((d) => d.w))
  const maxH = Math.max(...drawings.map((d) => d.h))
  switch (arrangement) {
    case 'row': {
      let x = 0
      return drawings.map((d) => {
        const at = { x, y: align === 'bottom' ? maxH - d.h : (maxH - d.h) / 2 }
        x += d.w + gap
        return at
      })
    }
    case 'column': {
      let y = 0
      return drawings.map((d) => {
        const at = { x: (maxW - d.w) / 2, y }
        y += d.h + gap
        return at
      })
    }
    case 'grid': {
      const columns = Math.ceil(Math.sqrt(drawings.length))
      return drawings.map((d, i) => ({
        x: (i % columns) * (maxW + gap) + (maxW - d.w) / 2,
        y: Math.floor(i / columns) * (maxH + gap) + (maxH - d.h) / 2,
      }))
    }
    case 'ring': {
      const n = drawings.length
      const cell = Math.hypot(maxW, maxH) + gap / 2
      const radius = n <= 1 ? 0 : Math.max(cell, cell / (2 * Math.sin(Math.PI / n)))
      return drawings.map((d, i) => {
        const angle = -Math.PI / 2 + (2 * Math.PI * i) / n
        return { x: radius + radius * Math.cos(angle) - d.w / 2, y: radius + radius * Math.sin(angle) - d.h / 2 }
      })
    }
    case 'diagonal':
      return drawings.map((d, i) => ({ x: i * (maxW + gap / 2), y: i * (maxH / 2 + gap / 2) }))
    case 'scatter': {
      const next = random(drawings.length * 7919)
      const side = Math.ceil(Math.sqrt(drawings.length) * 1.8) * (Math.max(maxW, maxH) + gap)
      const placed: { x: number; y: number; w: number; h: number }[] = []
      return drawings.map((d) => {
        for (let attempt = 0; attempt < 200; attempt++) {
          const at = { x: snap(next() * side), y: snap(next() * side) }
          const box = { ...at, w: d.w, h: d.h }
          const clear = placed.every((p) => box.x >= p.x + p.w + gap || p.x >= box.x + box.w + gap || box.y >= p.y + p.h + gap || p.y >= box.y + box.h + gap)
          if (clear) {
            placed.push(box)
            return at
          }
        }
        // Crowded: fall back to a free column on the right, which cannot overlap.
        const right = Math.max(0, ...placed.map((p) => p.x + p.w)) + gap
        placed.push({ x: right, y: 0, w: d.w, h: d.h })
        return { x: right, y: 0 }
      })
    }
  }
}

/** Lays drawings out as one block with its top-left at (0, 0). */
export function arrangeDrawings(drawings: readonly Drawing[], arrangement: Arrangement, align: 'center' | 'bottom' = 'center', gap = DRAWING_GAP): Block {
  if (drawings.length === 0) return { drawings: [], w: 0, h: 0 }
  const raw = positions(drawings, arrangement, align, gap)
  const snapped = raw.map((point) => ({ x: snap(point.x), y: snap(point.y) }))
  const minX = Math.min(...snapped.map((point) => point.x))
  const minY = Math.min(...snapped.map((point) => point.y))
  const placed = drawings.map((drawing, i) => {
    const point = snapped[i] ?? { x: 0, y: 0 }
    const x = point.x - minX
    const y = point.y - minY
    return { ...drawing, x, y, shapes: translateSpecs(drawing.shapes, x, y) }
  })
  const w = Math.max(...placed.map((d) => d.x + d.w))
  const h = Math.max(...placed.map((d) => d.y + d.h))
  return { drawings: placed, w, h }
}

/** Moves a whole block so its top-left is at (x, y). */
export function moveBlock(block: Block, x: number, y: number): Block {
  return {
    ...block,
    drawings: block.drawings.map((drawing) => ({ ...drawing, x: drawing.x + x, y: drawing.y + y, shapes: translateSpecs(drawing.shapes, x, y) })),
  }
}
