/**
 * Flowcharts and graphs as people type them: arrow chains (`Idea -> Prototype -> Launch`, several
 * separated by ";" or new lines), decisions with labelled branches ("if paid? yes -> ship, no ->
 * remind", "Valid? -yes-> Save"), lists ("flowchart: plan, build, ship") and "then" chains ("wake
 * up then coffee then work"). Questions become decisions; "start"/"end" become terminals.
 */
import type { CreateDiagramInput, DiagramNode } from '../../../../../../shared/tools/createDiagram'
import { ARROW, label, splitItems } from './diagramText'
import { GraphBuilder } from './graphBuilder'

/** An arrow, optionally labelled: "->", "-yes->", "--(no)-->". The label is the capture. */
const LINK = /\s+-{1,2}\s*\(?([A-Za-z][\w ]{0,18}?)\)?\s*-{1,2}>\s*|\s*(?:-{1,2}>|→|=+>|⟶|➜|➔|⇒)\s*/
const LINKS = new RegExp(LINK.source, 'g')
const BRANCH = /^(yes|no|true|false|ok|fail(?:ed|s)?|pass(?:ed|es)?|else|otherwise)$/i
const DECISION_THEN_BRANCH = /^(?:if\s+)?(.+\?)\s*,?\s*(yes|no|true|false|else|otherwise)?$/i
const THEN = /\s*(?:,\s*)?\b(?:and\s+)?then\b\s*/i

/** A flowchart node's type from its label: a question is a decision; start and end are terminals. */
export function flowType(text: string): DiagramNode['type'] {
  if (text.trim().endsWith('?')) return 'decision'
  if (/^(start|begin|start here)$/i.test(text.trim())) return 'start'
  if (/^(end|stop|finish|finished|done)$/i.test(text.trim())) return 'end'
  return undefined
}

/** Statements of an arrow text: split at ";" and new lines, and at commas before another arrow. */
function statements(body: string): string[] {
  return body
    .split(/\s*(?:;|\n)\s*/)
    .flatMap((part) => part.split(/,\s*(?=[^,]*(?:-{1,2}>|→|=+>|⟶|➜|➔|⇒))/))
    .map((part) => part.trim())
    .filter(Boolean)
}

function addNode(graph: GraphBuilder, text: string): string | null {
  const type = flowType(text)
  return graph.node(text, type ? { type } : {})?.label ?? null
}

/** Reads arrow statements into `graph`; a statement opening with a branch word leaves the last decision. */
function readArrows(graph: GraphBuilder, written: string): void {
  // "yes: pour, no: wait" is the same as "yes -> pour, no -> wait".
  const body = written.replace(/\b(yes|no|true|false|else|otherwise)\s*:\s*/gi, '$1 -> ')
  let lastDecision: string | null = null
  // A step written without an arrow ("open app, logged in? yes -> …") leads to the next statement's first step.
  let carried: string | null = null
  for (const statement of statements(body)) {
    const parts = statement.split(LINKS)
    // parts: label, arrowLabel|undefined, label, arrowLabel|undefined, label …
    let previous: string | null = carried
    let pendingLabel: string | undefined
    for (let i = 0; i < parts.length; i += 2) {
      let text = label(parts[i] ?? '')
      const arrowLabel = parts[i + 1]?.trim()
      if (BRANCH.test(text) && (i === 0 ? lastDecision : previous?.endsWith('?') && pendingLabel === undefined)) {
        // A branch word names the arrow out of the decision before it, not a step of its own.
        if (i === 0) previous = lastDecision
        pendingLabel = text.toLowerCase()
        continue
      }
      let outgoing: string | undefined
      const decision = DECISION_THEN_BRANCH.exec(text)
      if (decision?.[1]) {
        text = label(decision[1].replace(/^if\s+/i, ''))
        outgoing = decision[2]?.toLowerCase()
      }
      const current = text ? addNode(graph, text) : null
      if (current && previous) graph.edge(previous, current, pendingLabel)
      if (current?.endsWith('?')) lastDecision = current
      previous = current ?? previous
      pendingLabel = arrowLabel?.toLowerCase() || outgoing
    }
    carried = parts.length === 1 ? previous : null
  }
}

/** A flowchart (or graph) read from the list part of a request; null when it has fewer than two steps. */
export function parseFlowchart(body: string, kind: 'flowchart' | 'graph' = 'flowchart'): Pick<CreateDiagramInput, 'nodes' | 'edges'> | null {
  const graph = new GraphBuilder()
  if (ARROW.test(body)) readArrows(graph, body)
  else if (kind === 'graph' && /\s[-–—]\s|\bknows\b/i.test(body)) {
    // A graph's links may be written "Ann - Bob" or "Ann knows Bob".
    for (const pair of body.split(/\s*[;,\n]\s*/)) {
      const [a, b] = pair.split(/\s+[-–—]\s+|\s+knows\s+/i).map(label)
      if (a && b) graph.edge(a, b)
      else if (a) graph.node(a)
    }
  } else {
    const steps = THEN.test(body) ? body.split(THEN).map(label).filter(Boolean) : splitItems(body)
    steps.forEach((step, i) => {
      addNode(graph, step)
      const before = steps[i - 1]
      if (before) graph.edge(before, step)
    })
  }
  if (graph.nodes.length < 2) return null
  return { nodes: graph.nodes, edges: graph.edges }
}
