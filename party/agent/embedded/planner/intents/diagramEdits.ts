/**
 * Changing what is already drawn, through the diagram tools: edits to a diagram's structure
 * (parse/diagrams/diagramEdit.ts) become one create_diagram call with `diagram` set, and "tidy up"
 * / "lay out the selected shapes" becomes layout_shapes over the selection, or over every shape
 * joined by arrows when nothing is selected.
 */
import { MAX_LAYOUT_SHAPES } from '../../../../../shared/limits'
import { directionOf } from '../parse/diagrams/diagramText'
import { parseDiagramEdit } from '../parse/diagrams/diagramEdit'
import { withIntro } from '../drawingPlan'
import { plural } from '../parse/text'
import type { Intent } from '../planTypes'

export const diagramEditIntent: Intent = (context) => {
  const found = parseDiagramEdit(context.request, context.diagrams)
  if (!found) return null
  return withIntro(
    {
      steps: [{ calls: [{ toolName: 'create_diagram', input: found.input }] }],
      summary: `Done: ${found.what}. The diagram was laid out again; boxes you moved by hand stay where you put them.`,
    },
    `Updating the ${found.input.kind}: ${found.what}.`,
    `Edit diagram ${found.diagram}: ${found.what}; I send its whole new structure and the room lays it out again.`,
  )
}

const TIDY =
  /^(?:please\s+)?(?:(?:can|could) you\s+)?(?:tidy(?: it| this| them)? up|clean(?: it| this| them)? up|lay ?out|re-?layout|auto-?layout|untangle|neaten(?: up)?|sort out)\b(?:\s+(?:the\s+|my\s+|this\s+|these\s+)?(?:selected(?: shapes| boxes)?|selection|board|diagram|graph|chart|flow ?chart|boxes(?: and arrows)?|shapes|everything|it|them|layout|mess|arrows))?(?:\s+(?:for me|please))?(?:[\s,]+(?:going\s+)?(?:left[- ]to[- ]right|top[- ]to[- ]bottom|horizontally|vertically|top[- ]down))?[.!]*$/i

export const tidyIntent: Intent = (context) => {
  if (!TIDY.test(context.request.trim())) return null
  const shapes = context.board.shapes
  const selected = context.board.selectedIds
  const joined = new Set(shapes.flatMap((shape) => (shape.type === 'arrow' ? [shape.from, shape.to] : [])).filter((id): id is string => Boolean(id)))
  const ids = (selected.length > 1 ? selected : shapes.filter((shape) => joined.has(shape.id)).map((shape) => shape.id)).slice(0, MAX_LAYOUT_SHAPES)
  if (ids.length < 2) return null
  const direction = directionOf(context.request)
  const which = selected.length > 1 ? 'the selected shapes' : 'the shapes joined by arrows'
  return withIntro(
    {
      steps: [{ calls: [{ toolName: 'layout_shapes', input: { ids, ...(direction ? { direction } : {}) } }] }],
      summary: `Done: ${plural(ids.length, 'shape')} laid out along their arrows with no overlaps; every arrow is still bound.`,
    },
    `Tidying up ${which}.`,
    `Lay out ${plural(ids.length, 'shape')} (${which}) with the layout engine, ${direction ?? 'down'}.`,
  )
}
