/**
 * A procedural drawing the sketch model writes as a program for run_code: the JavaScript it
 * sends, and the same shapes computed here. The program is what a person sees in the chat and what
 * runs in the sandbox; the computed shapes size the layout and are drawn directly if the program
 * cannot run (no sandbox, or it failed), so the asker gets the drawing either way.
 */
import type { ShapeSpec } from '../planner/planTypes'

export interface ProgramSource {
  /** What it draws, for the chat ("a 6 × 4 grid of squares"). */
  title: string
  /** Size of the drawing; it is drawn with its top-left at (left, top). */
  w: number
  h: number
  /** The shapes, computed here exactly as the program computes them. */
  build(left: number, top: number): ShapeSpec[]
  /** The program: the body of a JavaScript function run with `board` in scope. */
  code(left: number, top: number): string
}

/** The shared end of every program: create the shapes in chunks the tools accept, report the count. */
export function programFooter(what: string): string {
  return [
    'const ids = []',
    'for (let i = 0; i < specs.length; i += 200) ids.push(...board.createShapes(specs.slice(i, i + 200)))',
    `console.log(\`drew \${ids.length} shapes (${what.replaceAll('`', "'").replaceAll('$', '')})\`)`,
    'return { created: ids.length }',
  ].join('\n')
}

/** A value as a JavaScript literal (numbers, strings, arrays). */
export const js = (value: unknown) => JSON.stringify(value)
