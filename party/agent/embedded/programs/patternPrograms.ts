/** Small patterns: concentric circles (or a target), a pyramid of blocks, a wave. */
import type { ShapeSpec } from '../planner/planTypes'
import { drawnProgram, type ProgramSource } from './programTypes'

export interface ConcentricParams {
  title: string
  count: number
  size: number
  colors: string[]
  fill: string
}

/** Circles inside each other, largest first so the smaller ones sit on top (this function's source is the program). */
function drawConcentric(p: { count: number; size: number; colors: string[]; fill: string }, left: number, top: number): ShapeSpec[] {
  const step = p.size / (2 * p.count)
  const specs: ShapeSpec[] = []
  for (let i = 0; i < p.count; i++) {
    const d = Math.round(p.size - 2 * step * i)
    const offset = Math.round((p.size - d) / 2)
    specs.push({ type: 'geo', geo: 'ellipse', x: left + offset, y: top + offset, w: d, h: d, color: p.colors[i % p.colors.length] ?? 'black', fill: p.fill })
  }
  return specs
}

export function concentricProgram({ title, ...p }: ConcentricParams): ProgramSource {
  return drawnProgram(title, { w: p.size, h: p.size }, drawConcentric, { ...p, colors: p.colors.length > 0 ? p.colors : ['black'] })
}

export interface PyramidParams {
  title: string
  rows: number
  size: number
  colors: string[]
}

const PYRAMID_GAP = 10

/** Rows of blocks, one more per row, each centred under the one above (this function's source is the program). */
function drawPyramid(p: { rows: number; size: number; gap: number; colors: string[] }, left: number, top: number): ShapeSpec[] {
  const pitch = p.size + p.gap
  const specs: ShapeSpec[] = []
  for (let row = 0; row < p.rows; row++) {
    for (let i = 0; i <= row; i++) {
      const x = left + ((p.rows - 1 - row) * pitch) / 2 + i * pitch
      specs.push({ type: 'geo', geo: 'rectangle', x, y: top + row * pitch, w: p.size, h: p.size, color: p.colors[row % p.colors.length] ?? 'orange', fill: 'solid' })
    }
  }
  return specs
}

export function pyramidProgram({ title, ...p }: PyramidParams): ProgramSource {
  const side = p.rows * (p.size + PYRAMID_GAP) - PYRAMID_GAP
  return drawnProgram(title, { w: side, h: side }, drawPyramid, { ...p, gap: PYRAMID_GAP, colors: p.colors.length > 0 ? p.colors : ['orange'] })
}

export interface WaveParams {
  title: string
  width: number
  height: number
  waves: number
  color: string
  zigzag: boolean
}

/** A sine wave (a smooth line through points) or a zigzag (straight segments); this function's source is the program. */
function drawWave(p: Omit<WaveParams, 'title'>, left: number, top: number): ShapeSpec[] {
  const count = p.zigzag ? p.waves * 2 : p.waves * 8
  const points: { x: number; y: number }[] = []
  for (let i = 0; i <= count; i++) {
    const phase = (i / count) * p.waves * 2 * Math.PI
    const y = p.zigzag ? (i % 2 === 0 ? 1 : -1) : Math.sin(phase)
    points.push({ x: Math.round(left + (p.width * i) / count), y: Math.round(top + p.height / 2 - (y * p.height) / 2) })
  }
  const first = points[0] ?? { x: left, y: top }
  return [{ type: 'line', x: first.x, y: first.y, points, color: p.color, size: 'l', spline: p.zigzag ? 'line' : 'cubic' }]
}

export function waveProgram({ title, ...p }: WaveParams): ProgramSource {
  return drawnProgram(title, { w: p.width, h: p.height }, drawWave, p)
}
