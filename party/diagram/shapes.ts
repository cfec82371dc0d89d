/**
 * Cycles, pyramids and funnels (plain arithmetic): nodes on a circle joined by curved arrows going
 * round; or stacked bands, widest at the bottom for a pyramid and at the top for a funnel.
 */
import type { DiagramSpec } from './spec'
import { normalizeLayout, nodeKey, type DiagramLayout, type LayoutArrow, type LayoutBox } from './layoutTypes'
import { labelBox, textWidth } from './textSize'

const CYCLE_COLORS = ['blue', 'green', 'orange', 'violet', 'red', 'light-blue']

export function layoutCycle(spec: DiagramSpec): DiagramLayout {
  const nodes = spec.nodes
  const sizes = nodes.map((node) => labelBox(node.label, { minW: 120, minH: 60, maxW: 200 }))
  const diagonal = Math.max(...sizes.map((size) => Math.hypot(size.w, size.h)))
  // Neighbours on the circle are a box diagonal plus a gap apart.
  const n = Math.max(nodes.length, 2)
  const radius = Math.max(140, (diagonal + 60) / (2 * Math.sin(Math.PI / n)))
  const boxes: LayoutBox[] = nodes.map((node, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n
    const size = sizes[i]!
    return { key: nodeKey(node.id), node: node.id, x: radius * Math.cos(angle) - size.w / 2, y: radius * Math.sin(angle) - size.h / 2, ...size, label: node.label, shape: 'rectangle', color: node.color ?? CYCLE_COLORS[i % CYCLE_COLORS.length]!, fill: 'semi' }
  })
  const edges: DiagramSpec['edges'] = spec.edges.length > 0 ? spec.edges : nodes.length > 1 ? nodes.map((node, i) => ({ from: node.id, to: nodes[(i + 1) % nodes.length]!.id })) : []
  // Clockwise arrows bow outwards: tldraw's bend is in pixels, a share of the chord.
  const bend = nodes.length > 2 ? -radius * (1 - Math.cos(Math.PI / n)) * 0.8 : -60
  const arrows: LayoutArrow[] = edges.map((edge, i) => ({ key: `edge:${edge.from}->${edge.to}${i >= nodes.length ? `#${i}` : ''}`, from: nodeKey(edge.from), to: nodeKey(edge.to), kind: 'arc', bend, ...(edge.label ? { label: edge.label } : {}) }))
  return normalizeLayout(boxes, arrows)
}

const BAND_COLORS = ['red', 'orange', 'yellow', 'green', 'blue', 'violet']

/** Pyramid: first node on top, narrowest; funnel: first node on top, widest. */
export function layoutBands(spec: DiagramSpec, kind: 'pyramid' | 'funnel'): DiagramLayout {
  const nodes = spec.nodes
  const n = nodes.length
  const bandH = Math.max(70, ...nodes.map((node) => labelBox(node.label, { maxW: 400 }).h))
  const widestLabel = Math.max(...nodes.map((node) => textWidth(node.label) + 60))
  const step = Math.max(60, widestLabel / Math.max(1, n) / 1.5)
  // Every band holds its label: the narrowest is at least the widest label.
  const narrow = Math.max(widestLabel, 160)
  const boxes: LayoutBox[] = nodes.map((node, i) => {
    const rank = kind === 'pyramid' ? i : n - 1 - i
    const w = narrow + rank * step * 2
    return { key: nodeKey(node.id), node: node.id, x: -w / 2, y: i * (bandH + 8), w, h: bandH, label: node.label, shape: 'trapezoid', color: node.color ?? BAND_COLORS[i % BAND_COLORS.length]!, fill: 'semi' }
  })
  // tldraw's trapezoid is widest at the bottom: a funnel's bands are plain, narrowing downwards.
  if (kind === 'funnel') for (const box of boxes) box.shape = 'rectangle'
  return normalizeLayout(boxes, [])
}
