/**
 * Recognises requests that are patterns rather than pictures, and reads their numbers: grids
 * ("a 6 by 4 grid of squares"), rows of many shapes, spirals, charts, a clock, polygons made of
 * dots, rings, targets, pyramids, waves, scatters. Each pattern is a named entry of `PATTERNS`
 * (the router lists them) that becomes a program (programs/) with its parameters filled in; sizes
 * shrink to fit the asker's view where they can.
 */
import type { Box } from '../../../../board/freeSpace'
import { snapSize } from '../../../../board/grid'
import { barChartProgram } from '../../programs/barChartProgram'
import { clockProgram } from '../../programs/clockProgram'
import { gridProgram } from '../../programs/gridProgram'
import { concentricProgram, pyramidProgram, waveProgram } from '../../programs/patternPrograms'
import { pieChartProgram } from '../../programs/pieChartProgram'
import { polygonProgram } from '../../programs/polygonProgram'
import type { ProgramSource } from '../../programs/programTypes'
import { scatterProgram } from '../../programs/scatterProgram'
import { spiralProgram } from '../../programs/spiralProgram'
import { colorMentions, PALETTE } from './colors'
import { parseComposition, type CompositionItem } from './composition'
import { arrangementOf, sizeFactor } from './modifiers'
import { NUMBER_PATTERN, numberFromPattern } from './numbers'
import { chartData } from './chartData'

type GeoItem = Extract<CompositionItem, { kind: 'geo' }>

/** Most shapes one program draws (the sandbox allows 1,000). */
export const MAX_PROGRAM_SHAPES = 900
/** Counts up to this are drawn as plain shapes; more become a program. */
export const DIRECT_COUNT_LIMIT = 6

const N = NUMBER_PATTERN
const GRID = new RegExp(`\\b${N}\\s*(?:by|x|×|\\*)\\s*${N}\\b`)
const ROWS_COLUMNS = new RegExp(`\\b${N} rows?(?: and| by|,)? ${N} columns?\\b|\\b${N} columns?(?: and| by|,)? ${N} rows?\\b`)
const POLYGON_SIDES: Record<string, number> = {
  triangle: 3, square: 4, pentagon: 5, hexagon: 6, heptagon: 7, octagon: 8, nonagon: 9, decagon: 10, dodecagon: 12, star: 5,
}
const POLYGON_OF =
  /\b(triangle|square|pentagon|hexagon|heptagon|octagon|nonagon|decagon|dodecagon|(\d{1,2})[- ]?(?:gon|sided polygon))\s+(?:made\s+)?(?:(?:out\s+)?of|from|with|using)\s+(?:(\d{1,3})\s+)?(?:small\s+|little\s+|tiny\s+)?(dots|points|circles|stars|squares|hearts|beads)\b|\b(dotted|dot)\s+(triangle|square|pentagon|hexagon|heptagon|octagon)\b/

/** The one kind of shape a pattern is made of (circles unless the request names one). */
function mainItem(lower: string, fallback: 'circle' | 'square' = 'circle'): GeoItem {
  const item = parseComposition(lower).items.find((candidate): candidate is GeoItem => candidate.kind === 'geo')
  if (item) return item
  const geo = fallback === 'circle' ? 'ellipse' : 'rectangle'
  return { kind: 'geo', noun: { geo, aspect: 1 }, count: 1, colors: [], colorWords: [], scale: sizeFactor(lower), pixels: null, fill: null, dash: null, labels: [], word: `${fallback}s` }
}

const fillOf = (item: GeoItem) => item.fill ?? (item.noun.dot ? 'fill' : item.colors.length > 0 ? 'solid' : 'none')
const colorsOf = (item: GeoItem) => (item.colors.length > 0 ? item.colors : item.noun.dot ? ['black'] : ['black'])

/** Cell size that lets `columns` × `rows` cells fit the view, never above `preferred`, at least 20. */
function fitCell(preferred: number, columns: number, rows: number, view: Box): number {
  const across = (view.w - 80) / (columns * 1.25)
  const down = (view.h - 80) / (rows * 1.25)
  return Math.max(20, Math.min(preferred, Math.floor(Math.min(across, down) / 20) * 20))
}

function gridOf(item: GeoItem, columns: number, rows: number, count: number, view: Box, title: string, checker = false): ProgramSource {
  const size = item.pixels ?? fitCell(snapSize((item.noun.dot ? 40 : 80) * item.scale), columns, rows, view)
  const gap = size >= 60 ? 20 : 10
  const w = snapSize(size * Math.sqrt(item.noun.aspect))
  return gridProgram({
    title, columns, rows, count, geo: item.noun.geo, w, h: size, gap,
    colors: checker ? ['black', 'grey'] : colorsOf(item), fill: checker ? 'fill' : fillOf(item), checker,
  })
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, Math.round(value)))

/** One kind of pattern: its name in the router's table and its program, or null when not asked for. */
export interface PatternReader {
  name: string
  program(lower: string, original: string, view: Box): ProgramSource | null
}

function gridOrTable(lower: string, view: Box): ProgramSource | null {
  const table = ROWS_COLUMNS.exec(lower)
  const grid = GRID.exec(lower)
  if (!table && !(grid && /\b(grid|table|matrix|array|squares?|circles?|dots?|boxes|cells?|of)\b/.test(lower))) return null
  const [columns, rows] = table
    ? table[1] !== undefined ? [numberFromPattern(table[2]), numberFromPattern(table[1])] : [numberFromPattern(table[3]), numberFromPattern(table[4])]
    : [numberFromPattern(grid?.[1]), numberFromPattern(grid?.[2])]
  const c = clamp(columns ?? 4, 1, 60)
  const r = clamp(rows ?? 4, 1, 60)
  const count = Math.min(c * r, MAX_PROGRAM_SHAPES)
  if (/\b(table|spreadsheet|matrix)\b/.test(lower)) {
    // A table's cells share their borders: no gap, wide cells for text.
    const cellW = Math.max(40, Math.min(160, Math.floor((view.w - 80) / c / 20) * 20))
    const cellH = Math.max(20, Math.min(60, Math.floor((view.h - 80) / r / 20) * 20))
    return gridProgram({ title: `a table with ${r} rows and ${c} columns`, columns: c, rows: Math.ceil(count / c), count, geo: 'rectangle', w: cellW, h: cellH, gap: 0, colors: ['black'], fill: 'none', checker: false })
  }
  const item = mainItem(lower, 'square')
  return gridOf(item, c, Math.ceil(count / c), count, view, `a ${c} × ${r} grid of ${item.word}`)
}

function polygonOf(lower: string): ProgramSource | null {
  const polygon = POLYGON_OF.exec(lower)
  if (!polygon) return null
  const name = polygon[6] ?? polygon[1] ?? 'hexagon'
  const sides = clamp(polygon[2] !== undefined ? Number(polygon[2]) : (POLYGON_SIDES[name] ?? 6), 3, 24)
  const total = polygon[3] !== undefined ? Number(polygon[3]) : null
  const perSide = clamp(total ? total / sides : 4, 1, 40)
  const item = mainItem(lower.replace(/\b(triangle|square|pentagon|hexagon|octagon)\b/, ''), 'circle')
  const dot = item.noun.dot || /\b(dots|points|beads)\b/.test(polygon[0])
  const size = snapSize((dot ? 20 : 40) * item.scale)
  return polygonProgram({
    title: `a ${name} made of ${sides * perSide} ${dot ? 'dots' : item.word}`, sides, perSide, geo: dot ? 'ellipse' : item.noun.geo, size,
    radius: Math.max(80, Math.ceil((sides * perSide * size * 1.6) / (2 * Math.PI))), colors: colorsOf(item), fill: dot ? 'fill' : fillOf(item),
  })
}

/**
 * Every pattern, most specific first; the router lists each as a named intent. A bar chart needs
 * "bar/column chart", "histogram", or "chart"/"graph" of numbers: diagrams that are charts by name
 * (org chart, gantt chart, flow chart) are routed to their own intents before this table.
 */
export const PATTERNS: readonly PatternReader[] = [
  { name: 'pattern.checkerboard', program: (lower, _, view) => (/\b(checker ?board|chess ?board|checkered|chequered)\b/.test(lower) ? gridOf(mainItem(lower, 'square'), 8, 8, 64, view, 'a checkerboard', true) : null) },
  { name: 'pattern.grid', program: (lower, _, view) => gridOrTable(lower, view) },
  {
    name: 'pattern.spiral',
    program: (lower) => {
      if (!/\bspiral\b/.test(lower)) return null
      const item = mainItem(lower)
      const count = clamp(item.count > 1 ? item.count : 30, 3, 400)
      const size = item.pixels ?? snapSize((item.noun.dot ? 20 : 40) * item.scale)
      return spiralProgram({ title: `${count} ${item.word} in a spiral`, count, geo: item.noun.geo, size, colors: item.colors.length > 0 ? item.colors : [...PALETTE], fill: item.fill ?? 'solid' })
    },
  },
  {
    name: 'chart.pie',
    program: (lower, original) => {
      if (!/\b(pie|donut|doughnut)\b/.test(lower)) return null
      const data = chartData(original)
      return pieChartProgram({ title: `a pie chart of ${data.values.join(', ')}`, ...data, colors: [...PALETTE], size: 320 })
    },
  },
  {
    name: 'chart.bar',
    program: (lower, original) => {
      if (!/\b(bar|column) (chart|graph)s?\b|\bhistogram\b|\b(chart|graph)\b/.test(lower)) return null
      const data = chartData(original)
      const colors = colorMentions(lower).map((mention) => mention.color)
      return barChartProgram({ title: `a bar chart of ${data.values.join(', ')}`, ...data, colors: colors.length > 0 ? colors : ['blue'] })
    },
  },
  {
    name: 'pattern.clock',
    program: (lower) => {
      if (!/\bclock\b/.test(lower)) return null
      const time = /\b(\d{1,2})[:.](\d{2})\b/.exec(lower) ?? /\b(\d{1,2})\s*(?:o'?clock|am|pm)\b/.exec(lower) ?? /\b(?:at|showing|set to|reading)\s+(\d{1,2})\b/.exec(lower)
      const hours = time ? clamp(Number(time[1]), 0, 23) : 10
      const minutes = time ? clamp(Number(time[2] ?? 0), 0, 59) : 10
      return clockProgram({ title: `a clock face showing ${hours}:${String(minutes).padStart(2, '0')}`, size: snapSize(320 * sizeFactor(lower)), hours, minutes })
    },
  },
  { name: 'pattern.polygon', program: (lower) => polygonOf(lower) },
  {
    name: 'pattern.target',
    program: (lower) => {
      if (!/\b(concentric|bull'?s[- ]?eye|target|dartboard)\b/.test(lower)) return null
      const target = !/\bconcentric\b/.test(lower)
      const count = clamp(numberFromPattern(new RegExp(`\\b${N}\\b`).exec(lower)?.[1]) ?? 5, 2, 30)
      const colors = colorMentions(lower).map((mention) => mention.color)
      return concentricProgram({
        title: target ? 'a target' : `${count} concentric circles`, count, size: snapSize(300 * sizeFactor(lower)),
        colors: target ? ['red', 'white'] : colors.length > 0 ? colors : [...PALETTE], fill: target ? 'fill' : 'none',
      })
    },
  },
  {
    name: 'pattern.pyramid',
    program: (lower) => {
      if (!/\bpyramid\b/.test(lower)) return null
      const rows = /\b(\d{1,2}) (rows|levels|layers|tiers|steps)\b/.exec(lower)
      const colors = colorMentions(lower).map((mention) => mention.color)
      return pyramidProgram({ title: 'a pyramid of blocks', rows: clamp(rows ? Number(rows[1]) : 5, 2, 20), size: snapSize(60 * sizeFactor(lower)), colors: colors.length > 0 ? colors : ['orange', 'yellow'] })
    },
  },
  {
    name: 'pattern.wave',
    program: (lower) => {
      if (!/\b(sine wave|waves?|wavy line|zig-?zag|squiggle|squiggly line)\b/.test(lower)) return null
      const zigzag = /\bzig-?zag\b/.test(lower)
      const color = colorMentions(lower).at(0)?.color ?? 'blue'
      return waveProgram({ title: zigzag ? 'a zigzag' : 'a sine wave', width: 640, height: 160, waves: 3, color, zigzag })
    },
  },
  { name: 'pattern.shapes', program: (lower, _, view) => shapesPattern(lower, view) },
]

/** The first pattern's program for a request, or null when it is no pattern (for tests of the programs). */
export function proceduralProgram(original: string, view: Box): ProgramSource | null {
  const lower = original.toLowerCase()
  for (const reader of PATTERNS) {
    const program = reader.program(lower, original, view)
    if (program) return program
  }
  return null
}

/** Many shapes of one kind: a row, column, ring or scatter of N, or just "20 circles". */
function shapesPattern(lower: string, view: Box): ProgramSource | null {
  const items = parseComposition(lower).items
  const item = items[0]
  if (items.length !== 1 || !item || item.kind !== 'geo') return null
  const arrangement = arrangementOf(lower) ?? (/\b(row|line|strip) of\b/.test(lower) ? 'row' : /\b(column|stack|tower) of\b/.test(lower) ? 'column' : /\b(circle|ring) of\b/.test(lower) ? 'ring' : null)
  const count = Math.min(MAX_PROGRAM_SHAPES, item.count)
  const patterned = arrangement === 'ring' || arrangement === 'scatter' || new RegExp(`\\b(row|line|column|stack|strip|tower|circle|ring) of ${N}\\b`).test(lower)
  if (count <= DIRECT_COUNT_LIMIT && !(patterned && count > 1)) return null
  const colorWord = item.colorWords.length === 1 ? item.colorWords[0] : item.colors.length === 1 ? item.colors[0] : undefined
  const what = `${count} ${colorWord ? `${colorWord} ` : ''}${item.word}`
  if (arrangement === 'ring') {
    const size = item.pixels ?? snapSize((item.noun.dot ? 20 : 60) * item.scale)
    return polygonProgram({
      title: `${what} in a ring`, sides: count, perSide: 1, geo: item.noun.geo, size,
      radius: Math.max(80, Math.ceil((count * size * 1.5) / (2 * Math.PI))), colors: colorsOf(item), fill: fillOf(item),
    })
  }
  if (arrangement === 'scatter') {
    return scatterProgram({ title: `${what}, scattered`, count, geo: item.noun.geo, size: snapSize((item.noun.dot ? 20 : 40) * item.scale), colors: colorsOf(item), fill: fillOf(item), seed: count * 7919 + 17 })
  }
  const columns = arrangement === 'row' || arrangement === 'diagonal' ? count : arrangement === 'column' ? 1 : Math.ceil(Math.sqrt(count))
  const rows = Math.ceil(count / columns)
  const how = arrangement === 'row' ? ' in a row' : arrangement === 'column' ? ' in a column' : ' in a grid'
  return gridOf(item, columns, rows, count, view, `${what}${how}`)
}
