/**
 * `create_diagram`: the model gives a diagram's structure (kind, nodes, edges); the room lays it out
 * with a layout engine, sizes every box to its label, places it in free space in the asker's view
 * and binds every arrow. One flat, forgiving schema for every kind, so small local models manage it:
 * ids default to labels, an edge may name a node by label, and a node named only by an edge is made.
 */
import { z } from 'zod'
import { MAX_DIAGRAM_EDGES, MAX_DIAGRAM_NODES } from '../limits'
import { normalizeDiagramInput } from './diagramNormalize'
import { Color } from './styles'

/** Every diagram kind the room can lay out. */
export const DIAGRAM_KINDS = [
  'flowchart',
  'tree',
  'mindmap',
  'timeline',
  'sequence',
  'venn',
  'matrix',
  'kanban',
  'table',
  'cycle',
  'pyramid',
  'funnel',
  'wireframe',
] as const
export const DiagramKind = z.enum(DIAGRAM_KINDS)
export type DiagramKind = z.infer<typeof DiagramKind>

/** Longest node or edge label. */
export const MAX_DIAGRAM_LABEL_CHARS = 200

/** A node's (or edge end's) name: its id, or its label when it has no id. */
export const NodeRef = z.string().trim().min(1).max(MAX_DIAGRAM_LABEL_CHARS)

export const DiagramNode = z.object({
  id: NodeRef.optional().describe('Your id for the node; defaults to its label'),
  label: z.string().max(MAX_DIAGRAM_LABEL_CHARS).describe('Text shown in the node'),
  parent: z
    .union([NodeRef, z.array(NodeRef).min(1).max(3)])
    .optional()
    .describe(
      'tree/mindmap: the parent node; kanban/table: the column; venn: the set, or the sets of an overlap ["A","B"]; wireframe: the container',
    ),
  type: z
    .string()
    .max(40)
    .optional()
    .describe(
      'flowchart: start | end | process | decision | io; wireframe: header | text | input | button | list | image | nav | checkbox | link | card | footer',
    ),
  date: z.string().max(60).optional().describe('timeline: when it happens ("2021", "Q3", "2024-05-01")'),
  color: Color.optional(),
})
export type DiagramNode = z.infer<typeof DiagramNode>

export const DiagramEdge = z.object({
  from: NodeRef.describe('Node id or label'),
  to: NodeRef.describe('Node id or label'),
  label: z.string().max(MAX_DIAGRAM_LABEL_CHARS).optional().describe('e.g. "yes"/"no" on a decision, or a sequence message'),
})
export type DiagramEdge = z.infer<typeof DiagramEdge>

export const DiagramDirection = z.enum(['down', 'right', 'up', 'left'])
export type DiagramDirection = z.infer<typeof DiagramDirection>

export const createDiagramInput = z.object({
  kind: DiagramKind,
  title: z.string().max(MAX_DIAGRAM_LABEL_CHARS).optional().describe('Shown above the diagram'),
  direction: DiagramDirection.optional().describe('flowchart/tree: which way it grows (default down)'),
  nodes: z.array(DiagramNode).min(1).max(MAX_DIAGRAM_NODES),
  edges: z.array(DiagramEdge).max(MAX_DIAGRAM_EDGES).optional(),
  axes: z
    .object({ x: z.string().max(MAX_DIAGRAM_LABEL_CHARS).optional(), y: z.string().max(MAX_DIAGRAM_LABEL_CHARS).optional() })
    .optional()
    .describe('matrix: the axis names'),
  diagram: z.string().max(100).optional().describe('To change an existing diagram: its id from the board description; give its whole new structure'),
})
export type CreateDiagramInput = z.infer<typeof createDiagramInput>

const EXAMPLES = [
  'flowchart: {"kind":"flowchart","nodes":[{"label":"Start","type":"start"},{"label":"Valid?","type":"decision"},{"label":"Save"},{"label":"Error"}],"edges":["Start -> Valid?","Valid? -> Save: yes","Valid? -> Error: no"]}',
  'tree (org chart): {"kind":"tree","nodes":[{"label":"CEO"},{"label":"CTO","parent":"CEO"},{"label":"CFO","parent":"CEO"},{"label":"Dev","parent":"CTO"}]}',
  'mindmap: {"kind":"mindmap","nodes":[{"label":"Trip"},{"label":"Budget","parent":"Trip"},{"label":"Hotels","parent":"Budget"},{"label":"Route","parent":"Trip"}]}',
  'timeline: {"kind":"timeline","nodes":[{"label":"Idea","date":"2021"},{"label":"Launch","date":"2023"}]}',
  'sequence: {"kind":"sequence","nodes":["Browser","Server","DB"],"edges":["Browser -> Server: GET /","Server -> DB: query","DB -> Server: rows"]}',
  'venn: {"kind":"venn","nodes":[{"label":"Cats"},{"label":"Dogs"},{"label":"Purrs","parent":"Cats"},{"label":"Pets","parent":["Cats","Dogs"]}]}',
  'matrix: {"kind":"matrix","axes":{"x":"Urgent","y":"Important"},"nodes":["Do","Plan","Delegate","Drop",{"label":"Fix bug","parent":"Do"}]}',
  'kanban: {"kind":"kanban","nodes":["To do","Done",{"label":"Write spec","parent":"To do"}]}',
  'table: {"kind":"table","nodes":["Name","Age",{"label":"Ann","parent":"Name"},{"label":"34","parent":"Age"}]}',
  'cycle: {"kind":"cycle","nodes":["Plan","Do","Check","Act"]}',
  'pyramid (top first) / funnel (widest first): {"kind":"funnel","nodes":["Visitors","Leads","Customers"]}',
  'wireframe: {"kind":"wireframe","title":"Login","nodes":[{"label":"Sign in","type":"header"},{"label":"Email","type":"input"},{"label":"Log in","type":"button"}]}',
]

/** The tool as models see it: what each kind means, and one tiny example per kind. */
export const createDiagramTool = {
  name: 'create_diagram',
  description:
    'Draw a structured diagram: give its structure only, never coordinates; the board lays it out tidily, sizes ' +
    'every box to its label, binds every arrow and places it in free space in the asker\'s view. Kinds: ' +
    `${DIAGRAM_KINDS.join(', ')}. A node's id defaults to its label; edges name nodes by id or label ` +
    '("A -> B: label" strings are fine); a node named only by an edge is created. Trees, mind maps, kanban ' +
    'cards, table cells, venn items and matrix items name their parent. To change a diagram already on the ' +
    'board, call this again with `diagram` set to its id (from the board description) and its whole new ' +
    `structure. Examples:\n${EXAMPLES.join('\n')}`,
  input: z.preprocess(normalizeDiagramInput, createDiagramInput),
} as const

/** Reads a create_diagram call as the tool does, forgiving what small models write. */
export function parseCreateDiagram(raw: unknown) {
  return createDiagramTool.input.safeParse(raw)
}
