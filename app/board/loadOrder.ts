/**
 * The order in which a big board's records enter tldraw's store (docs/performance.md "Open"):
 * the document, pages and assets first, then shapes of the current page nearest the view (each
 * after its parent, so no shape arrives before the frame or group holding it), then shapes of
 * other pages, then bindings, which tie shapes that must already be there.
 */
import type { TLRecord, TLShape } from 'tldraw'

/** Where the person is looking: a page and a point on it. */
export interface ViewFocus {
  pageId: string | null
  x: number
  y: number
}

/** Where a shape sits: its page, its distance to the focus (by its top ancestor), its depth. */
interface Placement {
  onPage: boolean
  distance: number
  depth: number
}

/** The records in load order, in three runs. */
export interface LoadOrder {
  /** Everything but shapes and bindings: the document, pages, assets. */
  head: TLRecord[]
  /** Shapes, current page first, nearest the focus first, each after its parent. */
  shapes: TLShape[]
  bindings: TLRecord[]
}

/** The records in load order. Pure. */
export function loadOrder(records: Iterable<TLRecord>, focus: ViewFocus): LoadOrder {
  const shapes = new Map<string, TLShape>()
  const head: TLRecord[] = []
  const bindings: TLRecord[] = []
  for (const record of records) {
    if (record.typeName === 'shape') shapes.set(record.id, record)
    else if (record.typeName === 'binding') bindings.push(record)
    else head.push(record)
  }
  const pageId = focus.pageId ?? firstPageId(head)
  const placements = new Map<string, Placement>()
  const place = (shape: TLShape, visiting = new Set<string>()): Placement => {
    const known = placements.get(shape.id)
    if (known) return known
    visiting.add(shape.id)
    const parent = shapes.get(shape.parentId)
    // A shape's own x and y are relative to its parent; its top ancestor's are page coordinates.
    // A parent cycle (only a broken doc has one) is cut where it closes.
    const above = parent && !visiting.has(parent.id) ? place(parent, visiting) : null
    const placement = above
      ? { ...above, depth: above.depth + 1 }
      : { onPage: shape.parentId === pageId, distance: Math.hypot(shape.x - focus.x, shape.y - focus.y), depth: 0 }
    placements.set(shape.id, placement)
    return placement
  }
  // Placed once each, then sorted: placing inside the comparison did it ~30 times per shape.
  const placed = Array.from(shapes.values(), (shape) => ({ shape, ...place(shape) }))
  placed.sort((a, b) => {
    if (a.onPage !== b.onPage) return a.onPage ? -1 : 1
    return a.distance - b.distance || a.depth - b.depth
  })
  return { head, shapes: placed.map(({ shape }) => shape), bindings }
}

/** The page tldraw opens first: the one with the lowest index. */
function firstPageId(records: readonly TLRecord[]): string | null {
  let first: { id: string; index: string } | null = null
  for (const record of records) {
    if (record.typeName === 'page' && (!first || record.index < first.index)) first = record
  }
  return first?.id ?? null
}
