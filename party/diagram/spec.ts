/**
 * A create_diagram input made exact: every node has a unique id, every edge and parent names a node
 * by id (a label works too; an unknown name creates the node), kind-specific defaults applied. The
 * layouts in this folder take only this form.
 */
import type { CreateDiagramInput, DiagramDirection, DiagramKind } from '../../shared/tools/createDiagram'

export interface SpecNode {
  id: string
  label: string
  /** Parent ids (several only for a venn overlap). Empty for roots, columns, sets. */
  parents: string[]
  type?: string
  date?: string
  color?: string
}

export interface SpecEdge {
  from: string
  to: string
  label?: string
}

export interface DiagramSpec {
  kind: DiagramKind
  title?: string
  direction: DiagramDirection
  nodes: SpecNode[]
  edges: SpecEdge[]
  axes?: { x?: string; y?: string }
}

const key = (text: string) => text.trim().toLowerCase()

/** Kinds whose structure is a tree: edges given instead of parents become parents. */
const TREE_KINDS = new Set<DiagramKind>(['tree', 'mindmap'])

export function resolveDiagram(input: CreateDiagramInput): DiagramSpec {
  const nodes: SpecNode[] = []
  const byId = new Map<string, SpecNode>()
  const byLabel = new Map<string, SpecNode>()
  const add = (id: string, label: string): SpecNode => {
    let unique = id.trim() || label.trim() || `node${nodes.length + 1}`
    for (let n = 2; byId.has(unique); n++) unique = `${id.trim()} (${n})`
    const node: SpecNode = { id: unique, label, parents: [] }
    nodes.push(node)
    byId.set(unique, node)
    if (!byLabel.has(key(label))) byLabel.set(key(label), node)
    if (!byLabel.has(key(unique))) byLabel.set(key(unique), node)
    return node
  }
  const find = (ref: string): SpecNode | undefined => byId.get(ref.trim()) ?? byLabel.get(key(ref))
  const refer = (ref: string): SpecNode => find(ref) ?? add(ref, ref.trim())

  const rawParents: (string | string[] | undefined)[] = []
  for (const raw of input.nodes) {
    const node = add(raw.id ?? raw.label, raw.label || raw.id || '')
    if (raw.type) node.type = raw.type.trim().toLowerCase()
    if (raw.date) node.date = raw.date
    if (raw.color) node.color = raw.color
    rawParents.push(raw.parent)
  }
  for (const [index, parent] of rawParents.entries()) {
    const node = nodes[index]
    if (!node || parent === undefined) continue
    const refs = Array.isArray(parent) ? parent : [parent]
    node.parents = [...new Set(refs.flatMap((ref) => splitSets(ref, find, input.kind)).map((ref) => refer(ref).id))].filter((id) => id !== node.id)
  }
  const edges: SpecEdge[] = []
  for (const raw of input.edges ?? []) {
    const from = refer(raw.from)
    const to = refer(raw.to)
    if (from.id === to.id) continue
    edges.push({ from: from.id, to: to.id, ...(raw.label?.trim() ? { label: raw.label.trim() } : {}) })
  }
  if (TREE_KINDS.has(input.kind)) {
    // Edges are the tree's links: a child without a parent takes its first incoming edge.
    for (const edge of edges) {
      const child = byId.get(edge.to)
      if (child && child.parents.length === 0 && !isAncestor(byId, edge.to, edge.from)) child.parents = [edge.from]
    }
    for (const node of nodes) if (node.parents.length > 1) node.parents = node.parents.slice(0, 1)
    breakCycles(nodes, byId)
  }
  if (input.kind === 'flowchart' && edges.length === 0) {
    // A flowchart given as a list, or with parents only: its steps in order (or parent → child).
    const hasParents = nodes.some((node) => node.parents.length > 0)
    if (hasParents) for (const node of nodes) for (const parent of node.parents) edges.push({ from: parent, to: node.id })
    else for (let i = 1; i < nodes.length; i++) edges.push({ from: nodes[i - 1]!.id, to: nodes[i]!.id })
  }
  return {
    kind: input.kind,
    ...(input.title?.trim() ? { title: input.title.trim() } : {}),
    direction: input.direction ?? (input.kind === 'timeline' || input.kind === 'cycle' ? 'right' : 'down'),
    nodes,
    edges: edges.slice(),
    ...(input.axes && (input.axes.x || input.axes.y) ? { axes: input.axes } : {}),
  }
}

/** A venn overlap written in one string ("Cats & Dogs", "A∩B"): the sets it names, when they exist. */
function splitSets(ref: string, find: (ref: string) => SpecNode | undefined, kind: DiagramKind): string[] {
  if (kind !== 'venn' || find(ref)) return [ref]
  const parts = ref.split(/\s*(?:&|∩|,|\+|\band\b|\/)\s*/i).filter(Boolean)
  return parts.length > 1 && parts.every((part) => find(part)) ? parts : [ref]
}

function isAncestor(byId: Map<string, SpecNode>, candidate: string, of: string): boolean {
  let current = byId.get(of)
  for (let depth = 0; current && depth < 1_000; depth++) {
    if (current.id === candidate) return true
    current = current.parents[0] ? byId.get(current.parents[0]) : undefined
  }
  return false
}

/** A parent chain that loops back is cut where it closes, so every tree has a root. */
function breakCycles(nodes: SpecNode[], byId: Map<string, SpecNode>): void {
  for (const node of nodes) {
    const seen = new Set<string>([node.id])
    let current = node
    while (current.parents[0]) {
      const parent = byId.get(current.parents[0])
      if (!parent) break
      if (seen.has(parent.id)) {
        current.parents = []
        break
      }
      seen.add(parent.id)
      current = parent
    }
  }
}

/** Children of each node id (by first parent), in the nodes' order; roots under ''. */
export function childrenOf(spec: DiagramSpec): Map<string, SpecNode[]> {
  const children = new Map<string, SpecNode[]>()
  for (const node of spec.nodes) {
    const parent = node.parents[0] ?? ''
    const list = children.get(parent) ?? []
    list.push(node)
    children.set(parent, list)
  }
  return children
}
