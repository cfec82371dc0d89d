/**
 * `board` over a BoardDraft: a program's creates, updates and deletes are staged in the draft and
 * built by the same shape builders as the agent's other tools, so shapes made from code are exactly
 * the shapes create_shapes would make. Nothing reaches the board until the caller commits the draft.
 */
import type { TLShapeId } from '@tldraw/tlschema'
import type { Box } from '../../shared/agentProtocol'
import { ArrowSpec } from '../../shared/tools/createArrows'
import { ShapeSpec } from '../../shared/tools/createShapes'
import { ShapeRef } from '../../shared/tools/styles'
import { ShapeUpdate } from '../../shared/tools/updateShapes'
import type { BoardDraft } from '../board/boardDraft'
import { buildArrow, buildShape, deleteShapes, ToolInputError, updateShape } from '../board/shapeBuilders'
import { shortId } from '../board/shapeIds'
import { arrowEnds, summarizeShape, type ShapeSummary } from '../board/shapeSummary'
import { parseInput, plainObject, refuseUnknownFields } from './inputIssues'
import { BoardInputError, type SandboxHost } from './sandboxTypes'

const SHAPE_FIELDS = new Map(ShapeSpec.options.map((option) => [option.shape.type.value as string, Object.keys(option.shape)]))
const UPDATE_FIELDS = Object.keys(ShapeUpdate.shape).filter((key) => key !== 'id')
const ARROW_OPTIONS = Object.keys(ArrowSpec.shape).filter((key) => key !== 'from' && key !== 'to')

/** Runs a shape builder, turning its input errors into the sandbox's. */
function build<T>(make: () => T): T {
  try {
    return make()
  } catch (error) {
    if (error instanceof ToolInputError) throw new BoardInputError(error.message)
    throw error
  }
}

/** A `board` host staging into `draft`, with `viewport` as the asker's view. */
export function newDraftHost(draft: BoardDraft, viewport: Box): SandboxHost {
  // listShapes is cheap to repeat between writes; a loop that lists and then draws stays linear.
  let listed: ShapeSummary[] | null = null

  const existing = (ref: unknown): TLShapeId => {
    const id = draft.resolve(parseInput(ShapeRef, ref))
    if (!id) throw new BoardInputError(`no shape "${String(ref)}" on the board`)
    return id
  }

  return {
    viewport,

    listShapes() {
      if (!listed) {
        const ends = arrowEnds(draft)
        listed = [...draft.shapes()].map((shape) => ({ ...summarizeShape(draft, shape), ...ends.get(shape.id) }))
      }
      return listed
    },

    createShape(value) {
      const type = value && typeof value === 'object' ? (value as { type?: unknown }).type : undefined
      const fields = SHAPE_FIELDS.get(String(type))
      if (fields) refuseUnknownFields(value, fields, `a ${String(type)} shape`)
      const spec = parseInput(ShapeSpec, value)
      const shape = build(() => buildShape(draft, spec))
      draft.put(shape)
      listed = null
      return shortId(shape.id)
    },

    updateShape(ref, value) {
      const changes = plainObject(value, 'changes')
      refuseUnknownFields(changes, UPDATE_FIELDS, 'a shape update')
      const id = existing(ref)
      const update = parseInput(ShapeUpdate, { ...changes, id: ref })
      const shape = draft.getShape(id)
      if (!shape) throw new BoardInputError(`no shape "${String(ref)}" on the board`)
      draft.put(updateShape(draft, shape, update).shape)
      listed = null
    },

    deleteShape(ref) {
      deleteShapes(draft, [existing(ref)])
      listed = null
    },

    connect(from, to, value) {
      const options = plainObject(value, 'options')
      refuseUnknownFields(options, ARROW_OPTIONS, 'an arrow')
      const spec = parseInput(ArrowSpec, { ...options, from, to })
      const { arrow, bindings } = build(() => buildArrow(draft, spec))
      draft.put(arrow)
      for (const binding of bindings) draft.put(binding)
      listed = null
      return shortId(arrow.id)
    },

    shapesChanged() {
      const totals = draft.totals()
      return totals.shapesCreated + totals.shapesUpdated + totals.shapesDeleted
    },
  }
}
