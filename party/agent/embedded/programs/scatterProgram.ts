/**
 * "30 random dots": shapes scattered with a seeded random sequence (the same request scatters the
 * same way), one per cell of a hidden grid so no two overlap.
 */
import type { GeoKind } from '../planner/parse/shapeWords'
import type { ShapeSpec } from '../planner/planTypes'
import { drawnProgram, type ProgramSource } from './programTypes'

export interface ScatterParams {
  title: string
  count: number
  geo: GeoKind
  size: number
  colors: string[]
  fill: string
  seed: number
}

interface ScatterDraw {
  count: number
  size: number
  columns: number
  geo: GeoKind
  colors: string[]
  fill: string
  seed: number
}

/** One shape per cell of a hidden grid, at a seeded random spot in it (this function's source is the program). */
function drawScatter(p: ScatterDraw, left: number, top: number): ShapeSpec[] {
  const cell = p.size * 2
  let state = p.seed
  const next = () => {
    state = (state * 16807) % 2147483647
    return state / 2147483647
  }
  const specs: ShapeSpec[] = []
  for (let i = 0; i < p.count; i++) {
    const column = i % p.columns
    const row = Math.floor(i / p.columns)
    const x = left + column * cell + Math.floor(next() * (cell - p.size))
    const y = top + row * cell + Math.floor(next() * (cell - p.size))
    specs.push({ type: 'geo', geo: p.geo, x, y, w: p.size, h: p.size, color: p.colors[i % p.colors.length] ?? 'black', fill: p.fill })
  }
  return specs
}

export function scatterProgram(p: ScatterParams): ProgramSource {
  const colors = p.colors.length > 0 ? p.colors : ['black']
  const cell = p.size * 2
  const columns = Math.ceil(Math.sqrt(p.count * 1.5))
  const rows = Math.ceil(p.count / columns)
  return drawnProgram(p.title, { w: columns * cell, h: rows * cell }, drawScatter, { count: p.count, size: p.size, columns, geo: p.geo, colors, fill: p.fill, seed: p.seed })
}
