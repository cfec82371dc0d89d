/**
 * `run_code`: a JavaScript program written by the model, run in the room's sandbox (QuickJS in
 * WebAssembly) against a `board` object. For procedural drawings (grids, spirals, charts, rows of N
 * items) a short loop is shorter and more exact than listing every shape.
 */
import { z } from 'zod'
import {
  SANDBOX_MAX_CODE_CHARS,
  SANDBOX_MAX_OUTPUT_CHARS,
  SANDBOX_MAX_SHAPES,
  SANDBOX_MEMORY_LIMIT_BYTES,
  SANDBOX_TIME_LIMIT_MS,
} from '../limits'
import { Color, Fill } from './styles'

/** The examples the description shows; tests run them, so they stay correct. */
export const GRID_EXAMPLE = `// A 6 by 4 grid of squares, centred in the viewport
const { x, y, w, h } = board.viewport
const cols = 6, rows = 4, size = 80, gap = 20
const left = x + (w - (cols * size + (cols - 1) * gap)) / 2
const top = y + (h - (rows * size + (rows - 1) * gap)) / 2
const specs = []
for (let r = 0; r < rows; r++)
  for (let c = 0; c < cols; c++)
    specs.push({ type: 'geo', geo: 'rectangle', x: left + c * (size + gap), y: top + r * (size + gap), w: size, h: size, color: 'blue', fill: 'semi' })
return board.createShapes(specs).length`

export const SPIRAL_EXAMPLE = `// 30 circles in a spiral, joined in order by arrows
const cx = board.viewport.x + board.viewport.w / 2, cy = board.viewport.y + board.viewport.h / 2
let previous = null
for (let i = 0; i < 30; i++) {
  const angle = i * 0.5, radius = 20 + i * 9, d = 16 + i
  const id = board.createShape({ type: 'geo', geo: 'ellipse', x: cx + radius * Math.cos(angle) - d / 2, y: cy + radius * Math.sin(angle) - d / 2, w: d, h: d, color: i % 2 ? 'red' : 'orange', fill: 'solid' })
  if (previous) board.connect(previous, id, { arrowheadEnd: 'none' })
  previous = id
}
console.log('spiral done')`

export const runCodeTool = {
  name: 'run_code',
  description: [
    'Run a short JavaScript program that draws on the board. Use it for procedural drawings: grids, spirals,',
    'charts, clock faces, polygons, rows or rings of N items, anything computed. The program is the body of an',
    'async function: `return` a value to get it back (as JSON), and console.log to print (both come back to you).',
    'It sees only `board` and `console` plus plain JavaScript (Math, JSON, arrays, …): no fetch, timers, imports',
    'or Node APIs. board calls are synchronous. Coordinates are page pixels; x/y are the top-left corner.',
    '',
    'board API:',
    '- board.viewport: {x, y, w, h}, what the asker sees; draw inside it.',
    '- board.listShapes(): [{id, type, geo?, x, y, w, h, text?, color?, parent?, from?, to?}], every shape on the',
    '  board (page coordinates), including those this program made.',
    '- board.createShape(spec): returns the new id. spec is exactly one entry of create_shapes:',
    "  {type: 'geo', x, y, w, h, geo?, text?, color?, fill?, dash?, size?, font?, align?, verticalAlign?, labelColor?, id?, parent?}",
    "  {type: 'text', x, y, text, w?, size?, font?, textAlign?, color?}, {type: 'note', x, y, text, color?}",
    "  {type: 'frame', x, y, w, h, name?}, {type: 'line', points: [{x, y}, …], spline?, color?, dash?, size?}",
    "  {type: 'draw', points: [{x, y}, …], closed?, fill?, color?}. Unknown fields are errors.",
    '- board.createShapes(specs): creates each in order, returns their ids (stops at the first invalid spec).',
    '- board.updateShape(id, changes): changes as in update_shapes without id: {x?, y?, w?, h?, text?, color?, fill?, dash?, size?, font?, geo?}.',
    '- board.deleteShape(id): deletes it (a frame with its contents).',
    '- board.connect(from, to, options?): an arrow, returns its id. from/to are shape ids (the arrow binds to',
    '  them) or points {x, y}; options: {text?, color?, dash?, size?, bend?, arrowheadStart?, arrowheadEnd?}.',
    'An invalid call throws an Error with a short message.',
    `Colours: ${Color.options.join(', ')}. Fills: ${Fill.options.join(', ')}.`,
    '',
    `Limits per run: ${SANDBOX_TIME_LIMIT_MS} ms, ${SANDBOX_MEMORY_LIMIT_BYTES / 2 ** 20} MiB of memory, ${SANDBOX_MAX_SHAPES} shapes created, updated or deleted,`,
    `${SANDBOX_MAX_CODE_CHARS} characters of code, ${SANDBOX_MAX_OUTPUT_CHARS} characters of output.`,
    'If the program fails (an error or a broken limit) nothing on the board changes and you get the error: fix the',
    'code and run it again. Otherwise all its changes appear at once.',
    '',
    'Example 1:',
    GRID_EXAMPLE,
    '',
    'Example 2:',
    SPIRAL_EXAMPLE,
  ].join('\n'),
  input: z.object({
    code: z.string().max(SANDBOX_MAX_CODE_CHARS).describe('The body of an async JavaScript function that uses `board`'),
    description: z.string().max(200).optional().describe('What the program draws, in a few words, shown in the chat'),
  }),
} as const
export type RunCodeInput = z.infer<typeof runCodeTool.input>
