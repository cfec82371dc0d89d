/** Align, distribute and stack, as tldraw's arrange menu does: new top-left corners per shape. Pure. */
import type { ArrangeOperation } from '../../shared/tools/arrangeShapes'
import type { Bounds } from './geometry'

export interface Placed {
  id: string
  bounds: Bounds
}

export function planArrangement(items: Placed[], operation: ArrangeOperation, gap = 16): Map<string, { x: number; y: number }> {
  const moves = new Map<string, { x: number; y: number }>()
  if (items.length < 2) return moves
  const left = Math.min(...items.map((i) => i.bounds.x))
  const top = Math.min(...items.map((i) => i.bounds.y))
  const right = Math.max(...items.map((i) => i.bounds.x + i.bounds.w))
  const bottom = Math.max(...items.map((i) => i.bounds.y + i.bounds.h))
  const set = (item: Placed, x: number, y: number) => moves.set(item.id, { x, y })
  switch (operation) {
    case 'align-left':
      for (const item of items) set(item, left, item.bounds.y)
      break
    case 'align-right':
      for (const item of items) set(item, right - item.bounds.w, item.bounds.y)
      break
    case 'align-center-horizontal':
      for (const item of items) set(item, (left + right) / 2 - item.bounds.w / 2, item.bounds.y)
      break
    case 'align-top':
      for (const item of items) set(item, item.bounds.x, top)
      break
    case 'align-bottom':
      for (const item of items) set(item, item.bounds.x, bottom - item.bounds.h)
      break
    case 'align-center-vertical':
      for (const item of items) set(item, item.bounds.x, (top + bottom) / 2 - item.bounds.h / 2)
      break
    case 'distribute-horizontal': {
      const sorted = [...items].sort((a, b) => a.bounds.x - b.bounds.x)
      const space = (right - left - sorted.reduce((sum, i) => sum + i.bounds.w, 0)) / (sorted.length - 1)
      let x = left
      for (const item of sorted) {
        set(item, x, item.bounds.y)
        x += item.bounds.w + space
      }
      break
    }
    case 'distribute-vertical': {
      const sorted = [...items].sort((a, b) => a.bounds.y - b.bounds.y)
      const space = (bottom - top - sorted.reduce((sum, i) => sum + i.bounds.h, 0)) / (sorted.length - 1)
      let y = top
      for (const item of sorted) {
        set(item, item.bounds.x, y)
        y += item.bounds.h + space
      }
      break
    }
    case 'stack-horizontal': {
      let x = left
      for (const item of [...items].sort((a, b) => a.bounds.x - b.bounds.x)) {
        set(item, x, item.bounds.y)
        x += item.bounds.w + gap
      }
      break
    }
    case 'stack-vertical': {
      let y = top
      for (const item of [...items].sort((a, b) => a.bounds.y - b.bounds.y)) {
        set(item, item.bounds.x, y)
        y += item.bounds.h + gap
      }
      break
    }
  }
  return moves
}
