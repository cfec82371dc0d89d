/**
 * Forgiveness for `create_diagram` input as small models write it, applied before the schema checks
 * it (docs/diagrams.md "What the schema forgives"): nodes as plain strings, nested `children`,
 * `name`/`text`/`title` for a label, edges as "A -> B: label" strings or [from, to] pairs,
 * `source`/`target`, kind and direction synonyms, numbers where strings are due. Pure: it only
 * reshapes; what it cannot make sense of is left for the schema to report.
 */

import { Color } from './styles'

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)
/** Strings stay, numbers and booleans become strings, anything else is absent. */
const asText = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined
const first = (object: Json, keys: readonly string[]): unknown => {
  for (const key of keys) if (object[key] !== undefined && object[key] !== null) return object[key]
  return undefined
}
const squash = (text: string) => text.toLowerCase().replace(/×/g, 'x').replace(/[^a-z0-9]/g, '')

/** Kind names as people and models write them, squashed to letters and digits. */
const KIND_SYNONYMS: Record<string, string> = {
  flowchart: 'flowchart', flow: 'flowchart', process: 'flowchart', processflow: 'flowchart', workflow: 'flowchart',
  graph: 'flowchart', flowdiagram: 'flowchart', decisiontree: 'flowchart', statemachine: 'flowchart', network: 'flowchart',
  tree: 'tree', orgchart: 'tree', org: 'tree', organisationchart: 'tree', organizationchart: 'tree', organigram: 'tree',
  hierarchy: 'tree', familytree: 'tree', treechart: 'tree',
  mindmap: 'mindmap', mind: 'mindmap', brainstorm: 'mindmap', spider: 'mindmap', spidermap: 'mindmap',
  timeline: 'timeline', roadmap: 'timeline', chronology: 'timeline', history: 'timeline', gantt: 'timeline',
  sequence: 'sequence', sequencediagram: 'sequence', interaction: 'sequence', messages: 'sequence',
  venn: 'venn', venndiagram: 'venn', sets: 'venn', overlap: 'venn',
  matrix: 'matrix', quadrant: 'matrix', quadrants: 'matrix', '2x2': 'matrix', '2x2matrix': 'matrix', eisenhower: 'matrix', swot: 'matrix',
  kanban: 'kanban', board: 'kanban', columns: 'kanban', kanbanboard: 'kanban', taskboard: 'kanban', scrum: 'kanban',
  table: 'table', grid: 'table', spreadsheet: 'table',
  cycle: 'cycle', loop: 'cycle', circle: 'cycle', circular: 'cycle', lifecycle: 'cycle',
  pyramid: 'pyramid', hierarchyofneeds: 'pyramid', triangle: 'pyramid',
  funnel: 'funnel', salesfunnel: 'funnel', pipeline: 'funnel',
  wireframe: 'wireframe', mockup: 'wireframe', ui: 'wireframe', screen: 'wireframe', page: 'wireframe', layout: 'wireframe',
}

/** The kind a model meant ("Org Chart", "mind-map", "2×2"), or the text as given when unknown. */
export function normalizeKind(value: unknown): unknown {
  const text = asText(value)
  if (text === undefined) return value
  const key = squash(text)
  const known = KIND_SYNONYMS[key] ?? KIND_SYNONYMS[key.replace(/(diagram|chart|map)$/, '')] ?? KIND_SYNONYMS[key.replace(/s$/, '')]
  return known ?? text.trim().toLowerCase()
}

const DIRECTION_SYNONYMS: Record<string, string> = {
  down: 'down', tb: 'down', td: 'down', topdown: 'down', toptobottom: 'down', vertical: 'down', downward: 'down', downwards: 'down',
  right: 'right', lr: 'right', lefttoright: 'right', horizontal: 'right', sideways: 'right',
  up: 'up', bt: 'up', bottomup: 'up', bottomtotop: 'up', upward: 'up',
  left: 'left', rl: 'left', righttoleft: 'left',
}

/** The direction a model meant ("TB", "left-to-right"), or the text as given when unknown. */
export function normalizeDirection(value: unknown): unknown {
  const text = asText(value)
  if (text === undefined) return value
  return DIRECTION_SYNONYMS[squash(text)] ?? text.trim().toLowerCase()
}

const LABEL_KEYS = ['label', 'text', 'name', 'title', 'content', 'value', 'description'] as const
const PARENT_KEYS = ['parent', 'parentId', 'parent_id', 'parentid', 'under', 'reportsTo', 'reports_to', 'column', 'set', 'sets', 'group', 'in', 'inside', 'container'] as const
const CHILD_KEYS = ['children', 'subnodes', 'items', 'cards', 'reports', 'branches'] as const
const DATE_KEYS = ['date', 'time', 'when', 'year', 'at', 'period'] as const
const TYPE_KEYS = ['type', 'shape', 'role', 'nodeType', 'node_type'] as const

function textList(value: unknown): string | string[] | undefined {
  if (Array.isArray(value)) {
    const items = value.map(asText).filter((item): item is string => item !== undefined)
    return items.length === 0 ? undefined : items.length === 1 ? items[0] : items
  }
  return asText(value)
}

/** One node and any nested children, flattened, each child naming its parent. */
function flattenNode(raw: unknown, parent: string | undefined, out: Json[], depth: number): void {
  if (depth > 20) return
  if (!isObject(raw)) {
    const label = asText(raw)
    if (label !== undefined) out.push(parent === undefined ? { label } : { label, parent })
    else out.push(raw as Json) // left for the schema to reject
    return
  }
  const node: Json = {}
  const id = asText(first(raw, ['id', 'key', 'ref']))
  const label = asText(first(raw, LABEL_KEYS)) ?? id
  if (id !== undefined) node.id = id
  if (label !== undefined) node.label = label
  const ownParent = textList(first(raw, PARENT_KEYS))
  const parentRef = ownParent ?? parent
  if (parentRef !== undefined) node.parent = parentRef
  const type = asText(first(raw, TYPE_KEYS))
  if (type !== undefined) node.type = type.toLowerCase()
  const date = asText(first(raw, DATE_KEYS))
  if (date !== undefined) node.date = date
  const color = typeof raw.color === 'string' ? raw.color.toLowerCase().replace(/^purple$/, 'violet').replace(/^gray$/, 'grey') : undefined
  if (color !== undefined && Color.safeParse(color).success) node.color = color // an unknown colour is dropped, not refused
  out.push(node)
  const children = first(raw, CHILD_KEYS)
  if (Array.isArray(children)) {
    const self = id ?? label
    for (const child of children) flattenNode(child, self, out, depth + 1)
  }
}

/** Nodes from whatever a model sent: a list (strings, objects, nested), a map id → label, or a root object. */
export function normalizeNodes(value: unknown): unknown {
  if (value === undefined || value === null) return undefined
  const out: Json[] = []
  if (Array.isArray(value)) for (const item of value) flattenNode(item, undefined, out, 0)
  else if (isObject(value) && LABEL_KEYS.some((key) => key in value)) flattenNode(value, undefined, out, 0)
  else if (isObject(value)) for (const [id, label] of Object.entries(value)) flattenNode(isObject(label) ? { id, ...label } : { id, label: asText(label) ?? id }, undefined, out, 0)
  else {
    const label = asText(value)
    if (label === undefined) return value
    flattenNode(label, undefined, out, 0)
  }
  return out
}

const ARROW = /\s*(?:-+>|=+>|→|⟶|->>|-->>|—>|–>)\s*/

/** Edges from "A -> B: label" (chains "A -> B -> C" too), [from, to, label?] or objects with source/target. */
function edgesOf(raw: unknown): unknown[] {
  if (typeof raw === 'string') {
    const colon = raw.lastIndexOf(':')
    const [path, label] = colon > raw.search(ARROW) && raw.search(ARROW) >= 0 ? [raw.slice(0, colon), raw.slice(colon + 1).trim()] : [raw, undefined]
    const ends = path.split(ARROW).map((part) => part.trim()).filter(Boolean)
    if (ends.length < 2) return [raw] // not an edge: left for the schema to reject
    return ends.slice(1).map((to, index) => ({ from: ends[index], to, ...(label ? { label } : {}) }))
  }
  if (Array.isArray(raw)) {
    const [from, to, label] = raw.map(asText)
    return [{ from, to, ...(label ? { label } : {}) }]
  }
  if (!isObject(raw)) return [raw]
  const edge: Json = {
    from: asText(first(raw, ['from', 'source', 'src', 'start', 'a', 'sender', 'parent'])),
    to: asText(first(raw, ['to', 'target', 'dst', 'end', 'b', 'receiver', 'child'])),
  }
  const label = asText(first(raw, ['label', 'text', 'message', 'name', 'title', 'condition']))
  if (label !== undefined) edge.label = label
  return [edge]
}

export function normalizeEdges(value: unknown): unknown {
  if (value === undefined || value === null) return undefined
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/\n|;/).filter((line) => line.trim()) : [value]
  return list.flatMap(edgesOf)
}

function normalizeAxes(raw: Json): unknown {
  const axes = raw.axes ?? raw.axis
  if (Array.isArray(axes)) return { ...(asText(axes[0]) ? { x: asText(axes[0]) } : {}), ...(asText(axes[1]) ? { y: asText(axes[1]) } : {}) }
  const x = asText(first(isObject(axes) ? axes : {}, ['x', 'horizontal'])) ?? asText(first(raw, ['xAxis', 'x_axis', 'xaxis', 'xLabel']))
  const y = asText(first(isObject(axes) ? axes : {}, ['y', 'vertical'])) ?? asText(first(raw, ['yAxis', 'y_axis', 'yaxis', 'yLabel']))
  if (x === undefined && y === undefined) return axes
  return { ...(x !== undefined ? { x } : {}), ...(y !== undefined ? { y } : {}) }
}

const NODE_KEYS = ['nodes', 'items', 'steps', 'events', 'participants', 'actors', 'elements', 'cards', 'stages', 'levels', 'entries', 'children', 'root', 'tree', 'topics', 'branches', 'sets', 'cells', 'components', 'columns'] as const
const EDGE_KEYS = ['edges', 'links', 'connections', 'arrows', 'messages', 'relations', 'relationships', 'transitions'] as const

/**
 * Reshapes a create_diagram call into the schema's form. A root object or nested children become
 * flat nodes with `parent`; nodes named only by edges are added when no nodes were given.
 */
export function normalizeDiagramInput(raw: unknown): unknown {
  if (typeof raw === 'string') {
    try {
      return normalizeDiagramInput(JSON.parse(raw))
    } catch {
      return raw
    }
  }
  if (!isObject(raw)) return raw
  const input: Json = {}
  const kind = first(raw, ['kind', 'type', 'diagramType', 'diagram_type', 'chart', 'style'])
  if (kind !== undefined) input.kind = normalizeKind(kind)
  const title = asText(first(raw, ['title', 'name', 'topic', 'heading', 'caption']))
  if (title !== undefined) input.title = title
  const direction = first(raw, ['direction', 'dir', 'orientation', 'layout', 'rankdir'])
  if (direction !== undefined) input.direction = normalizeDirection(direction)
  const diagram = asText(raw.diagram ?? raw.diagramId ?? raw.diagram_id)
  if (diagram !== undefined) input.diagram = diagram
  const axes = normalizeAxes(raw)
  if (axes !== undefined) input.axes = axes

  let nodes: unknown
  for (const key of NODE_KEYS) {
    if (raw[key] === undefined || raw[key] === null) continue
    const found = normalizeNodes(raw[key])
    nodes = Array.isArray(nodes) && Array.isArray(found) ? [...(nodes as unknown[]), ...found] : (nodes ?? found)
    if (key === 'nodes') break
  }
  const edges = normalizeEdges(first(raw, EDGE_KEYS))
  if (edges !== undefined) input.edges = edges
  if ((nodes === undefined || (Array.isArray(nodes) && nodes.length === 0)) && Array.isArray(edges)) {
    // Only edges were given: their ends are the nodes, in order of appearance.
    const names = new Set<string>()
    for (const edge of edges) if (isObject(edge)) for (const end of [edge.from, edge.to]) if (typeof end === 'string' && end.trim()) names.add(end.trim())
    nodes = [...names].map((label) => ({ label }))
  }
  if (nodes !== undefined) input.nodes = nodes
  return input
}
