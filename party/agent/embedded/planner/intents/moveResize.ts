/**
 * Moving and resizing: "move the circles to the right", "move the notes down by 100px", "move
 * everything to the top left", "make the boxes bigger", "shrink the stars". Lines, freehand strokes
 * and arrows are left alone: the board description gives their bounds, not their origin, so a
 * move by bounds would jump them (bound arrows follow their shapes anyway).
 */
import type { ShapeSummary } from '../../../../board/shapeSummary'
import { findFreeSpot, unionBox } from '../../../../board/freeSpace'
import { snap, snapSize } from '../../../../board/grid'
import { boardObstacles } from '../../layout/placement'
import { chunk } from '../drawingPlan'
import { anchorOf } from '../parse/modifiers'
import { findTargets } from '../parse/targets'
import { inOriginalCase, stripLeadIns } from '../parse/text'
import { MAX_SHAPES_PER_CALL, type Intent, type PlannedCall } from '../planTypes'
import type { ShapeUpdate } from '../../../../../shared/tools/updateShapes'
import { countOf, editPlan, nothingMatched } from './editPlan'

const MOVABLE = new Set(['geo', 'note', 'text', 'frame', 'image', 'video', 'embed', 'bookmark'])
const DEFAULT_STEP = 200

const MOVE = /^(?:move|shift|nudge|push|drag|slide|put|place|bring)\s+(.+?)\s+(?:(?:over |more )?to(?:wards)? the |to |over to the |)(left|right|up|upwards|down|downwards|top left|top right|bottom left|bottom right|top|bottom|middle|centre|center)(?: side| corner| of (?:the )?(?:screen|view|board|page))?(?:\s+by\s+(\d{1,4})\s*(?:px|pixels?)?)?$/
const RESIZE = /^(?:make|resize|scale|grow|enlarge|shrink|blow up|size)\s+(.+?)\s+(bigger|larger|smaller|tinier|twice as (?:big|large)|three times as (?:big|large)|half (?:the|as) (?:size|big|large)|double(?: the size)?|triple(?: the size)?|(\d{1,3})\s*%|up|down)(?:\s+(?:please|again))?$|^(enlarge|shrink|grow)\s+(.+)$/

function resizeFactor(word: string, percent: string | undefined): number {
  if (percent) return Math.max(0.05, Math.min(10, Number(percent) / 100))
  if (/^(bigger|larger|up|enlarge|grow)/.test(word)) return 1.5
  if (/^(smaller|tinier|down|shrink)/.test(word)) return 2 / 3
  if (/^(twice|double)/.test(word)) return 2
  if (/^(three|triple)/.test(word)) return 3
  if (/^half/.test(word)) return 0.5
  return 1
}

const STROKE_STEPS = ['s', 'm', 'l', 'xl'] as const

function resized(shape: ShapeSummary, factor: number): ShapeUpdate {
  if (shape.type === 'geo' || shape.type === 'frame') {
    const w = snapSize(shape.w * factor)
    const h = snapSize(shape.h * factor)
    return { id: shape.id, w, h, x: snap(shape.x + shape.w / 2 - w / 2), y: snap(shape.y + shape.h / 2 - h / 2) }
  }
  // Notes and text have no free size: step their size style instead.
  const at = factor > 1 ? 2 : 0
  return { id: shape.id, size: STROKE_STEPS[Math.min(3, Math.max(0, at + (factor >= 2 ? 1 : 0) - (factor <= 0.5 ? 1 : 0)))] ?? 'm' }
}

export const resizeIntent: Intent = (context) => {
  const text = stripLeadIns(context.request)
  const match = RESIZE.exec(text)
  if (!match) return null
  const phrase = match[1] ?? match[5] ?? ''
  const word = match[2] ?? match[4] ?? ''
  const targets = findTargets(phrase, inOriginalCase(context.request, phrase), context)
  if (!targets) return null
  const shapes = targets.shapes.filter((shape) => MOVABLE.has(shape.type))
  if (shapes.length === 0) return nothingMatched(context, targets.described, 'resize')
  const factor = resizeFactor(word, match[3])
  const calls = chunk(shapes.map((shape) => resized(shape, factor)), MAX_SHAPES_PER_CALL).map((updates): PlannedCall => ({ toolName: 'update_shapes', input: { updates } }))
  const how = factor > 1 ? 'bigger' : 'smaller'
  return editPlan(`Making ${countOf(shapes, targets.described)} ${how}.`, calls, `Done: ${countOf(shapes, targets.described)} ${shapes.length === 1 ? 'is' : 'are'} ${how} now, each about its own centre.`)
}

export const moveIntent: Intent = (context) => {
  const text = stripLeadIns(context.request)
  const match = MOVE.exec(text)
  if (!match?.[1] || !match[2]) return null
  const targets = findTargets(match[1], inOriginalCase(context.request, match[1]), context)
  if (!targets) return null
  const shapes = targets.shapes.filter((shape) => MOVABLE.has(shape.type) && !targets.shapes.some((other) => other.id === shape.parent))
  if (shapes.length === 0) return nothingMatched(context, targets.described, 'move')
  const bounds = unionBox(shapes) ?? { x: 0, y: 0, w: 0, h: 0 }
  const direction = match[2]
  const step = match[3] ? Number(match[3]) : DEFAULT_STEP
  let dx = 0
  let dy = 0
  if (/^(left|right|up|upwards|down|downwards)$/.test(direction)) {
    dx = direction === 'left' ? -step : direction === 'right' ? step : 0
    dy = direction.startsWith('up') ? -step : direction.startsWith('down') ? step : 0
  } else {
    // A place in the view: the nearest free spot there, ignoring the shapes being moved.
    const moving = new Set(shapes.map((shape) => shape.id))
    const others = boardObstacles({ ...context.board, shapes: context.board.shapes.filter((shape) => !moving.has(shape.id) && shape.type !== 'arrow') })
    const spot = findFreeSpot(bounds, context.board.viewport, others, anchorOf(`in the ${direction}`) ?? 'center')
    dx = spot.x - bounds.x
    dy = spot.y - bounds.y
  }
  const updates = shapes.map((shape): ShapeUpdate => ({ id: shape.id, x: shape.x + dx, y: shape.y + dy }))
  const calls = chunk(updates, MAX_SHAPES_PER_CALL).map((part): PlannedCall => ({ toolName: 'update_shapes', input: { updates: part } }))
  const skipped = targets.shapes.length - shapes.length
  const note = skipped > 0 ? ` (${skipped} line${skipped === 1 ? '' : 's'} or arrow${skipped === 1 ? '' : 's'} stayed put; bound arrows follow their shapes)` : ''
  const where = /^(left|right|up|upwards|down|downwards)$/.test(direction) ? `${direction} by ${step} px` : `to the ${direction}`
  return editPlan(`Moving ${countOf(shapes, targets.described)} ${where}.`, calls, `Done: moved ${countOf(shapes, targets.described)} ${where}${note}.`)
}
