/**
 * Lists into sticky notes: "sticky notes: milk, eggs, bread", "notes for: a, b and c", "a sticky
 * note saying hi", "shopping list: …". Notes sit in rows that wrap to the asker's view, one note
 * per step so they land one after another.
 */
import { arrangeDrawings, type Drawing } from '../../layout/arrangeDrawings'
import { placeBlock } from '../../layout/placement'
import { NOTE_SIZE } from '../../../../board/geometry'
import { drawingPlan } from '../drawingPlan'
import { colorMentions, PALETTE, wantsManyColors } from '../parse/colors'
import { readCount } from '../parse/numbers'
import { joinWords, plural, quotedPhrases, splitList, wordsOf } from '../parse/text'
import type { Intent } from '../planTypes'
import { describePlace } from './describe'

const NOTE_GAP = 20
const MAX_NOTES = 100

/** "sticky notes:", "notes for", "a post-it saying", "todo list:" and the like; group 1 is what precedes. */
const TRIGGER =
  /^(.*?)\b(?:sticky[ -]?notes?|stickies|post[ -]?its?|notes?|(?:to[ -]?do|shopping|grocery|task|reading|packing|wish|bucket) ?lists?|lists?|to[ -]?dos?|tasks|ideas|reminders?|cards)\b(?:\s*(?:for|saying|that says?|which says?|with(?: the text)?|reading|about|of|containing|labell?ed))?\s*(?::|-|—)?\s*/i

/** Items written after the trigger, in the asker's case. */
function noteItems(request: string): { before: string; items: string[]; count: number | null } | null {
  const match = TRIGGER.exec(request.trim())
  if (!match) return null
  const before = (match[1] ?? '').toLowerCase()
  const after = request.trim().slice(match[0].length).replace(/[.!?]+$/, '')
  const explicitList = /[:\n]/.test(match[0]) || /[,;\n]/.test(after)
  // "ideas" and "tasks" alone are ordinary words; they make notes only with a list after a colon.
  if (/(ideas|tasks|reminders?|cards)\b[^:]*$/i.test(match[0]) && !match[0].includes(':')) return null
  const words = wordsOf(before)
  let count: number | null = null
  for (let k = words.length - 1; k >= 0 && count === null; k--) count = readCount(words, k)?.value ?? null
  let items = after ? (explicitList ? splitList(after, MAX_NOTES) : [after.replace(/^["'“‘]|["'”’]$/g, '')]) : []
  if (items.length === 0) {
    // "write 'buy milk' on a sticky note": the words come before the trigger.
    const written = /^\s*(?:please\s+)?(?:write|put|add|jot(?: down)?|note down|stick)\s+(.+?)\s+(?:on|in|onto|as)\s+(?:a|an|the|some|\d+)?\s*(?:\w+\s+)?$/i.exec(match[1] ?? '')
    const quoted = quotedPhrases(request)
    items = quoted.length > 0 ? quoted : written?.[1] ? [written[1].replace(/^["'“‘]|["'”’]$/g, '')] : []
  }
  return { before, items, count }
}

/** Notes in rows that wrap to the view's width. */
function noteBlock(texts: readonly string[], colors: readonly string[], viewWidth: number) {
  const columns = Math.max(1, Math.min(texts.length, Math.floor((viewWidth - 80 + NOTE_GAP) / (NOTE_SIZE + NOTE_GAP))))
  const rows: Drawing[][] = []
  texts.forEach((text, i) => {
    const color = colors.length > 0 ? colors[i % colors.length] : 'yellow'
    const note: Drawing = { label: text, shapes: [{ type: 'note', x: 0, y: 0, text, ...(color ? { color } : {}) }], w: NOTE_SIZE, h: NOTE_SIZE }
    ;(rows[Math.floor(i / columns)] ??= []).push(note)
  })
  const rowBlocks = rows.map((row) => arrangeDrawings(row, 'row', 'center', NOTE_GAP))
  return arrangeDrawings(rowBlocks.map((row) => ({ label: 'row', shapes: row.drawings.flatMap((d) => d.shapes), w: row.w, h: row.h })), 'column', 'center', NOTE_GAP)
}

export const notesIntent: Intent = (context) => {
  const parsed = noteItems(context.request)
  if (!parsed) return null
  const texts = parsed.items.length > 0 ? parsed.items : Array.from({ length: Math.min(MAX_NOTES, parsed.count ?? 1) }, () => '')
  const colors = wantsManyColors(parsed.before) ? [...PALETTE] : colorMentions(parsed.before).map((mention) => mention.color)
  const rows = noteBlock(texts, colors, context.board.viewport.w)
  // Notes are drawn one by one: split the rows back into single notes, keeping their places.
  const single = rows.drawings.flatMap((row) => row.shapes.map((shape) => ({ label: shape.type === 'note' ? shape.text : '', shapes: [shape], w: NOTE_SIZE, h: NOTE_SIZE, x: shape.x, y: shape.y })))
  const placed = placeBlock({ drawings: single, w: rows.w, h: rows.h }, context.board)
  const named = texts.filter(Boolean)
  const listed = named.length > 0 ? `: ${joinWords(named.slice(0, 6))}${named.length > 6 ? '…' : ''}` : ''
  return drawingPlan({
    intro: `Adding ${plural(texts.length, 'sticky note')}${listed}.`,
    drawings: placed.block.drawings,
    summary: `Done: ${plural(texts.length, 'sticky note')} ${describePlace('center', placed.inView)}.`,
  })
}
