/**
 * Drawing things: shapes with counts, colours, sizes and positions, and scenes (a house, a tree, a
 * smiley, a sun…) alone or together. Every thing becomes a drawing; drawings are laid out as one
 * block (sky things above the ground things), the block goes in a free spot of the asker's view,
 * and each drawing is drawn in its own step.
 */
import { arrangeDrawings, DRAWING_GAP, type Block, type Drawing, type PlacedDrawing } from '../../layout/arrangeDrawings'
import { snapSize } from '../../../../board/grid'
import { placeBlock } from '../../layout/placement'
import { translateSpecs } from '../../layout/specs'
import { labelledBox } from '../../layout/textMetrics'
import { drawingPlan } from '../drawingPlan'
import { parseComposition, type Composition, type CompositionItem } from '../parse/composition'
import type { Arrangement } from '../parse/modifiers'
import { drawingObject, drawingObjectOriginal, joinWords } from '../parse/text'
import { unknownThings } from '../parse/unknownThings'
import type { Intent, ShapeSpec } from '../planTypes'
import { describeItems, describePlace } from './describe'

type GeoItem = Extract<CompositionItem, { kind: 'geo' }>

/** One geo shape of an item, drawn at (0, 0). */
function geoShape(item: GeoItem, index: number): Drawing {
  const { noun } = item
  const base = item.pixels ?? (noun.dot ? 40 : 120) * item.scale
  let w = snapSize(base * Math.sqrt(noun.aspect))
  let h = snapSize(base / Math.sqrt(noun.aspect))
  const label = item.labels[index] ?? (item.labels.length === 1 ? item.labels[0] : undefined)
  if (label) ({ w, h } = labelledBox(label, w, h))
  const color = item.colors.length > 0 ? item.colors[index % item.colors.length] : noun.dot ? 'black' : undefined
  const fill = item.fill ?? (noun.dot ? 'fill' : color ? 'solid' : undefined)
  const spec: ShapeSpec = {
    type: 'geo', geo: noun.geo, x: 0, y: 0, w, h,
    ...(color ? { color } : {}), ...(fill ? { fill } : {}), ...(item.dash ? { dash: item.dash } : {}), ...(label ? { text: label } : {}),
  }
  return { label: item.word, shapes: [spec], w, h }
}

/** The drawings of one item: one drawing for a group of shapes, one per scene. */
function itemDrawings(item: CompositionItem, arrangement: Arrangement | null): Drawing[] {
  if (item.kind === 'geo') {
    const shapes = Array.from({ length: item.count }, (_, i) => geoShape(item, i))
    const inner = arrangement ?? (item.count > 6 ? 'grid' : 'row')
    const block = arrangeDrawings(shapes, inner, 'center', item.noun.dot ? DRAWING_GAP / 2 : DRAWING_GAP)
    return [{ label: item.word, shapes: block.drawings.flatMap((d) => d.shapes), w: block.w, h: block.h }]
  }
  const drawings: Drawing[] = []
  let n = 0
  for (const [entry, times] of item.entries) {
    for (let i = 0; i < item.count * times; i++, n++) {
      const color = item.colors.length > 0 ? item.colors[n % item.colors.length] : undefined
      drawings.push(entry.make({ scale: item.scale, ...(color ? { color } : {}) }))
    }
  }
  return drawings
}

const isSky = (item: CompositionItem) => item.kind === 'scene' && item.entries.every(([entry]) => entry.role === 'sky')

/** Lays the drawings out: ground things side by side, sky things in a row above them on the right. */
export function composeBlock(composition: Composition): Block {
  const ground: { order: number; drawing: Drawing }[] = []
  const sky: { order: number; drawing: Drawing }[] = []
  const hasGround = composition.items.some((item) => !isSky(item))
  let order = 0
  for (const item of composition.items) {
    for (const drawing of itemDrawings(item, composition.arrangement)) {
      ;(hasGround && isSky(item) ? sky : ground).push({ order: order++, drawing })
    }
  }
  const between: Arrangement = composition.arrangement ?? 'row'
  const hasScenes = composition.items.some((item) => item.kind === 'scene')
  const groundBlock = arrangeDrawings(ground.map((g) => g.drawing), between, hasScenes ? 'bottom' : 'center')
  if (sky.length === 0) return groundBlock
  const skyBlock = arrangeDrawings(sky.map((s) => s.drawing), 'row')
  const w = Math.max(groundBlock.w, skyBlock.w)
  const move = (d: PlacedDrawing, dx: number, dy: number): PlacedDrawing => ({ ...d, x: d.x + dx, y: d.y + dy, shapes: translateSpecs(d.shapes, dx, dy) })
  const placed = [
    ...groundBlock.drawings.map((d, i) => ({ order: ground[i]?.order ?? 0, drawing: move(d, 0, skyBlock.h + DRAWING_GAP) })),
    ...skyBlock.drawings.map((d, i) => ({ order: sky[i]?.order ?? 0, drawing: move(d, w - skyBlock.w, 0) })),
  ].sort((a, b) => a.order - b.order)
  return { drawings: placed.map((p) => p.drawing), w, h: skyBlock.h + DRAWING_GAP + groundBlock.h }
}

export const composeIntent: Intent = (context) => {
  const lower = drawingObject(context.request)
  const composition = parseComposition(lower, drawingObjectOriginal(context.request))
  if (composition.items.length === 0) return null
  const unknown = unknownThings(lower).slice(0, 3)
  const leftOut = unknown.length > 0 ? ` I don't know how to draw ${joinWords(unknown.map((thing) => `“${thing}”`))} yet, so I left ${unknown.length === 1 ? 'it' : 'them'} out.` : ''
  const block = composeBlock(composition)
  const anchor = composition.anchor ?? 'center'
  const placed = placeBlock(block, context.board, anchor)
  const what = describeItems(composition.items)
  const several = composition.items.reduce((sum, item) => sum + item.count, 0) > 1
  const how = composition.arrangement && several ? ` ${arrangementWords(composition.arrangement)}` : ''
  const where = describePlace(anchor, placed.inView)
  return drawingPlan({
    intro: `Sure! Drawing ${what}${how}.`,
    thought: `${capitalize(what)}${how}: ${placed.block.drawings.length === 1 ? 'one drawing' : `${placed.block.drawings.length} drawings`} laid out together, ${block.w}×${block.h} px, ${where}, clear of everything already on the board.`,
    drawings: placed.block.drawings,
    summary: `Done: ${what}${how}, ${where}.${leftOut}`,
  })
}

function arrangementWords(arrangement: Arrangement): string {
  return { row: 'in a row', column: 'in a column', grid: 'in a grid', ring: 'in a ring', diagonal: 'on a diagonal', scatter: 'scattered about' }[arrangement]
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
