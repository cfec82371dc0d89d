/**
 * Patterns through the code sandbox: the model writes a short program (programs/) that draws the
 * grid, spiral or chart with `board.createShapes`, placed in a free spot it found first. If the
 * program fails, or run_code is not offered, the same shapes go out as plain create_shapes calls.
 */
import { findFreeSpot } from '../../../../board/freeSpace'
import { boardObstacles } from '../../layout/placement'
import type { ProgramSource } from '../../programs/programTypes'
import { createShapesCalls, withIntro } from '../drawingPlan'
import { anchorOf } from '../parse/modifiers'
import type { PatternReader } from '../parse/proceduralText'
import { chartData } from '../parse/chartData'
import { MAX_PLAN_STEPS, type Intent, type Plan, type PlanStep } from '../planTypes'
import { describePlace } from './describe'

/** A program placed at (left, top), as a plan: run_code with a direct fallback, or the shapes alone. */
export function programPlan(program: ProgramSource, left: number, top: number, where: string, useCode: boolean, note = ''): Plan {
  const shapes = program.build(left, top)
  const direct = createShapesCalls(shapes)
  const steps: PlanStep[] = useCode
    ? [{
        calls: [{ toolName: 'run_code', input: { code: program.code(left, top), description: `Draw ${program.title}`.slice(0, 200) } }],
        retry: { text: 'The program did not run ({error}), so I am drawing the same shapes directly instead.', calls: direct },
      }]
    : direct.slice(0, MAX_PLAN_STEPS).map((call) => ({ calls: [call] }))
  return withIntro(
    { steps, summary: `Done: ${program.title} (${shapes.length} shapes), ${where}.${note}` },
    useCode ? `I'll write a small program for ${program.title}.` : `Drawing ${program.title}.`,
    `${program.title}: ${shapes.length} shapes in a ${program.w}×${program.h} px area ${where}. ${useCode ? 'A loop in run_code is simpler than listing every shape.' : 'Listing the shapes directly.'}`,
  )
}

/** The intent that draws one kind of pattern through its program. */
export function patternIntent(reader: PatternReader): Intent {
  return (context) => {
    const request = context.request.trim()
    const program = reader.program(request.toLowerCase(), request, context.board.viewport)
    if (!program) return null
    const anchor = anchorOf(request.toLowerCase()) ?? 'center'
    const spot = findFreeSpot({ w: program.w, h: program.h }, context.board.viewport, boardObstacles(context.board), anchor)
    const isChart = reader.name.startsWith('chart.')
    const note = isChart && chartData(request).example ? ' You gave no numbers, so I used example values; tell me yours and I will redraw it.' : ''
    return programPlan(program, spot.x, spot.y, describePlace(anchor, spot.inView), context.tools.has('run_code'), note)
  }
}
