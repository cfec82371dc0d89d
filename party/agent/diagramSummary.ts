/**
 * The diagrams on the board as the model sees them, after the shape list: each with its id, kind
 * and structure (the create_diagram input that drew it, as JSON), so a follow-up ("add a step
 * Review between Build and Ship") is one create_diagram call with `diagram` and the edited JSON.
 * `parseDiagramSummary` reads it back (the embedded model reads its prompt like any model).
 */
import { MAX_DESCRIBED_DIAGRAM_CHARS, MAX_DESCRIBED_DIAGRAMS } from '../../shared/limits'
import type { CreateDiagramInput } from '../../shared/tools/createDiagram'
import type { BoardDraft } from '../board/boardDraft'
import { shortId } from '../board/shapeIds'
import { boardDiagrams } from '../diagram/diagramMeta'

export interface DescribedDiagram {
  id: string
  spec: CreateDiagramInput
  /** Node id → shape id on the board. */
  shapes: Record<string, string>
}

/** Structure that fits the budget: all of it, or its first nodes and the edges among them. */
function fit(spec: CreateDiagramInput): CreateDiagramInput {
  let nodes = spec.nodes
  let cut: CreateDiagramInput = spec
  while (JSON.stringify(cut).length > MAX_DESCRIBED_DIAGRAM_CHARS && nodes.length > 1) {
    nodes = nodes.slice(0, Math.floor(nodes.length * 0.7))
    const kept = new Set(nodes.flatMap((node) => [node.id ?? node.label, node.label]))
    cut = { ...spec, nodes, ...(spec.edges ? { edges: spec.edges.filter((edge) => kept.has(edge.from) && kept.has(edge.to)) } : {}) }
  }
  return cut
}

/** The `<diagrams>` block of the board description; empty when the board has none. */
export function describeDiagrams(draft: BoardDraft): string {
  const diagrams = [...boardDiagrams(draft).values()].filter((diagram) => diagram.spec).slice(0, MAX_DESCRIBED_DIAGRAMS)
  if (diagrams.length === 0) return ''
  const lines = ['<diagrams note="to change one, call create_diagram with diagram=<id> and its whole new structure">']
  for (const diagram of diagrams) {
    const spec = fit(diagram.spec!)
    const shapes = Object.fromEntries([...diagram.shapes].flatMap(([key, shape]) => (key.startsWith('node:') ? [[key.slice(5), shortId(shape.id)]] : [])))
    const partial = spec.nodes.length < diagram.spec!.nodes.length ? ` shown="${spec.nodes.length} of ${diagram.spec!.nodes.length} nodes"` : ''
    lines.push(`- id=${diagram.id} kind=${spec.kind}${partial} structure=${JSON.stringify(spec)} shapes=${JSON.stringify(shapes)}`)
  }
  lines.push('</diagrams>')
  return `\n${lines.join('\n')}`
}

/** Reads the diagrams back from a prompt (the last `<diagrams>` block); empty when there is none. */
export function parseDiagramSummary(text: string): DescribedDiagram[] {
  const start = text.lastIndexOf('<diagrams')
  const end = text.indexOf('</diagrams>', start)
  if (start === -1 || end === -1) return []
  const found: DescribedDiagram[] = []
  for (const line of text.slice(start, end).split('\n')) {
    const match = /^- id=(\S+) kind=\S+.*? structure=(\{.*\}) shapes=(\{.*\})$/.exec(line)
    if (!match) continue
    try {
      found.push({ id: match[1]!, spec: JSON.parse(match[2]!) as CreateDiagramInput, shapes: JSON.parse(match[3]!) as Record<string, string> })
    } catch {
      // A line cut or garbled: skipped.
    }
  }
  return found
}
