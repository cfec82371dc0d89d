/**
 * How a diagram is kept with its shapes (docs/diagrams.md "Editing"): every shape it drew carries
 * `meta.diagram` (the diagram's id) and `meta.key` (the layout item it draws), boxes also
 * `meta.laid` (their page position when last laid out, to tell when a person moved them); one
 * anchor shape carries the whole structure (`meta.diagramSpec`) and the diagram's origin.
 */
import type { TLShape } from '@tldraw/tlschema'
import type { CreateDiagramInput } from '../../shared/tools/createDiagram'
import type { BoardDraft } from '../board/boardDraft'

export interface DiagramShapeMeta {
  diagram: string
  key: string
  laid?: { x: number; y: number }
  diagramSpec?: CreateDiagramInput
  diagramOrigin?: { x: number; y: number }
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
  for (const shape of draft.shapes()) {
    const meta = diagramMeta(shape)
    if (!meta) continue
    let diagram = diagrams.get(meta.diagram)
    if (!diagram) diagrams.set(meta.diagram, (diagram = { id: meta.diagram, spec: null, origin: null, shapes: new Map() }))
    diagram.shapes.set(meta.key, shape)
    if (meta.diagramSpec) diagram.spec = meta.diagramSpec
    if (meta.diagramOrigin) diagram.origin = meta.diagramOrigin
  }
  return diagrams
}

/** A fresh diagram id: its kind and the next free number ("flowchart-2"). */
export function newDiagramId(kind: string, taken: Iterable<string>): string {
  const used = new Set(taken)
  for (let n = 1; ; n++) if (!used.has(`${kind}-${n}`)) return `${kind}-${n}`
}
