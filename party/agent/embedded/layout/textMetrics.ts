/**
 * Size estimates for text, matching how the room measures it (party/board/geometry.ts: font size by
 * style × 0.55 per character, 1.35 line height), so a layout the sketch model plans is the layout
 * the board description later reports, and nothing it places overlaps by the room's own measure.
 */
import { estimateTextSize } from '../../../board/geometry'
import type { StrokeSize } from '../planner/parse/modifiers'
import { snapSize } from '../../../board/grid'
/** Labels inside geo shapes (tldraw's LABEL_FONT_SIZES). */
const LABEL_FONT_PX: Record<StrokeSize, number> = { s: 18, m: 22, l: 26, xl: 32 }

/** The box a text shape will occupy, snapped up to the grid. */
export function textBox(text: string, size: StrokeSize = 'm'): { w: number; h: number } {
  const { w, h } = estimateTextSize(text, size)
  return { w: snapSize(w), h: snapSize(h) }
}

/**
 * A geo shape big enough for its label: at least `minW`×`minH`, wider for long labels up to
 * `maxW`, then taller as the label wraps.
 */
export function labelledBox(label: string, minW: number, minH: number, size: StrokeSize = 'm', maxW = 320): { w: number; h: number } {
  const font = LABEL_FONT_PX[size]
  const charW = font * 0.6
  const padding = 40
  const words = label.split(/\s+/).filter(Boolean)
  const longestWord = Math.max(0, ...words.map((word) => word.length))
  const natural = label.length * charW + padding
  const w = snapSize(Math.min(Math.max(minW, natural, longestWord * charW + padding), Math.max(maxW, minW)))
  const lines = Math.max(1, Math.ceil((label.length * charW) / Math.max(1, w - padding)))
  const h = snapSize(Math.max(minH, lines * font * 1.35 + padding))
  return { w, h }
}
