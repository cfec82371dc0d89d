/** "a clock face": a dial with the twelve hours, two hands set to a time (10:10 unless one is given). */
import type { ShapeSpec } from '../planner/planTypes'
import { drawnProgram, type ProgramSource } from './programTypes'

export interface ClockParams {
  title: string
  size: number
  hours: number
  minutes: number
}

/** A dial, the twelve hours and two hands (this function's source is the program). */
function drawClock(p: { size: number; hours: number; minutes: number }, left: number, top: number): ShapeSpec[] {
  const r = p.size / 2
  const cx = left + r
  const cy = top + r
  const specs: ShapeSpec[] = [{ type: 'geo', geo: 'ellipse', x: left, y: top, w: p.size, h: p.size, color: 'black', fill: 'semi', size: 'l' }]
  for (let hour = 1; hour <= 12; hour++) {
    const angle = ((hour * 30 - 90) * Math.PI) / 180
    const text = String(hour)
    const tw = text.length * 24 * 0.55
    specs.push({ type: 'text', text, size: 'm', x: Math.round(cx + (r - 36) * Math.cos(angle) - tw / 2), y: Math.round(cy + (r - 36) * Math.sin(angle) - 16) })
  }
  const hand = (turns: number, length: number, size: 'm' | 'l'): ShapeSpec => {
    const angle = turns * 2 * Math.PI - Math.PI / 2
    const end = { x: Math.round(cx + length * Math.cos(angle)), y: Math.round(cy + length * Math.sin(angle)) }
    return { type: 'line', x: cx, y: cy, points: [{ x: cx, y: cy }, end], color: 'black', size, dash: 'solid' }
  }
  specs.push(hand(((p.hours % 12) + p.minutes / 60) / 12, r * 0.5, 'l'))
  specs.push(hand(p.minutes / 60, r * 0.75, 'm'))
  specs.push({ type: 'geo', geo: 'ellipse', x: cx - 8, y: cy - 8, w: 16, h: 16, color: 'black', fill: 'fill' })
  return specs
}

export function clockProgram(p: ClockParams): ProgramSource {
  return drawnProgram(p.title, { w: p.size, h: p.size }, drawClock, { size: p.size, hours: p.hours, minutes: p.minutes })
}
