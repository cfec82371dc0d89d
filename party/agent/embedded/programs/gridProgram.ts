/** Grids of shapes: "a 6 by 4 grid of squares", "a row of 8 stars", a checkerboard. */
import type { GeoKind } from '../planner/parse/shapeWords'
import type { ShapeSpec } from '../planner/planTypes'
import { drawnProgram, type ProgramSource } from './programTypes'

export interface GridParams {
  title: string
  columns: number
  rows: number
  /** Cells filled, row by row; the last row may be short. */
  count: number
  geo: GeoKind
  w: number
  h: number
  gap: number
  /** Colours cycled along the cells (or alternated like a checkerboard). */
  colors: string[]
  fill: string
  checker: boolean
}

/** The shapes of a grid, row by row (this function's source is the program run_code runs). */
function drawGrid(p: Omit<GridParams, 'title'>, left: number, top: number): ShapeSpec[] {
  const specs: ShapeSpec[] = []
  for (let row = 0; row < p.rows; row++) {
    for (let column = 0; column < p.columns && row * p.columns + column < p.count; column++) {
      const color = p.colors[(p.checker ? row + column : row * p.columns + column) % p.colors.length] ?? 'black'
      specs.push({ type: 'geo', geo: p.geo, x: left + column * (p.w + p.gap), y: top + row * (p.h + p.gap), w: p.w, h: p.h, color, fill: p.fill })
    }
  }
  return specs
}

export function gridProgram({ title, ...p }: GridParams): ProgramSource {
  const params = { ...p, colors: p.colors.length > 0 ? p.colors : ['black'] }
  return drawnProgram(title, { w: p.columns * p.w + (p.columns - 1) * p.gap, h: p.rows * p.h + (p.rows - 1) * p.gap }, drawGrid, params)
}
