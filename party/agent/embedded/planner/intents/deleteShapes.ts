/**
 * Deleting: "delete all the sticky notes", "remove the arrows", "erase the red circles", and
 * "clear the board". Arrows whose both ends go too are deleted with them, so no orphan arrows are
 * left pointing at nothing; shapes inside a deleted frame go with the frame.
 */
import { answerOnly } from '../drawingPlan'
import { findTargets } from '../parse/targets'
import { inOriginalCase, stripLeadIns } from '../parse/text'
import type { Intent, PlannedCall } from '../planTypes'
import { countOf, editPlan, idChunks, nothingMatched, topLevel } from './editPlan'

const CLEAR =
  /^(?:(?:clear|wipe|reset|empty|erase|blank)(?: out| off| down)?(?: the| my| this| our)?(?: whole| entire)?(?: board| canvas| page| screen| whiteboard| everything| all)?|(?:delete|remove|erase) (?:everything|all(?: of it)?|all(?: the)? shapes|every shape|it all)(?: on the (?:board|canvas|page))?|start (?:over|again|fresh|from scratch)|clean slate)$/
const DELETE = /^(?:delete|remove|erase|get rid of|wipe(?: out| off)?|take away|rub out|throw away|trash|discard|eliminate|clear(?: away| out)?)\s+(.+)$/

export const clearBoardIntent: Intent = (context) => {
  if (!CLEAR.test(stripLeadIns(context.request))) return null
  const shapes = topLevel(context.board.shapes)
  if (shapes.length === 0) return answerOnly('The board is already empty.')
  const more = context.board.total > context.board.shapes.length ? ` (${context.board.total - context.board.shapes.length} more far from your view are not in my description; ask again to clear those)` : ''
  return editPlan(
    `Clearing the board: deleting all ${shapes.length} shapes.`,
    idChunks(shapes).map((ids): PlannedCall => ({ toolName: 'delete_shapes', input: { ids } })),
    `Done: the board is clear${more}. “Undo AI turn” brings everything back.`,
  )
}

export const deleteIntent: Intent = (context) => {
  const text = stripLeadIns(context.request)
  const match = DELETE.exec(text)
  if (!match?.[1]) return null
  const phrase = match[1].replace(/\s+(from|on|off) (the|my) (board|canvas|page)$/, '')
  const original = inOriginalCase(context.request, phrase)
  const targets = findTargets(phrase, original, context)
  if (!targets) return null
  if (targets.shapes.length === 0) return nothingMatched(context, targets.described, 'delete')
  const doomed = new Set(targets.shapes.map((shape) => shape.id))
  // Arrows whose both ends are deleted would be left pointing at nothing: they go too.
  const orphans = context.board.shapes.filter((shape) => shape.type === 'arrow' && !doomed.has(shape.id) && shape.from && shape.to && doomed.has(shape.from) && doomed.has(shape.to))
  const shapes = topLevel([...targets.shapes, ...orphans])
  const also = orphans.length > 0 ? ` and the ${orphans.length} arrow${orphans.length === 1 ? '' : 's'} between them` : ''
  return editPlan(
    `Deleting ${countOf(targets.shapes, targets.described)}${also}.`,
    idChunks(shapes).map((ids): PlannedCall => ({ toolName: 'delete_shapes', input: { ids } })),
    `Done: deleted ${countOf(targets.shapes, targets.described)}${also}.`,
  )
}
