/**
 * Arranging shapes with the arrange tool: "align the boxes", "align the notes to the left",
 * "stack the notes vertically", "distribute the circles", "put the stars in a row". When no
 * direction is given, the shapes' current spread decides (wide → a row, tall → a column).
 */
import type { ArrangeOperation } from '../../../../../shared/tools/arrangeShapes'
import type { ShapeSummary } from '../../../../board/shapeSummary'
import { unionBox } from '../../../../board/freeSpace'
import { answerOnly } from '../drawingPlan'
import { findTargets } from '../parse/targets'
import { inOriginalCase, stripLeadIns } from '../parse/text'
import type { Intent, PlannedCall } from '../planTypes'
import { countOf, editPlan, nothingMatched, singular } from './editPlan'

const VERB = /^(align|line up|stack|distribute|space out|spread out|space|arrange|organi[sz]e|tidy(?: up)?|put|lay out|order)\s+(.+)$/
const DIRECTION =
  /\s+(?:(?:to|on|along|at|by|in)\s+(?:the\s+)?|)(left|right|top|bottom|cent(?:er|re)s?|middle|vertically|horizontally|evenly|(?:in(?:to)?\s+)?(?:a\s+)?(?:row|column|line|stack|vertical line|horizontal line)|side by side|on top of each other)(?:\s+(?:edges?|sides?|evenly))?$/

const GAP = 20

function operations(verb: string, direction: string | undefined, shapes: readonly ShapeSummary[]): ArrangeOperation[] {
  const box = unionBox(shapes) ?? { x: 0, y: 0, w: 1, h: 1 }
  const wide = box.w >= box.h
  const d = direction ?? ''
  const vertical = /vertical|column|stack|on top/.test(d) || (!/horizontal|row|line|side/.test(d) && !wide)
  if (verb === 'stack') return [vertical && !/horizontal|row|side/.test(d) ? 'stack-vertical' : 'stack-horizontal']
  if (/^(distribute|space|space out|spread out)$/.test(verb)) return [/vertical|column/.test(d) || (!/horizontal|row/.test(d) && !wide) ? 'distribute-vertical' : 'distribute-horizontal']
  if (/^left/.test(d)) return ['align-left']
  if (/^right/.test(d)) return ['align-right']
  if (/^top/.test(d)) return ['align-top']
  if (/^bottom/.test(d)) return ['align-bottom']
  const inColumn = /vertical|column|stack|on top/.test(d) || (!/horizontal|row|line|side/.test(d) && !wide)
  if (verb === 'align' || verb === 'line up') return [inColumn ? 'align-center-horizontal' : 'align-center-vertical']
  // arrange / put / tidy: line them up and space them evenly.
  return inColumn ? ['stack-vertical', 'align-center-horizontal'] : ['stack-horizontal', 'align-center-vertical']
}

const WORDS: Record<ArrangeOperation, string> = {
  'align-left': 'aligned on their left edges', 'align-right': 'aligned on their right edges', 'align-top': 'aligned along their tops',
  'align-bottom': 'aligned along their bottoms', 'align-center-horizontal': 'centred on one vertical line',
  'align-center-vertical': 'centred on one horizontal line', 'distribute-horizontal': 'spread evenly across',
  'distribute-vertical': 'spread evenly down', 'stack-horizontal': `side by side, ${GAP} px apart`, 'stack-vertical': `stacked ${GAP} px apart`,
}

export const arrangeIntent: Intent = (context) => {
  const text = stripLeadIns(context.request)
  const verb = VERB.exec(text)
  if (!verb?.[1] || !verb[2]) return null
  const direction = DIRECTION.exec(verb[2])
  const phrase = (direction ? verb[2].slice(0, direction.index) : verb[2]).trim()
  if (verb[1] === 'put' && !direction) return null
  const targets = findTargets(phrase, inOriginalCase(context.request, phrase), context)
  if (!targets) return null
  const shapes = targets.shapes.filter((shape) => shape.type !== 'arrow').slice(0, 200)
  if (shapes.length === 0) return nothingMatched(context, targets.described, 'arrange')
  if (shapes.length < 2) return answerOnly(`There's only one ${singular(targets.described.replace(/^the /, ''))} on the board, so there is nothing to line up.`)
  const ops = operations(verb[1], direction?.[1], shapes)
  const ids = shapes.map((shape) => shape.id)
  const calls = ops.map((operation): PlannedCall => ({ toolName: 'arrange_shapes', input: { ids, operation, ...(operation.startsWith('stack') ? { gap: GAP } : {}) } }))
  const how = ops.map((operation) => WORDS[operation]).join(', ')
  return editPlan(`Arranging ${countOf(shapes, targets.described)}: ${how}.`, calls, `Done: ${countOf(shapes, targets.described)} are ${how}.`)
}
