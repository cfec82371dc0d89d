/**
 * Renaming: "rename Idea to Concept", "relabel 'Launch' as 'Ship it'", "replace Sign up with
 * Register", "change the text Start to Begin", "label the circle Start". A whole label that
 * matches is replaced; a label that only contains the words has just those words replaced.
 */
import type { ShapeSummary } from '../../../../board/shapeSummary'
import { chunk } from '../drawingPlan'
import { colorOf } from '../parse/colors'
import { findTargets, shapesLabelled } from '../parse/targets'
import { kindWords } from '../parse/shapeWords'
import { cleanLabel } from '../parse/text'
import { MAX_SHAPES_PER_CALL, type Intent, type PlannedCall } from '../planTypes'
import { editPlan, nothingMatched } from './editPlan'

const LEAD = /^\s*(?:please\s+)?(?:(?:can|could|would) you\s+)?/i
const RENAME = /^(?:rename|relabel|retitle|retext)\s+(.+?)\s+(?:to|as|into)\s+(.+)$/i
const REPLACE = /^(?:replace|swap)\s+(.+?)\s+(?:with|by|for)\s+(.+)$/i
const CHANGE = /^change\s+(?:the\s+)?(?:text|label|name|title|word|words|wording)?\s*(?:of\s+)?(.+?)\s+(?:to|into)\s+(.+)$/i
const LABEL = /^(?:label|name|title|caption|call)\s+(.+?)\s+(?:as\s+)?(["'“‘][^"'”’]+["'”’]|as\s+.+)$/i

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The new text of a shape: the whole label when it matched, else the words replaced inside it. */
function renamed(shape: ShapeSummary, from: string, to: string): string {
  const text = shape.text ?? ''
  if (text.toLowerCase().trim() === from.toLowerCase().trim()) return to
  return text.replace(new RegExp(escapeRegExp(from), 'gi'), to)
}

function plan(shapes: ShapeSummary[], textOf: (shape: ShapeSummary) => string, what: string, to: string): ReturnType<Intent> {
  const updates = shapes.map((shape) => ({ id: shape.id, text: textOf(shape) }))
  const calls = chunk(updates, MAX_SHAPES_PER_CALL).map((part): PlannedCall => ({ toolName: 'update_shapes', input: { updates: part } }))
  const n = shapes.length
  return editPlan(`Renaming ${what} to “${to}”${n > 1 ? ` (${n} shapes)` : ''}.`, calls, `Done: ${what} now ${n === 1 ? 'reads' : 'read'} “${to}”.`)
}

/** "label the circle Start": the shapes named up to the kind word (or "it"), the label after it. */
function bareLabel(text: string): [string, string, string] | null {
  const match = /^(?:label|name|title|caption)\s+(.+)$/i.exec(text)
  if (!match?.[1]) return null
  const phrase = match[1]
  const lower = phrase.toLowerCase()
  const kind = kindWords(lower)[0] ?? /\b(it|them|this|that|these|those)\b/.exec(lower)
  if (!kind) return null
  const end = 'end' in kind ? kind.end : kind.index + kind[0].length
  const rest = phrase.slice(end).trim()
  return rest ? [text, phrase.slice(0, end), rest] : null
}

export const relabelIntent: Intent = (context) => {
  const text = context.request.replace(LEAD, '').trim().replace(/[.!]+$/, '')
  const rename = RENAME.exec(text) ?? REPLACE.exec(text)
  const change = rename ? null : CHANGE.exec(text)
  const pair = rename ?? change
  if (pair?.[1] && pair[2]) {
    const from = cleanLabel(pair[1].replace(/^(?:the\s+)?(?:(?:box|step|note|sticky note|shape|frame|text|label|circle)\s+)?(?:labell?ed|called|named|saying)?\s*/i, '') || pair[1])
    const to = cleanLabel(pair[2])
    if (!from || !to) return null
    const matches = shapesLabelled(context.board.shapes, from)
    // "change the circles to blue" is a recolour or restyle: only a label that exists is renamed here.
    if (change && (matches.length === 0 || colorOf(to))) return null
    if (matches.length === 0) {
      const kind = findTargets(pair[1].toLowerCase(), pair[1], context)
      if (kind && kind.shapes.length > 0) return plan(kind.shapes, () => to, kind.described, to)
      return nothingMatched(context, `anything labelled “${from}”`, 'rename')
    }
    return plan(matches, (shape) => renamed(shape, from, to), `“${from}”`, to)
  }
  const label = LABEL.exec(text) ?? bareLabel(text)
  if (!label?.[1] || !label[2]) return null
  const to = cleanLabel(label[2].replace(/^as\s+/i, ''))
  const targets = findTargets(label[1].toLowerCase(), label[1], context)
  if (!targets || !to) return null
  if (targets.shapes.length === 0) return nothingMatched(context, targets.described, 'label')
  return plan(targets.shapes, () => to, targets.described, to)
}
