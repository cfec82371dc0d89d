/**
 * Builds a diagram's node and edge lists from labels as they are read: a label seen twice is one
 * node (compared without case), ids stay the labels (the create_diagram default), and an edge is
 * kept once. Every diagram parser collects its structure through this.
 */
import type { DiagramEdge, DiagramNode } from '../../../../../../shared/tools/createDiagram'
import { MAX_SHAPES_PER_TOOL_CALL } from '../../../../../../shared/limits'

export class GraphBuilder {
  readonly nodes: DiagramNode[] = []
  readonly edges: DiagramEdge[] = []
  private readonly byKey = new Map<string, DiagramNode>()
  private readonly edgeKeys = new Set<string>()

  /** The node for `label` (made when new, with `extra` fields); null when the label is empty or there are too many. */
  node(label: string, extra: Omit<DiagramNode, 'label'> = {}): DiagramNode | null {
    const text = label.trim()
    if (!text) return null
    const key = text.toLowerCase()
    const found = this.byKey.get(key)
    if (found) {
      Object.assign(found, Object.fromEntries(Object.entries(extra).filter(([, value]) => value !== undefined)))
      return found
    }
    if (this.nodes.length >= MAX_SHAPES_PER_TOOL_CALL / 2) return null
    const made: DiagramNode = { label: text, ...extra }
    this.nodes.push(made)
    this.byKey.set(key, made)
    return made
  }

  /** The node already named `label`, if any. */
  find(label: string): DiagramNode | undefined {
    return this.byKey.get(label.trim().toLowerCase())
  }

  /** An edge between two labels (both made when new), once; none from a node to itself. */
  edge(from: string, to: string, edgeLabel?: string): void {
    const a = this.node(from)
    const b = this.node(to)
    if (!a || !b || a === b) return
    const key = `${a.label.toLowerCase()}>${b.label.toLowerCase()}`
    if (this.edgeKeys.has(key) || this.edges.length >= MAX_SHAPES_PER_TOOL_CALL / 2) return
    this.edgeKeys.add(key)
    this.edges.push({ from: a.label, to: b.label, ...(edgeLabel ? { label: edgeLabel } : {}) })
  }
}
