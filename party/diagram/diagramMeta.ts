/**
 * How a diagram is kept with its shapes (docs/diagrams.md "Editing"): every shape it drew carries
 * `meta.diagram` (the diagram's id) and `meta.key` (the layout item it draws), boxes also
 * `meta.laid` (their page position when last laid out, to tell when a person moved them); one
 * anchor shape carries the whole structure (`meta.diagramSpec`) and the diagram's origin. A
 * structure longer than DIAGRAM_SPEC_PART_CHARS is kept as JSON in parts (`meta.diagramSpecPart`)
 * on the first shapes, each within a record's text limit; with a part deleted, the structure is lost
 * and the diagram is one of shapes like any other.
 */
import type { TLShape } from '@tldraw/tlschema'
import type { CreateDiagramInput } from '../../shared/tools/createDiagram'
import { DIAGRAM_SPEC_PART_CHARS } from '../../shared/limits'
import type { BoardDraft } from '../board/boardDraft'

export interface DiagramShapeMeta {
  diagram: string
  key: string
  laid?: { x: number; y: number }
  diagramSpec?: CreateDiagramInput
  diagramSpecPart?: { index: number; count: number; text: string }
  diagramOrigin?: { x: number; y: number }
}

/** How a diagram's structure is stored: whole on the anchor, or as JSON parts on several shapes. */
export type StoredSpec = { whole: CreateDiagramInput } | { parts: string[] }

/** The structure as it is stored. Pure. */
export function storedSpec(spec: CreateDiagramInput): StoredSpec {
  const json = JSON.stringify(spec)
  if (json.length <= DIAGRAM_SPEC_PART_CHARS) return { whole: spec }
  const parts: string[] = []
  for (let start = 0; start < json.length; start += DIAGRAM_SPEC_PART_CHARS) parts.push(json.slice(start, start + DIAGRAM_SPEC_PART_CHARS))
  return { parts }
}

/** The structure from its parts, or null when one is missing or they do not make one. Pure. */
export function specFromParts(parts: ReadonlyMap<number, { count: number; text: string }>): CreateDiagramInput | null {
  const count = parts.values().next().value?.count
  if (count === undefined || parts.size !== count) return null
  const texts: string[] = []
  for (let index = 0; index < count; index++) {
    const part = parts.get(index)
    if (!part || part.count !== count) return null
    texts.push(part.text)
  }
  try {
    return JSON.parse(texts.join('')) as CreateDiagramInput
  } catch {
    return null
  }
}

/** The diagram meta of a shape, or null for shapes no diagram drew. */
export function diagramMeta(shape: TLShape): DiagramShapeMeta | null {
  const meta = shape.meta as Partial<DiagramShapeMeta>
  return typeof meta?.diagram === 'string' && typeof meta.key === 'string' ? (meta as DiagramShapeMeta) : null
}

export interface BoardDiagram {
  id: string
  spec: CreateDiagramInput | null
  origin: { x: number; y: number } | null
  /** The diagram's shapes by layout key. */
  shapes: Map<string, TLShape>
}

/** Every diagram on the board, by id, in the order their anchors appear. */
export function boardDiagrams(draft: BoardDraft): Map<string, BoardDiagram> {
  const diagrams = new Map<string, BoardDiagram>()
  const parts = new Map<string, Map<number, { count: number; text: string }>>()
  for (const shape of draft.shapes()) {
    const meta = diagramMeta(shape)
    if (!meta) continue
    let diagram = diagrams.get(meta.diagram)
    if (!diagram) diagrams.set(meta.diagram, (diagram = { id: meta.diagram, spec: null, origin: null, shapes: new Map() }))
    diagram.shapes.set(meta.key, shape)
    if (meta.diagramSpec) diagram.spec = meta.diagramSpec
    if (meta.diagramOrigin) diagram.origin = meta.diagramOrigin
    const part = meta.diagramSpecPart
    if (part && Number.isInteger(part.index) && Number.isInteger(part.count) && typeof part.text === 'string') {
      if (!parts.has(meta.diagram)) parts.set(meta.diagram, new Map())
      parts.get(meta.diagram)?.set(part.index, part)
    }
  }
  for (const [id, stored] of parts) {
    const diagram = diagrams.get(id)
    if (diagram && !diagram.spec) diagram.spec = specFromParts(stored)
  }
  return diagrams
}

/** A fresh diagram id: its kind and the next free number ("flowchart-2"). */
export function newDiagramId(kind: string, taken: Iterable<string>): string {
  const used = new Set(taken)
  for (let n = 1; ; n++) if (!used.has(`${kind}-${n}`)) return `${kind}-${n}`
}
