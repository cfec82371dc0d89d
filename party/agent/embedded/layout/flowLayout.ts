/**
 * Layered layout for flowcharts: each node's layer is its longest distance from a start, layers go
 * left to right (or top to bottom), nodes of a layer are centred across it, with room between
 * layers for the arrows. Cycles are tolerated (the layering stops after a bounded number of passes).
 */
import { snap } from './grid'

export interface FlowNodeSize {
  w: number
  h: number
}

/** Space between layers (where arrows run) and between nodes of one layer. */
export const LAYER_GAP = 100
export const NODE_GAP = 60

/** Each node's layer: the longest path to it from a node nothing points to. */
export function layers(count: number, edges: readonly [number, number][]): number[] {
  const layer = new Array<number>(count).fill(0)
  // Longest paths settle within `count` passes in a DAG; a cycle is cut off there.
  for (let pass = 0; pass < count; pass++) {
    let changed = false
    for (const [a, b] of edges) {
      const next = (layer[a] ?? 0) + 1
      if (next > (layer[b] ?? 0) && next < count) {
        layer[b] = next
        changed = true
      }
    }
    if (!changed) break
  }
  return layer
}

/** Top-left corners of the nodes, with the whole chart's size, starting at (0, 0). */
export function flowLayout(sizes: readonly FlowNodeSize[], edges: readonly [number, number][], direction: 'right' | 'down'): { positions: { x: number; y: number }[]; w: number; h: number } {
  const layerOf = layers(sizes.length, edges)
  const groups: number[][] = []
  layerOf.forEach((layer, node) => (groups[layer] ??= []).push(node))
  const filled = groups.filter((group) => group && group.length > 0)
  const along = (size: FlowNodeSize) => (direction === 'right' ? size.w : size.h)
  const across = (size: FlowNodeSize) => (direction === 'right' ? size.h : size.w)
  const depth = filled.map((group) => Math.max(...group.map((node) => along(sizes[node] ?? { w: 0, h: 0 }))))
  const breadth = filled.map((group) => group.reduce((sum, node) => sum + across(sizes[node] ?? { w: 0, h: 0 }), 0) + NODE_GAP * (group.length - 1))
  const total = Math.max(...breadth)
  const positions: { x: number; y: number }[] = sizes.map(() => ({ x: 0, y: 0 }))
  let offset = 0
  filled.forEach((group, g) => {
    let cursor = snap((total - (breadth[g] ?? 0)) / 2)
    for (const node of group) {
      const size = sizes[node] ?? { w: 0, h: 0 }
      const centred = offset + snap(((depth[g] ?? 0) - along(size)) / 2)
      positions[node] = direction === 'right' ? { x: centred, y: cursor } : { x: cursor, y: centred }
      cursor += across(size) + NODE_GAP
    }
    offset += (depth[g] ?? 0) + LAYER_GAP
  })
  const w = Math.max(...sizes.map((size, i) => (positions[i]?.x ?? 0) + size.w))
  const h = Math.max(...sizes.map((size, i) => (positions[i]?.y ?? 0) + size.h))
  return { positions, w, h }
}
