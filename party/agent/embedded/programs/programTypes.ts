/**
 * A procedural drawing the sketch model writes as a program for run_code. Each drawing is written
 * once, as a self-contained draw function: called here it gives the shapes (to size the layout, and
 * to draw directly when the program cannot run), and its own source is the program sent to the
 * sandbox, so the two can never drift apart.
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

/**
 * A draw function: plain JavaScript inside (its source is the program), using only its arguments and
 * globals such as Math, never a name from the module around it.
 */
export type DrawFunction<P> = (p: P, left: number, top: number) => ShapeSpec[]

/** A program from its one draw function and the parameters it is called with. */
export function drawnProgram<P>(title: string, size: { w: number; h: number }, draw: DrawFunction<P>, params: P): ProgramSource {
  return {
    title,
    ...size,
    build: (left, top) => draw(params, left, top),
    code: (left, top) =>
      [
        `// ${title.replaceAll('\n', ' ')}`,
        // Bundlers may wrap inner functions in __name(fn, "name"); the sandbox has no such helper.
        'const __name = (fn) => fn',
        `const draw = ${draw.toString()}`,
        `const specs = draw(${js(params)}, ${left}, ${top})`,
        programFooter(title),
      ].join('\n'),
  }
}
