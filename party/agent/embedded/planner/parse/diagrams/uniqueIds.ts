/**
 * Node ids default to labels in create_diagram, so two nodes with one label ("Log in" as a title
 * and as a button, "red" in two table rows) would be one node. Later namesakes get an id of their
 * own; a node with an empty label gets one too (ids may not be empty).
 */
import type { DiagramNode } from '../../../../../../shared/tools/createDiagram'

/** The nodes with every id unique; the first node with a name keeps it, so parents still resolve. */
export function withUniqueIds(nodes: readonly DiagramNode[]): DiagramNode[] {
  const taken = new Set(nodes.map((node) => (node.id ?? node.label).trim().toLowerCase()))
  const seen = new Set<string>()
  return nodes.map((node, index) => {
    const name = (node.id ?? node.label).trim()
    const key = name.toLowerCase()
    if (name && !seen.has(key)) {
      seen.add(key)
      return node
    }
    let n = 2
    let id = name ? `${name} (${n})` : `node ${index + 1}`
    while (taken.has(id.toLowerCase()) || seen.has(id.toLowerCase())) id = name ? `${name} (${++n})` : `node ${index + 1}.${++n}`
    seen.add(id.toLowerCase())
    return { ...node, id }
  })
}
