/**
 * Frames: "a frame called Ideas", "three frames: To do, Doing, Done". Frames are drawn side by
 * side, one per step, with room above each for its title. (A kanban board is a diagram: intents/diagrams.ts.)
 */
import { arrangeDrawings, type Drawing } from '../../layout/arrangeDrawings'
import { snapSize } from '../../../../board/grid'
import { placeBlock } from '../../layout/placement'
import { drawingPlan } from '../drawingPlan'
import { colorMentions } from '../parse/colors'
import { anchorOf, sizeFactor } from '../parse/modifiers'
import { readCount } from '../parse/numbers'
import { cleanLabel, joinWords, plural, quotedPhrases, splitList, wordsOf } from '../parse/text'
import type { Intent } from '../planTypes'
import { describePlace } from './describe'

const FRAME = /\bframes?\b/i
const NAMES = /\bframes?\b\s*(?:(?:called|named|titled|labell?ed|for|saying|with (?:the )?(?:title|name))\s*:?\s*|:\s*)(.+)$/i
/** Frames have a title above them; keep room for it between rows. */
const TITLE_ROOM = 40

function frameNames(request: string): { names: string[]; count: number } {
  const named = NAMES.exec(request)
  const words = wordsOf(request.slice(0, FRAME.exec(request)?.index ?? 0))
  let count = 1
  for (let k = words.length - 1; k >= 0; k--) {
    const match = readCount(words, k)
    if (match) {
      count = match.value
      break
    }
  }
  if (named?.[1]) {
    const quoted = quotedPhrases(named[1])
    const names = quoted.length > 0 ? quoted : count > 1 || /[,;]/.test(named[1]) ? splitList(named[1]) : [cleanLabel(named[1])]
    return { names: names.filter(Boolean).slice(0, 20), count: Math.max(count, names.length) }
  }
  return { names: [], count: Math.min(20, count) }
}

export const frameIntent: Intent = (context) => {
  const request = context.request.trim()
  if (!FRAME.test(request)) return null
  const lower = request.toLowerCase()
  const parsed = frameNames(request)
  const names = Array.from({ length: Math.max(1, parsed.count) }, (_, i) => parsed.names[i] ?? (parsed.count > 1 ? `Frame ${i + 1}` : 'Frame'))
  const scale = sizeFactor(lower.split(/\b(?:called|named|titled|for)\b/)[0] ?? '')
  const w = snapSize(400 * scale)
  const h = snapSize(300 * scale)
  const color = colorMentions(lower.split(/\b(?:called|named|titled)\b/)[0] ?? '').at(0)?.color
  const drawings: Drawing[] = names.map((name) => ({
    label: name,
    shapes: [{ type: 'frame', x: 0, y: 0, w, h, name, ...(color ? { color } : {}) }],
    w,
    h,
  }))
  const block = arrangeDrawings(drawings, names.length > 4 ? 'grid' : 'row', 'center', TITLE_ROOM)
  const anchor = anchorOf(lower) ?? 'center'
  const placed = placeBlock({ ...block, h: block.h }, context.board, anchor)
  const list = joinWords(names.map((name) => `“${name}”`))
  return drawingPlan({
    intro: `Adding ${names.length === 1 ? 'a frame' : plural(names.length, 'frame')} called ${list}.`,
    drawings: placed.block.drawings,
    summary: `Done: ${names.length === 1 ? `the frame ${list} is` : `${plural(names.length, 'frame')} (${list}) are`} ${describePlace(anchor, placed.inView)}. Drag shapes into ${names.length === 1 ? 'it' : 'them'} to group them.`,
  })
}
