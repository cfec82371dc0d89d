/**
 * "30 circles in a spiral": shapes along an Archimedean spiral, spaced evenly along the curve and
 * one shape-width plus a gap between turns, so neighbours never touch.
 */
import type { GeoKind } from '../planner/parse/shapeWords'
import type { ShapeSpec } from '../planner/planTypes'
import { drawnProgram, type ProgramSource } from './programTypes'

export interface SpiralParams {
  title: string
  count: number
  geo: GeoKind
  size: number
  colors: string[]
  fill: string
}

/** Where the first shape sits along the curve: far enough out that the innermost ones do not crowd. */
const START = 3

interface SpiralDraw {
  count: number
  size: number
  radius: number
  start: number
  geo: GeoKind
  colors: string[]
  fill: string
}

/** An Archimedean spiral, shapes evenly spaced along it (this function's source is the program). */
function drawSpiral(p: SpiralDraw, left: number, top: number): ShapeSpec[] {
  const step = p.size * 1.3
  const turn = step / (2 * Math.PI)
  const specs: ShapeSpec[] = []
  for (let i = 0; i < p.count; i++) {
    const angle = Math.sqrt((2 * step * (i + p.start)) / turn)
    const r = turn * angle
    specs.push({
      type: 'geo', geo: p.geo, x: Math.round(left + p.radius + r * Math.cos(angle) - p.size / 2),
      y: Math.round(top + p.radius + r * Math.sin(angle) - p.size / 2), w: p.size, h: p.size,
      color: p.colors[i % p.colors.length] ?? 'black', fill: p.fill,
    })
  }
  return specs
}

export function spiralProgram(p: SpiralParams): ProgramSource {
  const step = p.size * 1.3
  const turn = step / (2 * Math.PI)
  const outer = turn * Math.sqrt((2 * step * (p.count - 1 + START)) / turn) + p.size / 2
  const radius = Math.ceil(outer / 20) * 20
  const colors = p.colors.length > 0 ? p.colors : ['black']
  return drawnProgram(p.title, { w: radius * 2, h: radius * 2 }, drawSpiral, { count: p.count, size: p.size, radius, start: START, geo: p.geo, colors, fill: p.fill })
}
