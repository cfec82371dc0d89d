/**
 * A diagram request read into create_diagram's arguments: the kind from its cue words, then the
 * kind's own parser over the listed items, or a sensible default when only a topic is given.
 * Pure: the same words always give the same structure; the room does the layout.
 */
import type { CreateDiagramInput, DiagramKind, DiagramNode } from '../../../../../../shared/tools/createDiagram'
import { drawingObjectOriginal } from '../text'
import { gridAsTable, parseKanban, parseTable } from './columnsText'
import { defaultBody, knowsTopic } from './diagramDefaults'
import { diagramCue, type DiagramCue, type DiagramIntentKind } from './diagramKind'
import { ARROW, capitalized, readDiagramText, splitItems, type DiagramText } from './diagramText'
import { parseFlowchart } from './flowchartText'
import { parseMatrix } from './matrixText'
import { readOutline } from './outlineText'
import { parseSequence } from './sequenceText'
import { parseTimeline } from './timelineText'
import { withUniqueIds } from './uniqueIds'
import { parseVenn } from './vennText'
import { knownScreen, parseWireframe } from './wireframeText'

/** The schema kind each of the model's diagram kinds is drawn as. */
export const SCHEMA_KIND: Record<DiagramIntentKind, DiagramKind> = {
  flowchart: 'flowchart', graph: 'flowchart', orgChart: 'tree', tree: 'tree', mindMap: 'mindmap', timeline: 'timeline',
  sequence: 'sequence', venn: 'venn', matrix: 'matrix', kanban: 'kanban', table: 'table', cycle: 'cycle',
  pyramid: 'pyramid', funnel: 'funnel', wireframe: 'wireframe',
}

/** Kinds whose layout takes a direction. */
const DIRECTED = new Set<DiagramIntentKind>(['flowchart', 'graph', 'orgChart', 'tree'])
/** A "2x2" is a matrix; any other "N x M" is a grid or a table of empty cells (a pattern). */
const SIZE = /\b(\d+)\s*(?:x|×|by)\s*(\d+)\b|\b\d+\s+(?:rows?|columns?)\b/i
const NUMBERS_ONLY = /^[\s\d.,;:%+-]*(?:and[\s\d.,%+-]*)*$/i

export interface DiagramRequest {
  kind: DiagramIntentKind
  input: CreateDiagramInput
}

type Structure = Pick<CreateDiagramInput, 'nodes' | 'edges' | 'axes' | 'title'>

const listOrDefault = (kind: DiagramIntentKind, text: DiagramText, request: string): string | null => text.body ?? defaultBody(kind, text.topic ?? '', request)

function outlineNodes(body: string, root: string | null): DiagramNode[] {
  return readOutline(body, root).map((item) => ({ label: item.label, ...(item.parent ? { parent: item.parent } : {}) }))
}

/** The structure for one kind; null when the request does not hold one (it is then not this kind). */
function structureOf(kind: DiagramIntentKind, text: DiagramText, request: string): Structure | null {
  const topic = text.topic ? capitalized(text.topic) : undefined
  const title = topic ? { title: topic } : {}
  switch (kind) {
    case 'flowchart':
    case 'graph': {
      if (text.body && NUMBERS_ONLY.test(text.body)) return null
      const graph = (text.body ? parseFlowchart(text.body, kind) : null) ?? parseFlowchart(defaultBody(kind, text.topic ?? '', request) ?? '', kind)
      return graph ? { ...(text.body ? title : {}), ...graph } : null
    }
    case 'orgChart':
    case 'tree': {
      const root = kind === 'tree' && text.body && topic ? topic : null
      const nodes = outlineNodes(listOrDefault(kind, text, request) ?? '', root)
      return nodes.length > 0 ? { ...(root ? {} : title), nodes } : null
    }
    case 'mindMap': {
      const nodes = outlineNodes(listOrDefault(kind, text, request) ?? '', topic ?? (text.body ? null : 'Main idea'))
      return nodes.length > 1 ? { nodes } : null
    }
    case 'timeline': {
      const nodes = parseTimeline(listOrDefault(kind, text, request) ?? '')
      return nodes.length > 0 ? { ...title, nodes } : null
    }
    case 'sequence': {
      const sequence = parseSequence(listOrDefault(kind, text, request) ?? '')
      return sequence ? { ...title, nodes: sequence.participants.map((name) => ({ label: name })), edges: sequence.messages } : null
    }
    case 'venn': {
      const nodes = parseVenn(text.body ?? text.topic ?? defaultBody(kind, '', request) ?? '')
      return nodes ? { nodes } : null
    }
    case 'matrix': {
      const size = SIZE.exec(request)
      if (size && !(size[1] === '2' && size[2] === '2')) return null
      const matrix = parseMatrix(request, text.body ?? text.topic ?? '')
      return { ...(text.body && text.topic ? title : {}), ...matrix }
    }
    case 'kanban': {
      const nodes = parseKanban(listOrDefault(kind, text, request) ?? '')
      return nodes ? { ...(text.body ? title : {}), nodes } : null
    }
    case 'table': {
      if (!text.body || SIZE.test(request)) return null
      const nodes = /\bgrid\b/i.test(request) && !/[;\n|]/.test(text.body) ? gridAsTable(splitItems(text.body)) : parseTable(text.body)
      return nodes ? { ...title, nodes } : null
    }
    case 'cycle':
    case 'pyramid':
    case 'funnel': {
      const body = text.body ?? defaultBody(kind, text.topic ?? '', request)
      // "a pyramid of blocks" is a picture, not a diagram: only a list or a known topic makes one.
      if (kind === 'pyramid' && !text.body && !knowsTopic(kind, request) && !/\b(diagram|chart)\b/i.test(request)) return null
      const nodes = splitItems(body ?? '').map((item) => ({ label: capitalized(item) }))
      return nodes.length > 1 ? { ...title, nodes } : null
    }
    case 'wireframe': {
      if (text.body) return { title: knownScreen(text.topic ?? '')?.title ?? topic ?? 'Screen', nodes: parseWireframe(text.body) }
      const screen = knownScreen(text.topic ?? request)
      if (screen) return screen
      return { title: topic ?? 'Screen', nodes: [{ label: topic ?? 'Title', type: 'header' }, { label: 'Some text', type: 'text' }, { label: 'OK', type: 'button' }] }
    }
  }
}

/** Words after which the request quotes text ("a title saying Roadmap 2025"): no cue counts there. */
const QUOTING = /\b(?:saying|that says|which says|reading|with the (?:text|words))\b|["“‘]/i

/** The cue of a request, or a flowchart when it has arrows but names no diagram. */
export function cueOf(request: string): DiagramCue | null {
  const quoting = QUOTING.exec(request)
  const cue = diagramCue(quoting ? request.slice(0, quoting.index) : request)
  if (cue) return cue
  return ARROW.test(request) ? { kind: 'flowchart', start: 0, end: 0 } : null
}

/** The create_diagram arguments for a request of `kind`; null when it is not one. */
export function parseDiagramRequest(request: string, kind: DiagramIntentKind): DiagramRequest | null {
  const cue = cueOf(request)
  if (!cue || cue.kind !== kind) return null
  // A bare arrow chain starts after the drawing verb ("please draw A -> B").
  const source = cue.end === 0 ? drawingObjectOriginal(request) : request.trim()
  const text = readDiagramText(source, cue.end === 0 ? null : cue)
  const structure = structureOf(kind, cue.end === 0 ? { ...text, body: text.body ?? text.topic, topic: null } : text, source)
  if (!structure) return null
  const nodes = withUniqueIds(structure.nodes)
  const input: CreateDiagramInput = {
    kind: SCHEMA_KIND[kind],
    ...(structure.title ? { title: structure.title } : {}),
    ...(text.direction && DIRECTED.has(kind) ? { direction: text.direction } : {}),
    nodes,
    ...(structure.edges && structure.edges.length > 0 ? { edges: structure.edges } : {}),
    ...(structure.axes ? { axes: structure.axes } : {}),
  }
  return { kind, input }
}
