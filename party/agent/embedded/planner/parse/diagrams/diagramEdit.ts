/**
 * Edits to a diagram already on the board, asked in words: "add a step Review between Build and
 * Ship", "add Legal under the CFO", "make CTO report to the COO", "remove the budget branch",
 * "rename Build to Compile", "turn it left to right". Each reads the diagram's structure from the
 * board description and returns the whole edited structure, for one create_diagram call with
 * `diagram` set (the room lays it out again and leaves shapes people moved where they are).
 */
import type { CreateDiagramInput, DiagramDirection, DiagramNode } from '../../../../../../shared/tools/createDiagram'
import { directionOf, label } from './diagramText'
import { flowType } from './flowchartText'
import { timelineEvent } from './timelineText'

/** A diagram as the board description lists it. */
export interface BoardDiagram {
  id: string
  spec: CreateDiagramInput
}

export interface DiagramEdit {
  diagram: string
  input: CreateDiagramInput
  /** What changed, in a few words ("added “Review” between “Build” and “Ship”"). */
  what: string
}

const NOUNS = /\s+(?:step|node|box|branch|card|column|event|stage|level|item|bubble|idea|role|person|task|participant|set|cell|part)s?$/i
const LEADING_NOUNS = /^(?:(?:the|a|an|new|another)\s+)*(?:(?:step|node|box|branch|card|column|event|stage|level|item|bubble|idea|role|person|task|participant|set|cell|part)s?\s+(?:called|named|for)?\s*)?/i
const ORDERED = new Set(['timeline', 'cycle', 'pyramid', 'funnel', 'sequence', 'wireframe', 'matrix'])
const HIERARCHY = new Set(['tree', 'mindmap', 'kanban', 'table', 'venn', 'wireframe', 'matrix'])

/** A name as written in a request: no article, no "step"/"branch" noun, no quotes. */
export function nodeName(text: string): string {
  return label(text.replace(LEADING_NOUNS, '').replace(NOUNS, '').replace(/^["'“‘]|["'”’]$/g, ''))
}

const refOf = (node: DiagramNode) => node.id ?? node.label
const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase()

/** The node a name means: by id or label, without case. */
function findNode(spec: CreateDiagramInput, name: string): DiagramNode | undefined {
  return spec.nodes.find((node) => same(refOf(node), name)) ?? spec.nodes.find((node) => same(node.label, name))
}

/** True when a reference (parent, edge end) names `node`. */
const names = (ref: string, node: DiagramNode) => same(ref, refOf(node)) || same(ref, node.label)
const parentsOf = (node: DiagramNode): string[] => (node.parent === undefined ? [] : Array.isArray(node.parent) ? node.parent : [node.parent])

function newNode(spec: CreateDiagramInput, name: string, extra: Omit<DiagramNode, 'label'> = {}): DiagramNode {
  if (spec.kind === 'timeline') return { ...timelineEvent(name), ...extra }
  const type = spec.kind === 'flowchart' ? flowType(name) : undefined
  return { label: name, ...(type ? { type } : {}), ...extra }
}

function insertAfter(nodes: readonly DiagramNode[], anchor: DiagramNode | undefined, added: DiagramNode): DiagramNode[] {
  const at = anchor ? nodes.indexOf(anchor) : nodes.length - 1
  return [...nodes.slice(0, at + 1), added, ...nodes.slice(at + 1)]
}

function addBetween(spec: CreateDiagramInput, name: string, a: DiagramNode, b: DiagramNode): CreateDiagramInput {
  const added = newNode(spec, name)
  const nodes = insertAfter(spec.nodes, a, added)
  if (ORDERED.has(spec.kind) || !spec.edges) return { ...spec, nodes }
  const linked = spec.edges.filter((edge) => names(edge.from, a) && names(edge.to, b))
  const edges = spec.edges.filter((edge) => !linked.includes(edge))
  const label = linked[0]?.label
  return { ...spec, nodes, edges: [...edges, { from: refOf(a), to: name, ...(label ? { label } : {}) }, { from: name, to: refOf(b) }] }
}

function addNear(spec: CreateDiagramInput, name: string, relation: string, anchor: DiagramNode | undefined): CreateDiagramInput {
  const inside = /under|below|beneath|to|in|inside|into/i.test(relation)
  if (HIERARCHY.has(spec.kind) && (inside || ['tree', 'mindmap'].includes(spec.kind))) {
    const root = spec.nodes.find((node) => parentsOf(node).length === 0)
    // "under X" hangs it from X; "after X" makes it X's sibling; no anchor, a new branch of the root.
    const parent = anchor ? (inside ? refOf(anchor) : parentsOf(anchor)[0]) : ['tree', 'mindmap'].includes(spec.kind) && root ? refOf(root) : undefined
    return { ...spec, nodes: [...spec.nodes, newNode(spec, name, parent ? { parent } : {})] }
  }
  const before = /before/i.test(relation)
  const nodes = spec.nodes
  const at = anchor ? nodes.indexOf(anchor) + (before ? 0 : 1) : nodes.length
  const edited = { ...spec, nodes: [...nodes.slice(0, at), newNode(spec, name), ...nodes.slice(at)] }
  if (spec.kind !== 'flowchart') return edited
  // In a flowchart the new step takes over the anchor's outgoing (or incoming) arrows.
  const last = anchor ?? nodes.at(-1)
  if (!last) return edited
  const edges = (spec.edges ?? []).map((edge) => (before ? (names(edge.to, last) ? { ...edge, to: name } : edge) : names(edge.from, last) ? { ...edge, from: name } : edge))
  return { ...edited, edges: [...edges, before ? { from: name, to: refOf(last) } : { from: refOf(last), to: name }] }
}

function removeNode(spec: CreateDiagramInput, node: DiagramNode): CreateDiagramInput {
  // A branch goes with everything under it.
  const gone = new Set<DiagramNode>([node])
  for (let grew = true; grew; ) {
    grew = false
    for (const candidate of spec.nodes) {
      if (!gone.has(candidate) && parentsOf(candidate).some((ref) => [...gone].some((removed) => names(ref, removed)))) {
        gone.add(candidate)
        grew = true
      }
    }
  }
  const isGone = (ref: string) => [...gone].some((removed) => names(ref, removed))
  const nodes = spec.nodes.filter((candidate) => !gone.has(candidate))
  if (!spec.edges) return { ...spec, nodes }
  const into = spec.edges.filter((edge) => isGone(edge.to) && !isGone(edge.from))
  const out = spec.edges.filter((edge) => isGone(edge.from) && !isGone(edge.to))
  // A removed step in a chain is bridged, so the flow does not break in two.
  const bridges = spec.kind === 'flowchart' ? into.flatMap((a) => out.map((b) => ({ from: a.from, to: b.to, ...(a.label ? { label: a.label } : {}) }))) : []
  const kept = spec.edges.filter((edge) => !isGone(edge.from) && !isGone(edge.to))
  const edges = [...kept, ...bridges.filter((bridge) => !kept.some((edge) => same(edge.from, bridge.from) && same(edge.to, bridge.to)))]
  return { ...spec, nodes, ...(edges.length > 0 ? { edges } : { edges: [] }) }
}

const q = (text: string) => `“${text}”`

type Reader = (request: string, diagrams: readonly BoardDiagram[]) => DiagramEdit | null

/** The diagram holding every named node (the last such one), or null. */
function holding(diagrams: readonly BoardDiagram[], ...names: string[]): BoardDiagram | null {
  return [...diagrams].reverse().find((diagram) => names.every((name) => findNode(diagram.spec, name))) ?? null
}

const edit = (diagram: BoardDiagram, input: CreateDiagramInput, what: string): DiagramEdit => ({ diagram: diagram.id, input: { diagram: diagram.id, ...input }, what })

const READERS: readonly Reader[] = [
  // "add a step Review between Build and Ship"
  (request, diagrams) => {
    const match = /^(?:add|insert|put)\s+(.+?)\s+between\s+(.+?)\s+and\s+(.+)$/i.exec(request)
    if (!match?.[1] || !match[2] || !match[3]) return null
    const [name, a, b] = [nodeName(match[1]), nodeName(match[2]), nodeName(match[3])]
    const diagram = holding(diagrams, a, b)
    const first = diagram && findNode(diagram.spec, a)
    const second = diagram && findNode(diagram.spec, b)
    if (!diagram || !first || !second || !name) return null
    return edit(diagram, addBetween(diagram.spec, name, first, second), `added ${q(name)} between ${q(first.label)} and ${q(second.label)}`)
  },
  // "add Legal under the CFO", "add a step Test after Build", "add a card Fix bug to Doing", "add a branch Budget"
  (request, diagrams) => {
    const match = /^(?:add|insert|put|append|include)\s+(.+?)(?:\s+(under(?:neath)?|below|beneath|after|before|to|in|inside|into|from)\s+(.+?))?(?:\s+(?:to|in|on)\s+(?:the|this|that|my)\s+(?:diagram|chart|map|board|flowchart|timeline|tree|org chart|mind map))?$/i.exec(request)
    if (!match?.[1]) return null
    const name = nodeName(match[1])
    const anchorName = match[3] ? nodeName(match[3]) : null
    // Without an anchor only "add a step/branch/card …" is about a diagram ("add a circle" is not).
    if (!anchorName && !/^(?:(?:the|a|an|new|another)\s+)*(?:step|node|branch|card|column|event|stage|level|item|bubble|idea|role|person|task|participant|cell|part)s?\b/i.test(match[1])) return null
    const diagram = anchorName ? holding(diagrams, anchorName) : diagrams.at(-1) ?? null
    if (!diagram || !name || findNode(diagram.spec, name)) return null
    const anchor = anchorName ? findNode(diagram.spec, anchorName) : undefined
    const where = anchor ? ` ${match[2]?.toLowerCase()} ${q(anchor.label)}` : ''
    return edit(diagram, addNear(diagram.spec, name, match[2] ?? '', anchor), `added ${q(name)}${where}`)
  },
  // "make CTO report to the COO", "move Dev under the CFO"
  (request, diagrams) => {
    const match = /^(?:make|have|let)\s+(.+?)\s+(?:report(?:s)?\s+to|work\s+for|be\s+under|sit\s+under|go\s+under)\s+(.+)$|^(?:move|put)\s+(.+?)\s+(?:under(?:neath)?|below|beneath|into|to|in)\s+(.+)$/i.exec(request)
    const childName = match && nodeName(match[1] ?? match[3] ?? '')
    const parentName = match && nodeName(match[2] ?? match[4] ?? '')
    if (!childName || !parentName || /^(?:left|right|top|bottom|up|down|cent(?:er|re)|middle|side|corner|front|back)\b/i.test(parentName)) return null
    const diagram = holding(diagrams, childName)
    const child = diagram && findNode(diagram.spec, childName)
    if (!diagram || !child || !HIERARCHY.has(diagram.spec.kind)) return null
    const existing = findNode(diagram.spec, parentName)
    const oldParent = parentsOf(child)[0]
    // A new boss goes where the old one was, so the tree stays one tree.
    const parentNode = existing ?? { label: parentName, ...(oldParent ? { parent: oldParent } : {}) }
    const nodes = diagram.spec.nodes.map((node) => (node === child ? { ...node, parent: refOf(parentNode) } : node))
    const withParent = existing ? nodes : insertAfter(nodes, diagram.spec.nodes.find((node) => oldParent && names(oldParent, node)), parentNode)
    return edit(diagram, { ...diagram.spec, nodes: withParent }, `${q(child.label)} now under ${q(parentNode.label)}`)
  },
  // "remove the budget branch", "delete Review"
  (request, diagrams) => {
    const match = /^(?:remove|delete|drop|erase|take out|get rid of)\s+(.+?)(?:\s+from\s+(?:the|this|that|my)\s+\w+(?:\s+\w+)?)?$/i.exec(request)
    if (!match?.[1]) return null
    const name = nodeName(match[1])
    const diagram = holding(diagrams, name)
    const node = diagram && findNode(diagram.spec, name)
    if (!diagram || !node || diagram.spec.nodes.length < 2) return null
    return edit(diagram, removeNode(diagram.spec, node), `removed ${q(node.label)}`)
  },
  // "rename Build to Compile"
  (request, diagrams) => {
    const match = /^(?:rename|relabel|change)\s+(.+?)\s+(?:to|into|as)\s+(.+)$/i.exec(request)
    if (!match?.[1] || !match[2]) return null
    const [from, to] = [nodeName(match[1]), label(match[2].replace(/^["'“‘]|["'”’]$/g, ''))]
    const diagram = holding(diagrams, from)
    const node = diagram && findNode(diagram.spec, from)
    if (!diagram || !node || !to) return null
    // The id stays, so edges and children still find the node.
    const nodes = diagram.spec.nodes.map((candidate) => (candidate === node ? { ...candidate, id: refOf(candidate), label: to } : candidate))
    return edit(diagram, { ...diagram.spec, nodes }, `renamed ${q(node.label)} to ${q(to)}`)
  },
  // "turn it left to right", "make the flowchart vertical"
  (request, diagrams) => {
    if (!/^(?:turn|make|lay|flip|rotate|switch|change|draw|redo|set)\b/i.test(request)) return null
    const direction: DiagramDirection | null = directionOf(request)
    const diagram = [...diagrams].reverse().find((candidate) => ['flowchart', 'tree', 'mindmap'].includes(candidate.spec.kind))
    if (!direction || !diagram) return null
    return edit(diagram, { ...diagram.spec, direction }, `now ${direction === 'right' ? 'left to right' : direction === 'down' ? 'top to bottom' : direction === 'left' ? 'right to left' : 'bottom to top'}`)
  },
]

/** The edit a request asks of a diagram on the board; null when it is not one. */
export function parseDiagramEdit(request: string, diagrams: readonly BoardDiagram[]): DiagramEdit | null {
  if (diagrams.length === 0) return null
  const text = request.trim().replace(/^(?:please\s+|can you\s+|could you\s+|now\s+|and\s+)+/i, '').replace(/[.!?]+$/, '').replace(/\s+please$/i, '')
  for (const read of READERS) {
    const found = read(text, diagrams)
    if (found) return found
  }
  return null
}
