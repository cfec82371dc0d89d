/**
 * Diagrams through create_diagram: one intent per kind, each reading its own phrasings (see
 * parse/diagrams/) into the tool's structure. The room lays the diagram out, sizes the boxes and
 * places it in free space, the same path a hosted model takes; the plan is one call, streamed nodes
 * first, so the first box shows while the rest still arrives.
 */
import type { CreateDiagramInput } from '../../../../../shared/tools/createDiagram'
import { withIntro } from '../drawingPlan'
import { SCHEMA_KIND, parseDiagramRequest } from '../parse/diagrams/diagramRequest'
import type { DiagramIntentKind } from '../parse/diagrams/diagramKind'
import { joinWords, plural } from '../parse/text'
import type { Intent, Plan } from '../planTypes'

/** Requests about shapes already there, even when they name a diagram ("delete the timeline"). */
export const EDIT_VERBS = /^\s*(?:please\s+)?(?:rename|relabel|connect|link|join|change|replace|move|delete|remove|erase|clear|recolou?r|colou?r|paint|resize|align|arrange|stack|distribute|tidy|undo|select|group|make (?:the|it|them|this|that|all|every)\b|turn (?:the|it|them|this)\b)/i

const quoted = (labels: readonly string[], max = 6) => {
  const shown = joinWords(labels.slice(0, max).map((text) => `“${text}”`))
  return labels.length > max ? `${shown} and ${labels.length - max} more` : shown
}

/** What the diagram is, in a few words, for the intro and the closing sentence. */
export function describeDiagram(kind: DiagramIntentKind, input: CreateDiagramInput): string {
  const nodes = input.nodes
  const edges = input.edges ?? []
  const roots = nodes.filter((node) => !node.parent)
  const children = nodes.filter((node) => node.parent)
  switch (kind) {
    case 'flowchart': return `a flowchart of ${plural(nodes.length, 'step')} and ${plural(edges.length, 'arrow')}`
    case 'graph': return `a graph of ${plural(nodes.length, 'node')} and ${plural(edges.length, 'link')}`
    case 'orgChart': return `an org chart of ${plural(nodes.length, 'role')}, ${quoted(roots.map((node) => node.label), 2)} at the top`
    case 'tree': return `a tree of ${plural(nodes.length, 'node')} under ${quoted(roots.map((node) => node.label), 2)}`
    case 'mindMap': return `a mind map of ${quoted(roots.map((node) => node.label), 1)} with ${plural(children.filter((node) => node.parent === roots[0]?.label).length, 'branch', 'branches')}`
    case 'timeline': return `a timeline of ${plural(nodes.length, 'event')}: ${quoted(nodes.map((node) => (node.date && node.date !== node.label ? `${node.date} ${node.label}` : node.label)), 5)}`
    case 'sequence': return `a sequence diagram: ${quoted(nodes.map((node) => node.label))} exchanging ${plural(edges.length, 'message')}`
    case 'venn': return `a venn diagram of ${quoted(roots.map((node) => node.label))}`
    case 'matrix': return `a 2×2 matrix${input.axes?.x && input.axes.y ? ` (${input.axes.x} by ${input.axes.y})` : ''}: ${quoted(nodes.map((node) => node.label), 4)}`
    case 'kanban': return `a kanban board with columns ${quoted(roots.map((node) => node.label))}${children.length > 0 ? ` and ${plural(children.length, 'card')}` : ''}`
    case 'table': return `a table with ${plural(roots.length, 'column')} and ${plural(Math.ceil(children.length / Math.max(1, roots.length)), 'row')}`
    case 'cycle': return `a cycle of ${plural(nodes.length, 'step')}: ${quoted(nodes.map((node) => node.label))}`
    case 'pyramid': return `a pyramid of ${plural(nodes.length, 'level')}, ${quoted(nodes.slice(0, 1).map((node) => node.label))} at the top`
    case 'funnel': return `a funnel of ${plural(nodes.length, 'stage')}: ${quoted(nodes.map((node) => node.label))}`
    case 'wireframe': return `a wireframe${input.title ? ` (${input.title})` : ''} with ${plural(nodes.length, 'part')}`
  }
}

/** A plan that draws `input` with one create_diagram call. */
export function diagramPlan(kind: DiagramIntentKind, input: CreateDiagramInput): Plan {
  const what = describeDiagram(kind, input)
  return withIntro(
    {
      steps: [{ calls: [{ toolName: 'create_diagram', input }] }],
      summary: `Done: ${what}. The room laid it out and placed it in free space in your view; ask me to add, remove or rename parts and I'll redraw it.`,
    },
    `Drawing ${what}.`,
    `The request asks for a ${SCHEMA_KIND[kind]} diagram. I give create_diagram its structure (${plural(input.nodes.length, 'node')}${input.edges ? `, ${plural(input.edges.length, 'edge')}` : ''}) and let the room lay it out.`,
  )
}

/** The intent that draws diagrams of `kind`. */
export function diagramIntent(kind: DiagramIntentKind): Intent {
  return (context) => {
    if (EDIT_VERBS.test(context.request)) return null
    const parsed = parseDiagramRequest(context.request, kind)
    return parsed ? diagramPlan(kind, parsed.input) : null
  }
}
