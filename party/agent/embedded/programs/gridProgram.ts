/** Grids of shapes: "a 6 by 4 grid of squares", "a row of 8 stars", a checkerboard. */
import type { GeoKind } from '../planner/parse/shapeWords'
import type { ShapeSpec } from '../planner/planTypes'
import { js, programFooter, type ProgramSource } from './programTypes'

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

export function gridProgram(p: GridParams): ProgramSource {
  const colors = p.colors.length > 0 ? p.colors : ['black']
  const colorAt = (row: number, column: number) =>
    colors[(p.checker ? row + column : row * p.columns + column) % colors.length] ?? 'black'
  return {
    title: p.title,
    w: p.columns * p.w + (p.columns - 1) * p.gap,
    h: p.rows * p.h + (p.rows - 1) * p.gap,
    build(left, top) {
      const specs: ShapeSpec[] = []
      for (let row = 0; row < p.rows; row++) {
        for (let column = 0; column < p.columns && row * p.columns + column < p.count; column++) {
          specs.push({
            type: 'geo', geo: p.geo, x: left + column * (p.w + p.gap), y: top + row * (p.h + p.gap),
            w: p.w, h: p.h, color: colorAt(row, column), fill: p.fill,
          })
        }
      }
      return specs
    },
    code(left, top) {
      return `// ${p.title}: ${p.count} shapes, ${p.columns} to a row
const columns = ${p.columns}, rows = ${p.rows}, count = ${p.count}
const w = ${p.w}, h = ${p.h}, gap = ${p.gap}
const left = ${left}, top = ${top}
const colors = ${js(colors)}
const specs = []
for (let row = 0; row < rows; row++) {
  for (let column = 0; column < columns && row * columns + column < count; column++) {
    const color = colors[(${p.checker ? 'row + column' : 'row * columns + column'}) % colors.length]
    specs.push({ type: 'geo', geo: ${js(p.geo)}, x: left + column * (w + gap), y: top + row * (h + gap), w, h, color, fill: ${js(p.fill)} })
  }
}
${programFooter(p.title)}`
    },
  }
}
