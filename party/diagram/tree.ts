/**
 * Trees (org charts, hierarchies) and mind maps with d3-hierarchy's tidy tree (Reingold–Tilford):
 * parents centred over their children, levels in rows (or columns), separation from real box sizes.
 * A mind map is two tidy trees grown left and right from a central topic.
 */
import { hierarchy, tree, type HierarchyPointNode } from 'd3-hierarchy'
import { childrenOf, type DiagramSpec, type SpecNode } from './spec'
import { edgeArrows } from './flowchart'
import { normalizeLayout, nodeKey, type DiagramLayout, type LayoutBox } from './layoutTypes'
import { labelBox } from './textSize'

interface Item {
  node: SpecNode | null
  w: number
  h: number
  children: Item[]
}

const SIBLING_GAP = 30
const LEVEL_GAP = 70

function buildItems(spec: DiagramSpec, size: (node: SpecNode, depth: number) => { w: number; h: number }, roots: SpecNode[]): Item {
  const children = childrenOf(spec)
  const make = (node: SpecNode, depth: number, seen: Set<string>): Item => {
    seen.add(node.id)
    const kids = (children.get(node.id) ?? []).filter((kid) => !seen.has(kid.id))
    const { w, h } = size(node, depth)
    return { node, w, h, children: kids.map((kid) => make(kid, depth + 1, seen)) }
  }
  const seen = new Set<string>()
  return { node: null, w: 0, h: 0, children: roots.map((root) => make(root, 0, seen)) }
}

/**
 * Lays a tree out growing `down` or `right` (flipped afterwards for up/left): breadth from box
 * widths (or heights), depth from the deepest box of each level, so no two boxes overlap.
 */
function tidy(root: Item, across: 'w' | 'h', along: 'w' | 'h', hasVirtualRoot: boolean): { item: Item; across: number; along: number }[] {
  const layout = tree<Item>().nodeSize([1, 1]).separation((a, b) => (a.data[across] + b.data[across]) / 2 + SIBLING_GAP * (a.parent === b.parent ? 1 : 1.5))
  const laid = layout(hierarchy(root, (item) => item.children))
  const depthSize: number[] = []
  laid.each((node) => (depthSize[node.depth] = Math.max(depthSize[node.depth] ?? 0, node.data[along])))
  const depthStart: number[] = []
  let offset = 0
  for (let depth = hasVirtualRoot ? 1 : 0; depth < depthSize.length; depth++) {
    depthStart[depth] = offset
    offset += (depthSize[depth] ?? 0) + LEVEL_GAP
  }
  const out: { item: Item; across: number; along: number }[] = []
  laid.each((node: HierarchyPointNode<Item>) => {
    if (!node.data.node) return
    const start = depthStart[node.depth] ?? 0
    out.push({ item: node.data, across: node.x - node.data[across] / 2, along: start + ((depthSize[node.depth] ?? 0) - node.data[along]) / 2 })
  })
  return out
}

function treeBox(node: SpecNode, depth: number, color?: string): Omit<LayoutBox, 'x' | 'y'> {
  const size = labelBox(node.label, { minW: 120, minH: 60, maxW: 240, size: depth === 0 ? 'l' : 'm' })
  return { key: nodeKey(node.id), node: node.id, ...size, label: node.label, shape: 'rectangle', color: node.color ?? color ?? (depth === 0 ? 'blue' : 'black'), fill: 'semi', ...(depth === 0 ? { size: 'l' as const } : {}) }
}

export function layoutTree(spec: DiagramSpec): DiagramLayout {
  const roots = spec.nodes.filter((node) => node.parents.length === 0)
  const boxes = new Map<string, Omit<LayoutBox, 'x' | 'y'>>()
  const root = buildItems(spec, (node, depth) => {
    const box = treeBox(node, depth)
    boxes.set(node.id, box)
    return box
  }, roots)
  const vertical = spec.direction === 'down' || spec.direction === 'up'
  const flip = spec.direction === 'up' || spec.direction === 'left' ? -1 : 1
  const placed: LayoutBox[] = tidy(root, vertical ? 'w' : 'h', vertical ? 'h' : 'w', true).map(({ item, across, along }) => {
    const box = boxes.get(item.node!.id)!
    const a = flip * along - (flip < 0 ? (vertical ? box.h : box.w) : 0)
    return { ...box, ...(vertical ? { x: across, y: a } : { x: a, y: across }) }
  })
  const links = spec.nodes.flatMap((node) => (node.parents[0] ? [{ from: node.parents[0], to: node.id }] : []))
  // Connectors leave a parent's far side and reach a child's near side, as in an org chart; left to tldraw's
  // router they may leave a parent's flank and cross a sibling's box.
  const anchors = {
    down: { fromAnchor: { x: 0.5, y: 1 }, toAnchor: { x: 0.5, y: 0 } },
    up: { fromAnchor: { x: 0.5, y: 0 }, toAnchor: { x: 0.5, y: 1 } },
    right: { fromAnchor: { x: 1, y: 0.5 }, toAnchor: { x: 0, y: 0.5 } },
    left: { fromAnchor: { x: 0, y: 0.5 }, toAnchor: { x: 1, y: 0.5 } },
  }[spec.direction]
  return normalizeLayout(placed, edgeArrows(links, 'elbow', { arrowhead: 'none', ...anchors }))
}

const BRANCH_COLORS = ['blue', 'green', 'orange', 'violet', 'red', 'light-blue', 'yellow', 'light-green', 'light-red', 'light-violet']

export function layoutMindmap(spec: DiagramSpec): DiagramLayout {
  const children = childrenOf(spec)
  const center = spec.nodes.find((node) => node.parents.length === 0) ?? spec.nodes[0]!
  // Further roots hang off the centre, so one topic is always in the middle.
  const branches = [...(children.get(center.id) ?? []), ...spec.nodes.filter((node) => node.parents.length === 0 && node !== center)]
  const centerSize = labelBox(center.label, { minW: 160, minH: 80, maxW: 300, size: 'l', shapeFactor: 1.25 })
  const centerBox: LayoutBox = { key: nodeKey(center.id), node: center.id, x: -centerSize.w / 2, y: -centerSize.h / 2, ...centerSize, label: center.label, shape: 'ellipse', color: center.color ?? 'black', fill: 'semi', size: 'l' }
  const right = branches.slice(0, Math.ceil(branches.length / 2))
  const left = branches.slice(right.length)
  const placed: LayoutBox[] = [centerBox]
  const colorOf = new Map<string, string>()
  branches.forEach((branch, i) => colorOf.set(branch.id, branch.color ?? BRANCH_COLORS[i % BRANCH_COLORS.length]!))
  for (const [side, sign] of [[right, 1], [left, -1]] as const) {
    if (side.length === 0) continue
    const boxes = new Map<string, Omit<LayoutBox, 'x' | 'y'>>()
    const sideSpec = { ...spec, nodes: spec.nodes.filter((node) => node !== center) }
    const rootItem = buildItems(sideSpec, (node, depth) => {
      const color = colorOf.get(node.id) ?? colorOf.get(branchOf(node, spec, center.id)) ?? 'black'
      const box = { ...treeBox(node, depth + 1, color), shape: 'rectangle' as const, fill: depth === 0 ? ('semi' as const) : ('none' as const) }
      boxes.set(node.id, box)
      return box
    }, side)
    const laid = tidy(rootItem, 'h', 'w', true)
    const spread = Math.max(...laid.map(({ across, item }) => across + item.h)) + Math.min(...laid.map(({ across }) => across))
    for (const { item, across, along } of laid) {
      const box = boxes.get(item.node!.id)!
      const x = sign > 0 ? centerSize.w / 2 + 90 + along : -centerSize.w / 2 - 90 - along - box.w
      placed.push({ ...box, x, y: across - spread / 2 })
    }
  }
  const links = spec.nodes.flatMap((node) => (node === center ? [] : [{ from: node.parents[0] ?? center.id, to: node.id }]))
  return normalizeLayout(placed, edgeArrows(links, 'arc', { arrowhead: 'none' }))
}

function branchOf(node: SpecNode, spec: DiagramSpec, centerId: string): string {
  const byId = new Map(spec.nodes.map((candidate) => [candidate.id, candidate]))
  let current = node
  for (let depth = 0; depth < 1_000; depth++) {
    const parent = current.parents[0]
    if (!parent || parent === centerId) return current.id
    const next = byId.get(parent)
    if (!next) return current.id
    current = next
  }
  return current.id
}

/**
 * Positions of boxes from a tidy tree over a graph's breadth-first spanning tree (roots: boxes
 * with no incoming edge, else the first): the layered layout's stand-in where elkjs cannot run.
 */
export function spanningTreePositions(sizes: { w: number; h: number }[], edges: { from: number; to: number }[], direction: DiagramSpec['direction']): { x: number; y: number }[] {
  const parent = sizes.map(() => -1)
  const hasIncoming = sizes.map((_, i) => edges.some((edge) => edge.to === i && edge.from !== i))
  const roots = sizes.map((_, i) => i).filter((i) => !hasIncoming[i])
  const seen = new Set<number>()
  const queue = roots.length > 0 ? [...roots] : [0]
  for (const start of [...queue, ...sizes.map((_, i) => i)]) {
    if (seen.has(start)) continue
    seen.add(start)
    const frontier = [start]
    while (frontier.length > 0) {
      const at = frontier.shift()!
      for (const edge of edges) {
        if (edge.from !== at || seen.has(edge.to)) continue
        seen.add(edge.to)
        parent[edge.to] = at
        frontier.push(edge.to)
      }
    }
  }
  const items: Item[] = sizes.map((size) => ({ node: null, ...size, children: [] }))
  items.forEach((item, i) => (item.node = { id: String(i), label: '', parents: [] }))
  parent.forEach((p, i) => p >= 0 && items[p]!.children.push(items[i]!))
  const root: Item = { node: null, w: 0, h: 0, children: items.filter((_, i) => parent[i] === -1) }
  const vertical = direction === 'down' || direction === 'up'
  const flip = direction === 'up' || direction === 'left' ? -1 : 1
  const positions = sizes.map(() => ({ x: 0, y: 0 }))
  for (const { item, across, along } of tidy(root, vertical ? 'w' : 'h', vertical ? 'h' : 'w', true)) {
    const i = Number(item.node!.id)
    const a = flip * along - (flip < 0 ? (vertical ? item.h : item.w) : 0)
    positions[i] = vertical ? { x: across, y: a } : { x: a, y: across }
  }
  return positions
}
