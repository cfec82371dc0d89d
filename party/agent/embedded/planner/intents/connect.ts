/**
 * Connecting shapes already on the board with bound arrows: "connect Idea to Launch", "draw an
 * arrow from Start to End", "link A, B and C", "connect the boxes" (in reading order).
 */
import type { ShapeSummary } from '../../../../board/shapeSummary'
import { unionBox } from '../../../../board/freeSpace'
import { answerOnly, chunk } from '../drawingPlan'
import { findTargets, shapesLabelled } from '../parse/targets'
import { cleanLabel, splitList } from '../parse/text'
import { MAX_SHAPES_PER_CALL, type Intent, type PlanContext, type PlannedCall } from '../planTypes'
import { editPlan, nothingMatched, singular } from './editPlan'

const LEAD = /^\s*(?:please\s+)?(?:(?:can|could|would) you\s+)?/i
const FROM_TO = /^(?:draw|add|make|create|put)?\s*(?:an?\s+|some\s+)?(?:arrows?|connectors?|lines?|links?)\s+(?:from|between)\s+(.+?)\s+(?:to|and)\s+(.+)$/i
const CONNECT = /^(?:connect|link|join|wire(?: up)?)\s+(.+?)(?:\s+(?:to|with|and)\s+(.+))?$/i
const ARROW_LABEL = /\s+(?:labell?ed|saying|with (?:the )?(?:label|text))\s+["'“‘]?([^"'”’]+)["'”’]?$/i

/** A shape named by its label or id (the best match), or null. */
function shapeNamed(context: PlanContext, name: string): ShapeSummary | null {
  const label = cleanLabel(name.replace(/^(?:the\s+)?(?:(?:box|step|note|sticky note|shape|frame|circle)\s+)?(?:labell?ed|called|named|saying)?\s*/i, '') || name)
  const candidates = context.board.shapes.filter((shape) => shape.type !== 'arrow')
  return shapesLabelled(candidates, label)[0] ?? candidates.find((shape) => shape.id.toLowerCase() === label.toLowerCase()) ?? null
}

/** Shapes in reading order: along the row when they are spread wide, down the column when tall. */
function readingOrder(shapes: readonly ShapeSummary[]): ShapeSummary[] {
  const box = unionBox(shapes) ?? { x: 0, y: 0, w: 1, h: 1 }
  return [...shapes].sort((a, b) => (box.w >= box.h ? a.x - b.x || a.y - b.y : a.y - b.y || a.x - b.x))
}

function arrowsPlan(chain: readonly ShapeSummary[], label: string | undefined): ReturnType<Intent> {
  const arrows = chain.slice(1).map((shape, i) => ({ from: chain[i]?.id ?? '', to: shape.id, ...(label ? { text: label } : {}) }))
  const calls = chunk(arrows, MAX_SHAPES_PER_CALL).map((part): PlannedCall => ({ toolName: 'create_arrows', input: { arrows: part } }))
  const names = chain.map((shape) => (shape.text ? `“${shape.text}”` : shape.id))
  const what = names.length <= 4 ? names.join(' → ') : `${names.length} shapes`
  return editPlan(`Connecting ${what}.`, calls, `Done: ${arrows.length} arrow${arrows.length === 1 ? '' : 's'} bound to the shapes (${what}); they follow when the shapes move.`)
}

export const connectIntent: Intent = (context) => {
  let text = context.request.replace(LEAD, '').trim().replace(/[.!]+$/, '')
  const label = ARROW_LABEL.exec(text)?.[1]
  if (label) text = text.slice(0, text.length - (ARROW_LABEL.exec(text)?.[0].length ?? 0))
  const pair = FROM_TO.exec(text)
  const connect = pair ? null : CONNECT.exec(text)
  if (!pair && !connect) return null
  const first = (pair?.[1] ?? connect?.[1] ?? '').trim()
  const second = pair?.[2] ?? connect?.[2]
  const names = second ? [...splitList(first), ...splitList(second)] : splitList(first)
  if (names.length >= 2) {
    const chain = names.map((name) => ({ name, shape: shapeNamed(context, name) }))
    const missing = [...new Set(chain.filter((entry) => !entry.shape).map((entry) => `“${cleanLabel(entry.name)}”`))].slice(0, 3)
    if (missing.length === 0) return arrowsPlan(chain.flatMap((entry) => (entry.shape ? [entry.shape] : [])), label)
    if (names.length === 2 && !second) return null
    return nothingMatched(context, `a shape labelled ${missing.join(' or ')}`, 'connect')
  }
  const targets = findTargets(first.toLowerCase(), first, context)
  if (!targets) return null
  const shapes = targets.shapes.filter((shape) => shape.type !== 'arrow')
  if (shapes.length === 0) return nothingMatched(context, targets.described, 'connect')
  if (shapes.length < 2) return answerOnly(`I need at least two shapes to connect, and there's only one ${singular(targets.described.replace(/^the /, ''))} on the board.`)
  return arrowsPlan(readingOrder(shapes).slice(0, MAX_SHAPES_PER_CALL + 1), label)
}
