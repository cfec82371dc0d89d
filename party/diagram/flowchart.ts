/**
 * Flowcharts and graphs: elkjs's layered algorithm (few crossings, layers top-down or left-right,
 * room for edge labels). Decisions are diamonds, starts and ends pills, inputs/outputs slanted.
 */
import type { ElkNode } from 'elkjs/lib/elk-api'
import type { DiagramSpec, SpecNode } from './spec'
import { normalizeLayout, nodeKey, type DiagramLayout, type LayoutArrow, type LayoutBox } from './layoutTypes'
import { labelBox, textWidth } from './textSize'
import { spanningTreePositions } from './tree'

const ELK_DIRECTION = { down: 'DOWN', right: 'RIGHT', up: 'UP', left: 'LEFT' } as const

/** The flowchart role of a node: from its type, else guessed from its label and its edges. */
export function flowRole(node: SpecNode, spec: DiagramSpec): 'start' | 'end' | 'decision' | 'io' | 'process' {
  const type = node.type ?? ''
  if (/^(start|begin|terminal|terminator)$/.test(type)) return 'start'
  if (/^(end|stop|finish)$/.test(type)) return 'end'
  if (/^(decision|condition|question|choice|if|diamond)$/.test(type)) return 'decision'
  if (/^(io|input|output|data|parallelogram)$/.test(type)) return 'io'
  if (type) return 'process'
  if (node.label.trim().endsWith('?')) return 'decision'
  const incoming = spec.edges.some((edge) => edge.to === node.id)
  const outgoing = spec.edges.filter((edge) => edge.from === node.id)
  if (outgoing.length > 1 && outgoing.every((edge) => edge.label && /^(yes|no|true|false|y|n|ok|fail)$/i.test(edge.label))) return 'decision'
  if (/^(start|begin)\b/i.test(node.label) && !incoming) return 'start'
  if (/^(end|stop|finish|done)\b/i.test(node.label) && outgoing.length === 0) return 'end'
  return 'process'
}

const ROLE_STYLE = {
  start: { shape: 'oval', color: 'green', factor: 1.15 },
  end: { shape: 'oval', color: 'red', factor: 1.15 },
  decision: { shape: 'diamond', color: 'orange', factor: 1.7 },
  io: { shape: 'rhombus', color: 'violet', factor: 1.3 },
  process: { shape: 'rectangle', color: 'blue', factor: 1 },
} as const

/** The box of a graph node, sized to its label (without position). */
export function flowBox(node: SpecNode, spec: DiagramSpec): Omit<LayoutBox, 'x' | 'y'> {
  const style = ROLE_STYLE[flowRole(node, spec)]
  const size = labelBox(node.label, { minW: 120, minH: 60, maxW: 260 * style.factor, shapeFactor: style.factor })
  return { key: nodeKey(node.id), node: node.id, ...size, label: node.label, shape: style.shape, color: node.color ?? style.color, fill: 'semi' }
}

let elkCode: Promise<{ Api: typeof import('elkjs/lib/elk-api').default; FakeWorker: new () => Worker }> | null = null

/**
 * Loads elkjs's API and its layout code (GWT-compiled, run in this thread as a fake "worker"). The
 * layout code binds its globals to `window`, else `global`, else `self`; in the room's workerd a
 * `global` exists that is not the global scope ("$wnd.Map is not a constructor"), so `window`
 * names the global scope while the code loads (docs/diagrams.md "elkjs in workerd").
 */
function loadElk() {
  elkCode ??= (async () => {
    const scope = globalThis as { window?: unknown }
    const shimmed = typeof scope.window === 'undefined'
    if (shimmed) scope.window = globalThis
    try {
      const [api, worker] = await Promise.all([import('elkjs/lib/elk-api.js'), import('elkjs/lib/elk-worker.min.js')])
      const exported = worker as unknown as { Worker?: new () => Worker; default?: { Worker?: new () => Worker } }
      const FakeWorker = exported.Worker ?? exported.default?.Worker
      if (!FakeWorker) throw new Error(`elkjs's layout code did not load (it exports ${Object.keys(worker).join(', ')})`)
      return { Api: (api as unknown as { default: typeof import('elkjs/lib/elk-api').default }).default, FakeWorker }
    } finally {
      if (shimmed) delete scope.window
    }
  })()
  return elkCode
}

/** A fresh elkjs instance, made per layout: a long-lived one loses its algorithms in workerd (docs/diagrams.md). */
async function newElk() {
  const { Api, FakeWorker } = await loadElk()
  return new Api({ workerFactory: () => new FakeWorker() })
}

/** Runs elkjs's layered algorithm on boxes and edges; positions come back in the boxes' order. */
export async function layeredPositions(
  sizes: { w: number; h: number }[],
  edges: { from: number; to: number; label?: string }[],
  direction: DiagramSpec['direction'],
): Promise<{ x: number; y: number }[]> {
  let elk: Awaited<ReturnType<typeof newElk>>
  try {
    elk = await newElk()
  } catch (error) {
    console.warn(`elkjs did not load, using a tidy spanning tree: ${error instanceof Error ? error.message : String(error)}`)
    return spanningTreePositions(sizes, edges, direction)
  }
  const vertical = direction === 'down' || direction === 'up'
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': ELK_DIRECTION[direction],
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.spacing.nodeNode': '50',
      'elk.layered.spacing.nodeNodeBetweenLayers': vertical ? '70' : '90',
      'elk.spacing.edgeLabel': '6',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    },
    children: sizes.map((size, index) => ({ id: `n${index}`, width: size.w, height: size.h })),
    edges: edges.map((edge, index) => ({
      id: `e${index}`,
      sources: [`n${edge.from}`],
      targets: [`n${edge.to}`],
      ...(edge.label ? { labels: [{ id: `l${index}`, text: edge.label, width: textWidth(edge.label) + 16, height: 34 }] } : {}),
    })),
  }
  let result: ElkNode
  try {
    result = await elk.layout(graph)
  } catch (error) {
    console.warn(`elkjs could not lay out ${sizes.length} boxes, using a tidy spanning tree: ${error instanceof Error ? error.message : String(error)}`)
    return spanningTreePositions(sizes, edges, direction)
  }
  const byId = new Map((result.children ?? []).map((child) => [child.id, child]))
  return sizes.map((_, index) => {
    const child = byId.get(`n${index}`)
    return { x: child?.x ?? 0, y: child?.y ?? 0 }
  })
}

export async function layoutFlowchart(spec: DiagramSpec): Promise<DiagramLayout> {
  const boxes = spec.nodes.map((node) => flowBox(node, spec))
  const index = new Map(spec.nodes.map((node, i) => [node.id, i]))
  const edges = spec.edges.map((edge) => ({ from: index.get(edge.from) ?? 0, to: index.get(edge.to) ?? 0, ...(edge.label ? { label: edge.label } : {}) }))
  const positions = await layeredPositions(boxes, edges, spec.direction)
  const placed: LayoutBox[] = boxes.map((box, i) => ({ ...box, ...positions[i]! }))
  const arrows: LayoutArrow[] = edgeArrows(spec.edges, 'elbow')
  return normalizeLayout(placed, arrows)
}

/** One arrow per edge, keyed by its ends (and its rank among equal ends). */
export function edgeArrows(edges: DiagramSpec['edges'], kind: LayoutArrow['kind'], style: Partial<LayoutArrow> = {}): LayoutArrow[] {
  const seen = new Map<string, number>()
  return edges.map((edge) => {
    const base = `edge:${edge.from}->${edge.to}`
    const n = (seen.get(base) ?? 0) + 1
    seen.set(base, n)
    return { key: n === 1 ? base : `${base}#${n}`, from: nodeKey(edge.from), to: nodeKey(edge.to), kind, ...(edge.label ? { label: edge.label } : {}), ...style }
  })
}
